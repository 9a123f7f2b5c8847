import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ServicesContext } from '@renderer/platform/services'
import { OrganisationEvaluations } from '@renderer/features/evaluations'
import { createApi } from '@renderer/platform/api'
import { MemoryRouter } from 'react-router'
import { freshDb } from '../helpers/db'
import { createFakeMain } from '../helpers/fake-transport'
import { evaluationRow } from '../helpers/rows'
import { seedEngagement } from '../workshops/fixtures'

describe('OrganisationEvaluations', () => {
  it('aggregates every workshop of the organisation and shows the trend', async () => {
    const db = freshDb()
    const { first, second, organisation } = await seedEngagement(db)
    await db.evaluations.bulkAdd([
      evaluationRow(first.id, { overall: 4, content: 4, delivery: 4 }),
      evaluationRow(second.id, { overall: 6, content: 5, delivery: null, comment: 'Toppen', quotable: true })
    ])
    render(
      <ServicesContext value={{ db, api: createApi(createFakeMain().transport) }}>
        <MemoryRouter>
          <OrganisationEvaluations organisationId={organisation.id} />
        </MemoryRouter>
      </ServicesContext>
    )
    const summary = await screen.findByRole('table', { name: /Alla kundens workshops/ })
    expect(within(summary).getByRole('row', { name: /^Helhet/ }).textContent).toContain('5,0')
    expect(within(summary).getByRole('row', { name: /^Genomförande/ }).textContent).toContain('4,0')
    const trend = screen.getByRole('table', { name: 'Medelvärden per workshop, äldst först' })
    expect(
      within(trend)
        .getAllByRole('row')
        .map((r) => r.textContent?.includes('6,0'))
    ).toEqual([false, false, true])
    expect(screen.getByRole('img', { name: /Helhetsbetyg per workshop/ })).toBeTruthy()
    await userEvent.click(screen.getByRole('checkbox', { name: 'Använd som referens i förslag' }))
    await waitFor(async () => expect((await db.evaluations.toArray()).filter((e) => e.reference)).toHaveLength(1))
  })

  it('shows 50 quotable comments at a time, the rest a click away, so thousands of comments never draw at once', async () => {
    const db = freshDb()
    const { first, organisation } = await seedEngagement(db)
    await db.evaluations.bulkAdd(
      Array.from({ length: 120 }, (_, i) =>
        evaluationRow(first.id, { overall: 5, comment: `Kommentar ${i + 1}`, quotable: true })
      )
    )
    render(
      <ServicesContext value={{ db, api: createApi(createFakeMain().transport) }}>
        <MemoryRouter>
          <OrganisationEvaluations organisationId={organisation.id} />
        </MemoryRouter>
      </ServicesContext>
    )
    const quotes = () => screen.getAllByRole('checkbox', { name: 'Använd som referens i förslag' })
    await waitFor(() => expect(quotes()).toHaveLength(50))
    await userEvent.click(screen.getByRole('button', { name: 'Visa 50 till (70 kvar)' }))
    await waitFor(() => expect(quotes()).toHaveLength(100))
    await userEvent.click(screen.getByRole('button', { name: 'Visa 20 till (20 kvar)' }))
    await waitFor(() => expect(quotes()).toHaveLength(120))
    expect(screen.queryByRole('button', { name: /^Visa \d+ till/ })).toBeNull()
  })
})
