#!/usr/bin/env node
/**
 * Full-page screenshots of every page of the app, in Swedish and English at two widths (or the
 * widths asked for), so the renderer can be compared before and after a refactor.
 *
 * Usage: node scripts/screenshot-pages.mjs --out <build out folder> --dest <png folder>
 *   [--chromium <path>] (default: `which chromium`, or CHROMIUM_PATH)
 *   [--widths 1280,1024,320] (default 1280,1024; 320 is a 1280-pixel window at 400 % zoom, where the
 *   menu folds behind its "Meny" button, which is opened to reach a page)
 *   [--langs sv,en] (default both) [--pages areas,area,documents] (default all: the keys of PAGES below and
 *   overview-empty; a page's way there is still walked, only the listed ones are shot)
 *
 * Starts `node <out>/main/bridge.js --port 0 --data <fresh tmp dir>`, opens the app in a headless
 * Chromium with a fresh profile, loads the sample portfolio with the overview's button, then walks
 * the pages. Ids are found by clicking links in the UI (by role, matched on name or address), never
 * hard-coded; the addresses found on the first pass are reused on the later ones, so every pass
 * shows the same organisation, engagement, workshop and so on. States are shot too: the workshop and area
 * forms open for editing, the date field's calendar, and the Dokument page's preview (one proposal is made
 * on the engagement page first). Files: <lang>-<width>-<page>.png.
 * A page that fails is logged loudly and skipped; the exit code is 1 when any failed.
 */
import { spawn, execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'

const { values: args } = parseArgs({
  options: {
    out: { type: 'string' },
    dest: { type: 'string' },
    chromium: { type: 'string' },
    widths: { type: 'string', default: '1280,1024' },
    langs: { type: 'string', default: 'sv,en' },
    pages: { type: 'string' }
  },
  strict: true
})
if (!args.out || !args.dest) {
  console.error('Usage: node scripts/screenshot-pages.mjs --out <build out folder> --dest <png folder>')
  process.exit(2)
}
const OUT = resolve(args.out)
const DEST = resolve(args.dest)
const BRIDGE = join(OUT, 'main', 'bridge.js')
if (!existsSync(BRIDGE)) {
  console.error(`No bridge at ${BRIDGE}: build first (MATBAR_OUT=<out> npx electron-vite build)`)
  process.exit(2)
}

function findChromium() {
  if (args.chromium) return args.chromium
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      const path = execFileSync('which', [name], { encoding: 'utf8' }).trim()
      if (path) return path
    } catch {
      // not on PATH; try the next name
    }
  }
  return null
}
const CHROMIUM = findChromium()
if (!CHROMIUM) {
  console.error('No Chromium found: install chromium, or pass --chromium <path> / set CHROMIUM_PATH')
  process.exit(2)
}

const LANGS = args.langs.split(',').map((l) => l.trim())
const ONLY = args.pages ? new Set(args.pages.split(',').map((p) => p.trim())) : null
const wanted = (key) => ONLY === null || ONLY.has(key)
const WIDTHS = args.widths.split(',').map((w) => Number(w.trim()))
if (WIDTHS.length === 0 || WIDTHS.some((w) => !Number.isInteger(w) || w < 200 || w > 4000)) {
  console.error(`--widths takes whole numbers of CSS pixels between 200 and 4000, comma-separated: ${args.widths}`)
  process.exit(2)
}
const HEIGHT = 800
/** Texts that mean "not ready yet" (core.json app.loading and friends, both languages). */
const LOADING = /Laddar|Läser|Loading|Reading the/

