/**
 * The client portfolio in Chromium, as the browser scenario: create an organisation (an invalid
 * number shows its reason), add a contact and an engagement, move it from lead to proposal sent by
 * keyboard and see the pipeline sum change, reload and find it all, erase the contact and see the name
 * gone from its evaluations. Plus axe on every new page. The lists with 10 000 organisations and 30 000
 * engagements (typing a search key by key, the tag and status filters, the pipeline's count, axe) are checked
 * in tests/e2e/stress-lists.test.ts, on the stress portfolio that file writes once.
 */
import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumOrSkip, maybeScreenshot, runAxe, startHarness } from './harness'
import type { Harness } from './harness'

const browserPath = chromiumOrSkip('browser tests (client portfolio)')

const NAME = 'Testviks kommun'
const NUMBER = '212000-0142'
const PERSON = 'Greta Gustafsson'

describe.skipIf(!browserPath)('client portfolio in Chromium', () => {
  let h: Harness
  let orgUrl = ''
  let personUrl = ''
  let engagementUrl = ''

  beforeAll(async () => {
    h = await startHarness(browserPath!)
    await h.page.goto(h.bridge.url)
  })

  afterAll(async () => {
    await h?.close()
  })

  const page = () => h.page
  const main = () => h.page.getByRole('main')
  const heading = () => h.page.getByRole('heading', { level: 1 })
  const status = () => h.page.getByRole('status').first()

  async function visit(name: string) {
    await h.page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name, exact: true }).click()
    await expect.poll(() => heading().textContent()).toContain(name)
  }

  async function axeClean(label: string) {
    await page().waitForLoadState('networkidle')
    const bad = (await runAxe(page())).filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(bad, `${label}: ${JSON.stringify(bad, null, 2)}`).toEqual([])
  }

  /** Runs IndexedDB code in the page against the app's database (the harness has no other way in). */
  function inDb<T>(body: string): Promise<T> {
    return page().evaluate(`new Promise((resolve, reject) => {
      const open = indexedDB.open('matbar')
      open.onerror = () => reject(open.error)
      open.onsuccess = () => {
        const db = open.result
        try { (${body})(db, resolve, reject) } catch (e) { reject(e) }
      }
    })`) as Promise<T>
  }

  it('loads the sample portfolio so the lists have company', async () => {
    await page().getByRole('button', { name: 'Ladda exempelportfölj' }).click()
    await expect.poll(() => status().textContent(), { timeout: 20_000 }).toMatch(/Exempelportföljen är laddad/)
  })

  it('refuses an invalid organisation number with its reason, and a taken one naming its holder', async () => {
    await visit('Organisationer')
    await main().getByRole('link', { name: 'Ny organisation' }).click()
    await expect.poll(() => heading().textContent()).toBe('Ny organisation')
    const form = page().getByRole('form', { name: 'Ny organisation' })
    await form.getByLabel('Namn').fill(NAME)
    await form.getByLabel('Organisationsnummer').fill('212000-0143')
    await form.getByRole('button', { name: 'Spara organisationen' }).click()
    await expect.poll(() => form.textContent()).toContain('Kontrollsiffran stämmer inte')
    expect(await form.getByLabel('Organisationsnummer').getAttribute('aria-invalid')).toBe('true')

    await form.getByLabel('Organisationsnummer').fill('551000-0003')
    await form.getByLabel('Storlek').fill('många')
    await form.getByLabel('Storlek').blur()
    await expect.poll(() => form.textContent()).toContain('Detta ser ut som ett personnummer')
    await expect.poll(() => form.textContent()).toContain('Skriv ett heltal')
    await maybeScreenshot(page(), 'clients-form-errors')
    await axeClean('new organisation form with errors')

    await form.getByLabel('Storlek').fill('18 500')
    await form.getByLabel('Organisationsnummer').fill('212000-4813')
    await form.getByRole('button', { name: 'Spara organisationen' }).click()
    await expect.poll(() => form.textContent()).toContain('Organisationsnumret finns redan hos Norrviks kommun')
  })

  it('creates the organisation with a valid number', async () => {
    const form = page().getByRole('form', { name: 'Ny organisation' })
    await form.getByLabel('Organisationsnummer').fill(NUMBER.replace('-', ''))
    await form.getByLabel('Taggar').fill('energi, e2e')
    await form.getByRole('button', { name: 'Spara organisationen' }).click()
    await expect.poll(() => heading().textContent()).toBe(NAME)
    await expect.poll(() => main().textContent()).toContain(NUMBER)
    orgUrl = page().url()
  })

  it('adds a contact person', async () => {
    await main().getByRole('button', { name: 'Lägg till kontaktperson' }).click()
    const form = page().getByRole('form', { name: 'Ny kontaktperson' })
    await form.getByLabel('Namn').fill(PERSON)
    await form.getByLabel('Roll').fill('Upphandlingschef')
    await form.getByLabel('E-post').fill('inte-en-adress')
    await form.getByRole('button', { name: 'Spara kontaktpersonen' }).click()
    await expect.poll(() => form.textContent()).toContain('Skriv en e-postadress')
    await form.getByLabel('E-post').fill('greta@testvik.example')
    await form.getByRole('button', { name: 'Spara kontaktpersonen' }).click()
    await expect.poll(() => main().getByRole('link', { name: PERSON }).count()).toBe(1)
  })

  it('adds an engagement as a lead', async () => {
    await main().getByRole('link', { name: 'Nytt uppdrag' }).click()
    const form = page().getByRole('form', { name: 'Nytt uppdrag' })
    await form.getByLabel('Benämning').fill('Energiworkshop Testvik')
    await form.getByLabel('Värde i kronor exkl. moms').fill('45 000')
    await form.getByRole('button', { name: 'Spara uppdraget' }).click()
    // Created on its own page, the client given: the engagement's page opens and says so.
    await expect.poll(() => heading().textContent()).toBe('Energiworkshop Testvik')
    await expect.poll(() => status().textContent()).toContain('Energiworkshop Testvik')
    await main().locator('.breadcrumb').getByRole('link', { name: NAME }).click()
    await expect.poll(() => main().getByRole('link', { name: 'Energiworkshop Testvik' }).count()).toBe(1)
    await maybeScreenshot(page(), 'clients-organisation-page')
    await axeClean('organisation page')
  })

  it('moves the engagement from lead to proposal sent by keyboard and the pipeline sums change', async () => {
    await visit('Uppdrag')
    await main().getByRole('link', { name: 'Pipeline' }).click()
    const sum = (status: string) => page().getByTestId(`pipeline-sum-${status}`).textContent()
    await expect.poll(() => main().getByRole('link', { name: 'Energiworkshop Testvik' }).count()).toBe(1)
    const leadBefore = await sum('lead')
    const sentBefore = await sum('proposal-sent')
    const card = page().getByRole('region', { name: 'Intresse' }).getByRole('link', { name: 'Energiworkshop Testvik' })
    await card.focus()
    await page().keyboard.press('Alt+ArrowRight')
    await expect.poll(() => status().textContent()).toBe('”Energiworkshop Testvik” har flyttats till Förslag skickat.')
    await expect
      .poll(() =>
        page()
          .getByRole('region', { name: 'Förslag skickat' })
          .getByRole('link', { name: 'Energiworkshop Testvik' })
          .count()
      )
      .toBe(1)
    const digits = (s: string | null) => Number((s ?? '').replace(/\D/g, ''))
    await expect.poll(async () => digits(await sum('proposal-sent')) - digits(sentBefore)).toBe(45_000)
    expect(digits(leadBefore) - digits(await sum('lead'))).toBe(45_000)
    // Focus followed the card to its new column, so the user can keep moving it.
    expect(await page().evaluate('document.activeElement && document.activeElement.textContent')).toBe(
      'Energiworkshop Testvik'
    )
    expect(page().url()).toContain('/engagements/pipeline')
    await maybeScreenshot(page(), 'clients-pipeline')
    await axeClean('pipeline')
  })

  it('finds it all again after a reload', async () => {
    await page().reload()
    await expect
      .poll(
        () =>
          page()
            .getByRole('region', { name: 'Förslag skickat' })
            .getByRole('link', { name: 'Energiworkshop Testvik' })
            .count(),
        {
          timeout: 20_000
        }
      )
      .toBe(1)
    await page()
      .getByRole('region', { name: 'Förslag skickat' })
      .getByRole('link', { name: 'Energiworkshop Testvik' })
      .click()
    await expect.poll(() => heading().textContent()).toBe('Energiworkshop Testvik')
    engagementUrl = page().url()
    const history = page().getByRole('table', { name: 'Statushistorik, senaste först' })
    await expect.poll(() => history.getByRole('row').count()).toBe(3)
    expect(await history.textContent()).toMatch(/Förslag skickat.*Intresse/)
    await maybeScreenshot(page(), 'clients-engagement-page')
    await axeClean('engagement page')

    await visit('Organisationer')
    await page().getByRole('searchbox', { name: 'Sök' }).fill('testvik')
    const table = main().getByRole('table', { name: 'Alla organisationer' })
    await expect.poll(() => table.getByRole('rowheader').allTextContents()).toEqual([NAME])
    await page().getByRole('searchbox', { name: 'Sök' }).fill('')
    await expect.poll(() => table.getByRole('rowheader').count()).toBe(6)
    await maybeScreenshot(page(), 'clients-organisations-list')
    await axeClean('organisations list')
    await table.getByRole('link', { name: NAME }).click()
    await expect.poll(() => heading().textContent()).toBe(NAME)
    expect(page().url()).toBe(orgUrl)
    await expect.poll(() => main().getByRole('link', { name: PERSON }).count()).toBe(1)
    await expect.poll(() => main().textContent()).toContain('Upphandlingschef')
  })

  it('shows what is held about the contact, including an evaluation they gave, and exports it', async () => {
    await main().getByRole('link', { name: PERSON }).click()
    await expect.poll(() => heading().textContent()).toBe(PERSON)
    personUrl = page().url()
    const contactId = decodeURIComponent(personUrl.split('/contacts/')[1] ?? '')
    const engagementId = decodeURIComponent(engagementUrl.split('/engagements/')[1] ?? '')
    // The workshop and its evaluation come from other parts of the app; write them as those would.
    const now = new Date().toISOString()
    await inDb(`(db, resolve, reject) => {
      const tx = db.transaction(['workshops', 'participants', 'evaluations'], 'readwrite')
      const base = { createdAt: '${now}', updatedAt: '${now}' }
      tx.objectStore('workshops').put({ ...base, id: 'ws-e2e', engagementId: '${engagementId}', title: 'Energiworkshop', startsAt: '2026-04-02T09:00',
        place: 'Stadshuset', digital: false, questionId: null, startingQuestion: '', purpose: '', agenda: [], participantCount: 14, notes: '' })
      tx.objectStore('participants').put({ ...base, id: 'part-e2e', workshopId: 'ws-e2e', contactId: '${contactId}', name: '${PERSON}', role: 'Upphandlingschef' })
      tx.objectStore('evaluations').put({ ...base, id: 'eval-e2e', workshopId: 'ws-e2e', overall: 6, content: 5, delivery: 6,
        comment: 'Mycket lärorik, ${PERSON} tackar', quotable: true, reference: false, name: '${PERSON}', contactId: '${contactId}' })
      tx.oncomplete = () => resolve(true)
      tx.onerror = () => reject(tx.error)
    }`)
    await page().reload()
    await expect.poll(() => main().textContent(), { timeout: 20_000 }).toContain('Mycket lärorik')
    await expect
      .poll(() => main().getByRole('table', { name: 'Workshops personen har deltagit i' }).textContent())
      .toContain('Energiworkshop')
    await maybeScreenshot(page(), 'clients-person-page')
    await axeClean('person page')

    const download = page().waitForEvent('download')
    await main().getByRole('button', { name: 'Exportera personuppgifter' }).click()
    const file = await download
    expect(file.suggestedFilename()).toMatch(/^personuppgifter-greta-gustafsson-\d{4}-\d{2}-\d{2}\.json$/)
    const exported = JSON.parse(await readFile((await file.path())!, 'utf8')) as {
      contact: { name: string }
      evaluations: { comment: string }[]
      workshopsAttended: unknown[]
    }
    expect(exported.contact.name).toBe(PERSON)
    expect(exported.evaluations.map((e) => e.comment)).toEqual([`Mycket lärorik, ${PERSON} tackar`])
    expect(exported.workshopsAttended).toHaveLength(1)
  })

  it('erases the contact: the name and comment are gone from the evaluation, the ratings stay', async () => {
    await main().getByRole('button', { name: 'Radera personuppgifter…' }).click()
    const dialog = page().getByRole('dialog', { name: `Radera allt om ${PERSON}?` })
    await expect.poll(() => dialog.isVisible()).toBe(true)
    await maybeScreenshot(page(), 'clients-erase-dialog')
    await axeClean('erase dialog')
    await dialog.getByRole('button', { name: 'Radera' }).click()
    // The erasure report: what was erased, and that no saved document or backup holds the person.
    await expect.poll(() => heading().textContent(), { timeout: 20_000 }).toBe('Personuppgifter raderade')
    await expect.poll(() => main().textContent()).toContain(`Personuppgifterna om ${PERSON} är raderade`)
    await axeClean('erasure report')
    await main().getByRole('link', { name: 'Till organisationen' }).click()
    await expect.poll(() => heading().textContent()).toBe(NAME)
    const evaluation = await inDb<{
      name: string
      comment: string
      contactId: string | null
      overall: number
    }>(`(db, resolve) => {
      const req = db.transaction('evaluations').objectStore('evaluations').get('eval-e2e')
      req.onsuccess = () => resolve(req.result)
    }`)
    expect(evaluation).toMatchObject({ name: '', comment: '', contactId: null, overall: 6, content: 5, delivery: 6 })
    const participant = await inDb<{ name: string }>(`(db, resolve) => {
      const req = db.transaction('participants').objectStore('participants').get('part-e2e')
      req.onsuccess = () => resolve(req.result)
    }`)
    expect(participant.name).toBe('')
    // Nowhere on the organisation's page (its evaluations included) is the name left, after a reload too.
    await page().reload()
    await expect.poll(() => heading().textContent(), { timeout: 20_000 }).toBe(NAME)
    await page().waitForLoadState('networkidle')
    expect(await main().textContent()).not.toContain(PERSON)
    await page().goto(personUrl)
    await expect.poll(() => heading().textContent()).toBe('Personen finns inte')
  })

  it('deletes the organisation with everything under it after saying what goes, and undoes it', async () => {
    await page().goto(orgUrl)
    await expect.poll(() => heading().textContent()).toBe(NAME)
    await main().getByRole('button', { name: 'Ta bort organisationen…' }).click()
    const dialog = page().getByRole('dialog', { name: `Ta bort ${NAME}?` })
    await expect.poll(() => dialog.textContent()).toContain('1 uppdrag')
    expect(await dialog.textContent()).toContain('1 workshop')
    expect(await dialog.textContent()).toContain('1 utvärdering')
    await maybeScreenshot(page(), 'clients-delete-dialog')
    await page().keyboard.press('Escape')
    await expect.poll(() => dialog.isVisible()).toBe(false)
    await main().getByRole('button', { name: 'Ta bort organisationen…' }).click()
    await dialog.getByRole('button', { name: 'Ta bort', exact: true }).click()
    await expect.poll(() => heading().textContent()).toBe('Organisationer')
    const table = main().getByRole('table', { name: 'Alla organisationer' })
    await expect.poll(() => table.getByRole('rowheader').count()).toBe(5)
    await maybeScreenshot(page(), 'clients-undo-toast')
    await page().keyboard.press('Control+z')
    await expect.poll(() => table.getByRole('rowheader').count()).toBe(6)
    await expect.poll(() => status().textContent()).toContain(`${NAME} är återställd`)
  })

  it('logged no console errors and no CSP violations', () => {
    expect(h.problems).toEqual([])
  })
})
