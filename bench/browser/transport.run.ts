/**
 * The portfolio's transport by hand, at any size (issue 15, points 2 to 4): imports a portfolio file
 * through the UI in the browser harness into an empty database, exports it and backs it up, and reports
 * each time with the peak memory of main (this process: the bridge and its services run here, beside
 * vitest and playwright, whose share is the baseline printed first) and of the renderer (CDP JS heap).
 * With TRANSPORT_SIZE it also times the references of npm run bench in the same page (bare bulkPut,
 * importInto, toArray + stringify, exportDB of the same generated rows). With TRANSPORT_PROFILE it
 * writes CPU profiles of both sides (main through node:inspector, the renderer through CDP Profiler).
 *
 *   TRANSPORT_FILE=/tmp/r.json [TRANSPORT_SIZE=realistic] [TRANSPORT_RUNS=3] [TRANSPORT_PROFILE=/tmp/prof] \
 *     [TRANSPORT_SKIP=export,backup,references] MATBAR_OUT=out-x npx vitest run --config bench/vitest.chromium.config.mts bench/browser/transport.run.ts
 *
 * With TRANSPORT_ALTERNATE=N it then exports through the UI N more times, each followed at once by the
 * two export references on the same imported rows (toArray + stringify, exportDB), and prints each
 * round's ratios and their medians: on a machine whose load drifts, a reference measured minutes after
 * the figure (as the default above does) says little.
 *
 * With TRANSPORT_B=<out folder> as well, each round exports with both builds, MATBAR_OUT's renderer (A) and
 * TRANSPORT_B's (B), in the same page and database (index.html and assets/ routed to one or the other; A then B,
 * then B then A), each export followed at once by its references.
 *
 * With TRANSPORT_TRACE=1 as well, each export and its toArray + stringify run under a Chrome trace and print their
 * thread time (renderer main thread, all of Chromium's threads; this process's CPU time): what the load does not stretch.
 *
 * With TRANSPORT_PAIRED_IMPORT=bulkPut (or bulkPut,importInto; needs TRANSPORT_SIZE) each import through the UI
 * comes right after its references in the same page, on the same generated rows, which are then dropped and
 * the heap collected before the import is timed: the paired import ratio, at sizes (stress) where measuring the
 * references minutes later means a different machine.
 *
 * With TRANSPORT_HEAP=1, after the imports (and the automatic backup they set off), the renderer's JS heap after
 * a garbage collection (CDP HeapProfiler.collectGarbage, Runtime.getHeapUsage) with the organisation list open
 * on a fresh load, then again back on it after visiting each list page (a leak check).
 *
 * Nothing is asserted: it is a tool to look with, as npm run bench is.
 */
import { createRequire } from 'node:module'
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { Session } from 'node:inspector/promises'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import type * as Esbuild from 'esbuild'
import type { CDPSession } from 'playwright-core'
import { it } from 'vitest'
import { SEED_SIZES, type SeedSize } from '../../scripts/seed/generate-portfolio'
import { injectToken } from '../../src-main/bridge/server'
import { findChromium, RENDERER_DIR, ROOT, startHarness } from '../../tests/e2e/harness'
import { LISTS, OBSERVE_LONG_TASKS, ROWS_DRAWN, settleAfter } from './chromium'

const MB = 1024 * 1024
type Peak = { rss: number; heap: number; buffers: number; rendererHeap: number }
/** The median: the middle value, or the mean of the two middle ones. */
const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b)
  const mid = (sorted.length - 1) / 2
  return sorted.length === 0 ? NaN : (sorted[Math.floor(mid)]! + sorted[Math.ceil(mid)]!) / 2
}

