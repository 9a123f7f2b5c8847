import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumOrSkip, maybeScreenshot, runAxe, startHarness } from './harness'
import type { Harness } from './harness'

const browserPath = chromiumOrSkip('browser tests (documents)')

describe.skipIf(!browserPath)('documents in Chromium', () => {
  let h: Harness

  beforeAll(async () => {
    h = await startHarness(browserPath!)
    await h.page.goto(h.bridge.url)
  })

  afterAll(async () => {
    await h?.close()
  })

  const main = () => h.page.getByRole('main')

  /** The table's box does not scroll sideways and every button in it ends inside the box. */
  const expectFits = async (table: ReturnType<typeof main>) => {
    const fit = await table.evaluate((el) => {
      const box = el.parentElement!
      const buttons = [...el.querySelectorAll('button')].map((b) => b.getBoundingClientRect().right)
      return { scroll: box.scrollWidth, client: box.clientWidth, right: box.getBoundingClientRect().right, buttons }
    })
    expect(fit.buttons.length).toBeGreaterThan(0)
    expect(fit.scroll).toBeLessThanOrEqual(fit.client + 1)
    for (const right of fit.buttons) expect(right).toBeLessThanOrEqual(fit.right + 1)
  }

  it('loads the sample portfolio', async () => {
    await h.page.getByRole('button', { name: 'Ladda exempelportfölj' }).click()
    await expect.poll(() => h.page.getByRole('status').first().textContent(), { timeout: 20_000 }).toMatch(/laddad/)
  })

  it('warns on a fresh install that the documents would go out without a sender, and links to it', async () => {
    await h.page.getByRole('navigation').getByRole('link', { name: 'Dokument', exact: true }).click()
    // The page is lazy: until its chunk is in, the start page (with its own "Uppdrag" table) is still on screen.
    await main().getByRole('heading', { level: 1, name: 'Dokument' }).waitFor({ timeout: 20_000 })
    await main()
      .getByRole('combobox', { name: 'Uppdrag' })
      .selectOption({ label: 'Norrviks kommun – Minskad energianvändning i kommunens verksamheter' })
    const warning = main().getByRole('note', { name: /Avsändaren saknas/ })
    await expect.poll(() => warning.count(), { timeout: 20_000 }).toBe(1)
    await expect.poll(() => warning.textContent()).toContain('ditt namn, företagsnamn och kontaktuppgifter')
    // The workshop was held, so the panel offers the implementation proposal.
    await expect.poll(() => main().getByLabel('Typ av förslag').inputValue()).toBe('implementation')
    await maybeScreenshot(h.page, 'documents-no-sender')
    await warning.getByRole('link', { name: 'Fyll i avsändaren under Inställningar' }).click()
    await expect.poll(() => main().getByLabel('Ditt namn').count()).toBe(1)
  })

  it('saves the branding, with a logo uploaded from disk', async () => {
    await h.page.getByRole('navigation').getByRole('link', { name: 'Inställningar', exact: true }).click()
    await main().getByLabel('Ditt namn').fill('Anders Berglund')
    await main().getByLabel('Företag').fill('Berglund Upphandling & Effekt AB')
    await main().getByLabel('Kontaktuppgifter').fill('Kungsgatan 12, 753 21 Uppsala\n070-123 45 67')
    await main().getByRole('button', { name: 'Spara uppgifterna' }).click()
    await expect.poll(() => main().getByText('Uppgifterna för dokumenten är sparade.').count()).toBe(1)
    // A 2×2 PNG.
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0kAAAAFklEQVR4nGNkYPj/n4GBgYGJAQoAAP8BAv1G2bYAAAAASUVORK5CYII=',
      'base64'
    )
    await main()
      .getByLabel('Välj logotyp (PNG eller JPEG)')
      .setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png })
    await expect.poll(() => main().getByRole('img', { name: 'Vald logotyp' }).count()).toBe(1)
    await maybeScreenshot(h.page, 'documents-branding')
  })

  it('exports the sample proposal, which downloads and shows on the Dokument page', async () => {
    await h.page.getByRole('navigation').getByRole('link', { name: 'Dokument', exact: true }).click()
    // The page is lazy: until its chunk is in, the start page (with its own "Uppdrag" table) is still on screen.
    await main().getByRole('heading', { level: 1, name: 'Dokument' }).waitFor({ timeout: 20_000 })
    await main()
      .getByRole('combobox', { name: 'Uppdrag' })
      .selectOption({ label: 'Norrviks kommun – Minskad energianvändning i kommunens verksamheter' })
    // With the branding saved there is nothing to warn about.
    await expect.poll(() => main().getByLabel('Typ av förslag').count()).toBe(1)
    expect(
      await main()
        .getByRole('note', { name: /Avsändaren saknas/ })
        .count()
    ).toBe(0)
    const download = h.page.waitForEvent('download')
    await main().getByRole('button', { name: 'Skapa förslag' }).click()
    const file = await download
    expect(file.suggestedFilename()).toMatch(/^Förslag – Norrviks kommun – \d{4}-\d{2}-\d{2}\.docx$/)
    const bytes = await readFile((await file.path())!)
    expect(bytes.subarray(0, 2).toString()).toBe('PK')
    await expect
      .poll(() =>
        main()
          .getByText(/är nedladdat/)
          .count()
      )
      .toBe(1)
    const rows = main().getByRole('table', { name: 'Dokument, nyaste först' }).getByRole('row')
    await expect.poll(() => rows.count()).toBe(2)
    await expect.poll(() => rows.nth(1).textContent()).toContain('Norrviks kommun')
    await maybeScreenshot(h.page, 'documents-list')
  })

  it('previews the saved proposal inside the app without breaking the CSP', async () => {
    const before = h.problems.length
    await main()
      .getByRole('button', { name: /^Förhandsgranska Förslag – Norrviks kommun/ })
      .click()
    const preview = h.page.getByTestId('document-preview')
    await expect.poll(() => preview.getByText('Prioriterade områden').count(), { timeout: 30_000 }).toBeGreaterThan(0)
    await expect.poll(() => preview.getByText('Energieffektiv gatubelysning').count()).toBeGreaterThan(0)
    // The preview's styles took effect (pages are laid out as white sheets), though no inline <style> was allowed.
    const pageBackground = await h.page.evaluate(
      `(() => { const root = document.querySelector('[data-testid="document-preview"]').shadowRoot; const s = root.querySelector('section.docx'); return s ? getComputedStyle(s).backgroundColor : 'none' })()`
    )
    expect(pageBackground).toBe('rgb(255, 255, 255)')
    expect(h.problems.slice(before)).toEqual([])
    await maybeScreenshot(h.page, 'documents-preview')
    const bad = (await runAxe(h.page)).filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(bad, JSON.stringify(bad, null, 2)).toEqual([])
    // The preview is a dialog over the list: Escape closes it and gives the focus back to its button.
    const dialog = h.page.getByRole('dialog', { name: /^Förhandsgranskning: Förslag – Norrviks kommun/ })
    expect(await dialog.count()).toBe(1)
    await h.page.keyboard.press('Escape')
    await expect.poll(() => dialog.count()).toBe(0)
    expect(await h.page.evaluate('document.activeElement.getAttribute("aria-label")')).toMatch(
      /^Förhandsgranska Förslag – Norrviks kommun/
    )
  })

  it('creates a workshop report from the engagement page', async () => {
    await h.page.getByRole('navigation').getByRole('link', { name: 'Uppdrag', exact: true }).click()
    await main()
      .getByRole('link', { name: /minskad energianvändning/i })
      .first()
      .click()
    const section = main().getByRole('region', { name: 'Dokument' })
    await expect
      .poll(() => section.getByRole('button', { name: 'Skapa workshoprapport' }).count(), { timeout: 20_000 })
      .toBe(1)
    const download = h.page.waitForEvent('download')
    await section.getByRole('button', { name: 'Skapa workshoprapport' }).click()
    expect((await download).suggestedFilename()).toMatch(/^Workshoprapport – Norrviks kommun – /)
    await expect.poll(() => section.getByRole('row').count()).toBe(3)
    await maybeScreenshot(h.page, 'documents-engagement')
    // Issue 14 point 1: on a 1024 px laptop the engagement's document table fits its panel (no sideways scroll,
    // every action button in view); the client column is left out here, the page is the client's.
    await h.page.setViewportSize({ width: 1024, height: 768 })
    const table = section.getByRole('table', { name: 'Dokument för uppdraget' })
    expect(await table.getByRole('columnheader').allTextContents()).not.toContain('Kund')
    await expectFits(table)
    await maybeScreenshot(h.page, 'documents-engagement-1024')
    // The Dokument page's table keeps its client column and fits too.
    await h.page.getByRole('navigation').getByRole('link', { name: 'Dokument', exact: true }).click()
    await expectFits(main().getByRole('table', { name: 'Dokument, nyaste först' }))
    await maybeScreenshot(h.page, 'documents-page-1024')
  })
})
