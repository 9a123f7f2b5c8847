// A local ESLint plugin: the feature graph of the renderer must have no cycles (STYLE.md, "features with a public face").
// no-restricted-imports already keeps features to each other's index files; this rule sees the whole graph.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

const FEATURES = join(import.meta.dirname, '..', 'src-renderer', 'src', 'features')
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g

/** The feature a path or import specifier points into, or null. */
function featureOf(specifier, fromFeature) {
  const alias = /^@renderer\/features\/([^/]+)/.exec(specifier)
  if (alias) return alias[1]
  const climb = /^\.\.\/([^/.][^/]*)/.exec(specifier)
  return climb && fromFeature ? climb[1] : null
}

function listFiles(folder) {
  const out = []
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) out.push(...listFiles(path))
    else if (/\.(ts|tsx)$/.test(entry.name)) out.push(path)
  }
  return out
}

/** feature -> the features it imports, read from the source files on disk. */
function readGraph() {
  const graph = new Map()
  for (const file of listFiles(FEATURES)) {
    const from = relative(FEATURES, file).split(sep)[0]
    if (!graph.has(from)) graph.set(from, new Set())
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const to = featureOf(match[1] ?? match[2], from)
      if (to && to !== from) graph.get(from).add(to)
    }
  }
  return graph
}

/** The path from `start` back to `target` through the graph, or null when there is none. */
function pathBetween(graph, start, target) {
  const seen = new Set([start])
  const queue = [[start]]
  while (queue.length > 0) {
    const route = queue.shift()
    const last = route[route.length - 1]
    if (last === target) return route
    for (const next of graph.get(last) ?? []) {
      if (!seen.has(next)) {
        seen.add(next)
        queue.push([...route, next])
      }
    }
  }
  return null
}

let cached = null

const noFeatureCycles = {
  meta: {
    type: 'problem',
    docs: { description: 'Features must not import each other in a cycle.' },
    schema: [],
    messages: { cycle: 'Feature cycle: {{cycle}}. Move the shared piece to ui/, lib/ or the lower feature.' }
  },
  create(context) {
    const rel = relative(FEATURES, context.filename)
    if (rel.startsWith('..')) return {}
    const from = rel.split(sep)[0]
    // One read of the tree per lint run (the graph cannot change while ESLint runs).
    cached ??= readGraph()
    const check = (node) => {
      const specifier = node.source?.value
      if (typeof specifier !== 'string') return
      const to = featureOf(specifier, from)
      if (!to || to === from) return
      const back = pathBetween(cached, to, from)
      if (back) context.report({ node, messageId: 'cycle', data: { cycle: [from, ...back].join(' -> ') } })
    }
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check
    }
  }
}

/** The plugin object for eslint.config.mjs. */
export const boundaries = { rules: { 'no-feature-cycles': noFeatureCycles } }
