import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { RowOf } from '@shared/entities'
import { addDays } from '@shared/overview'
import { localToday } from '@shared/format'
import { freshDb } from '../helpers/db'
import { renderApp } from '../helpers/render-app'
import { engagementRow, evaluationRow, organisationRow } from '../helpers/rows'

const AT = '2025-03-01T10:00:00.000Z'
const today = localToday()

function workshopRow(id: string, engagementId: string, startsAt: string): RowOf<'workshops'> {
  return {
    id,
    createdAt: AT,
    updatedAt: AT,
    engagementId,
    title: 'Energiworkshop',
    startsAt,
    place: '',
    digital: false,
    questionId: null,
    startingQuestion: '',
    purpose: '',
    agenda: [],
    participantCount: null,
    notes: ''
  }
}

/** An area 100 of 400 on its way from 1 000 to 600 at three quarters of its time: off track. */
function offTrackArea(id: string, engagementId: string, workshopId: string): RowOf<'areas'> {
  return {
    id,
    createdAt: AT,
    updatedAt: AT,
    engagementId,
    workshopId,
    title: 'Gatubelysning',
    problem: '',
    costPerYearSek: null,
    costEstimateNote: '',
    indicator: {
      name: 'Energi',
      unit: 'MWh',
      direction: 'lower-is-better',
      baselineValue: 1000,
      baselineDate: addDays(today, -300),
      targetValue: 600,
      targetDate: addDays(today, 100),
      dataSource: '',
      owner: ''
    },
    goalId: null,
    procurementNecessity: null,
    necessityRationale: '',
    route: 'undecided',
    needsDevelopment: false,
    contractValueSek: null,
    annualEffectSek: 200_000,
    annualEffectIndicator: null,
    status: 'implemented',
    votes: null
  }
}

/** A client with a valued lead, an unvalued lead, a workshop in ten days and an area behind plan. */
async function seed() {
  const db = freshDb()
  const org = organisationRow({ name: 'Testvik' })
  const valued = engagementRow(org.id, { status: 'lead', valueSek: 120_000 })
  const unvalued = engagementRow(org.id, { status: 'lead', valueSek: null })
  await db.organisations.add(org)
  await db.engagements.bulkAdd([valued, unvalued])
  await db.workshops.add(workshopRow('w1', valued.id, `${addDays(today, 10)}T09:00`))
  await db.areas.add(offTrackArea('a1', valued.id, 'w1'))
  await db.measurements.add({
    id: 'm1',
    createdAt: AT,
    updatedAt: AT,
    areaId: 'a1',
    date: today,
    value: 900,
    source: '',
    note: ''
  })
  return { db, engagementId: valued.id }
}

describe('features/overview', () => {
  describe('OverviewPage()', () => {
    it('offers the sample and the first step, adding a client, on an empty portfolio', async () => {
      renderApp()
      expect(await screen.findByRole('button', { name: 'Ladda exempelportfölj' })).toBeTruthy()
      const next = screen.getByRole('region', { name: 'Nästa steg' })
      expect(within(next).getAllByRole('listitem')).toHaveLength(6)
      const links = within(next).getAllByRole('link')
      expect(links.map((l) => l.textContent)).toEqual(['Lägg in kunden'])
      expect(links[0]!.getAttribute('href')).toBe('#/organisations/new')
    })

    it('leads from the pipeline and the area statuses to their filtered lists', async () => {
      const { db } = await seed()
      renderApp({ db })
      const pipeline = await screen.findByRole('table', { name: 'Uppdrag per status' })
      const lead = within(pipeline).getByRole('link', { name: 'Intresse' })
      expect(lead.getAttribute('href')).toBe('#/engagements?status=lead')
      // Two leads, one without a value: the sum is the valued one's.
      expect(lead.closest('tr')!.textContent).toMatch(/2.*120\s000\skr.*1/)

      const areas = screen.getByRole('table', { name: 'Områden per status' })
      const implemented = within(areas).getByRole('link', { name: 'Genomfört' })
      expect(implemented.getAttribute('href')).toBe('#/areas?status=implemented')
      expect(implemented.closest('tr')!.textContent).toContain('1')
    })

    it('lists the coming workshop and the area behind plan, each a link to its page', async () => {
      const { db } = await seed()
      renderApp({ db })
      const upcoming = await screen.findByRole('table', { name: 'Workshops de kommande 30 dagarna' })
      expect(within(upcoming).getByRole('link').getAttribute('href')).toBe('#/workshops/w1')

      const effect = screen.getByRole('region', { name: 'Effekt' })
      // 100 of the 400 to go: a quarter of 200 000 realised.
      expect(within(effect).getByText('Realiserad årlig effekt i dag').nextElementSibling!.textContent).toMatch(
        /^50\s000\skr$/
      )
      expect(within(effect).getByText('Beräknad årlig effekt').nextElementSibling!.textContent).toMatch(
        /^200\s000\skr$/
      )
      const behind = within(effect).getByRole('table', { name: 'Områden som ligger efter plan' })
      expect(within(behind).getByRole('link', { name: 'Gatubelysning' }).getAttribute('href')).toBe('#/areas/a1')
      // The count of areas behind plan opens the areas list filtered to them.
      const count = within(effect).getByRole('link', { name: '1 Områden efter plan' })
      expect(count.getAttribute('href')).toBe('#/areas?followUp=off-track')
    })

    it("means only the last year's evaluations, read through the workshops of that year", async () => {
      const { db, engagementId } = await seed()
      await db.workshops.bulkAdd([
        workshopRow('old', engagementId, `${addDays(today, -400)}T09:00`),
        workshopRow('recent', engagementId, `${addDays(today, -20)}T09:00`)
      ])
      await db.evaluations.bulkAdd([
        ...Array.from({ length: 3 }, () => evaluationRow('old', { overall: 1, content: 1, delivery: 1 })),
        evaluationRow('recent', { overall: 6, content: 5, delivery: 4 }),
        evaluationRow('recent', { overall: 5, content: 5, delivery: 4 })
      ])
      renderApp({ db })
      const table = await screen.findByRole('table', { name: /från 2 utvärderingar/ })
      expect(within(table).getAllByRole('row')[1]!.textContent).toContain('5,5')
    })

    it('ticks the steps done and links the next one, prioritising the areas', async () => {
      const user = userEvent.setup()
      const { db, engagementId } = await seed()
      renderApp({ db })
      const next = await screen.findByRole('region', { name: 'Nästa steg' })
      const items = within(next).getAllByRole('listitem')
      expect(items.map((li) => li.className)).toEqual(['done', 'done', 'done', 'done', 'current', ''])
      const link = within(next).getByRole('link', { name: 'Prioritera områdena' })
      expect(link.getAttribute('href')).toBe(`#/engagements/${engagementId}/prioritisation`)
      await user.click(link)
      expect(await screen.findByRole('heading', { level: 1, name: /Prioritering/ })).toBeTruthy()
    })
  })
})
