import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { DocumentRequest } from '@shared/ipc/documents'
import type { Settings } from '@shared/settings'
import { freshDb } from '../../helpers/db'
import { createFakeMain, saveDocuments } from '../../helpers/fake-transport'
import { renderApp } from '../../helpers/render-app'
import { seedEngagement } from '../../workshops/fixtures'

const SENDER: Partial<Settings> = {
  branding: {
    consultantName: 'Anders Berglund',
    company: 'Berglund Upphandling AB',
    orgNumber: '',
    contactLines: ['070-123 45 67'],
    accentColor: '1F4E79',
    bodyFont: 'Arial',
    logoFile: null
  }
}

/** An engagement whose workshops (12 February and 12 March 2026) have been held, and a fake main that saves. */
async function setUp(settings: Partial<Settings> = {}) {
  const db = freshDb()
  const { engagement } = await seedEngagement(db)
  const main = createFakeMain(settings)
  saveDocuments(main, 'Förslag.docx', 'doc-p')
  renderApp({ db, main, route: `/engagements/${engagement.id}` })
  const section = await screen.findByRole('region', { name: 'Dokument' })
  return { main, section, saves: () => main.calls.filter((c) => c.channel === 'documents:save') }
}

describe('features/documents', () => {
  describe('ExportDocumentPanel() for a proposal', () => {
    it('warns that the sender is missing, names what is missing and links to Inställningar', async () => {
      const { section } = await setUp()
      const warning = await within(section).findByRole('note', { name: /Avsändaren saknas/ })
      expect(warning.textContent).toContain('ditt namn, företagsnamn och kontaktuppgifter')
      expect(
        within(warning).getByRole('link', { name: 'Fyll i avsändaren under Inställningar' }).getAttribute('href')
      ).toBe('#/settings')
    })

    it('shows no sender warning once name, company and a contact line are filled in', async () => {
      const { section } = await setUp(SENDER)
      await within(section).findByLabelText('Typ av förslag')
      // The branding is read asynchronously: give it the same turn the warning would take.
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(within(section).queryByRole('note', { name: /Avsändaren saknas/ })).toBeNull()
    })

    it('offers the implementation once the workshop is held, and writes it with the areas, not the workshop plan', async () => {
      const user = userEvent.setup()
      const { section, saves } = await setUp(SENDER)
      const kind = (await within(section).findByLabelText('Typ av förslag')) as HTMLSelectElement
      // The default follows the workshops once they are read.
      await waitFor(() => expect(kind.value).toBe('implementation'))
      await user.click(within(section).getByRole('button', { name: 'Skapa förslag' }))
      expect(await within(section).findByText('Förslag.docx är sparat.')).toBeTruthy()
      const request = DocumentRequest.parse(saves()[0]!.input)
      if (request.kind !== 'proposal') throw new Error(request.kind)
      expect(request.model.kind).toBe('implementation')
      expect(request.model.plan.map((s) => s.kind)).toEqual(['start', 'baseline', 'procurement', 'follow-up'])
    })

    it('flags a workshop plan dated in the past before anything is written, and writes it only when asked', async () => {
      const user = userEvent.setup()
      const { section, saves } = await setUp(SENDER)
      await user.selectOptions(await within(section).findByLabelText('Typ av förslag'), 'workshop')
      await user.click(within(section).getByRole('button', { name: 'Skapa förslag' }))
      const alert = await within(section).findByRole('alert')
      expect(alert.textContent).toContain('planen har datum som redan har passerat')
      expect(alert.textContent).toContain('Workshop: 12 februari 2026')
      expect(saves()).toHaveLength(0)

      await user.click(within(alert).getByRole('button', { name: 'Skapa förslaget ändå' }))
      expect(await within(section).findByText('Förslag.docx är sparat.')).toBeTruthy()
      const request = DocumentRequest.parse(saves()[0]!.input)
      if (request.kind !== 'proposal') throw new Error(request.kind)
      expect(request.model.kind).toBe('workshop')
      expect(request.model.areas).toEqual([])
    })
  })
})
