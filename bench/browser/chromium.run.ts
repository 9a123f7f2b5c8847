/**
 * Run by bench/run.mjs (`npm run bench`) through bench/vitest.chromium.config.mts, so the harness and the main
 * services resolve as in the browser tests: the Chromium figures, then the one table with the Node benches of the
 * same run (.tmp/bench-results.json, if `vitest bench` ran), written to .tmp/bench-table.md and, with the machine,
 * as JSON to bench-results/. BENCH_SIZE (tiny|realistic|stress) and BENCH_RUNS choose the size and the runs.
 */
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { chromiumOrSkip, ROOT } from '../../tests/e2e/harness'
import { runChromiumBench, type BenchSize } from './chromium'
import { formatTable, machine, nodeRows } from './report'

const size = (process.env.BENCH_SIZE ?? 'stress') as BenchSize
const runs = Number(process.env.BENCH_RUNS ?? 5)

it(`Chromium benchmarks at size ${size}, ${runs} runs`, async () => {
  expect(['tiny', 'realistic', 'stress']).toContain(size)
  const before = loadavg()
  const browserPath = chromiumOrSkip('Chromium benchmarks')
  const bench = browserPath ? await runChromiumBench({ browserPath, size, runs }) : null
  const nodeFile = join(ROOT, '.tmp', 'bench-results.json')
  const node =
    process.env.BENCH_NODE === '1' && existsSync(nodeFile) ? nodeRows(JSON.parse(await readFile(nodeFile, 'utf8'))) : []
  const m = machine(before, bench?.chromium ?? 'no Chromium')
  const table = formatTable(bench, node, m, size)
  await writeFile(join(ROOT, '.tmp', 'bench-table.md'), `${table}\n`)
  await mkdir(join(ROOT, 'bench-results'), { recursive: true })
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  await writeFile(
    join(ROOT, 'bench-results', `bench-${size}-${stamp}.json`),
    `${JSON.stringify({ size, runs, machine: m, figures: bench?.figures ?? [], steps: bench?.steps ?? [], node }, null, 2)}\n`
  )
})
