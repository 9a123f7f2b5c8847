import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { freshDb } from '../helpers/db'
import { renderApp } from '../helpers/render-app'
import { areaRow, seedEngagement } from '../workshops/fixtures'

describe('AreaPage', () => {
  it.each([
    ['Kostnad i dag (kr per år)', '-5', 'Värdet kan inte vara negativt.'],
    ['Uppskattat kontraktsvärde (kr)', 'sju miljoner', 'Skriv ett tal, t.ex. 1 200 000 eller 12,5.'],
    ['Nollvärde', '12 timmar', 'Skriv ett tal, t.ex. 1 200 000 eller 12,5.']
  ])('shows a message at "%s" for %j and stores nothing', async (label, input, message) => {
    const db = freshDb()
    const { first } = await seedEngagement(db)
    const area = areaRow(first, { title: 'Schemaläggning' })
    await db.areas.add(area)
    renderApp({ db, route: `/areas/${area.id}` })
    await userEvent.click(await screen.findByRole('button', { name: 'Ändra uppgifter' }))
    const field = await screen.findByLabelText(label)
    await userEvent.type(field, input)
    await userEvent.click(screen.getByRole('button', { name: 'Spara området' }))
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'))
    expect(document.getElementById(field.getAttribute('aria-describedby')!.split(' ').pop()!)?.textContent).toBe(
      message
    )
    expect(screen.getByRole('alert').textContent).toMatch(/sparades inte/)
    expect(await db.areas.get(area.id)).toEqual(area)
  })

  it('saves the indicator and the goal chosen from the organisation’s goals', async () => {
    const db = freshDb()
    const { first } = await seedEngagement(db)
    const area = areaRow(first, { title: 'Schemaläggning' })
    await db.areas.add(area)
    renderApp({ db, route: `/areas/${area.id}` })
    await userEvent.click(await screen.findByRole('button', { name: 'Ändra uppgifter' }))
    await userEvent.type(await screen.findByLabelText('Indikator'), 'Lärartid')
    await userEvent.type(screen.getByLabelText('Nollvärde'), '12,5')
    await userEvent.selectOptions(screen.getByLabelText('Kundens mål som området bidrar till'), 'g1')
    await userEvent.click(screen.getByRole('button', { name: 'Spara området' }))
    await waitFor(async () => expect((await db.areas.get(area.id))?.indicator?.baselineValue).toBe(12.5))
    expect((await db.areas.get(area.id))?.goalId).toBe('g1')
  })

  it('reads as a record: facts and a kit status badge, the form behind "Ändra uppgifter", the route hint live while typing', async () => {
    const user = userEvent.setup()
    const db = freshDb()
    const { first } = await seedEngagement(db)
    const area = areaRow(first, {
      title: 'Schemaläggning',
      costPerYearSek: 850000,
      goalId: 'g1',
      status: 'prioritised'
    })
    await db.areas.add(area)
    renderApp({ db, route: `/areas/${area.id}` })
    const details = await screen.findByRole('region', { name: 'Uppgifter' })
    expect(within(details).queryByRole('form')).toBeNull()
    expect(within(details).getByText('850 000 kr')).toBeTruthy()
    expect(within(details).getByText('Ekonomi i balans 2027')).toBeTruthy()
    expect(within(details).getByText('Prioriterat').className).toMatch(/\bstatus-badge\b/)
    // The hint is a panel of its own that may draw a moment after the details (its live query answers later).
    const hint = await screen.findByRole('region', { name: 'Vad lagen tillåter' })
    expect(hint.textContent).toContain('Ange ett uppskattat kontraktsvärde')

    await user.click(within(details).getByRole('button', { name: 'Ändra uppgifter' }))
    const form = within(details).getByRole('form', { name: 'Områdets uppgifter' })
    // The hint answers while the value is typed, before anything is saved.
    await user.type(within(form).getByLabelText('Uppskattat kontraktsvärde (kr)'), '9 000 000')
    await waitFor(() => expect(hint.textContent).toContain('över EU:s tröskelvärde'))
    expect((await db.areas.get(area.id))?.contractValueSek).toBeNull()
    // Cancelling leaves the stored area and the hint as they were.
    await user.click(within(form).getByRole('button', { name: 'Avbryt' }))
    await waitFor(() => expect(hint.textContent).toContain('Ange ett uppskattat kontraktsvärde'))
    expect(await db.areas.get(area.id)).toEqual(area)
  })

  it('merges another area into this one, keeping the value chosen where the two differ', async () => {
    const user = userEvent.setup()
    const db = freshDb()
    const { first } = await seedEngagement(db)
    const area = areaRow(first, { title: 'Schemaläggning', problem: 'Manuellt schema', votes: 2 })
    const other = areaRow(first, { title: 'Schemaläggning i skolan', problem: 'Manuellt schema', votes: 3 })
    await db.areas.bulkAdd([area, other])
    renderApp({ db, route: `/areas/${area.id}` })
    await user.selectOptions(await screen.findByLabelText('Område att slå ihop med det här'), other.id)
    await user.click(screen.getByRole('button', { name: 'Slå ihop…' }))
    const dialog = await screen.findByRole('dialog')
    const table = within(dialog).getByRole('table', { name: 'Uppgifter som skiljer sig: välj en per rad' })
    // Only the title clashes; this area's value is chosen until another is picked.
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent)
    ).toEqual(['Rubrik'])
    const [mine, theirs] = within(within(table).getByRole('row', { name: /Rubrik/ })).getAllByRole('radio')
    expect((mine as HTMLInputElement).checked).toBe(true)
    expect(within(dialog).getByText('Poängprickarna läggs ihop: 5 totalt.')).toBeTruthy()
    await user.click(theirs!)
    await user.click(within(dialog).getByRole('button', { name: 'Slå ihop' }))
    await waitFor(async () => expect(await db.areas.get(other.id)).toBeUndefined())
    const merged = await db.areas.get(area.id)
    expect(merged?.title).toBe('Schemaläggning i skolan')
    expect(merged?.votes).toBe(5)
  })

  it('closes the merge dialog with Avbryt and changes nothing', async () => {
    const user = userEvent.setup()
    const db = freshDb()
    const { first } = await seedEngagement(db)
    const area = areaRow(first, { title: 'Schemaläggning' })
    const other = areaRow(first, { title: 'Lokalbokning' })
    await db.areas.bulkAdd([area, other])
    renderApp({ db, route: `/areas/${area.id}` })
    await user.selectOptions(await screen.findByLabelText('Område att slå ihop med det här'), other.id)
    await user.click(screen.getByRole('button', { name: 'Slå ihop…' }))
    const dialog = await screen.findByRole('dialog')
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(await db.areas.get(other.id)).toEqual(other)
    expect(await db.areas.get(area.id)).toEqual(area)
  })

  it('lists the indicator’s measured values by date, and has no such section before the first one', async () => {
    const db = freshDb()
    const { first } = await seedEngagement(db)
    const area = areaRow(first, { title: 'Schemaläggning', indicator: null })
    const measured = areaRow(first, { title: 'Lokalbokning' })
    await db.areas.bulkAdd([area, measured])
    const stamp = { createdAt: '2026-02-01T10:00:00.000Z', updatedAt: '2026-02-01T10:00:00.000Z', areaId: measured.id }
    await db.measurements.bulkAdd([
      { ...stamp, id: 'm1', date: '2026-03-01', value: 1250.5, source: '', note: 'Före' },
      { ...stamp, id: 'm2', date: '2026-06-01', value: 900, source: '', note: '' }
    ])
    const { unmount } = renderApp({ db, route: `/areas/${area.id}` })
    await screen.findByRole('heading', { level: 1, name: 'Schemaläggning' })
    expect(screen.queryByRole('region', { name: 'Mätvärden' })).toBeNull()
    unmount()
    renderApp({ db, route: `/areas/${measured.id}` })
    const section = await screen.findByRole('region', { name: 'Mätvärden' })
    const table = within(section).getByRole('table')
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent)
    ).toEqual(['1 mars 2026', '1 juni 2026'])
    expect(within(table).getAllByRole('row')[1]!.textContent).toMatch(/1\s250,5/)
  })
})
