/**
 * The list pages at the stress size, looked at through Chrome traces (issue 15 point 4, issue 14 point 6), by hand:
 * seeds the stress rows once (tests/e2e/stress-seed.ts), then for each list page and run opens it from a settled
 * start page as `npm run bench` does, changes its filter once and types its sample name key by key, each under a
 * CDP trace (RunTask events of the renderer's main thread, with their children) and a CPU profile of the same
 * span. It prints, per step, the settle time, the longest tasks by **thread time** (`tdur`: what the load does not
 * stretch) with what ran inside them (trace children, and the profile's samples inside the task mapped through the
 * build's source maps), and per keystroke the time from keydown to the list's answer for that text (as the bench).
 *
 * With TRACE_B=<out folder> it alternates two builds in the same page and database, run by run: MATBAR_OUT's (A)
 * and TRACE_B's (B), by routing index.html and assets/ to one or the other, so before and after share the machine's
 * load and the seeded rows.
 *
 * With TRACE_LOAD=<runs> it first times cold loads of #/organisations (each build) and of the bare list of the same
 * rows (bench/browser/bare-list.tsx), from about:blank to the first row drawn (checked every frame from the
 * document's start, as the bench's page-load figure), each under a trace: the main thread's tasks up to the first
 * row, and what the page waited on (each fetch and IndexedDB request with its start and answer, and when the shell,
 * the heading and the search box appeared). TRACE_LISTS=none skips the list pages.
 *
 * Beside each list page's runs (and each cold load), the two bare references of bare-list.tsx under the same trace:
 * `bare`, its one table sorted by one field (the issue's wording), and `fair`, the tables the page reads joined into
 * its columns; settled from the bare list's script start as the bench counts it. The order of the builds and the two
 * references turns by one each run. TRACE_TYPING=0 leaves out the typing (search as you type); =plain types with no
 * trace nor profile running (wall times as the bench measures them, no thread times). Each step also
 * prints `busyMs`, the main thread's thread time over its trace. Cold loads wait TRACE_COLD_MS (3 000) on about:blank
 * first, so each opens the database cold; during the list pages a second page holds a connection open, so the bare
 * lists find it open as an in-app navigation does (Chromium closes an origin's backing store 2 s after its last
 * connection, and the next first open then took 0.5-3 s at the stress size).
 *
 *   MATBAR_OUT=out-x [TRACE_B=out-y] [TRACE_LISTS=areas,evaluations] [TRACE_RUNS=2] [TRACE_SIZE=stress|realistic]
 *     [TRACE_LOAD=5] [TRACE_TYPING=0] [TRACE_DIR=/tmp/traces] npx vitest run --config bench/vitest.chromium.config.mts \
 *     bench/browser/lists-trace.run.ts
 *
 * Nothing is asserted: it is a tool to look with, as npm run bench is.
 */
import { createRequire } from 'node:module'
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { loadavg } from 'node:os'
import { basename, extname, join } from 'node:path'
import type { CDPSession } from 'playwright-core'
import { it } from 'vitest'
import { findChromium, RENDERER_DIR, ROOT, startHarness } from '../../tests/e2e/harness'
import { seedStressPortfolio } from '../../tests/e2e/stress-seed'
import {
  bareListAddress,
  fillSearch,
  LISTS,
  listSize,
  median,
  OBSERVE_LONG_TASKS,
  percentile,
  routeBareList,
  ROWS_DRAWN,
  settleAfter,
  WATCH_SEARCH_LATENCY,
  type BenchSize
} from './chromium'

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.gc',
  'loading',
  'cc',
  'IndexedDB',
  'sequence_manager',
  'mojom',
  'disabled-by-default-v8.compile',
  'blink.user_timing',
  ...(process.env.TRACE_RCS === '1' ? ['disabled-by-default-v8.runtime_stats'] : []),
  // Blink's C++ heap (Oilpan): its sweeping showed as tasks of 0.2-0.5 s with nothing traced inside them.
  ...(process.env.TRACE_OILPAN === '1'
    ? ['cppgc', 'disabled-by-default-cppgc', 'blink_gc', 'disabled-by-default-blink_gc']
    : [])
].join(',')