function referencesBundle(): string {
  const esbuild = createRequire(__filename)('esbuild') as typeof Esbuild
  return esbuild.buildSync({
    entryPoints: [join(ROOT, 'bench', 'browser', 'references.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    tsconfig: join(ROOT, 'tsconfig.web.json'),
    logLevel: 'silent'
  }).outputFiles[0]!.text
}

type TraceEvent = { ph: string; name: string; pid: number; tid: number; tdur?: number; args?: { name?: string } }

/**
 * With TRANSPORT_TRACE=1, `body` under a Chrome trace ('toplevel': every thread's RunTask with its thread time): the
 * thread time (ms) of the renderer's main thread and of all Chromium's threads, and this process's CPU time (main:
 * the bridge and its services, beside playwright and vitest). Thread time is what the load does not stretch.
 */
async function threadTimes(
  cdp: CDPSession,
  body: () => Promise<void>
): Promise<{ renderer: number; chromium: number; node: number } | null> {
  if (process.env['TRANSPORT_TRACE'] !== '1') {
    await body()
    return null
  }
  const events: TraceEvent[] = []
  const onData = (e: { value: object[] }) => {
    for (const v of e.value) events.push(v as TraceEvent)
  }
  cdp.on('Tracing.dataCollected', onData)
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()))
  await cdp.send('Tracing.start', { categories: 'toplevel,__metadata', transferMode: 'ReportEvents' })
  const cpu = process.cpuUsage()
  await body()
  const used = process.cpuUsage(cpu)
  await cdp.send('Tracing.end')
  await done
  cdp.off('Tracing.dataCollected', onData)
  const names = new Map<string, string>()
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '')
  const byThread = new Map<string, number>()
  for (const e of events)
    if (e.ph === 'X' && e.name.endsWith('RunTask'))
      byThread.set(`${e.pid}:${e.tid}`, (byThread.get(`${e.pid}:${e.tid}`) ?? 0) + (e.tdur ?? 0) / 1000)
  // The busiest renderer main thread is the page's.
  const renderer = Math.max(0, ...[...byThread].filter(([k]) => names.get(k) === 'CrRendererMain').map(([, v]) => v))
  const chromium = [...byThread.values()].reduce((a, b) => a + b, 0)
  return { renderer, chromium, node: (used.user + used.system) / 1000 }
}

