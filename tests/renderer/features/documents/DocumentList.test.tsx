import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { DocumentRecord } from '@shared/entities'
import { freshDb } from '../../helpers/db'
import { createFakeMain, FAKE_APP_INFO } from '../../helpers/fake-transport'
import { renderApp } from '../../helpers/render-app'
import { engagementRow, organisationRow } from '../../helpers/rows'

const FILE = 'Förslag – Norrviks kommun.docx'

/** A database with one proposal for Norrviks kommun, and a fake main whose copy of it has gone. */
async function setUp(shell: 'browser' | 'electron') {
  const db = freshDb()
  const organisation = organisationRow({ name: 'Norrviks kommun' })
  const engagement = engagementRow(organisation.id)
  const record: DocumentRecord = {
    id: 'doc-1',
    createdAt: '2026-05-20T08:30:00.000Z',
    updatedAt: '2026-05-20T08:30:00.000Z',
    engagementId: engagement.id,
    workshopId: null,
    kind: 'proposal',
    language: 'sv',
    fileName: FILE,
    sha256: 'd'.repeat(64),
    size: 20480
  }
  await db.organisations.add(organisation)
  await db.engagements.add(engagement)
  await db.documents.add(record)
  const main = createFakeMain({}, { ...FAKE_APP_INFO, shell })
  const inner = main.transport
  main.transport = async (channel, input) => {
    if (channel === 'documents:open') {
      main.calls.push({ channel, input })
      return { ok: true, value: { result: 'missing' } }
    }
    if (channel === 'documents:read') return { ok: false, error: { code: 'failed', message: 'filen saknas' } }
    return inner(channel, input)
  }
  renderApp({ db, main, route: '/documents' })
  return { main, table: await screen.findByRole('table', { name: 'Dokument, nyaste först' }) }
}

describe('features/documents', () => {
  describe('DocumentList()', () => {
    it('in the browser offers preview and download for each document, named for its file', async () => {
      const { table } = await setUp('browser')
      const row = within(table).getAllByRole('row')[1]!
      expect(
        within(row)
          .getAllByRole('button')
          .map((b) => b.getAttribute('aria-label'))
      ).toEqual([`Förhandsgranska ${FILE}`, `Ladda ned ${FILE}`])
    })

    it('in the desktop app opens and shows the file, saying when the copy has gone', async () => {
      const user = userEvent.setup()
      const { main, table } = await setUp('electron')
      const row = await within(table).findByRole('row', { name: /Norrviks kommun/ })
      expect(
        within(row)
          .getAllByRole('button')
          .map((b) => b.textContent)
      ).toEqual(['Förhandsgranska', 'Öppna', 'Visa i mapp'])
      await user.click(within(row).getByRole('button', { name: `Öppna ${FILE} i ordbehandlaren` }))
      expect((await screen.findByRole('alert')).textContent).toBe(
        'Kopian av dokumentet finns inte längre i datamappen.'
      )
      expect(main.calls.filter((c) => c.channel === 'documents:open')).toEqual([
        { channel: 'documents:open', input: { id: 'doc-1' } }
      ])
    })

    it('opens a preview that says why it cannot be shown, and closes it', async () => {
      const user = userEvent.setup()
      const { table } = await setUp('browser')
      await user.click(within(table).getByRole('button', { name: `Förhandsgranska ${FILE}` }))
      const preview = await screen.findByRole('dialog', { name: `Förhandsgranskning: ${FILE}` })
      // In the user's words, not main's: the technical text stays on the error.
      expect((await within(preview).findByRole('alert')).textContent).toContain('Något gick fel i appen')
      await user.click(within(preview).getByRole('button', { name: 'Stäng förhandsgranskningen' }))
      expect(screen.queryByRole('dialog', { name: `Förhandsgranskning: ${FILE}` })).toBeNull()
      // The dialog gives the focus back to the button that opened it.
      expect(document.activeElement).toBe(within(table).getByRole('button', { name: `Förhandsgranska ${FILE}` }))
    })
  })
})
