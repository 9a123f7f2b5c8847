/**
 * Word documents: the sample proposal and workshop report (as `npm run docs:sample` builds them) rendered to .docx bytes.
 * The models, with their logo, are built once outside the timing; the value/effort matrix is drawn inside the render.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, bench, describe } from 'vitest'
import { renderProposal, renderWorkshopReport } from '@main/documents'
import { loadSampleTables, sampleModels } from '@main/documents/sample'
import { assembleProposal } from '@shared/document-assembly'
import type { ProposalModel } from '@shared/document-model'
import { generatePortfolio } from '../scripts/seed/generate-portfolio'
import { fillProposal, plainDocxProposal, proposalTemplate } from './fixtures/docxtemplater-reference'

const root = fileURLToPath(new URL('..', import.meta.url))
const { proposal, report } = sampleModels(await loadSampleTables(root), 'sv', '2026-11-26')

// A document that comes out empty would time nothing useful.
for (const bytes of [await renderProposal(proposal), await renderWorkshopReport(report)]) {
  if (bytes.byteLength < 10_000) throw new Error(`a sample document has only ${bytes.byteLength} bytes`)
}

/**
 * CPU time of the calling thread in ms (Linux, 10 ms ticks), or null elsewhere. On a loaded machine wall time is mostly
 * waiting for a core; the thread's own CPU time compares two renders fairly there (docs/PERFORMANCE.md, session 6).
 */
const THREAD_STAT = '/proc/thread-self/stat'
const hasThreadStat = existsSync(THREAD_STAT)
function threadCpuMs(): number | null {
  if (!hasThreadStat) return null
  const fields = readFileSync(THREAD_STAT, 'utf8').split(') ')[1]!.split(' ')
  // utime and stime, fields 14 and 15 of proc(5), counted from the state (field 3).
  return (Number(fields[11]) + Number(fields[12])) * 10
}
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

// Every sample's time, for bench-results/documents.json (read by the summary beside the other benchmarks). vitest's
// own JSON covers the warm-up too; these are the timed calls only (the first `warmup` of each name are left out).
// Beside the wall time, the CPU time of the thread that renders and of the whole process (GC helper threads too).
type Sample = { ms: number; threadCpuMs: number | null; processCpuMs: number }
const samples = new Map<string, Sample[]>()
const warmups = new Map<string, number>()
function timed<T>(name: string, warmup: number, run: () => Promise<T> | T): () => Promise<void> {
  warmups.set(name, warmup)
  return async () => {
    const start = performance.now()
    const thread = threadCpuMs()
    const cpu = process.cpuUsage()
    await run()
    const ms = performance.now() - start
    const threadEnd = threadCpuMs()
    const used = process.cpuUsage(cpu)
    const sample = {
      ms,
      threadCpuMs: thread === null || threadEnd === null ? null : threadEnd - thread,
      processCpuMs: (used.user + used.system) / 1000
    }
    samples.set(name, [...(samples.get(name) ?? []), sample])
  }
}
/**
 * Rows measured in alternation (ours, then the reference, round after round): on a loaded machine the load swings
 * between rows measured one after the other, so a ratio is only fair between samples taken side by side.
 */
const pairs: { name: string; ours: string; reference: string }[] = []
const ratioRow = ({ name, ours, reference }: (typeof pairs)[number]) => {
  const warmup = warmups.get(ours) ?? 0
  const a = (samples.get(ours) ?? []).slice(warmup)
  const b = (samples.get(reference) ?? []).slice(warmups.get(reference) ?? 0)
  const rounds = Math.min(a.length, b.length)
  const ratios = (of: (s: Sample) => number | null) => {
    const values: number[] = []
    for (let i = 0; i < rounds; i++) {
      const x = of(a[i]!)
      const y = of(b[i]!)
      if (x !== null && y !== null && y > 0) values.push(x / y)
    }
    return values
  }
  const wall = ratios((s) => s.ms)
  const thread = ratios((s) => s.threadCpuMs)
  return {
    name,
    rounds,
    wallRatioMedian: median(wall),
    wallRatioMin: Math.min(...wall),
    wallRatioMax: Math.max(...wall),
    threadCpuRatioMedian: thread.length === rounds ? median(thread) : null,
    processCpuRatioMedian: median(ratios((s) => s.processCpuMs))
  }
}