async function main(): Promise<void> {
  const file = process.env['TRANSPORT_FILE']
  if (!file) throw new Error('TRANSPORT_FILE=<portfolio file> is needed')
  const size = process.env['TRANSPORT_SIZE'] as keyof typeof SEED_SIZES | undefined
  const runs = Number(process.env['TRANSPORT_RUNS'] ?? 1)
  const profileDir = process.env['TRANSPORT_PROFILE']
  const skip = new Set((process.env['TRANSPORT_SKIP'] ?? '').split(',').filter(Boolean))
  const paired = (process.env['TRANSPORT_PAIRED_IMPORT'] ?? '').split(',').filter(Boolean)
  for (const kind of paired)
    if (kind !== 'bulkPut' && kind !== 'importInto') throw new Error(`TRANSPORT_PAIRED_IMPORT: unknown ${kind}`)
  const pairedRefs: Record<string, number[]> = { bulkPut: [], importInto: [] }
  const browserPath = findChromium()
  if (!browserPath) throw new Error('no Chromium found (CHROMIUM_PATH)')

  const peak: Peak = { rss: 0, heap: 0, buffers: 0, rendererHeap: 0 }
  const reset = () => Object.assign(peak, { rss: 0, heap: 0, buffers: 0, rendererHeap: 0 })
  const show = (p: Peak) =>
    `main rss ${(p.rss / MB).toFixed(0)} MB, heap ${(p.heap / MB).toFixed(0)} MB, array buffers ${(p.buffers / MB).toFixed(0)} MB; renderer JS heap ${(p.rendererHeap / MB).toFixed(0)} MB`
  const load = () =>
    loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')

  const h = await startHarness(browserPath)
  const page = h.page
  const cdp = await h.context.newCDPSession(page)
  // TRANSPORT_B: the renderer of MATBAR_OUT (A) or of TRANSPORT_B (B), index.html and assets/ routed to one or the
  // other, with the bridge's token put in as the bridge does; main is this process's, the same for both.
  const builds = {
    A: RENDERER_DIR,
    B: process.env['TRANSPORT_B'] ? join(ROOT, process.env['TRANSPORT_B'], 'renderer') : RENDERER_DIR
  }
  let current: 'A' | 'B' = 'A'
  if (process.env['TRANSPORT_B']) {
    const origin = new URL(h.bridge.url).origin
    await h.context.route(
      (url) =>
        url.origin === origin && (/^\/(index\.html)?$/.test(url.pathname) || url.pathname.startsWith('/assets/')),
      async (route) => {
        const path = new URL(route.request().url()).pathname
        const file = join(builds[current], path === '/' ? 'index.html' : path.slice(1))
        const response = await route.fetch()
        const found = existsSync(file)
        const body = !found
          ? ''
          : file.endsWith('.html')
            ? injectToken(await readFile(file, 'utf8'), h.bridge.token)
            : await readFile(file)
        // The bridge's headers (its CSP), but the type and length of this build's file.
        const { 'content-length': _length, ...headers } = response.headers()
        const type = file.endsWith('.html') ? 'text/html' : file.endsWith('.css') ? 'text/css' : 'text/javascript'
        return route.fulfill({ status: found ? 200 : 404, headers: { ...headers, 'content-type': type }, body })
      }
    )
  }
  const sample = () => {
    const m = process.memoryUsage()
    peak.rss = Math.max(peak.rss, m.rss)
    peak.heap = Math.max(peak.heap, m.heapUsed)
    peak.buffers = Math.max(peak.buffers, m.arrayBuffers)
    void cdp
      .send('Runtime.getHeapUsage')
      .then((u) => (peak.rendererHeap = Math.max(peak.rendererHeap, (u as { usedSize: number }).usedSize)))
      .catch(() => undefined)
  }
  const sampler = setInterval(sample, 100)

  const inspector = new Session()
  inspector.connect()
  async function profiled<T>(name: string, body: () => Promise<T>): Promise<T> {
    if (!profileDir) return body()
    await mkdir(profileDir, { recursive: true })
    await inspector.post('Profiler.enable')
    await inspector.post('Profiler.start')
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.start')
    try {
      return await body()
    } finally {
      const mainProfile = await inspector.post('Profiler.stop')
      const renderer = (await cdp.send('Profiler.stop')) as { profile: unknown }
      await writeFile(join(profileDir, `${name}-main.cpuprofile`), JSON.stringify(mainProfile.profile))
      await writeFile(join(profileDir, `${name}-renderer.cpuprofile`), JSON.stringify(renderer.profile))
    }
  }

  const times: Record<string, number[]> = { import: [], preview: [], export: [], backup: [] }
  const peaks: Record<string, Peak[]> = { import: [], export: [], backup: [] }
  const timed = async (name: 'import' | 'export' | 'backup', body: () => Promise<void>) => {
    reset()
    sample()
    const started = Date.now()
    await profiled(name, body)
    times[name]!.push(Date.now() - started)
    sample()
    peaks[name]!.push({ ...peak })
    console.log(`${name}: ${Date.now() - started} ms; ${show(peak)}; load ${load()}`)
  }
  try {
    await page.goto(`${h.bridge.url}#/settings`)
    await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 60_000 })
    reset()
    sample()
    console.log(`baseline (harness, vitest, playwright; before any transfer): ${show(peak)}; load ${load()}`)
    for (let run = 0; run < runs; run++) {
      // An empty database each run, as on a new laptop.
      await page.evaluate(`new Promise((resolve, reject) => {
        const req = indexedDB.deleteDatabase('matbar'); req.onsuccess = resolve; req.onerror = () => reject(req.error)
      })`)
      await page.reload()
      await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 60_000 })
      if (paired.length > 0) {
        if (!size) throw new Error('TRANSPORT_PAIRED_IMPORT needs TRANSPORT_SIZE')
        await page.evaluate(referencesBundle())
        await page.evaluate(`globalThis.__matbarBench.generate(${JSON.stringify(SEED_SIZES[size] as SeedSize)})`)
        for (const kind of paired) {
          const fn = kind === 'bulkPut' ? 'bulkPut' : 'dexieImportInto'
          const ms = (await page.evaluate(`globalThis.__matbarBench.${fn}()`)) as number
          pairedRefs[kind]!.push(ms)
          console.log(`run ${run + 1}: ${kind} ${ms.toFixed(0)} ms; load ${load()}`)
        }
        await page.evaluate(`globalThis.__matbarBench.release()`)
        await cdp.send('HeapProfiler.collectGarbage')
      }
      await timed('import', async () => {
        const started = Date.now()
        await page.getByLabel('Välj fil att importera').setInputFiles(file)
        await page
          .getByText(/Filen innehåller/)
          .first()
          .waitFor({ timeout: 3_600_000 })
        times['preview']!.push(Date.now() - started)
        await page.getByRole('button', { name: 'Importera', exact: true }).click()
        await page.getByRole('table', { name: 'Vad importen gjorde, per tabell' }).waitFor({ timeout: 3_600_000 })
      })
      // The import changed the data, so the automatic backup runs 15 s later: wait for it (its quiet bar on
      // Inställningar) rather than time the export against it.
      await page
        .getByRole('progressbar', { name: /^Automatisk säkerhetskopiering/ })
        .waitFor({ timeout: 30_000 })
        .catch(() => undefined)
      await page
        .getByRole('progressbar', { name: /^Automatisk säkerhetskopiering/ })
        .waitFor({ state: 'detached', timeout: 3_600_000 })
      if (!skip.has('export'))
        await timed('export', async () => {
          const download = page.waitForEvent('download', { timeout: 3_600_000 })
          await page.getByRole('button', { name: 'Exportera portföljen…' }).click()
          if (!(await (await download).path())) throw new Error('the download has no file')
        })
      if (!skip.has('backup'))
        await timed('backup', async () => {
          await page.getByRole('button', { name: 'Säkerhetskopiera nu' }).click()
          await page.getByText(/^Säkerhetskopian är sparad/).waitFor({ timeout: 3_600_000 })
        })
    }
    if (paired.length > 0) {
      const ratios = paired.map((kind) => {
        const each = times['import']!.map((ms, i) => ms / pairedRefs[kind]![i]!)
        return `${kind} ${median(pairedRefs[kind]!).toFixed(0)} ms, per-run ratio ${median(each).toFixed(2)}x (${Math.min(...each).toFixed(2)}–${Math.max(...each).toFixed(2)})`
      })
      console.log(
        `paired imports, medians of ${times['import']!.length}: import ${median(times['import']!)} ms; ${ratios.join('; ')}`
      )
    }
    if (process.env['TRANSPORT_HEAP'] === '1') {
      const heapAfterGc = async () => {
        await cdp.send('HeapProfiler.collectGarbage')
        await cdp.send('HeapProfiler.collectGarbage')
        return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize / MB
      }
      const organisations = LISTS[0]
      // As the bench's list rows: the page's own element, and rows drawn (Utvärderingar: its summary alone).
      const ready = (list: (typeof LISTS)[number]) =>
        list.table === 'evaluations'
          ? `document.querySelector('main ${list.own}')`
          : `document.querySelector('main ${list.own}') && ${ROWS_DRAWN}`
      const settle = async (list: (typeof LISTS)[number]) =>
        (await page.evaluate(settleAfter(`location.hash = '${list.path}'`, ready(list)))) as { ms: number }
      // settleAfter reads the time of the page's last change from this observer.
      await h.context.addInitScript(OBSERVE_LONG_TASKS)
      await page.goto(`${h.bridge.url}#${organisations.path}`)
      await page.reload()
      await page.evaluate(settleAfter('', ready(organisations)))
      console.log(
        `heap: organisation list open on a fresh load: ${(await heapAfterGc()).toFixed(1)} MB; load ${load()}`
      )
      for (const list of LISTS.slice(1)) {
        const there = await settle(list).catch((error: Error) => ({ ms: NaN, error }))
        const back = await settle(organisations).catch((error: Error) => ({ ms: NaN, error }))
        console.log(
          `heap: back on the organisation list after ${list.path} (settled in ${there.ms.toFixed(0)} ms, back in ` +
            `${back.ms.toFixed(0)} ms): ${(await heapAfterGc()).toFixed(1)} MB; load ${load()}`
        )
      }
    }
    const alternate = Number(process.env['TRANSPORT_ALTERNATE'] ?? 0)
    if (alternate > 0) {
      type Round = { build: string; export: number; stringify: number; exportDB: number; handoff: number }
      const rounds: Round[] = []
      const builds = process.env['TRANSPORT_B'] ? ['A', 'B'] : ['A']
      for (let round = 0; round < alternate; round++) {
        // A then B, then B then A: a drifting load weighs on both alike.
        for (const build of round % 2 === 0 ? builds : [...builds].reverse()) {
          if (builds.length > 1 || round === 0) {
            current = build as 'A' | 'B'
            await page.goto(`${h.bridge.url}#/settings`)
            await page.reload()
            await page.getByRole('button', { name: 'Exportera portföljen…' }).waitFor({ timeout: 60_000 })
            await page.evaluate(referencesBundle())
          }
          const download = page.waitForEvent('download', { timeout: 3_600_000 })
          // Whether the automatic backup ran beside this export (both write the whole portfolio).
          let autoBackupSeen = false
          const autoBackup = page.getByRole('progressbar', { name: /^Automatisk säkerhetskopiering/ })
          const watch = setInterval(() => {
            void autoBackup
              .count()
              .then((n) => (autoBackupSeen ||= n > 0))
              .catch(() => undefined)
          }, 500)
          const started = Date.now()
          const exportThreads = await threadTimes(cdp, async () => {
            await page.getByRole('button', { name: 'Exportera portföljen…' }).click()
            if (!(await (await download).path())) throw new Error('the download has no file')
          })
          const exported = Date.now() - started
          clearInterval(watch)
          if (autoBackupSeen) console.log(`round ${round + 1} (${build}): the automatic backup ran beside the export`)
          const ref = async (kind: string) =>
            (
              (await page.evaluate(
                `globalThis.__matbarBench.exportReference('${kind}', ${JSON.stringify(h.bridge.token)})`
              )) as { ms: number }
            ).ms
          let stringify = 0
          const stringifyThreads = await threadTimes(cdp, async () => {
            stringify = await ref('stringify')
          })
          if (exportThreads && stringifyThreads) {
            const show = (t: typeof exportThreads) =>
              `renderer main ${t.renderer.toFixed(0)} ms, all Chromium threads ${t.chromium.toFixed(0)} ms, node ${t.node.toFixed(0)} ms`
            console.log(
              `round ${round + 1} (${build}) thread time: export ${show(exportThreads)}; toArray+stringify ` +
                `${show(stringifyThreads)}; renderer main ratio ${(exportThreads.renderer / stringifyThreads.renderer).toFixed(2)}x, ` +
                `all Chromium ${(exportThreads.chromium / stringifyThreads.chromium).toFixed(2)}x`
            )
          }
          const r = {
            build,
            export: exported,
            stringify,
            exportDB: await ref('exportDB'),
            handoff: await ref('handoff')
          }
          rounds.push(r)
          console.log(
            `round ${round + 1}${builds.length > 1 ? ` (${build})` : ''}: export ${r.export} ms, toArray+stringify ` +
              `${r.stringify.toFixed(0)} ms, exportDB ${r.exportDB.toFixed(0)} ms: ${(r.export / r.stringify).toFixed(2)}x / ` +
              `${(r.export / r.exportDB).toFixed(2)}x; the same text handed to main in Blobs (floor) ${r.handoff.toFixed(0)} ms, ` +
              `${(r.export / r.handoff).toFixed(2)}x; load ${load()}`
          )
        }
      }
      for (const build of builds) {
        const mine = rounds.filter((r) => r.build === build)
        const col = (f: (r: Round) => number) => median(mine.map(f))
        const range = (f: (r: Round) => number) =>
          `${Math.min(...mine.map(f)).toFixed(2)}–${Math.max(...mine.map(f)).toFixed(2)}`
        console.log(
          `alternated${builds.length > 1 ? ` (${build})` : ''}, medians of ${mine.length}: export ${col((r) => r.export)} ms, ` +
            `toArray+stringify ${col((r) => r.stringify).toFixed(0)} ms, exportDB ${col((r) => r.exportDB).toFixed(0)} ms; ` +
            `per-round ratio ${col((r) => r.export / r.stringify).toFixed(2)}x (${range((r) => r.export / r.stringify)}) / ` +
            `${col((r) => r.export / r.exportDB).toFixed(2)}x (${range((r) => r.export / r.exportDB)}); handoff floor ` +
            `${col((r) => r.handoff).toFixed(0)} ms, ${col((r) => r.handoff / r.stringify).toFixed(2)}x toArray+stringify, ` +
            `export ${col((r) => r.export / r.handoff).toFixed(2)}x it (${range((r) => r.export / r.handoff)})`
        )
      }
    }
    const refs: Record<string, number[]> = { bulkPut: [], importInto: [], stringify: [], exportDB: [] }
    if (size && !skip.has('references')) {
      await page.evaluate(referencesBundle())
      await page.evaluate(`globalThis.__matbarBench.generate(${JSON.stringify(SEED_SIZES[size] as SeedSize)})`)
      for (let run = 0; run < runs; run++) {
        refs['bulkPut']!.push((await page.evaluate(`globalThis.__matbarBench.bulkPut()`)) as number)
        refs['importInto']!.push((await page.evaluate(`globalThis.__matbarBench.dexieImportInto()`)) as number)
        for (const kind of ['stringify', 'exportDB'] as const)
          refs[kind]!.push(
            ((await page.evaluate(`globalThis.__matbarBench.exportReference('${kind}')`)) as { ms: number }).ms
          )
      }
      await page.evaluate(`indexedDB.deleteDatabase('matbar-bench-reference')`)
    }
    console.log(`runs: ${JSON.stringify(times)}; references: ${JSON.stringify(refs)}`)
    const m = (xs: number[] | undefined) => (xs && xs.length ? median(xs) : NaN)
    console.log(
      `medians: import ${m(times['import'])} ms (preview ${m(times['preview'])} ms), export ${m(times['export'])} ms, ` +
        `backup ${m(times['backup'])} ms; bulkPut ${m(refs['bulkPut'])} ms, importInto ${m(refs['importInto'])} ms, ` +
        `toArray+stringify ${m(refs['stringify'])} ms, exportDB ${m(refs['exportDB'])} ms; ` +
        `import/bulkPut ${(m(times['import']) / m(refs['bulkPut'])).toFixed(2)}x, ` +
        `export/stringify ${(m(times['export']) / m(refs['stringify'])).toFixed(2)}x; load after ${load()}`
    )
    if (h.problems.length > 0) console.log(`page problems: ${h.problems.slice(0, 5).join(' | ')}`)
  } finally {
    clearInterval(sampler)
    inspector.disconnect()
    await h.close()
  }
}

it('moves the portfolio through the UI: import, export, backup', main)
