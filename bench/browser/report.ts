/**
 * One table for `npm run bench`: the Chromium figures (bench/browser/chromium.ts) beside their references, then the
 * Node benches of the same run (vitest bench's JSON: bench/db.bench.ts, shared.bench.ts and documents.bench.ts),
 * and the machine. Also the same as JSON for bench-results/.
 */
import { cpus, loadavg } from 'node:os'
import { median, ratioTo, type ChromiumBench, type Figure } from './chromium'

export type Machine = {
  cpu: string
  cores: number
  loadBefore: number[]
  loadAfter: number[]
  node: string
  chromium: string
}

/** A benchmark of vitest bench's JSON, as the table needs it. */
export type NodeRow = { group: string; name: string; median: number; min: number; max: number; samples: number }

export function machine(loadBefore: number[], chromium: string): Machine {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: cpus().length,
    loadBefore,
    loadAfter: loadavg(),
    node: process.version,
    chromium
  }
}

/** The rows of vitest bench's --outputJson (empty when it is missing or has another shape). */
export function nodeRows(report: unknown): NodeRow[] {
  const rows: NodeRow[] = []
  const files = (report as { files?: unknown[] } | null)?.files
  if (!Array.isArray(files)) return rows
  for (const file of files as { groups?: { fullName: string; benchmarks: Record<string, number | string>[] }[] }[]) {
    for (const group of file.groups ?? []) {
      for (const b of group.benchmarks) {
        rows.push({
          group: group.fullName.replace(/^.*\.bench\.ts > /, ''),
          name: String(b['name']),
          median: Number(b['median']),
          min: Number(b['min']),
          max: Number(b['max']),
          samples: Number(b['sampleCount'])
        })
      }
    }
  }
  return rows
}

function amount(value: number, unit: Figure['unit']): string {
  if (!Number.isFinite(value)) return '–'
  if (unit !== 'ms') return `${value.toFixed(value < 10 ? 1 : 0)} ${unit}`
  if (value < 1) return `${(value * 1000).toPrecision(3)} µs`
  if (value >= 1000) return `${(value / 1000).toPrecision(3)} s`
  return `${value.toPrecision(3)} ms`
}

/** Median with min–max, e.g. "1.20 s (1.10 s–1.40 s, 5 runs)". */
function spread(runs: number[], unit: Figure['unit']): string {
  if (runs.length === 0) return '–'
  if (runs.length === 1) return amount(runs[0]!, unit)
  return `${amount(median(runs), unit)} (${amount(Math.min(...runs), unit)}–${amount(Math.max(...runs), unit)}, ${runs.length} runs)`
}

const cell = (text: string) => text.replace(/\|/g, '\\|')

/** The Markdown table of one run. */
export function formatTable(bench: ChromiumBench | null, node: NodeRow[], m: Machine, size: string): string {
  const lines = [
    `Mätbar benchmarks, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, size ${size}: ${m.cores} cores, ${m.cpu}, ` +
      `load average ${m.loadBefore.map((l) => l.toFixed(1)).join('/')} before, ${m.loadAfter.map((l) => l.toFixed(1)).join('/')} after; Node ${m.node}; ${m.chromium}`,
    '',
    '| figure (Chromium) | size | Mätbar: median (min–max) | reference in the same run: median (min–max) | ratio | target | verdict |',
    '|---|---|---:|---|---:|---|---|'
  ]
  for (const f of bench?.figures ?? []) {
    const refs = f.references.map((r) => `${r.name}: ${spread(r.runs, f.unit)}`).join('; ') || '–'
    const ratio =
      f.references.length > 0 && f.runs.length > 0
        ? f.references.map((r) => `${ratioTo(f, r.runs).toFixed(2)}×${f.paired ? ' paired' : ''}`).join(' / ')
        : '–'
    const verdict = f.pass === null ? 'not judged' : f.pass ? 'pass' : 'MISS'
    lines.push(
      `| ${cell(f.figure)} | ${cell(f.size)} | ${spread(f.runs, f.unit)} | ${cell(refs)} | ${ratio} | ${cell(f.target)} | ${verdict}${f.note ? ` (${cell(f.note)})` : ''} |`
    )
  }
  for (const s of bench?.steps.filter((s) => !s.ok) ?? [])
    lines.push(`| step failed: ${cell(s.name)} | | | ${cell(s.error ?? '')} | | | FAILED |`)
  if (node.length > 0) {
    lines.push(
      '',
      '| Node bench (fake-indexeddb for the database rows) | median (min–max) | samples |',
      '|---|---:|---:|'
    )
    for (const r of node)
      lines.push(
        `| ${cell(`${r.group} › ${r.name}`)} | ${amount(r.median, 'ms')} (${amount(r.min, 'ms')}–${amount(r.max, 'ms')}) | ${r.samples} |`
      )
  }
  return lines.join('\n')
}
