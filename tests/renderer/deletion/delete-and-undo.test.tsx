import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../helpers/render-app'
import { engagementRow, organisationRow } from '../helpers/rows'

async function withClient() {
  const org = organisationRow({ name: 'Norrviks kommun' })
  const rendered = renderApp({ route: `/organisations/${org.id}` })
  const { db } = rendered
  await db.organisations.put(org)
  await db.engagements.bulkPut([engagementRow(org.id), engagementRow(org.id)])
  await db.contacts.put({
    id: 'c-1',
    createdAt: org.createdAt,
    updatedAt: org.createdAt,
    organisationId: org.id,
    name: 'Annika Lindqvist',
    role: '',
    email: '',
    phone: '',
    notes: ''
  })
  return { ...rendered, org }
}

describe('features/deletion', () => {
  describe('CascadeDeleteButton()', () => {
    it('says what goes with the organisation, deletes it all, and Ångra brings it back', async () => {
      const user = userEvent.setup()
      const { db, org } = await withClient()
      await user.click(await screen.findByRole('button', { name: 'Ta bort organisationen…' }))
      const dialog = await screen.findByRole('dialog', { name: 'Ta bort Norrviks kommun?' })
      expect(within(dialog).getByText('2 uppdrag')).toBeTruthy()
      expect(within(dialog).getByText('1 kontaktperson')).toBeTruthy()
      // Focus starts on Cancel, so Enter cannot delete by a slip.
      expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Avbryt' }))

      await user.click(within(dialog).getByRole('button', { name: 'Ta bort' }))
      expect(await screen.findByRole('heading', { level: 1, name: 'Organisationer' })).toBeTruthy()
      await waitFor(async () => expect(await db.engagements.count()).toBe(0))
      expect(await db.organisations.count()).toBe(0)
      expect(await db.contacts.count()).toBe(0)

      const toast = screen.getByRole('region', { name: 'Ångra borttagning' })
      expect(within(toast).getByText('Norrviks kommun är borttagen.')).toBeTruthy()
      await user.click(within(toast).getByRole('button', { name: 'Ångra' }))
      await waitFor(async () => expect(await db.engagements.count()).toBe(2))
      expect(await db.organisations.get(org.id)).toEqual(org)
      expect(await db.contacts.count()).toBe(1)
      await waitFor(() => expect(screen.queryByRole('region', { name: 'Ångra borttagning' })).toBeNull())
    })

    it('keeps everything when the dialog is cancelled with Escape', async () => {
      const user = userEvent.setup()
      const { db } = await withClient()
      await user.click(await screen.findByRole('button', { name: 'Ta bort organisationen…' }))
      const dialog = await screen.findByRole('dialog')
      fireEvent(dialog, new Event('cancel', { cancelable: true }))
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
      expect(await db.organisations.count()).toBe(1)
      expect(await db.engagements.count()).toBe(2)
    })

    it('undoes with Ctrl+Z outside text fields', async () => {
      const user = userEvent.setup()
      const { db } = await withClient()
      await user.click(await screen.findByRole('button', { name: 'Ta bort organisationen…' }))
      await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Ta bort' }))
      await screen.findByRole('region', { name: 'Ångra borttagning' })
      await waitFor(async () => expect(await db.organisations.count()).toBe(0))
      await user.keyboard('{Control>}z{/Control}')
      await waitFor(async () => expect(await db.organisations.count()).toBe(1))
      expect(await db.engagements.count()).toBe(2)
    })
  })
})
