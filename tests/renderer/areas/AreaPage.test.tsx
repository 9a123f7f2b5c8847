import { screen, waitFor } from '@testing-library/react'
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
    await userEvent.type(await screen.findByLabelText('Indikator'), 'Lärartid')
    await userEvent.type(screen.getByLabelText('Nollvärde'), '12,5')
    await userEvent.selectOptions(screen.getByLabelText('Kundens mål som området bidrar till'), 'g1')
    await userEvent.click(screen.getByRole('button', { name: 'Spara området' }))
    await waitFor(async () => expect((await db.areas.get(area.id))?.indicator?.baselineValue).toBe(12.5))
    expect((await db.areas.get(area.id))?.goalId).toBe('g1')
  })
})
