#!/usr/bin/env node
// `npm run lint:security`: Doyensec's Electronegativity over the main process and preload source.
// The tool itself exits 0 whatever it finds, so this script reads its results and fails the run
// on any MEDIUM or HIGH finding, or when the tool could not run or parse a file.
import { createRequire } from 'node:module'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
const INPUT = join(root, 'src-main')
const FAILING = new Set(['MEDIUM', 'HIGH'])

function fail(message) {
  console.error(`lint:security: ${message}`)
  process.exit(1)
}

/** Every `eng-disable` annotation in the scanned files: a reviewed exception must stay visible. */
function listInlineExceptions(dir) {
  const found = []
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) found.push(...listInlineExceptions(path))
    else if (/\.(ts|tsx|js|mjs|html)$/.test(name)) {
      readFileSync(path, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const m = line.match(/eng-disable\s+([\w \t]+)/)
          if (m) found.push(`${relative(root, path)}:${i + 1} ${m[1].trim()}`)
        })
    }
  }
  return found
}

let run
try {
  const mod = require('@doyensec/electronegativity')
  run = typeof mod === 'function' ? mod : mod.default
  if (typeof run !== 'function') throw new Error('no run() export')
} catch (error) {
  fail(`cannot load @doyensec/electronegativity (${error.message}); run npm install`)
}

// src-main has no package.json, so tell the tool which Electron we ship (its defaults depend on it).
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version

let result
try {
  // The tool logs progress and network notes (it looks for newer translations and Electron releases
  // online); send them to stderr so the summary below stays readable.
  const log = console.log
  console.log = (...args) => console.error(...args)
  try {
    // The programmatic API returns the issues; its CSV/SARIF file is written asynchronously after
    // run() resolves, so reading the returned list is the race-free way to get the same data.
    result = await run({ input: INPUT, isRelative: true, electronVersionOverride: electronVersion })
  } finally {
    console.log = log
  }
} catch (error) {
  fail(`Electronegativity failed to run: ${error?.stack ?? error}`)
}
if (!result || !Array.isArray(result.issues) || !Array.isArray(result.errors)) {
  fail('Electronegativity returned no result')
}

const findings = result.issues.map((i) => ({
  id: String(i.id),
  severity: String(i.severity?.name ?? 'UNKNOWN').toUpperCase(),
  confidence: String(i.confidence?.name ?? ''),
  file: String(i.file),
  location: `${i.location?.line ?? 0}:${i.location?.column ?? 0}`,
  description: String(i.description ?? ''),
  manualReview: Boolean(i.manualReview)
}))

console.log(
  `Electronegativity ${require('@doyensec/electronegativity/package.json').version} over ${relative(root, INPUT)}/ ` +
    `(Electron ${electronVersion}): ${result.globalChecks} global and ${result.atomicChecks} atomic checks`
)
for (const f of findings) {
  const review = f.manualReview ? ' (manual review)' : ''
  console.log(
    `  ${f.severity.padEnd(13)} ${f.confidence.padEnd(9)} ${f.id}${review}  ${f.file}:${f.location}  ${f.description}`
  )
}
const exceptions = listInlineExceptions(INPUT)
if (exceptions.length > 0) {
  console.log(`Reviewed inline exceptions (eng-disable), ${exceptions.length}:`)
  for (const e of exceptions) console.log(`  ${e}`)
}

const parseErrors = result.errors.filter((e) => !e.tolerable)
for (const e of result.errors) {
  console.log(`  ${e.tolerable ? 'warning' : 'ERROR'}: could not fully parse ${relative(root, e.file)}: ${e.message}`)
}
const failing = findings.filter((f) => FAILING.has(f.severity) || f.severity === 'UNKNOWN')
const counts = {}
for (const f of findings) counts[f.severity] = (counts[f.severity] ?? 0) + 1
const summary = Object.entries(counts)
  .map(([s, n]) => `${n} ${s}`)
  .join(', ')
console.log(
  `Summary: ${findings.length} finding(s)${summary ? ` (${summary})` : ''}, ${parseErrors.length} parse error(s).`
)

if (parseErrors.length > 0) fail('some files could not be parsed, so they were not checked')
if (failing.length > 0) fail(`${failing.length} finding(s) of severity MEDIUM or HIGH`)
console.log('lint:security: OK (nothing above LOW)')