afterAll(() => {
  const rows: object[] = [...samples].map(([name, all]) => {
    const kept = all.slice(warmups.get(name) ?? 0)
    const ms = kept.map((s) => s.ms)
    const thread = kept.map((s) => s.threadCpuMs).filter((v): v is number => v !== null)
    return {
      name,
      medianMs: median(ms),
      minMs: Math.min(...ms),
      maxMs: Math.max(...ms),
      samples: kept.length,
      threadCpuMedianMs: thread.length === kept.length ? median(thread) : null,
      processCpuMedianMs: median(kept.map((s) => s.processCpuMs))
    }
  })
  for (const pair of pairs) {
    const row = ratioRow(pair)
    rows.push(row)
    const cpu = (ratio: number | null) => (ratio === null ? '–' : `${ratio.toFixed(2)}×`)
    console.log(
      `${row.name}: wall ${row.wallRatioMedian.toFixed(2)}× median of ${row.rounds} alternated rounds ` +
        `(${row.wallRatioMin.toFixed(2)}×–${row.wallRatioMax.toFixed(2)}×), rendering thread's CPU ` +
        `${cpu(row.threadCpuRatioMedian)}, process CPU ${cpu(row.processCpuRatioMedian)} (target ≤ 1.5×)`
    )
  }
  const dir = fileURLToPath(new URL('../bench-results/', import.meta.url))
  mkdirSync(dir, { recursive: true })
  writeFileSync(`${dir}documents.json`, `${JSON.stringify(rows, null, 2)}\n`)
})

describe('Word documents (sample, Swedish)', () => {
  const options = { time: 2_000, iterations: 10, warmupIterations: 2 }
  bench(
    'renderProposal',
    timed('sample: renderProposal', 2, () => renderProposal(proposal)),
    options
  )
  bench(
    'renderWorkshopReport',
    timed('sample: renderWorkshopReport', 2, () => renderWorkshopReport(report)),
    options
  )
})

// ---------- Proposals of 30 and 500 areas beside docxtemplater filling the same content (issue 12 point 8) ----------

/** An engagement of one client whose one workshop found `areas` areas, as a Swedish implementation proposal. */
function proposalWithAreas(areas: number): ProposalModel {
  const portfolio = generatePortfolio({
    organisations: 1,
    contacts: 3,
    engagements: 1,
    workshops: 1,
    areas,
    evaluations: 20,
    measurements: areas
  })
  const engagement = portfolio.tables.engagements[0]!
  return {
    ...assembleProposal(portfolio.tables, engagement.id, {
      language: 'sv',
      date: '2026-11-30',
      kind: 'implementation'
    }),
    branding: proposal.branding
  }
}

for (const areas of [30, 500]) {
  const model = proposalWithAreas(areas)
  if (model.areas.length !== areas) throw new Error(`the ${areas}-area proposal has ${model.areas.length} areas`)
  const template = await proposalTemplate(model)
  const filled = fillProposal(template, model)
  if (filled.byteLength < 5_000) throw new Error(`docxtemplater filled only ${filled.byteLength} bytes`)
  describe(`Proposal, ${areas} areas (Swedish)`, () => {
    const options = { time: 0, iterations: 5, warmupIterations: 1 }
    bench(
      'renderProposal, contents page numbers estimated',
      timed(`${areas} areas: renderProposal, contents page numbers estimated`, 1, () => renderProposal(model)),
      options
    )
    bench(
      'docx library alone, the same content without styles, cover or picture (floor of the library)',
      timed(`${areas} areas: docx library alone, same content`, 1, () => plainDocxProposal(model)),
      options
    )
    // Issue 12 point 8's ratio: ours without estimation and docxtemplater alternated, each round one of each; every
    // sample is in bench-results/documents.json, with the ratios (wall, rendering thread's CPU, process CPU).
    const ours = `${areas} areas: renderProposal, without page estimation`
    const reference = `${areas} areas: docxtemplater, same content and matrix`
    pairs.push({ name: `${areas} areas: renderProposal without page estimation / docxtemplater`, ours, reference })
    const oursRun = timed(ours, 1, () => renderProposal(model, { estimatePages: false }))
    const referenceRun = timed(reference, 1, () => fillProposal(template, model))
    bench(
      'renderProposal without page estimation, then docxtemplater filling the same content and matrix (alternated; ratio printed and in bench-results/documents.json)',
      async () => {
        await oursRun()
        await referenceRun()
      },
      options
    )
  })
}
