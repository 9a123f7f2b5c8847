/**
 * The portfolio travels in pieces (issue 15, point 2), in Chromium through the harness: a generated
 * portfolio of ~68 MB of JSON (2.5 times the realistic seed size, just past the bridge's 64 MiB body cap,
 * which the whole-string path could not pass) is uploaded in pieces, read in pieces and imported, with
 * the progress bar on screen; exported (the file fetched once from its download URL); and the export
 * imported again with "Ersätt allt". The exported archive's portfolio.json is itself past the cap.
 */
import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readArchiveHere } from '@main/services/archive'
import { MAX_BODY_BYTES } from '@main/bridge/server'
import { generatePortfolio, portfolioJsonChunks, SEED_SIZES } from '../../scripts/seed/generate-portfolio'
import { chromiumOrSkip, startHarness } from './harness'
import type { Harness } from './harness'

const browserPath = chromiumOrSkip('browser tests (portfolio transport)')
const FACTOR = 2.5
const SIZE = Object.fromEntries(
  Object.entries(SEED_SIZES.realistic).map(([k, v]) => [k, Math.round(v * FACTOR)])
) as unknown as typeof SEED_SIZES.realistic

describe.skipIf(!browserPath)('a portfolio past the bridge cap, in pieces, in Chromium', () => {
  let h: Harness
  let dir: string
  let file: string
  let exported: string

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'matbar-transport-'))
    file = join(dir, 'stor-portfolj.json')
    const out = createWriteStream(file)
    for (const chunk of portfolioJsonChunks(generatePortfolio(SIZE))) {
      if (!out.write(chunk)) await once(out, 'drain')
    }
    out.end()
    await once(out, 'finish')
    h = await startHarness(browserPath!)
    await h.page.goto(h.bridge.url)
  }, 120_000)

  afterAll(async () => {
    await h?.close()
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  const main = () => h.page.getByRole('main')

  /** Waits for the panel's progress bar (a <progress> labelled with the words shown under it) to say `words`. */
  async function progressBar(words: RegExp) {
    await expect
      .poll(
        () =>
          h.page.evaluate(`(() => {
            const bar = document.querySelector('.bk-progress progress')
            return bar ? bar.getAttribute('aria-label') + ' | ' + bar.parentElement.textContent : 'no bar: ' + (document.querySelector('main')?.textContent ?? '').slice(0, 300)
          })()`),
        { timeout: 240_000, interval: 250 }
      )
      .toMatch(words)
  }

  async function settings() {
    await h.page.getByRole('navigation').getByRole('link', { name: 'Inställningar', exact: true }).click()
    await expect.poll(() => h.page.getByRole('heading', { level: 1 }).textContent()).toContain('Inställningar')
  }

  async function importFile(path: string, mode: RegExp) {
    const started = Date.now()
    await h.page.getByLabel('Välj fil att importera').setInputFiles(path)
    // The progress bar of the read, with its words: "Läser filen: del N av M".
    // Sent in pieces of 8 MiB, then read in pieces of rows: each with its progress bar.
    if ((await stat(path)).size > 8 * 1024 * 1024) await progressBar(/Skickar filen till appen: del \d+ av \d+/)
    await progressBar(/Läser filen: del \d+ av \d+/)
    await expect
      .poll(() => main().textContent(), { timeout: 240_000 })
      .toMatch(/Filen innehåller 1[\s\u00a0]?250 organisationer/)
    await h.page.getByRole('radio', { name: mode }).check()
    await h.page.getByRole('button', { name: 'Importera', exact: true }).click()
    const summary = main().getByRole('table', { name: 'Vad importen gjorde, per tabell' })
    await expect.poll(() => summary.count(), { timeout: 480_000 }).toBe(1)
    await expect
      .poll(() => summary.getByRole('row', { name: /Organisationer/ }).textContent())
      .toMatch(/1[\s\u00a0]?250/)
    return Date.now() - started
  }

  it('uploads, reads and imports a ~68 MB portfolio file with a progress bar', async () => {
    expect((await stat(file)).size).toBeGreaterThan(MAX_BODY_BYTES)
    await settings()
    const ms = await importFile(file, /Ersätt allt/)
    console.log(`portfolio transport: ${(await stat(file)).size} bytes of JSON imported through the UI in ${ms} ms`)
  }, 900_000)

  it('exports it (a progress bar, then a download past the cap once unpacked) and imports the export again', async () => {
    const started = Date.now()
    const download = h.page.waitForEvent('download', { timeout: 300_000 })
    await h.page.getByRole('button', { name: 'Exportera portföljen…' }).click()
    await progressBar(/Exporterar portföljen/)
    const got = await download
    expect(got.suggestedFilename()).toMatch(/^Matbar-export-\d{4}-\d{2}-\d{2}\.zip$/)
    exported = join(dir, got.suggestedFilename())
    await got.saveAs(exported)
    const exportMs = Date.now() - started
    const read = await readArchiveHere(await readFile(exported))
    if (!read.ok) throw new Error(read.message)
    expect(read.text.length).toBeGreaterThan(MAX_BODY_BYTES)
    console.log(
      `portfolio transport: exported in ${exportMs} ms, ${(await stat(exported)).size} bytes zipped, ${read.text.length} characters of JSON`
    )
    const ms = await importFile(exported, /Ersätt allt/)
    console.log(`portfolio transport: the export imported again in ${ms} ms`)
  }, 900_000)
})
