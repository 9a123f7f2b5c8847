import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { i18n } from '@renderer/i18n/i18n'
import { freshDb } from '../helpers/db'
import { createFakeMain } from '../helpers/fake-transport'
import { renderApp } from '../helpers/render-app'
import { evaluationRow } from '../helpers/rows'
import { seedEngagement } from '../workshops/fixtures'

/** The real example from DOMAIN.md (as in the sample): overall 5.5, content 5.0, delivery 5.0. */
const REAL_EXAMPLE: Array<[number, number, number]> = [
  [6, 5, 5],
  [5, 5, 5],
  [6, 6, 5],
  [5, 4, 5],
  [6, 5, 6],
  [5, 5, 4],
  [6, 5, 5],
  [5, 5, 5]
]

async function seeded(rows: Array<[number, number, number]> = []) {
  const db = freshDb()
  const { first, organisation } = await seedEngagement(db)
  await db.evaluations.bulkAdd(
    rows.map(([overall, content, delivery], i) =>
      evaluationRow(first.id, {
        overall,
        content,
        delivery,
        createdAt: `2026-02-12T12:0${i}:00.000Z`,
        comment: i === 0 ? 'Mycket lärorik' : '',
        quotable: i === 0
      })
    )
  )
  return { db, workshop: first, organisation }
}

const meanCell = (aspect: string) =>
  within(screen.getByRole('row', { name: new RegExp(`^${aspect}`) })).getAllByRole('cell')[0]!.textContent

describe('WorkshopEvaluations', () => {
  it('shows n, the means to one decimal with a Swedish decimal comma, and the count of each grade', async () => {
    const { db, workshop } = await seeded(REAL_EXAMPLE)
    renderApp({ db, route: `/workshops/${workshop.id}` })
    await screen.findByRole('table', { name: /Deltagarnas betyg/ })
    expect(screen.getByRole('table', { name: /Deltagarnas betyg/ }).textContent).toContain('8 utvärderingar')
    expect(meanCell('Helhet')).toBe('5,5')
    expect(meanCell('Innehåll')).toBe('5,0')
    expect(meanCell('Genomförande')).toBe('5,0')
    // Columns after mean and answered run 6..1: four 6s and four 5s overall.
    const overall = within(screen.getByRole('row', { name: /^Helhet/ }))
      .getAllByRole('cell')
      .map((c) => c.textContent)
    expect(overall).toEqual(['5,5', '8', '4', '4', '0', '0', '0', '0'])
    expect(screen.getByText('Mycket lärorik')).toBeTruthy()
  })

  it('shows the same means with a decimal point in English', async () => {
    const { db, workshop } = await seeded(REAL_EXAMPLE)
    await i18n.changeLanguage('en')
    renderApp({ db, main: createFakeMain({ language: 'en' }), route: `/workshops/${workshop.id}` })
    await screen.findByRole('table', { name: /Participants' ratings/ })
    expect(meanCell('Overall')).toBe('5.5')
    expect(meanCell('Content')).toBe('5.0')
  })

  it('refuses a 7 at the field and stores nothing', async () => {
    const { db, workshop } = await seeded()
    renderApp({ db, route: `/workshops/${workshop.id}` })
    const overall = await screen.findByLabelText('Helhet')
    await userEvent.click(overall)
    await userEvent.keyboard('7')
    expect(overall.getAttribute('aria-invalid')).toBe('true')
    const message = document.getElementById(overall.getAttribute('aria-describedby')!)
    expect(message?.textContent).toBe('Betyget ska vara ett heltal 1–6.')
    await userEvent.keyboard('{Enter}')
    expect(await db.evaluations.count()).toBe(0)
  })

  it('takes rows by keyboard alone: Enter saves a row, Tab out of the last field saves the next', async () => {
    const { db, workshop } = await seeded()
    renderApp({ db, route: `/workshops/${workshop.id}` })
    await userEvent.click(await screen.findByLabelText('Helhet'))
    await userEvent.keyboard('6{Tab}5{Tab}5{Tab}Proffsigt{Tab} {Enter}')
    await waitFor(async () => expect(await db.evaluations.count()).toBe(1))
    expect(document.activeElement?.id).toBe('ev-overall')
    // Second row: grades, skip comment and consent, then Tab out of the last field (the name; no contacts here).
    await userEvent.keyboard('4{Tab}{Tab}3{Tab}{Tab}{Tab}Eva{Tab}')
    await waitFor(async () => expect(await db.evaluations.count()).toBe(2))
    const rows = (await db.evaluations.toArray()).sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    expect(rows.map((r) => [r.overall, r.content, r.delivery, r.comment, r.quotable, r.name])).toEqual([
      [6, 5, 5, 'Proffsigt', true, ''],
      [4, null, 3, '', false, 'Eva']
    ])
    expect(document.activeElement?.id).toBe('ev-overall')
  })

  it('changes consent and the reference pick per entered row, and deletes a row', async () => {
    const user = userEvent.setup()
    const { db, workshop } = await seeded([
      [6, 5, 5],
      [5, 5, 5]
    ])
    renderApp({ db, route: `/workshops/${workshop.id}` })
    const rows = await screen.findByRole('table', { name: 'Inskrivna formulär' })
    const [first, second] = (await db.evaluations.toArray()).sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    // Row 2 has no comment: it may be marked quotable but never picked as a reference.
    expect(
      (within(rows).getByRole('checkbox', { name: 'Använd rad 2 som referens' }) as HTMLInputElement).disabled
    ).toBe(true)
    await user.click(within(rows).getByRole('checkbox', { name: 'Använd rad 1 som referens' }))
    await waitFor(async () => expect((await db.evaluations.get(first!.id))?.reference).toBe(true))
    await user.click(within(rows).getByRole('checkbox', { name: 'Rad 1 får citeras' }))
    await waitFor(async () => expect((await db.evaluations.get(first!.id))?.quotable).toBe(false))
    await user.click(within(rows).getByRole('button', { name: 'Ta bort rad 2' }))
    await waitFor(async () => expect(await db.evaluations.get(second!.id)).toBeUndefined())
    expect(await db.evaluations.count()).toBe(1)
  })
})