type TraceEvent = {
  name: string
  ph: string
  pid: number
  tid: number
  ts: number
  dur?: number
  tdur?: number
  args?: Record<string, unknown>
}
type Span = {
  name: string
  ts: number
  end: number
  dur: number
  tdur: number
  depth: number
  detail: string
  args?: Record<string, unknown>
}
type Profile = {
  nodes: {
    id: number
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }
    children?: number[]
  }[]
  startTime: number
  samples: number[]
  timeDeltas: number[]
}
export type TaskReport = { tdurMs: number; durMs: number; posted: string; children: string[]; selfJs: string[] }

/** TRACE_PROFILE=0: traces only, no CPU profile beside them; =alt: a profile every other run. */
let PROFILE = process.env.TRACE_PROFILE !== '0'

const builds: Record<'A' | 'B', string> = {
  A: RENDERER_DIR,
  B: process.env.TRACE_B ? join(ROOT, process.env.TRACE_B, 'renderer') : RENDERER_DIR
}

/** Source maps of the builds' assets, loaded on first use. */
const maps = new Map<string, { originalPositionFor: (p: { line: number; column: number }) => SourcePosition } | null>()
type SourcePosition = { source: string | null; line: number | null; name: string | null }
function mapped(build: string, url: string, line: number, column: number, fallback: string): string {
  const file = url.split('/assets/')[1]
  if (!file) return `${fallback} ${url ? basename(url) : ''}`.trim()
  const key = join(build, 'assets', `${file.split('?')[0]}.map`)
  if (!maps.has(key)) {
    if (!existsSync(key)) maps.set(key, null)
    else {
      const { SourceMapConsumer } = createRequire(__filename)('source-map-js') as {
        SourceMapConsumer: new (raw: unknown) => { originalPositionFor: (p: unknown) => SourcePosition }
      }
      // Read synchronously once per file: a tool, not the app.
      maps.set(key, new SourceMapConsumer(JSON.parse(readFileSync(key, 'utf8'))))
    }
  }
  const consumer = maps.get(key)
  if (!consumer) return `${fallback} ${file}:${line + 1}`
  const at = consumer.originalPositionFor({ line: line + 1, column })
  const source = (at.source ?? file).replace(/^.*src-renderer\/src\//, '').replace(/^.*node_modules\//, 'nm/')
  return `${fallback || at.name || '(anonymous)'} ${source}:${at.line ?? '?'}`
}

/** The renderer main thread's spans (X events, and B/E pairs made into spans), with their nesting depth. */
function mainThreadSpans(events: TraceEvent[]): Span[] {
  const names = new Map<string, string>()
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, String(e.args?.name ?? ''))
  const busy = new Map<string, number>()
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`
    if (names.get(key) === 'CrRendererMain' && e.ph === 'X' && e.name.endsWith('RunTask'))
      busy.set(key, (busy.get(key) ?? 0) + (e.tdur ?? 0))
  }
  const main = [...busy.entries()].sort((a, b) => b[1] - a[1])[0]?.[0]
  if (!main) return []
  const spans: Span[] = []
  const open: TraceEvent[] = []
  const detailOf = (e: TraceEvent): string => {
    const data = (e.args?.data ?? e.args?.beginData ?? {}) as Record<string, unknown>
    const bits = [data.functionName, data.url ? basename(String(data.url)) : null, data.type, data.usedHeapSizeBefore]
    return bits.filter((b) => b !== undefined && b !== null && b !== '').join(' ')
  }
  for (const e of events.filter((x) => `${x.pid}:${x.tid}` === main).sort((a, b) => a.ts - b.ts)) {
    if (e.ph === 'X')
      spans.push({
        name: e.name,
        ts: e.ts,
        end: e.ts + (e.dur ?? 0),
        dur: e.dur ?? 0,
        tdur: e.tdur ?? e.dur ?? 0,
        depth: 0,
        detail: detailOf(e),
        args: e.args
      })
    else if (e.ph === 'B') open.push(e)
    else if (e.ph === 'E') {
      const b = open.pop()
      if (b)
        spans.push({
          name: b.name,
          ts: b.ts,
          end: e.ts,
          dur: e.ts - b.ts,
          tdur: e.ts - b.ts,
          depth: 0,
          detail: detailOf(b)
        })
    }
  }
  spans.sort((a, b) => a.ts - b.ts || b.dur - a.dur)
  const stack: Span[] = []
  for (const s of spans) {
    while (stack.length && stack[stack.length - 1]!.end <= s.ts) stack.pop()
    s.depth = stack.length
    stack.push(s)
  }
  return spans
}

/** The `count` longest tasks by thread time, each with its larger children and the profile's self time inside it. */
function longestTasks(spans: Span[], profile: Profile | null, build: string, count = 3): TaskReport[] {
  // The CPU profiler's own start (a task of 100-500 ms at the stress size: it walks the heap's code) is the tool's.
  const profilerStarts = spans.filter((s) => s.name === 'CpuProfiler::StartProfiling')
  const tasks = spans.filter(
    (s) => s.depth === 0 && s.name.endsWith('RunTask') && !profilerStarts.some((p) => p.ts >= s.ts && p.end <= s.end)
  )
  tasks.sort((a, b) => b.tdur - a.tdur)
  const samples: { t: number; node: number }[] = []
  if (profile) {
    let t = profile.startTime
    profile.samples.forEach((node, i) => {
      t += profile.timeDeltas[i] ?? 0
      samples.push({ t, node })
    })
  }
  const nodes = new Map(profile?.nodes.map((n) => [n.id, n]) ?? [])
  return tasks.slice(0, count).map((task) => {
    const inside = spans.filter((s) => s !== task && s.ts >= task.ts && s.end <= task.end && s.depth <= 8)
    const children = inside
      .filter((s) => s.tdur >= 4000)
      .slice(0, 24)
      .map(
        (s) =>
          `${'  '.repeat(s.depth)}${s.name}${s.detail ? ` [${s.detail}]` : ''} ${(s.dur / 1000).toFixed(0)} ms / ${(s.tdur / 1000).toFixed(0)} ms thread`
      )
    const self = new Map<string, number>()
    const gap = samples.length > 1 ? (samples[samples.length - 1]!.t - samples[0]!.t) / samples.length : 0
    for (const s of samples) {
      if (s.t < task.ts || s.t > task.end) continue
      const n = nodes.get(s.node)
      if (!n) continue
      const f = n.callFrame
      const name = f.url ? mapped(build, f.url, f.lineNumber, f.columnNumber, f.functionName) : f.functionName
      self.set(name, (self.get(name) ?? 0) + gap)
    }
    const selfJs = [...self.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 10)
      .map(([name, us]) => `${(us / 1000).toFixed(0)} ms ${name}`)
    // Where the task was posted from (sequence_manager's args), which names the work when nothing inside is traced.
    const posted = JSON.stringify([task.args ?? {}, ...inside.slice(0, 2).map((s) => s.args ?? {})]).slice(0, 600)
    return { tdurMs: task.tdur / 1000, durMs: task.dur / 1000, posted, children, selfJs }
  })
}

/**
 * The main thread's busy time over a trace (ms): the thread time of its top-level tasks (the CPU profiler's start
 * left out), which the machine's load does not stretch as it does the settle's wall time.
 */
function busyMs(spans: Span[]): number {
  const profilerStarts = spans.filter((s) => s.name === 'CpuProfiler::StartProfiling')
  let total = 0
  for (const s of spans)
    if (s.depth === 0 && s.name.endsWith('RunTask') && !profilerStarts.some((p) => p.ts >= s.ts && p.end <= s.end))
      total += s.tdur
  return total / 1000
}

/** The profile's self time per function over the whole trace, the `count` largest (idle and the program left out). */
function profileSelf(profile: Profile | null, build: string, count = 25): string[] {
  if (!profile) return []
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]))
  const self = new Map<string, number>()
  profile.samples.forEach((node, i) => {
    const f = nodes.get(node)?.callFrame
    if (!f || f.functionName === '(idle)' || f.functionName === '(program)') return
    const name = f.url ? mapped(build, f.url, f.lineNumber, f.columnNumber, f.functionName) : f.functionName
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0))
  })
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, us]) => `${(us / 1000).toFixed(1)} ms ${name}`)
}

/**
 * The profile's inclusive time per function (its own samples and those of everything it called) over the whole
 * profile, the `count` largest: where a keystroke's time goes when self time is spread thin over React's internals.
 */
function profileInclusive(
  profile: Profile | null,
  build: string,
  count = 70,
  within?: { from: number; to: number }
): string[] {
  if (!profile) return []
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map<number, number>()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const total = new Map<string, number>()
  let t = profile.startTime
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0
    t += dt
    if (within && (t < within.from || t > within.to)) return
    const leaf = nodes.get(id)?.callFrame.functionName
    if (leaf === '(idle)' || leaf === '(program)' || leaf === '(garbage collector)') return
    const seen = new Set<string>()
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = nodes.get(at)?.callFrame
      if (!f || f.functionName === '(root)') continue
      const name = f.url ? mapped(build, f.url, f.lineNumber, f.columnNumber, f.functionName) : f.functionName
      if (seen.has(name)) continue
      seen.add(name)
      total.set(name, (total.get(name) ?? 0) + dt)
    }
  })
  return [...total.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, us]) => `${(us / 1000).toFixed(1)} ms ${name}`)
}

/**
 * A cold load's main-thread work up to `endMark` (a `performance.mark` the page set when the first rows were drawn):
 * each top-level task of at least 2 ms thread time, in order, with its larger children, and the idle time between.
 */
function loadTimeline(spans: Span[], events: TraceEvent[], profile: Profile | null, build: string) {
  const mark = (name: string) => events.find((e) => e.name === name && e.ph !== 'M')
  const nav = events.filter((e) => e.name === 'navigationStart').sort((a, b) => b.ts - a.ts)[0]
  const end = mark('matbar-first-rows')
  if (!end) return null
  const from = nav?.ts ?? spans[0]?.ts ?? end.ts
  const tasks = spans.filter((s) => s.depth === 0 && s.name.endsWith('RunTask') && s.end > from && s.ts < end.ts)
  const lines: string[] = []
  let busy = 0
  for (const task of tasks) {
    busy += task.tdur
    if (task.tdur < 2000) continue
    const inside = spans.filter((s) => s !== task && s.ts >= task.ts && s.end <= task.end && s.depth <= 4)
    const kids = inside
      .filter((s) => s.tdur >= 1500 && s.depth <= 3)
      .slice(0, 8)
      .map((s) => `${s.name}${s.detail ? ` [${s.detail.slice(0, 60)}]` : ''} ${(s.tdur / 1000).toFixed(0)}`)
    lines.push(
      `+${((task.ts - from) / 1000).toFixed(0)} ms: ${(task.dur / 1000).toFixed(0)} ms / ${(task.tdur / 1000).toFixed(0)} thread: ${kids.join('; ')}`
    )
  }
  const self = new Map<string, number>()
  if (profile) {
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]))
    let t = profile.startTime
    profile.samples.forEach((node, i) => {
      const dt = profile.timeDeltas[i] ?? 0
      t += dt
      if (t < from || t > end.ts) return
      const f = nodes.get(node)?.callFrame
      if (!f || f.functionName === '(idle)') return
      const name = f.url ? mapped(build, f.url, f.lineNumber, f.columnNumber, f.functionName) : f.functionName
      self.set(name, (self.get(name) ?? 0) + dt)
    })
  }
  return {
    firstRowsMs: (end.ts - from) / 1000,
    mainThreadBusyMs: busy / 1000,
    tasks: lines,
    selfJs: [...self.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 20)
      .map(([name, us]) => `${(us / 1000).toFixed(1)} ms ${name}`)
  }
}

/** Runs `body` under a trace and a CPU profile; returns its result, the main thread's spans and the profile. */
async function traced<T>(
  cdp: CDPSession,
  body: () => Promise<T>
): Promise<{ result: T; spans: Span[]; events: TraceEvent[]; profile: Profile | null }> {
  const events: TraceEvent[] = []
  // CDP types a trace event as a plain object: these carry at least the fields TraceEvent names.
  const onData = (e: { value: object[] }) => {
    for (const v of e.value) events.push(v as TraceEvent)
  }
  cdp.on('Tracing.dataCollected', onData)
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()))
  if (PROFILE) {
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  }
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' })
  if (PROFILE) await cdp.send('Profiler.start')
  const result = await body()
  const profile = PROFILE ? ((await cdp.send('Profiler.stop')) as unknown as { profile: Profile }).profile : null
  await cdp.send('Tracing.end')
  await done
  cdp.off('Tracing.dataCollected', onData)
  return { result, spans: mainThreadSpans(events), events, profile }
}

/** How long each cold load waits on about:blank first (ms): longer than Chromium's 2 s backing store grace period. */
const COLD_MS = Number(process.env.TRACE_COLD_MS ?? 3000)

/** ROWS_DRAWN's selector without its `main `: the bare list has no main element around its table. */
const ROW_SELECTOR = /querySelector\('main ([^']+)'\)/.exec(ROWS_DRAWN)![1]!

const MIME: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.html': 'text/html',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2'
}

it('list pages under Chrome traces', async () => {
  const browserPath = findChromium()
  if (!browserPath) throw new Error('no Chromium')
  const size = (process.env.TRACE_SIZE ?? 'stress') as BenchSize
  const runs = Number(process.env.TRACE_RUNS ?? 2)
  const wanted = (process.env.TRACE_LISTS ?? 'organisations,engagements,workshops,areas,evaluations').split(',')
  const outDir = process.env.TRACE_DIR ?? join(ROOT, '.tmp', 'lists-trace')
  await mkdir(outDir, { recursive: true })
  const order: ('A' | 'B')[] = process.env.TRACE_B ? ['A', 'B'] : ['A']
  const h = await startHarness(browserPath)
  const page = h.page
  const origin = new URL(h.bridge.url).origin
  let current: 'A' | 'B' = 'A'
  await h.context.addInitScript(OBSERVE_LONG_TASKS)
  // A cold load of the organisation list (or the bare list): the time its first row is drawn, checked every frame
  // from the document's start as the bench's page-load figure does, and a trace mark there.
  await h.context.addInitScript(`(() => {
    const bare = location.pathname.endsWith('/bench-bare/list.html')
    if (!bare && location.hash !== '#/organisations') return
    const check = () => document.querySelector((bare ? '' : 'main ') + ${JSON.stringify(ROW_SELECTOR)})
    // What the page waits on before its rows: each fetch (the bridge: settings, the erasure log) and IndexedDB
    // request, when it was made and answered, and when the shell, the list's heading and its search box appeared.
    const io = (window.__io = [])
    const at = () => Math.round(performance.now())
    const origFetch = window.fetch
    window.fetch = function (input, init) {
      const rec = { what: 'fetch ' + String(input.url ?? input).replace(location.origin, ''), t0: at() }
      io.push(rec)
      return origFetch.call(this, input, init).then((r) => { rec.t1 = at(); return r })
    }
    const wrap = (proto, name, label) => {
      const orig = proto[name]
      proto[name] = function (...args) {
        const req = orig.apply(this, args)
        const rec = { what: label(this, args), t0: at() }
        io.push(rec)
        req.addEventListener('success', () => { rec.t1 = at() }, { once: true })
        return req
      }
    }
    wrap(IDBFactory.prototype, 'open', (_, a) => 'open ' + a[0] + ' v' + a[1])
    const databases = IDBFactory.prototype.databases
    IDBFactory.prototype.databases = function () {
      const rec = { what: 'databases()', t0: at() }
      io.push(rec)
      return databases.call(this).then((d) => { rec.t1 = at(); return d })
    }
    for (const m of ['getAll', 'getAllKeys', 'count', 'get', 'openCursor', 'openKeyCursor'])
      for (const P of [IDBObjectStore, IDBIndex])
        wrap(P.prototype, m, (self, a) => m + ' ' + (self.objectStore ? self.objectStore.name + '.' + self.name : self.name) + (a[1] !== undefined ? ' limit ' + a[1] : ''))
    const seen = (window.__seen = {})
    const marks = { shell: '#root > *', heading: 'main h1', search: 'main input[type=search]' }
    const frame = () => {
      for (const [k, sel] of Object.entries(marks)) if (!seen[k] && document.querySelector(sel)) seen[k] = at()
      if (check()) { performance.mark('matbar-first-rows'); window.__firstRows = performance.now() }
      else requestAnimationFrame(frame)
    }
    frame()
  })()`)
  await routeBareList(h.context)
  await h.context.route('**/bench-bare/keeper.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>keeper</title>' })
  )
  await h.context.route(
    (url) => url.origin === origin && (/^\/(index\.html)?$/.test(url.pathname) || url.pathname.startsWith('/assets/')),
    async (route) => {
      // Both builds the same way (the bridge's answer for its headers, the body from the build's folder): when A
      // went straight through, B's scripts came 100-300 ms later on a loaded machine, charged to B's page load.
      const path = new URL(route.request().url()).pathname
      const file = join(builds[current], path === '/' ? 'index.html' : path.slice(1))
      const response = await route.fetch()
      return route.fulfill({
        response,
        status: existsSync(file) ? 200 : 404,
        headers: { ...response.headers(), 'content-type': MIME[extname(file)] ?? 'application/octet-stream' },
        body: existsSync(file) ? await readFile(file) : ''
      })
    }
  )
  const log = (line: string) => console.log(line)
  const results: Record<string, unknown>[] = []
  try {
    await page.goto(h.bridge.url)
    await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 60_000 })
    const seeded = await seedStressPortfolio(page, listSize(size))
    log(
      `seeded ${JSON.stringify(seeded.counts)}; load ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')}`
    )
    const cdp = await h.context.newCDPSession(page)
    const start = async () => {
      await page.goto('about:blank')
      await page.goto(`${h.bridge.url}#/`)
      await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 120_000 })
      await page.evaluate(settleAfter('', `document.querySelector('main h1')`))
    }
    // Cold loads of the organisation list beside the bare list of the same rows (TRACE_LOAD=<runs>).
    for (let run = 0; run < Number(process.env.TRACE_LOAD ?? 0); run++) {
      if (process.env.TRACE_PROFILE === 'alt') PROFILE = run % 2 === 1
      // The order turns by one each run: the page before leaves work behind (its teardown, a collection) that the
      // next load on the same 2 cores pays for.
      const each = [...order, 'bare' as const, 'fair' as const]
      for (const build of [...each.slice(run % each.length), ...each.slice(0, run % each.length)]) {
        if (build !== 'bare' && build !== 'fair') current = build
        await page.goto('about:blank')
        // Every load opens the database cold, as the app's start does: Chromium keeps an origin's IndexedDB backing
        // store open for 2 s after its last connection closes (kBackingStoreGracePeriodMs), and a load that opened
        // it within that time skipped the 0.5-3 s its first open took at the stress size (2026-12-01, load 14-16).
        await page.waitForTimeout(COLD_MS)
        const url =
          build === 'bare' || build === 'fair'
            ? `${h.bridge.url}${bareListAddress('organisations', build === 'fair')}`
            : `${h.bridge.url}#/organisations`
        const load = await traced(cdp, async () => {
          await page.goto(url)
          const ms = (await page.evaluate(`new Promise((resolve) => {
            const poll = () => (window.__firstRows ? resolve(window.__firstRows) : setTimeout(poll, 20))
            poll()
          })`)) as number
          await page.waitForTimeout(200)
          return ms
        })
        // The page's own timings: script resources, and what it waited on (the init script's records).
        const waits = (await page.evaluate(`({
          scripts: performance.getEntriesByType('resource').filter((r) => /\\.(js|css)$/.test(r.name))
            .map((r) => r.name.split('/').pop() + ' ' + Math.round(r.startTime) + '-' + Math.round(r.responseEnd)),
          seen: window.__seen,
          io: window.__io.filter((r) => r.t0 <= window.__firstRows).slice(0, 60)
            .map((r) => r.t0 + '-' + (r.t1 ?? '?') + ' ' + r.what)
        })`)) as Record<string, unknown>
        const report = {
          load: build,
          run,
          loadavg: loadavg()[0],
          firstRowsMs: load.result,
          profiled: PROFILE,
          waits,
          timeline: loadTimeline(
            load.spans,
            load.events,
            load.profile,
            build === 'bare' || build === 'fair' ? builds.A : builds[build]
          )
        }
        results.push(report)
        log(JSON.stringify(report, null, 1))
      }
    }
    // An in-app navigation finds the database open; so must the bare lists, which are pages of their own: a second
    // page of the origin holds a connection throughout, so the backing store is never closed between pages.
    const keeper = await h.context.newPage()
    await keeper.goto(`${h.bridge.url}bench-bare/keeper.html`)
    await keeper.evaluate(`new Promise((resolve, reject) => {
      const open = indexedDB.open('matbar')
      open.onsuccess = () => { window.__kept = open.result; resolve(null) }
      open.onerror = () => reject(open.error)
    })`)
    for (const list of LISTS.filter((l) => wanted.includes(l.path.slice(1)))) {
      const own = `document.querySelector('main ${list.own}')`
      const ready = list.table === 'evaluations' ? own : `${own} && ${ROWS_DRAWN}`
      const sample = list.sample ? seeded.samples[list.sample] : null
      for (let run = 0; run < runs; run++) {
        if (process.env.TRACE_PROFILE === 'alt') PROFILE = run % 2 === 1
        // The app's build(s) and the two bare lists (bare-list.tsx: one table; the same tables and columns), the
        // order turned by one each run, so none always follows the same page (whose teardown the next one pays).
        const each = [...order, 'bare' as const, 'fair' as const]
        const turned = [...each.slice(run % each.length), ...each.slice(0, run % each.length)]
        for (const build of turned) {
          if (build === 'bare' || build === 'fair') {
            await page.goto('about:blank')
            const address = `${h.bridge.url}${bareListAddress(list.table, build === 'fair')}`
            const reference = settleAfter('', ROWS_DRAWN.replace('main ', ''), { fromMount: true })
            const load = await traced(cdp, async () => {
              await page.goto(address)
              return (await page.evaluate(reference)) as { ms: number; longest: number }
            })
            const report = {
              list: list.path,
              build,
              profiled: PROFILE,
              run,
              load: loadavg()[0],
              settleMs: load.result.ms,
              longestWallMs: load.result.longest,
              busyMs: busyMs(load.spans),
              selfJs: profileSelf(load.profile, builds.A),
              open: longestTasks(load.spans, load.profile, builds.A),
              // What its first row shows, to see that the joins found their names.
              firstRow: await page.evaluate(`document.querySelector('[role=row]')?.textContent`)
            }
            results.push(report)
            log(JSON.stringify(report, null, 1))
            continue
          }
          current = build
          const dir = builds[build]
          await start()
          const open = await traced(cdp, async () => {
            return (await page.evaluate(settleAfter(`location.hash = '${list.path}'`, ready))) as {
              ms: number
              longest: number
            }
          })
          const report: Record<string, unknown> = {
            list: list.path,
            build,
            profiled: PROFILE,
            run,
            load: loadavg()[0],
            settleMs: open.result.ms,
            longestWallMs: open.result.longest,
            busyMs: busyMs(open.spans),
            selfJs: profileSelf(open.profile, dir),
            open: longestTasks(open.spans, open.profile, dir)
          }
          if (sample) {
            const filter = await traced(cdp, async () => {
              return (await page.evaluate(settleAfter(fillSearch(sample), ready))) as { ms: number; longest: number }
            })
            report.filterMs = filter.result.ms
            report.filter = longestTasks(filter.spans, filter.profile, dir, 2)
          }
          if (sample && process.env.TRACE_TYPING !== '0') {
            // Back to the whole list, then type the name key by key (the bench's measure of search as you type).
            await page.evaluate(settleAfter(fillSearch(''), ready))
            await page.evaluate(WATCH_SEARCH_LATENCY)
            await page.locator('main input[type=search]').first().focus()
            const type = async () => {
              await page.keyboard.type(sample, { delay: 120 })
              await page.waitForTimeout(1000)
              return (await page.evaluate('window.__latencies()')) as (number | null)[]
            }
            // TRACE_TYPING=plain: typed with no trace nor profile running, as the bench types (their overhead lands
            // on each key's wall time); the thread times below are then missing.
            const typing =
              process.env.TRACE_TYPING === 'plain'
                ? { result: await type(), spans: [] as Span[], profile: null }
                : await traced(cdp, type)
            const keys = typing.result.filter((x): x is number => x !== null)
            report.keys = {
              sample,
              typed: sample.length,
              answered: keys.length,
              median: median(keys),
              p95: percentile(keys, 95),
              all: keys.map(Math.round)
            }
            // Each key's input event (React's render and commit of the typed text run inside it) by thread time,
            // which the machine's load does not stretch as it does the wall time above.
            const inputs = typing.spans
              .filter((s) => s.name === 'EventDispatch' && s.detail === 'input')
              .map((s) => s.tdur / 1000)
            // The first three keys whole: each main-thread task from the key's keydown to the end of its input
            // event (wall ms from the keydown, thread ms, and the task's largest children), where a slow key's time
            // goes besides its input event.
            const keydowns = typing.spans.filter((s) => s.name === 'EventDispatch' && s.detail === 'keydown')
            const inputEvents = typing.spans.filter((s) => s.name === 'EventDispatch' && s.detail === 'input')
            report.firstKeys = keydowns.slice(0, 3).map((down, k) => {
              const input = inputEvents[k]
              const end = input?.end ?? down.end
              return typing.spans
                .filter((s) => s.depth === 0 && s.name.endsWith('RunTask') && s.end >= down.ts && s.ts <= end)
                .map((task) => {
                  const inside = typing.spans
                    .filter((s) => s !== task && s.ts >= task.ts && s.end <= task.end && s.depth <= 4 && s.tdur >= 500)
                    .slice(0, 6)
                    .map((s) => `${s.name}${s.detail ? ` [${s.detail}]` : ''} ${(s.tdur / 1000).toFixed(1)}`)
                  return `+${((task.ts - down.ts) / 1000).toFixed(1)} ms: ${(task.dur / 1000).toFixed(1)} ms / ${(task.tdur / 1000).toFixed(1)} thread: ${inside.join('; ')}`
                })
            })
            if (inputs.length > 0)
              report.inputThreadMs = {
                events: inputs.length,
                median: median(inputs),
                p95: percentile(inputs, 95),
                all: inputs.map((ms) => Math.round(ms * 10) / 10)
              }
            report.typing = longestTasks(typing.spans, typing.profile, dir, 2)
            if (process.env.TRACE_INCLUSIVE === '1') {
              report.typingInclusive = profileInclusive(typing.profile, dir)
              // The three costliest keys one by one: what a slow key spends its input event on.
              report.slowestKeys = typing.spans
                .filter((s) => s.name === 'EventDispatch' && s.detail === 'input')
                .sort((a, b) => b.tdur - a.tdur)
                .slice(0, 3)
                .map((s) => ({
                  threadMs: s.tdur / 1000,
                  inclusive: profileInclusive(typing.profile, dir, 40, { from: s.ts, to: s.end })
                }))
            }
          }
          results.push(report)
          log(JSON.stringify(report, null, 1))
        }
      }
    }
  } finally {
    await writeFile(join(outDir, `lists-trace-${Date.now()}.json`), JSON.stringify(results, null, 1))
    await h.close()
  }
})
