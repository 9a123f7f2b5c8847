/**
 * Issue 14 point 7: a Swedish page shows no English UI word and an English page no Swedish one. With no data in
 * the portfolio every word on a page is the app's own, so each page is read as Chromium shows it, in both languages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { foreignLines } from '../helpers/ui-language'
import { chromiumOrSkip, startHarness } from './harness'
import type { Harness } from './harness'

const browserPath = chromiumOrSkip('browser tests (the language of every page)')

const PAGES = [
  '/',
  '/organisations',
  '/organisations/new',
  '/organisations/no-such-id',
  '/engagements',
  '/engagements/pipeline',
  '/workshops',
  '/workshops/new',
  '/evaluations',
  '/areas',
  '/documents',
  '/settings'
]

describe.skipIf(!browserPath)('every page in its language, in Chromium', () => {
  let h: Harness

  beforeAll(async () => {
    h = await startHarness(browserPath!)
    await h.page.goto(h.bridge.url)
  })
  afterAll(async () => {
    await h?.close()
  })

  /** The page's text (navigation included) once its heading is there. */
  async function textOf(path: string): Promise<string> {
    await h.page.goto(`${h.bridge.url}#${path}`)
    await h.page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 20_000 })
    // Live queries settle after the heading: wait until the text stops changing.
    let text = ''
    await expect
      .poll(
        async () => {
          const before = text
          text = await h.page.locator('body').innerText()
          return text === before && !/Laddar|Loading/.test(text)
        },
        { timeout: 20_000, interval: 300 }
      )
      .toBe(true)
    return text
  }

  for (const language of ['sv', 'en'] as const) {
    it(`${language === 'sv' ? 'Swedish' : 'English'}: no page shows a word of the other language`, async () => {
      if (language === 'en') {
        await h.page.goto(`${h.bridge.url}#/settings`)
        await h.page.getByRole('combobox', { name: 'Språk' }).selectOption('en')
        await h.page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor({ timeout: 20_000 })
      }
      const found: string[] = []
      for (const path of PAGES)
        for (const line of foreignLines(await textOf(path), language)) found.push(`${path}: ${line}`)
      expect(found).toEqual([])
    })
  }

  /**
   * With the sample loaded the pages hold data (Swedish names, titles and quotes), so only the app's own words are
   * read: headings, column headings, labels, legends, buttons, captions, counts and hints. The area page's route hint
   * is read whole, as its threshold sources are the app's (they stayed Swedish in English before).
   */
  it('English with the sample loaded: the app words on every list page and an area route hint are English', async () => {
    await h.page.goto(`${h.bridge.url}#/settings`)
    if ((await h.page.locator('html').getAttribute('lang')) !== 'en') {
      await h.page.getByRole('combobox', { name: 'Språk' }).selectOption('en')
      await h.page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor({ timeout: 20_000 })
    }
    // The register's empty state offers the sample (the start page does not once the question library is stored).
    const start = await textOf('/organisations')
    const load = h.page.getByRole('button', { name: 'Load sample portfolio' })
    expect(await load.count(), start).toBe(1)
    await load.click()
    await load.waitFor({ state: 'detached', timeout: 30_000 })
    const UI_WORDS = `[...document.querySelectorAll(
      'main h1, main h2, main h3, main th[scope=col], main [role=columnheader], main label, main legend, main button, main caption, main .list-count, main .help, main summary'
    )].map((el) => el.innerText).join('\\n')`
    const found: string[] = []
    for (const path of [
      '/',
      '/organisations',
      '/engagements',
      '/engagements/pipeline',
      '/workshops',
      '/evaluations',
      '/areas'
    ]) {
      await textOf(path)
      const text = (await h.page.evaluate(UI_WORDS)) as string
      expect(text.length, `${path} has app words to read`).toBeGreaterThan(20)
      for (const line of foreignLines(text, 'en')) found.push(`${path}: ${line}`)
    }
    const area = (await h.page.evaluate(
      `[...document.querySelectorAll('main a[href^="#/areas/"]')].map((a) => a.getAttribute('href'))[0]`
    )) as string
    expect(area).toMatch(/^#\/areas\//)
    await textOf(area.slice(1))
    const hint = h.page.getByRole('region', { name: 'What the law allows' })
    const hintText = await hint.innerText()
    expect(hintText).toContain('LOU (2016:1145), chapter 19 a')
    for (const line of foreignLines(hintText, 'en')) found.push(`route hint: ${line}`)
    expect(found).toEqual([])
  })
})
