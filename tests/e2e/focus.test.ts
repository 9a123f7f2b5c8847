/**
 * Focus follows the work (issue 14 point 3), in Chromium with the sample, Swedish: after each save in the
 * main forms focus lands on a sensible next place (the new record's heading, the button that adds the next
 * row, the capture box), never on the page body; a refused field gets the focus with its message as its
 * description; a dialog gives focus back to a live element. The actions are done from the keyboard (Enter
 * on the focused control), as a keyboard user would.
 */
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumOrSkip, runAxe, startHarness } from './harness'
import type { Harness } from './harness'

const browserPath = chromiumOrSkip('browser tests (focus after saves)')

const NAME = 'Fokusviks kommun'
/** The sample itself, merged into the database that holds it: the import's steps without a new fixture. */
const SAMPLE_PATH = fileURLToPath(new URL('../../resources/sample-portfolio.json', import.meta.url))
const NUMBER = '212000-0142'

type Focused = { tag: string; name: string; invalid: string | null; description: string; disabled: boolean }

describe.skipIf(!browserPath)('focus after saves, refusals and dialogs', () => {
  let h: Harness

  beforeAll(async () => {
    h = await startHarness(browserPath!)
    await h.page.goto(h.bridge.url)
  })

  afterAll(async () => {
    await h?.close()
  })

  const main = () => h.page.getByRole('main')
  const heading = () => h.page.getByRole('heading', { level: 1 })
  /** The focused element: tag, accessible name (label or text), aria-invalid, its description's text. */
  const focused = () =>
    h.page.evaluate(`(() => {
      const e = document.activeElement
      if (!e) return { tag: '', name: '', invalid: null, description: '', disabled: false }
      const label = e.labels && e.labels[0] ? e.labels[0].textContent : ''
      const ids = (e.getAttribute('aria-describedby') || '').split(' ').filter(Boolean)
      return {
        tag: e.tagName,
        name: (e.getAttribute('aria-label') || label || e.textContent || '').trim(),
        invalid: e.getAttribute('aria-invalid'),
        description: ids.map((id) => (document.getElementById(id) || {}).textContent || '').join(' '),
        disabled: Boolean(e.disabled)
      }
    })()`) as Promise<Focused>
  const focusedName = async () => (await focused()).name
  /** Focuses a control and presses Enter on it, as the keyboard does. */
  async function press(locator: ReturnType<typeof main>) {
    await locator.focus()
    await h.page.keyboard.press('Enter')
  }

  it('loads the sample', async () => {
    await h.page.getByRole('button', { name: 'Ladda exempelportfölj' }).click()
    await expect.poll(() => h.page.getByRole('status').first().textContent(), { timeout: 20_000 }).toMatch(/laddad/)
  })

  it('puts focus on a refused organisation number with its reason, not on Spara', async () => {
    await h.page.goto(`${h.bridge.url}#/organisations/new`)
    await expect.poll(() => heading().textContent()).toBe('Ny organisation')
    await expect.poll(async () => (await focused()).tag).toBe('H1')
    const form = h.page.getByRole('form', { name: 'Ny organisation' })
    await form.getByLabel('Namn').fill(NAME)
    // With the mouse: the message that appears as the field is left no longer swallows the click on Spara.
    await form.getByLabel('Organisationsnummer').fill('212000-0143')
    await form.getByRole('button', { name: 'Spara organisationen' }).click()
    await expect.poll(focusedName).toMatch(/^Organisationsnummer/)
    const refused = await focused()
    expect(refused.invalid).toBe('true')
    expect(refused.description).toContain('Kontrollsiffran stämmer inte')

    // From the keyboard, Enter on Spara: the same.
    await form.getByLabel('Organisationsnummer').fill('212000-0144')
    await press(form.getByRole('button', { name: 'Spara organisationen' }))
    await expect.poll(focusedName).toMatch(/^Organisationsnummer/)
    expect((await focused()).description).toContain('Kontrollsiffran stämmer inte')

    // A number another client has is refused by the save itself: the field gets the focus all the same.
    await form.getByLabel('Organisationsnummer').fill('212000-4813')
    await press(form.getByRole('button', { name: 'Spara organisationen' }))
    await expect.poll(async () => (await focused()).description).toContain('finns redan hos Norrviks kommun')
    expect(await focusedName()).toMatch(/^Organisationsnummer/)
  })

  it('puts focus on the new organisation’s heading after saving it', async () => {
    const form = h.page.getByRole('form', { name: 'Ny organisation' })
    await form.getByLabel('Organisationsnummer').fill(NUMBER)
    await press(form.getByRole('button', { name: 'Spara organisationen' }))
    await expect.poll(() => heading().textContent()).toBe(NAME)
    await expect.poll(focused).toMatchObject({ tag: 'H1', name: NAME })
  })

  it('opens the contact form with the cursor in its first field, and after saving puts focus on the new contact', async () => {
    await press(main().getByRole('button', { name: 'Lägg till kontaktperson' }))
    await expect.poll(focusedName).toBe('Namn')
    await h.page.keyboard.type('Greta Gustafsson')
    await h.page.keyboard.press('Enter')
    await expect.poll(() => main().getByRole('link', { name: 'Greta Gustafsson' }).count()).toBe(1)
    await expect.poll(focused).toMatchObject({ tag: 'A', name: 'Greta Gustafsson' })
  })

  it('puts focus on the new engagement’s heading after saving it', async () => {
    await press(main().getByRole('link', { name: 'Nytt uppdrag' }))
    await expect.poll(() => heading().textContent()).toBe('Nytt uppdrag')
    const form = h.page.getByRole('form', { name: 'Nytt uppdrag' })
    await form.getByLabel('Benämning').fill('Fokusuppdraget')
    await press(form.getByRole('button', { name: 'Spara uppdraget' }))
    await expect.poll(() => heading().textContent()).toBe('Fokusuppdraget')
    await expect.poll(focused).toMatchObject({ tag: 'H1', name: 'Fokusuppdraget' })
  })

  it('puts focus on the new workshop’s heading, and keeps it in the capture box after adding areas', async () => {
    await h.page.goto(`${h.bridge.url}#/workshops/new`)
    await expect.poll(() => heading().textContent()).toBe('Ny workshop')
    await expect.poll(async () => (await focused()).tag).toBe('H1')
    await main().getByLabel('Uppdrag').selectOption('eng-energi')
    await main().getByLabel('Rubrik (valfri)').fill('Fokusworkshop')
    await main().getByLabel('Datum', { exact: true }).fill('2026-10-01')
    await main().getByLabel('Starttid').fill('13.00')
    await press(main().getByRole('button', { name: 'Spara workshop' }))
    await expect.poll(() => heading().textContent()).toBe('Fokusworkshop')
    await expect.poll(focused).toMatchObject({ tag: 'H1', name: 'Fokusworkshop' })

    await main().getByLabel('Nya områden, ett per rad').fill('Fokusområde A\nFokusområde B')
    // Adding with the button (which is disabled once the box is empty) brings the cursor back to the box.
    await press(main().getByRole('button', { name: 'Lägg till 2 områden' }))
    await expect.poll(() => main().getByRole('link', { name: 'Fokusområde B' }).count()).toBe(1)
    await expect.poll(focused).toMatchObject({ tag: 'TEXTAREA' })
    expect(await focusedName()).toMatch(/^Nya områden, ett per rad/)
  })

  it('puts focus on an area’s heading when it opens, and back on a live control after saving it', async () => {
    await press(main().getByRole('link', { name: 'Fokusområde A' }))
    await expect.poll(() => heading().textContent()).toBe('Fokusområde A')
    await expect.poll(focused).toMatchObject({ tag: 'H1', name: 'Fokusområde A' })
    const edit = main()
      .getByRole('button', { name: /^Ändra/ })
      .first()
    if ((await edit.count()) > 0 && (await main().getByRole('button', { name: 'Spara området' }).count()) === 0) {
      await press(edit)
    }
    await expect.poll(async () => (await focused()).tag).not.toBe('BODY')
    await main().getByLabel('Indikator', { exact: true }).fill('Minuter per ärende')
    await press(main().getByRole('button', { name: 'Spara området' }))
    await expect.poll(() => h.page.getByRole('status').first().textContent()).toContain('Området är sparat.')
    const after = await focused()
    expect(after.tag).not.toBe('BODY')
    expect(after.disabled).toBe(false)
  })

  it('gives focus to a live control when the merge dialog closes, by Escape or after merging', async () => {
    await main().getByLabel('Område att slå ihop med det här').selectOption({ label: 'Fokusområde B' })
    const open = main().getByRole('button', { name: 'Slå ihop…' })
    await press(open)
    const dialog = h.page.getByRole('dialog')
    await expect.poll(() => dialog.count()).toBe(1)
    await h.page.keyboard.press('Escape')
    await expect.poll(() => dialog.count()).toBe(0)
    // The choice is cleared as the dialog closes (the other area may be gone), which disables its button:
    // the choice itself takes the focus, a live control where the keyboard user was.
    await expect.poll(focused).toMatchObject({ tag: 'SELECT', name: 'Område att slå ihop med det här' })

    await main().getByLabel('Område att slå ihop med det här').selectOption({ label: 'Fokusområde B' })
    await press(open)
    await expect.poll(() => dialog.count()).toBe(1)
    await press(dialog.getByRole('button', { name: 'Slå ihop', exact: true }))
    await expect.poll(() => dialog.count()).toBe(0)
    await expect.poll(() => h.page.getByRole('status').first().textContent()).toContain('sammanslaget')
    // The merged area is gone from the choice, the button disabled: focus is on the choice, not the body.
    await expect.poll(focused).toMatchObject({ tag: 'SELECT', name: 'Område att slå ihop med det här' })
    const bad = (await runAxe(h.page)).filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(bad, JSON.stringify(bad, null, 2)).toEqual([])
  })

  it('puts focus on the file’s heading once a portfolio file is read, then on the summary after the import', async () => {
    await h.page.goto(`${h.bridge.url}#/settings`)
    await expect.poll(() => heading().textContent()).toBe('Inställningar')
    const input = h.page.getByLabel('Välj fil att importera')
    await input.focus()
    await input.setInputFiles(SAMPLE_PATH)
    await expect
      .poll(focused, { timeout: 20_000 })
      .toMatchObject({ tag: 'H3', name: expect.stringMatching(/^Importera sample-portfolio\.json/) })
    await press(main().getByRole('button', { name: 'Importera', exact: true }))
    await expect
      .poll(focused, { timeout: 20_000 })
      .toMatchObject({ tag: 'H3', name: expect.stringMatching(/^Importen är klar/) })
  })

  it('logged no console errors', () => {
    expect(h.problems).toEqual([])
  })
})