/** The main menu, by the link's name in either language; the address is the fallback. */
const NAV = {
  overview: { name: /^(Översikt|Overview)$/, href: /^#\/?$/ },
  organisations: { name: /^(Organisationer|Organisations)$/, href: /^#\/organisations$/ },
  engagements: { name: /^(Uppdrag|Engagements)$/, href: /^#\/engagements$/ },
  workshops: { name: /^Workshops$/, href: /^#\/workshops$/ },
  areas: { name: /^(Områden|Areas)$/, href: /^#\/areas$/ },
  documents: { name: /^(Dokument|Documents)$/, href: /^#\/documents$/ },
  settings: { name: /^(Inställningar|Settings)$/, href: /^#\/settings$/ }
}

// ---------------------------------------------------------------------------------------------
// The bridge

async function startBridge(dataDir) {
  const child = spawn(process.execPath, [BRIDGE, '--port', '0', '--data', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stderr = ''
  child.stderr.on('data', (chunk) => (stderr += chunk))
  const url = await new Promise((resolveUrl, reject) => {
    let stdout = ''
    const timer = setTimeout(() => reject(new Error(`bridge printed no URL in 20 s.\n${stdout}\n${stderr}`)), 20_000)
    child.stdout.on('data', (chunk) => {
      stdout += chunk
      const match = /(http:\/\/127\.0\.0\.1:\d+\/?)/.exec(stdout)
      if (match) {
        clearTimeout(timer)
        resolveUrl(match[1].endsWith('/') ? match[1] : `${match[1]}/`)
      }
    })
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`bridge exited with ${code} before printing its URL.\n${stdout}\n${stderr}`))
    })
  })
  return {
    url,
    stderr: () => stderr,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done()
        child.once('exit', () => done())
        child.kill('SIGTERM')
        setTimeout(() => child.kill('SIGKILL'), 5_000).unref()
      })
  }
}

// ---------------------------------------------------------------------------------------------
// Page helpers

const main = (page) => page.getByRole('main')
const heading = (page) => page.getByRole('heading', { level: 1 }).first()

/** Waits until the page has settled: network idle, a heading, no "loading" text, then 500 ms. */
async function settle(page) {
  await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined)
  await heading(page).waitFor({ state: 'visible', timeout: 15_000 })
  const deadline = Date.now() + 15_000
  for (;;) {
    const text =
      (await main(page)
        .textContent({ timeout: 5_000 })
        .catch(() => '')) ?? ''
    if (!LOADING.test(text)) break
    if (Date.now() > deadline) {
      console.warn(`  ! still shows a loading text after 15 s: "${LOADING.exec(text)?.[0]}"`)
      break
    }
    await page.waitForTimeout(200)
  }
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined)
  await page.waitForTimeout(500)
}

/** The first link (by role) in `scope` whose name matches `name`, else whose address matches `href`. */
async function findLink(scope, { name, href, exclude }) {
  if (name) {
    const byName = scope.getByRole('link', { name })
    if ((await byName.count()) > 0) return byName.first()
  }
  if (href) {
    for (const link of await scope.getByRole('link').all()) {
      const value = (await link.getAttribute('href')) ?? ''
      if (href.test(value) && !(exclude && exclude.test(value))) return link
    }
  }
  throw new Error(`no link ${name ?? ''} ${href ?? ''} on ${scope.page ? scope.page().url() : 'the page'}`)
}

/** Clicks a link and waits for the address to change. */
async function follow(page, link) {
  const before = page.url()
  await link.scrollIntoViewIfNeeded().catch(() => undefined)
  await link.click()
  await page.waitForFunction((old) => location.href !== old, before, { timeout: 10_000 }).catch(() => undefined)
  await settle(page)
}

async function nav(page, key) {
  // In a narrow window the menu is folded behind its button: open it first.
  const toggle = page.getByRole('button', { name: /^(Meny|Menu)$/ })
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click()
  const menu = page.getByRole('navigation').first()
  await follow(page, await findLink(menu, NAV[key]))
}

/** Waits for the table or list of a list page to show its rows. */
async function waitForLinks(page, href, timeout = 20_000) {
  const deadline = Date.now() + timeout
  for (;;) {
    for (const link of await main(page).getByRole('link').all()) {
      if (href.test((await link.getAttribute('href')) ?? '')) return
    }
    if (Date.now() > deadline) throw new Error(`no link to ${href} appeared on ${page.url()}`)
    await page.waitForTimeout(250)
  }
}

// ---------------------------------------------------------------------------------------------
// The pages. `open` reaches the page by clicking, from wherever the browser is; the address it
// lands on is remembered and later passes go there directly (except for dialogs: `always`).

const urls = new Map()

/** Goes to the page `key`: by its remembered address, or by clicking the way there. */
async function at(page, key) {
  const step = PAGES.find((p) => p.key === key)
  await visit(page, step)
}

/**
 * An `open` that goes to page `from` and follows the link `link` finds there (see findLink); with
 * `waitFor`, it first waits for a link whose address matches it (list pages fill in after a moment).
 */
function via(from, link, waitFor) {
  return async (page) => {
    await at(page, from)
    if (waitFor) await waitForLinks(page, waitFor)
    await follow(page, await findLink(main(page), link))
  }
}

const PAGES = [
  { key: 'overview', open: (page) => nav(page, 'overview') },
  { key: 'organisations', open: (page) => nav(page, 'organisations') },
  {
    key: 'organisation-new',
    open: via('organisations', { name: /^(Ny organisation|New organisation)$/, href: /^#\/organisations\/new$/ })
  },
  {
    key: 'organisation',
    open: via('organisations', { href: /^#\/organisations\/[^/?]+$/, exclude: /\/new$/ }, /^#\/organisations\/[^/?]+$/)
  },
  { key: 'contact', open: via('organisation', { href: /^#\/contacts\/[^/?]+$/ }, /^#\/contacts\//) },
  { key: 'engagements', open: (page) => nav(page, 'engagements') },
  { key: 'pipeline', open: via('engagements', { name: /^Pipeline$/, href: /^#\/engagements\/pipeline$/ }) },
  {
    key: 'engagement',
    // Prefers an engagement whose areas are scored (its page names the top area), so the
    // prioritisation page shows ranks and the matrix; falls back to the first in the list.
    open: async (page) => {
      await at(page, 'engagements')
      const pattern = /^#\/engagements\/(?!pipeline$|new$)[^/?]+$/
      await waitForLinks(page, pattern)
      const hrefs = []
      for (const link of await main(page).getByRole('link').all()) {
        const href = (await link.getAttribute('href')) ?? ''
        if (pattern.test(href) && !hrefs.includes(href)) hrefs.push(href)
      }
      for (const href of hrefs.slice(0, 10)) {
        await at(page, 'engagements')
        await follow(
          page,
          await findLink(main(page), { href: new RegExp(`^${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) })
        )
        const scored = await main(page)
          .getByText(/\b(Först|First): /)
          .count()
        if (scored > 0) return
      }
      await at(page, 'engagements')
      await follow(page, await findLink(main(page), { href: pattern }))
    }
  },
  // The engagement page has no tabs of its own (the list/pipeline switch is covered above).
  {
    key: 'prioritisation',
    open: via(
      'engagement',
      { name: /^(Öppna prioriteringen|Open the prioritisation)$/i, href: /^#\/engagements\/[^/]+\/prioritisation$/ },
      /\/prioritisation$/
    )
  },
  { key: 'workshops', open: (page) => nav(page, 'workshops') },
  {
    key: 'workshop-new',
    open: via('workshops', { name: /^(Ny workshop|New workshop)$/, href: /^#\/workshops\/new$/ })
  },
  {
    key: 'workshop-new-calendar',
    // The date field's calendar open (its button is out of the Tab order; a click is what a mouse user does).
    always: true,
    open: async (page) => {
      await at(page, 'workshop-new')
      await main(page)
        .getByRole('button', { name: /^(Välj datum|Choose date)\b/ })
        .first()
        .click()
      await page.getByRole('dialog').first().waitFor({ state: 'visible', timeout: 15_000 })
      await settle(page)
    },
    close: async (page) => {
      await page.keyboard.press('Escape')
      await page
        .getByRole('dialog')
        .first()
        .waitFor({ state: 'hidden', timeout: 5_000 })
        .catch(() => undefined)
    }
  },
  {
    key: 'workshop',
    open: via('workshops', { href: /^#\/workshops\/[^/?]+$/, exclude: /\/new$/ }, /^#\/workshops\/(?!new$)[^/?]+$/)
  },
  {
    key: 'workshop-edit',
    // Edited in place of its details: the page with the form open.
    always: true,
    open: async (page) => {
      await at(page, 'workshop')
      await main(page)
        .getByRole('button', { name: /^(Ändra uppgifter|Edit details)$/ })
        .first()
        .click()
      await settle(page)
    }
  },
  { key: 'evaluations', open: via('workshops', { href: /^#\/evaluations$/ }) },
  { key: 'areas', open: (page) => nav(page, 'areas') },
  { key: 'area', open: via('areas', { href: /^#\/areas\/[^/?]+$/ }, /^#\/areas\/[^/?]+$/) },
  {
    key: 'area-edit',
    // Edited in place of its read view: the page with the form open.
    always: true,
    open: async (page) => {
      await at(page, 'area')
      await main(page)
        .getByRole('button', { name: /^(Ändra uppgifter|Edit details)$/ })
        .first()
        .click()
      await settle(page)
    }
  },
  { key: 'documents', open: (page) => nav(page, 'documents') },
  {
    key: 'document-preview',
    always: true,
    open: async (page) => {
      await at(page, 'documents')
      const buttons = main(page).getByRole('button', { name: /^(Förhandsgranska|Preview)\b/ })
      if ((await buttons.count()) === 0)
        throw new SkipPage('no document in the list, so no preview to open with one click')
      await buttons.first().click()
      await page.getByRole('dialog').first().waitFor({ state: 'visible', timeout: 15_000 })
      await settle(page)
      await page.waitForTimeout(1_000) // docx-preview renders after the dialog appears
    },
    close: async (page) => {
      await page.keyboard.press('Escape')
      await page
        .getByRole('dialog')
        .first()
        .waitFor({ state: 'hidden', timeout: 5_000 })
        .catch(() => undefined)
    }
  },
  { key: 'settings', open: (page) => nav(page, 'settings') }
]

/** Creates a proposal on the engagement page (past plan dates are accepted: "Skapa förslaget ändå"). */
async function makeDocument(page) {
  try {
    await at(page, 'engagement')
    await main(page)
      .getByRole('button', { name: /^Skapa förslag$/ })
      .click()
    const anyway = main(page).getByRole('button', { name: /^Skapa förslaget ändå$/ })
    const made = main(page).getByText(/^Inga dokument är skapade/)
    const deadline = Date.now() + 60_000
    while ((await made.count()) > 0 && Date.now() < deadline) {
      if ((await anyway.count()) > 0) await anyway.click()
      await page.waitForTimeout(500)
    }
    console.log((await made.count()) > 0 ? '  ! no document after 60 s' : 'a proposal made for the Dokument page')
  } catch (error) {
    console.warn(`  ! could not make a document: ${error instanceof Error ? error.message.split('\n')[0] : error}`)
  }
}

/** Pages shot once, before the sample portfolio is loaded. */
const EXTRA_PAGES = [{ key: 'overview-empty', always: true, open: (page) => nav(page, 'overview') }]

class SkipPage extends Error {}

async function visit(page, step) {
  const known = urls.get(step.key)
  if (known && !step.always) {
    if (page.url() !== known) {
      await page.goto(known)
    }
    await settle(page)
    return
  }
  await step.open(page)
  if (!step.always) urls.set(step.key, page.url())
}

async function switchLanguage(page, lang) {
  await at(page, 'settings')
  const select = page.getByRole('combobox', { name: /^(Språk i appen|App language)$/ })
  const control = (await select.count()) > 0 ? select.first() : page.getByLabel(/språk|language/i).first()
  await control.selectOption(lang)
  await page.waitForFunction((l) => document.documentElement.lang === l, lang, { timeout: 10_000 })
  await settle(page)
}

// ---------------------------------------------------------------------------------------------
// Run

const results = { ok: [], failed: [], skipped: [] }
const problems = []

async function shoot(page, lang, width, key) {
  const file = join(DEST, `${lang}-${width}-${key}.png`)
  const step = EXTRA_PAGES.find((p) => p.key === key) ?? PAGES.find((p) => p.key === key)
  const before = problems.length
  try {
    await visit(page, step)
    const h1 = ((await heading(page).textContent()) ?? '').trim()
    // No hover style left over from the last click (the pointer would rest on a menu link).
    await page.mouse.move(0, 0)
    await page.waitForTimeout(100)
    await page.screenshot({ path: file, fullPage: true })
    const fresh = problems.slice(before)
    console.log(
      `ok   ${lang}-${width}-${key}.png  [h1: ${h1}]  ${page.url().replace(/^.*?#/, '#')}${fresh.length ? `  (${fresh.length} console error(s))` : ''}`
    )
    results.ok.push(file)
    if (step.close) await step.close(page)
  } catch (error) {
    if (error instanceof SkipPage) {
      console.log(`skip ${lang}-${width}-${key}: ${error.message}`)
      results.skipped.push(`${lang}-${width}-${key}: ${error.message}`)
      return
    }
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
    console.error(`\n!!!! FAILED ${lang}-${width}-${key}: ${message}  (at ${page.url()})\n`)
    results.failed.push(`${lang}-${width}-${key}: ${message}`)
    await page
      .screenshot({ path: join(DEST, `FAILED-${lang}-${width}-${key}.png`), fullPage: true })
      .catch(() => undefined)
    if (step.close) await step.close(page).catch(() => undefined)
  }
}

async function run() {
  await mkdir(DEST, { recursive: true })
  const work = await mkdtemp(join(tmpdir(), 'matbar-shots-'))
  await mkdir(join(work, 'profile'))
  const bridge = await startBridge(join(work, 'data'))
  console.log(`bridge at ${bridge.url} (data in ${join(work, 'data')}); Chromium ${CHROMIUM}`)
  const context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox'],
    locale: 'sv-SE',
    viewport: { width: WIDTHS[0], height: HEIGHT }
  })
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    page.setDefaultTimeout(15_000)
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`${page.url().replace(/^.*?#/, '#')}: ${msg.text()}`)
    })
    page.on('pageerror', (error) => problems.push(`${page.url().replace(/^.*?#/, '#')}: pageerror: ${error.message}`))

    await page.goto(bridge.url)
    await settle(page)

    // The empty overview (before the sample), in both languages and widths.
    for (const lang of LANGS) {
      if (lang !== 'sv') await switchLanguage(page, lang)
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: HEIGHT })
        if (wanted('overview-empty')) await shoot(page, lang, width, 'overview-empty')
      }
    }
    await page.setViewportSize({ width: WIDTHS[0], height: HEIGHT })
    await switchLanguage(page, 'sv')

    // Load the sample portfolio the way a user does: the overview's button.
    await visit(page, PAGES[0])
    const load = main(page).getByRole('button', { name: /exempelportfölj|sample portfolio/i })
    await load.click({ timeout: 15_000 })
    await page
      .getByRole('status')
      .filter({ hasText: /laddad|loaded/i })
      .first()
      .waitFor({ state: 'attached', timeout: 30_000 })
    await load.waitFor({ state: 'detached', timeout: 30_000 })
    console.log('sample portfolio loaded')

    // One proposal made from the engagement page, so the Dokument page has a list and a preview to shoot.
    await makeDocument(page)

    for (const lang of LANGS) {
      await page.setViewportSize({ width: WIDTHS[0], height: HEIGHT })
      await switchLanguage(page, lang)
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: HEIGHT })
        for (const step of PAGES) if (wanted(step.key)) await shoot(page, lang, width, step.key)
      }
    }
  } finally {
    await context.close().catch(() => undefined)
    await bridge.stop()
    await rm(work, { recursive: true, force: true }).catch(() => undefined)
  }
}

try {
  await run()
} catch (error) {
  console.error(`\n!!!! ABORTED: ${error instanceof Error ? error.stack : String(error)}\n`)
  results.failed.push(`run aborted: ${error instanceof Error ? error.message : String(error)}`)
}

console.log('\n==== Summary ====')
console.log(`${results.ok.length} screenshot(s) in ${DEST}`)
if (results.skipped.length) console.log(`${results.skipped.length} skipped:\n  ${results.skipped.join('\n  ')}`)
if (results.failed.length) console.log(`${results.failed.length} FAILED:\n  ${results.failed.join('\n  ')}`)
if (problems.length) {
  const unique = [...new Set(problems)]
  console.log(
    `${problems.length} console error(s) in the page (${unique.length} distinct):\n  ${unique.slice(0, 20).join('\n  ')}`
  )
}
console.log('Pages visited:')
for (const [key, url] of urls) console.log(`  ${key.padEnd(18)} ${url.replace(/^.*?#/, '#')}`)
process.exit(results.failed.length ? 1 : 0)
