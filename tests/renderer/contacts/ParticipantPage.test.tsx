import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { ErasureSearchResult } from '@shared/ipc/erasure'
import { PersonalDataExport } from '@shared/personal-data'
import { createFakeMain, type FakeMain } from '../helpers/fake-transport'
import { renderApp } from '../helpers/render-app'
import { engagementRow, evaluationRow, organisationRow } from '../helpers/rows'

const NOW = '2026-03-01T10:00:00.000Z'
const BACKUP = 'matbar-backup-2026-02-28T10-00-00-000Z-auto.zip'

/** A fake main whose erasure search finds one frozen document and one backup, and deletes what it is asked to. */
function mainFinding(found: ErasureSearchResult): FakeMain {
  const main = createFakeMain()
  const inner = main.transport
  main.transport = async (channel, input) => {
    if (channel === 'erasure:search') return (main.calls.push({ channel, input }), { ok: true, value: found })
    if (channel === 'erasure:deleteFiles') {
      main.calls.push({ channel, input })
      const { documents, backups } = input as { documents: string[]; backups: string[] }
      return { ok: true, value: { documents, backups, failed: 0 } }
    }
    if (channel === 'people:exportPersonalData') {
      main.calls.push({ channel, input })
      return { ok: true, value: { outcome: 'saved', fileName: 'maria.json' } }
    }
    return inner(channel, input)
  }
  return main
}

async function norrvik(route: string, main: FakeMain) {
  const rendered = renderApp({ route, main })
  const { db } = rendered
  await db.organisations.put(organisationRow({ id: 'org-n', name: 'Norrviks kommun' }))
  await db.engagements.put(engagementRow('org-n', { id: 'eng-n', title: 'Energieffektivisering' }))
  await db.workshops.put({
    id: 'ws-1',
    createdAt: NOW,
    updatedAt: NOW,
    engagementId: 'eng-n',
    title: 'Energiworkshop',
    startsAt: '2026-02-12T09:00',
    place: 'Stadshuset',
    digital: false,
    questionId: null,
    startingQuestion: '',
    purpose: '',
    agenda: [],
    participantCount: null,
    notes: ''
  })
  await db.participants.bulkPut([
    {
      id: 'p-maria',
      createdAt: NOW,
      updatedAt: NOW,
      workshopId: 'ws-1',
      contactId: null,
      name: 'Maria Öberg',
      role: 'Upphandlare'
    },
    {
      id: 'p-jonas',
      createdAt: NOW,
      updatedAt: NOW,
      workshopId: 'ws-1',
      contactId: null,
      name: 'Jonas Håkansson',
      role: 'Gatuchef'
    }
  ])
  await db.evaluations.put(
    evaluationRow('ws-1', {
      id: 'e-maria',
      contactId: null,
      name: 'Maria Öberg',
      comment: 'Mycket lärorik',
      overall: 6
    })
  )
  await db.documents.put({
    id: 'doc-1',
    createdAt: NOW,
    updatedAt: NOW,
    engagementId: 'eng-n',
    workshopId: 'ws-1',
    kind: 'workshop-report',
    language: 'sv',
    fileName: 'Workshoprapport-Norrvik.docx',
    sha256: 'a'.repeat(64),
    size: 1000
  })
  return rendered
}

const FOUND: ErasureSearchResult = {
  documents: [{ id: 'doc-1' }],
  backups: [{ name: BACKUP, encrypted: false }],
  lockedBackups: 2,
  unreadable: 0
}

