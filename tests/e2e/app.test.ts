import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumOrSkip, maybeScreenshot, runAxe, startHarness } from './harness'
import type { Harness } from './harness'

const browserPath = chromiumOrSkip('browser tests (app shell)')

const PAGES = {
  sv: ['Översikt', 'Organisationer', 'Uppdrag', 'Workshops', 'Områden', 'Dokument', 'Inställningar'],
  en: ['Overview', 'Organisations', 'Engagements', 'Workshops', 'Areas', 'Documents', 'Settings']
} as const

describe.skipIf(!browserPath)('app shell in Chromium', () => {
  let h: Harness

  beforeAll(async () => {
    h = await startHarness(browserPath!)
    await h.page.goto(h.bridge.url)
  })

  afterAll(async () => {
    await h?.close()
  })

  const nav = () => h.page.getByRole('navigation')
  const heading = () => h.page.getByRole('heading', { level: 1 })

  async function visit(name: string) {
    await nav().getByRole('link', { name, exact: true }).click()
    await expect.poll(() => heading().textContent()).toContain(name)
  }

  it('starts empty and offers the sample portfolio', async () => {
    await expect.poll(() => heading().textContent()).toContain('Översikt')
    await expect.poll(() => h.page.getByRole('button', { name: 'Ladda exempelportfölj' }).count()).toBe(1)
    await maybeScreenshot(h.page, 'sv-oversikt-empty')
  })

  it('loads the sample portfolio and lists its five organisations', async () => {
    await h.page.getByRole('button', { name: 'Ladda exempelportfölj' }).click()
    await expect.poll(() => h.page.getByRole('status').first().textContent(), { timeout: 20_000 }).toMatch(/\S/)
    await visit('Organisationer')
    const rows = h.page.getByRole('main').getByRole('row')
    // Header row plus the five clients.
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(6)
    await expect.poll(() => h.page.getByRole('main').textContent()).toMatch(/kommun/i)
  })

  it('still shows the portfolio after a reload (real IndexedDB)', async () => {
    await h.page.reload()
    await visit('Organisationer')
    await expect.poll(() => h.page.getByRole('main').getByRole('row').count(), { timeout: 20_000 }).toBe(6)
    await visit('Översikt')
    await expect.poll(() => h.page.getByRole('button', { name: 'Ladda exempelportfölj' }).count()).toBe(0)
  })

  it('has no serious or critical accessibility violation on any page, in Swedish and in English', async () => {
    for (const lang of ['sv', 'en'] as const) {
      if (lang === 'en') await switchLanguage('Inställningar', 'en')
      for (const name of PAGES[lang]) {
        await visit(name)
        await h.page.waitForLoadState('networkidle')
        await maybeScreenshot(h.page, `${lang}-${name}`)
        const bad = (await runAxe(h.page)).filter((v) => v.impact === 'serious' || v.impact === 'critical')
        expect(bad, `${lang} ${name}: ${JSON.stringify(bad, null, 2)}`).toEqual([])
      }
    }
    await switchLanguage('Settings', 'sv')
  })

  async function switchLanguage(settingsLabel: string, lang: 'sv' | 'en') {
    await visit(settingsLabel)
    await h.page.getByRole('combobox', { name: lang === 'en' ? 'Språk' : 'Language' }).selectOption(lang)
    await expect.poll(() => heading().textContent()).toContain(lang === 'en' ? 'Settings' : 'Inställningar')
  }

  it('switches to English, remembers it across a reload, and switches back', async () => {
    await switchLanguage('Inställningar', 'en')
    for (const name of PAGES.en) await expect.poll(() => nav().getByRole('link', { name, exact: true }).count()).toBe(1)
    expect(await h.page.getAttribute('html', 'lang')).toBe('en')
    await h.page.reload()
    await expect.poll(() => nav().getByRole('link', { name: 'Organisations', exact: true }).count()).toBe(1)
    await switchLanguage('Settings', 'sv')
    for (const name of PAGES.sv) await expect.poll(() => nav().getByRole('link', { name, exact: true }).count()).toBe(1)
    expect(await h.page.getAttribute('html', 'lang')).toBe('sv')
  })

  it('is usable by keyboard: the skip link and the navigation take focus', async () => {
    await h.page.reload()
    // Wait for the app to render: before that the only focusable thing is the empty body.
    await expect.poll(() => nav().getByRole('link').count()).toBe(PAGES.sv.length)
    await h.page.keyboard.press('Tab')
    const first = await h.page.evaluate('document.activeElement && document.activeElement.textContent')
    expect(String(first)).toMatch(/Hoppa|huvudinnehåll/i)
    // Tab through to the Organisationer link and follow it with Enter.
    let found = false
    for (let i = 0; i < 15 && !found; i++) {
      await h.page.keyboard.press('Tab')
      found =
        (await h.page.evaluate('document.activeElement && document.activeElement.textContent')) === 'Organisationer'
    }
    expect(found).toBe(true)
    await h.page.keyboard.press('Enter')
    await expect.poll(() => heading().textContent()).toContain('Organisationer')
  })

  it('logged no console errors and no CSP violations', () => {
    expect(h.problems).toEqual([])
  })
})
