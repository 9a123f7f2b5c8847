/**
 * CI smoke test of `npm run bench`'s Chromium half (issue 15 point 5): every step at the tiny size, once, completes
 * and the table prints. No time is asserted: the figures of a shared CI machine mean nothing; `npm run bench` on a
 * quiet machine gives them (docs/PERFORMANCE.md).
 */
import { loadavg } from 'node:os'
import { describe, expect, it } from 'vitest'
import { runChromiumBench } from '../../bench/browser/chromium'
import { formatTable, machine } from '../../bench/browser/report'
import { chromiumOrSkip } from './harness'

const browserPath = chromiumOrSkip('browser tests (benchmark smoke test)')

describe.skipIf(!browserPath)('npm run bench at the tiny size, in Chromium', () => {
  it('completes every step and prints the table', async () => {
    const before = loadavg()
    const bench = await runChromiumBench({
      browserPath: browserPath!,
      size: 'tiny',
      runs: 1,
      smoke: true,
      log: () => {}
    })
    const table = formatTable(bench, [], machine(before, bench.chromium), 'tiny')
    console.log(table)
    expect(bench.steps.filter((s) => !s.ok)).toEqual([])
    expect(bench.steps.map((s) => s.name)).toEqual([
      'first-screen JS, gzipped',
      'import through the UI',
      'export through the UI',
      'list rows written into IndexedDB',
      'page load to the organisation list',
      'list page /organisations: settled, and a search',
      'list page /engagements: settled, and a search',
      'list page /workshops: settled, and a search',
      'list page /areas: settled, and a search',
      'list page /evaluations: settled, and a search',
      'search as you type, per keystroke',
      'renderer JS heap, organisation list open',
      'one workshop with its areas, scores and evaluations written into IndexedDB',
      're-rank after a weight change',
      'open a workshop'
    ])
    // Every measured figure has its runs, and each line of the table is there.
    for (const f of bench.figures.filter((f) => f.note?.startsWith('not measured') !== true))
      expect(f.runs.length, f.figure).toBeGreaterThan(0)
    for (const f of bench.figures) expect(table).toContain(f.figure)
    expect(table).toMatch(/\| figure \(Chromium\) \|/)
  }, 300_000)
})
