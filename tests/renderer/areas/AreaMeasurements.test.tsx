import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { Indicator } from '@shared/entities'
import { freshDb } from '../helpers/db'
import { createFakeMain } from '../helpers/fake-transport'
import { renderApp } from '../helpers/render-app'
import { areaRow, seedEngagement } from '../workshops/fixtures'

/** Lärartid from 100 down to 0 over 2026: half the time has passed on 2 July. */
const indicator: Indicator = {
  name: 'Lärartid för schemaläggning',
  unit: 'timmar',
  direction: 'lower-is-better',
  baselineValue: 100,
  baselineDate: '2026-01-01',
  targetValue: 0,
  targetDate: '2027-01-01',
  dataSource: 'Lärarenkäten',
  owner: ''
}

async function seedArea() {
  const db = freshDb()
  const { first } = await seedEngagement(db)
  const area = areaRow(first, { title: 'Schemaläggning', indicator })
  await db.areas.add(area)
  return { db, area }
}

const stamp = { createdAt: '2026-02-01T10:00:00.000Z', updatedAt: '2026-02-01T10:00:00.000Z' }

describe('AreaMeasurements', () => {
  it('adds a measurement by keyboard and shows it in the table, the chart and the follow-up in words', async () => {
    const user = userEvent.setup()
    const { db, area } = await seedArea()
    renderApp({ db, route: `/areas/${area.id}` })
    const section = await screen.findByRole('region', { name: 'Mätvärden' })
    expect(within(section).getByText(/Inget mätvärde ännu/)).toBeTruthy()

    within(section).getByRole('button', { name: 'Lägg till mätvärde' }).focus()
    await user.keyboard('{Enter}')
    const form = within(section).getByRole('form', { name: 'Nytt mätvärde' })
    const date = within(form).getByLabelText('Datum')
    expect(document.activeElement).toBe(date)
    await user.clear(date)
    await user.type(date, '2026-07-02')
    // The date's calendar button is no Tab stop (Alt+Down opens it): Tab goes straight to the value.
    await user.tab()
    expect(document.activeElement).toBe(within(form).getByLabelText('Värde'))
    await user.keyboard('55')
    await user.tab()
    // The first value's source starts as the indicator's data source; the user writes a more exact one.
    const source = within(form).getByLabelText('Källa')
    expect(document.activeElement).toBe(source)
    expect((source as HTMLInputElement).value).toBe('Lärarenkäten')
    await user.keyboard('{Control>}a{/Control}Lärarenkäten juni, skolförvaltningen')
    await user.tab()
    await user.keyboard('Räknat i april')
    await user.tab()
    expect(document.activeElement).toBe(within(form).getByRole('button', { name: 'Spara mätvärdet' }))
    await user.keyboard('{Enter}')

    const table = await within(section).findByRole('table', { name: 'Uppmätta värden timmar' })
    const row = within(table).getByRole('row', { name: /2 juli 2026/ })
    expect(row.textContent).toMatch(/55/)
    expect(row.textContent).toMatch(/Räknat i april/)
    expect(within(row).getByRole('cell', { name: 'Lärarenkäten juni, skolförvaltningen' })).toBeTruthy()
    expect(
      within(section).getByText(
        /^På väg: 45\s% av vägen från nollvärde till mål \(väntat 50\s% vid senaste mätningen\)\.$/
      )
    ).toBeTruthy()
    expect(within(section).getByRole('img', { name: /nollvärde 100, mål 0, antal mätvärden 1/ })).toBeTruthy()
    const [stored] = await db.measurements.where('areaId').equals(area.id).toArray()
    expect(stored).toMatchObject({
      date: '2026-07-02',
      value: 55,
      source: 'Lärarenkäten juni, skolförvaltningen',
      note: 'Räknat i april'
    })
  })

  it('starts a new value with the source of the latest one', async () => {
    const user = userEvent.setup()
    const { db, area } = await seedArea()
    await db.measurements.bulkAdd([
      { ...stamp, id: 'm1', areaId: area.id, date: '2026-03-01', value: 80, source: 'Enkät mars', note: '' },
      { ...stamp, id: 'm2', areaId: area.id, date: '2026-06-01', value: 60, source: 'Enkät juni', note: '' }
    ])
    renderApp({ db, route: `/areas/${area.id}` })
    await user.click(await screen.findByRole('button', { name: 'Lägg till mätvärde' }))
    const form = screen.getByRole('form', { name: 'Nytt mätvärde' })
    expect((within(form).getByLabelText('Källa') as HTMLInputElement).value).toBe('Enkät juni')
  })

  // An impossible date (30 February) stays in the box as typed and is refused with the date message.
  it.each([
    ['Datum', '2026-02-30', 'Skriv ett datum som ÅÅÅÅ-MM-DD.'],
    ['Datum', '', 'Fyll i det här fältet.'],
    ['Värde', 'femtio', 'Skriv ett tal, t.ex. 1 200 000 eller 12,5.'],
    ['Värde', '', 'Fyll i det här fältet.']
  ])('shows a message at "%s" for %j and stores nothing', async (label, input, message) => {
    const user = userEvent.setup()
    const { db, area } = await seedArea()
    renderApp({ db, route: `/areas/${area.id}` })
    await user.click(await screen.findByRole('button', { name: 'Lägg till mätvärde' }))
    const form = screen.getByRole('form', { name: 'Nytt mätvärde' })
    if (label !== 'Värde') await user.type(within(form).getByLabelText('Värde'), '55')
    const field = within(form).getByLabelText(label)
    await user.clear(field)
    if (input !== '') await user.type(field, input)
    await user.click(within(form).getByRole('button', { name: 'Spara mätvärdet' }))
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'))
    expect(document.getElementById(field.getAttribute('aria-describedby')!.split(' ').pop()!)?.textContent).toBe(
      message
    )
    expect(await db.measurements.count()).toBe(0)
  })

  it('refuses a source longer than 500 characters at its field and stores nothing', async () => {
    const user = userEvent.setup()
    const { db, area } = await seedArea()
    renderApp({ db, route: `/areas/${area.id}` })
    await user.click(await screen.findByRole('button', { name: 'Lägg till mätvärde' }))
    const form = screen.getByRole('form', { name: 'Nytt mätvärde' })
    await user.type(within(form).getByLabelText('Värde'), '55')
    const source = within(form).getByLabelText('Källa')
    await user.clear(source)
    // Pasted, not typed: 501 keystrokes would only slow the test.
    await user.click(source)
    await user.paste('Lärarenkäten '.repeat(39).slice(0, 501))
    await user.click(within(form).getByRole('button', { name: 'Spara mätvärdet' }))
    await waitFor(() => expect(source.getAttribute('aria-invalid')).toBe('true'))
    expect(document.getElementById(source.getAttribute('aria-describedby')!.split(' ').pop()!)?.textContent).toBe(
      'Högst 500 tecken.'
    )
    expect(await db.measurements.count()).toBe(0)
  })

  it('corrects a measurement and the follow-up follows', async () => {
    const user = userEvent.setup()
    const { db, area } = await seedArea()
    await db.measurements.add({
      ...stamp,
      id: 'm1',
      areaId: area.id,
      date: '2026-07-02',
      value: 90,
      source: '',
      note: ''
    })
    renderApp({ db, route: `/areas/${area.id}` })
    const section = await screen.findByRole('region', { name: 'Mätvärden' })
    expect(await within(section).findByText(/^Efter plan: 10\s% av vägen/)).toBeTruthy()
    const editButton = within(section).getByRole('button', { name: 'Ändra mätvärdet från 2 juli 2026' })
    await user.click(editButton)
    const form = within(section).getByRole('form', { name: 'Ändra mätvärde' })
    const value = within(form).getByLabelText('Värde')
    expect((value as HTMLInputElement).value).toBe('90')
    await user.clear(value)
    await user.type(value, '-5,5')
    await user.type(within(form).getByLabelText('Kommentar'), 'Nu mäts det')
    await user.click(within(form).getByRole('button', { name: 'Spara mätvärdet' }))
    await waitFor(async () => expect((await db.measurements.get('m1'))?.value).toBe(-5.5))
    expect(await db.measurements.get('m1')).toMatchObject({ note: 'Nu mäts det', createdAt: stamp.createdAt })
    expect(await within(section).findByText(/^Målet är nått: 106\s% av vägen/)).toBeTruthy()
    expect(within(section).queryByRole('form')).toBeNull()
    expect(document.activeElement).toBe(editButton)
  })

  it('deletes a measurement after asking, and keeps it when the question is cancelled', async () => {
    const user = userEvent.setup()
    const { db, area } = await seedArea()
    await db.measurements.bulkAdd([
      { ...stamp, id: 'm1', areaId: area.id, date: '2026-03-01', value: 80, source: '', note: '' },
      { ...stamp, id: 'm2', areaId: area.id, date: '2026-07-02', value: 55, source: '', note: '' }
    ])
    renderApp({ db, route: `/areas/${area.id}` })
    const section = await screen.findByRole('region', { name: 'Mätvärden' })
    const deleteButton = await within(section).findByRole('button', { name: 'Ta bort mätvärdet från 2 juli 2026' })
    await user.click(deleteButton)
    let dialog = await screen.findByRole('dialog', { name: 'Ta bort mätvärdet?' })
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }))
    expect(await db.measurements.count()).toBe(2)

    await user.click(within(section).getByRole('button', { name: 'Ta bort mätvärdet från 2 juli 2026' }))
    dialog = await screen.findByRole('dialog', { name: 'Ta bort mätvärdet?' })
    await user.click(within(dialog).getByRole('button', { name: 'Ta bort' }))
    await waitFor(async () => expect(await db.measurements.get('m2')).toBeUndefined())
    expect(await db.measurements.get('m1')).toBeTruthy()
    await waitFor(() => expect(within(section).queryByRole('row', { name: /2 juli 2026/ })).toBeNull())
    expect(within(section).getByRole('row', { name: /1 mars 2026/ })).toBeTruthy()
  })

  it('says where the follow-up stands in English too', async () => {
    const { db, area } = await seedArea()
    await db.measurements.add({
      ...stamp,
      id: 'm1',
      areaId: area.id,
      date: '2026-07-02',
      value: 55,
      source: '',
      note: ''
    })
    renderApp({ db, main: createFakeMain({ language: 'en' }), route: `/areas/${area.id}` })
    const section = await screen.findByRole('region', { name: 'Measurements' })
    expect(
      await within(section).findByText(
        'On track: 45% of the way from baseline to target (50% expected at the latest measurement).'
      )
    ).toBeTruthy()
    expect(within(section).getByRole('img', { name: /baseline 100, target 0, number of measurements 1/ })).toBeTruthy()
  })
})