describe('features/contacts', () => {
  describe('OrganisationContacts()', () => {
    it('lists the people recorded by name only at the client, each linking to their page', async () => {
      const user = userEvent.setup()
      await norrvik('/organisations/org-n', mainFinding(FOUND))
      const table = await screen.findByRole('table', { name: 'Deltagare som bara finns med namn' })
      await within(table).findByRole('link', { name: 'Jonas Håkansson' })
      await user.click(within(table).getByRole('link', { name: 'Maria Öberg' }))
      expect(await screen.findByRole('heading', { level: 1, name: 'Maria Öberg' })).toBeTruthy()
    })
  })

  describe('ParticipantPage()', () => {
    it('exports a name-only person in the same format as a contact, contact null', async () => {
      const user = userEvent.setup()
      const main = mainFinding(FOUND)
      await norrvik('/participants/p-maria', main)
      await user.click(await screen.findByRole('button', { name: 'Exportera personuppgifter' }))
      await waitFor(() =>
        expect(screen.getByRole('status').textContent).toBe('Personuppgifterna är sparade i maria.json.')
      )
      const call = main.calls.find((c) => c.channel === 'people:exportPersonalData')!
      const data = PersonalDataExport.parse((call.input as { data: unknown }).data)
      expect(data.contact).toBeNull()
      expect(data.workshopsAttended.map((w) => w.participant.name)).toEqual(['Maria Öberg'])
      expect(data.evaluations.map((e) => e.comment)).toEqual(['Mycket lärorik'])
    })

    it('erases the person, then lists the document and backup that still hold them, deletable one by one', async () => {
      const user = userEvent.setup()
      const main = mainFinding(FOUND)
      const { db } = await norrvik('/participants/p-maria', main)
      const evaluations = await screen.findByRole('table', { name: 'Utvärderingar personen har lämnat' })
      expect(within(evaluations).getByText('Mycket lärorik')).toBeTruthy()
      await user.click(screen.getByRole('button', { name: 'Radera personuppgifter…' }))
      const dialog = await screen.findByRole('dialog', { name: 'Radera allt om Maria Öberg?' })
      await user.click(within(dialog).getByRole('button', { name: 'Radera' }))

      expect(await screen.findByRole('heading', { level: 1, name: 'Personuppgifter raderade' })).toBeTruthy()
      expect(await db.participants.get('p-maria')).toBeUndefined()
      expect(await db.participants.get('p-jonas')).toBeDefined()
      expect(await db.evaluations.get('e-maria')).toMatchObject({ name: '', comment: '', overall: 6 })
      const remaining = screen.getByRole('table', {
        name: 'Sparade dokument och säkerhetskopior som fortfarande innehåller personen'
      })
      await within(remaining).findByRole('rowheader', { name: 'Workshoprapport-Norrvik.docx' })
      expect(within(remaining).getByRole('rowheader', { name: BACKUP })).toBeTruthy()
      expect(
        within(remaining)
          .getByRole('link', { name: 'Skapa på nytt: Workshoprapport-Norrvik.docx' })
          .getAttribute('href')
      ).toBe('#/documents?engagement=eng-n')
      expect(screen.getByText(/^2 krypterade säkerhetskopior kunde inte sökas/)).toBeTruthy()

      await user.click(within(remaining).getByRole('button', { name: 'Radera Workshoprapport-Norrvik.docx' }))
      await waitFor(() => expect(screen.getByRole('status').textContent).toBe('1 fil är raderad.'))
      expect(main.calls.find((c) => c.channel === 'erasure:deleteFiles')!.input).toEqual({
        documents: ['doc-1'],
        backups: []
      })
      expect(await db.documents.get('doc-1')).toBeUndefined()
      expect(within(remaining).queryByRole('rowheader', { name: 'Workshoprapport-Norrvik.docx' })).toBeNull()
      await user.click(within(remaining).getByRole('button', { name: `Radera ${BACKUP}` }))
      expect(await screen.findByText('Inga sparade dokument eller säkerhetskopior innehåller personen.')).toBeTruthy()
    })

    it('deletes every listed file with Radera alla, and says what is left unsearched', async () => {
      const user = userEvent.setup()
      const main = mainFinding({ ...FOUND, lockedBackups: 1, unreadable: 3 })
      await norrvik('/participants/p-maria', main)
      await user.click(await screen.findByRole('button', { name: 'Radera personuppgifter…' }))
      const dialog = await screen.findByRole('dialog', { name: 'Radera allt om Maria Öberg?' })
      await user.click(within(dialog).getByRole('button', { name: 'Radera' }))
      expect(await screen.findByText(/^1 krypterad säkerhetskopia kunde inte sökas/)).toBeTruthy()
      expect(screen.getByText('3 filer kunde inte läsas och är inte genomsökta.')).toBeTruthy()
      await user.click(await screen.findByRole('button', { name: 'Radera alla' }))
      expect(await screen.findByText('Inga sparade dokument eller säkerhetskopior innehåller personen.')).toBeTruthy()
      expect(main.calls.find((c) => c.channel === 'erasure:deleteFiles')!.input).toEqual({
        documents: ['doc-1'],
        backups: [BACKUP]
      })
      expect(screen.getByRole('status').textContent).toBe('2 filer är raderade.')
    })

    it('says so when there is no such person', async () => {
      await norrvik('/participants/nobody', mainFinding(FOUND))
      expect(await screen.findByRole('heading', { level: 1, name: 'Personen finns inte' })).toBeTruthy()
    })
  })
})
