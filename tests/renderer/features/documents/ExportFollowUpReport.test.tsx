import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { Indicator } from '@shared/entities'
import { DocumentRequest } from '@shared/ipc/documents'
import { freshDb } from '../../helpers/db'
import { createFakeMain, saveDocuments } from '../../helpers/fake-transport'
import { renderApp } from '../../helpers/render-app'
import { areaRow, seedEngagement } from '../../workshops/fixtures'

const indicator: Indicator = {
  name: 'Elanvändning',
  unit: 'MWh',
  direction: 'lower-is-better',
  baselineValue: 1000,
  baselineDate: '2025-01-01',
  targetValue: 600,
  targetDate: '2026-01-01',
  dataSource: '',
  owner: ''
}

/** An engagement with one measured area, and a fake main that "saves" whatever it is asked to build. */
async function setUp() {
  const db = freshDb()
  const { engagement, first } = await seedEngagement(db)
  const area = areaRow(first, { title: 'Gatubelysning', indicator, annualEffectSek: 400_000 })
  await db.areas.add(area)
  await db.measurements.add({
    id: 'm1',
    createdAt: '2025-07-01T08:00:00.000Z',
    updatedAt: '2025-07-01T08:00:00.000Z',
    areaId: area.id,
    date: '2025-07-01',
    value: 800,
    source: 'Elnätsbolaget',
    note: ''
  })
  const main = createFakeMain()
  saveDocuments(main, 'Follow-up report.docx', 'doc-f')
  renderApp({ db, main, route: `/engagements/${engagement.id}` })
  return { db, main, engagement }
}

describe('features/documents', () => {
  describe('ExportDocumentPanel()', () => {
    it('writes the follow-up report from the engagement page, in English on choice, and lists it', async () => {
      const user = userEvent.setup()
      const { db, main, engagement } = await setUp()
      const section = await screen.findByRole('region', { name: 'Dokument' })
      await user.selectOptions(within(section).getByLabelText('Dokumentets språk'), 'en')
      await user.click(within(section).getByRole('button', { name: 'Skapa uppföljningsrapport' }))

      expect(await within(section).findByText('Follow-up report.docx är sparat.')).toBeTruthy()
      const saves = main.calls.filter((c) => c.channel === 'documents:save')
      expect(saves).toHaveLength(1)
      const request = DocumentRequest.parse(saves[0]!.input)
      if (request.kind !== 'follow-up-report') throw new Error(`expected a follow-up report, got ${request.kind}`)
      expect(request.engagementId).toBe(engagement.id)
      expect(request.workshopId).toBeNull()
      expect(request.model.language).toBe('en')
      // 1 000 → 800 on the way to 600 is half way, measured on 1 July when about half the year had passed: on track.
      const [area] = request.model.areas
      expect(area).toMatchObject({ title: 'Gatubelysning', status: 'on-track', progress: 0.5 })
      expect(area!.latest).toEqual({ date: '2025-07-01', value: 800, source: 'Elnätsbolaget', note: '' })
      expect(request.model.summary.realisedAnnualEffectSek).toBe(200_000)

      const table = await within(section).findByRole('table', { name: 'Dokument för uppdraget' })
      expect(within(table).getByRole('row', { name: /Uppföljningsrapport/ })).toBeTruthy()
      expect((await db.documents.get('doc-f'))?.kind).toBe('follow-up-report')
    })
  })
})
