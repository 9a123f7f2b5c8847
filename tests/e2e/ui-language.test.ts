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
})
