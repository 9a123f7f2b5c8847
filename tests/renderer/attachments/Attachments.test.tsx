import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { Attachments } from '@renderer/features/attachments'
import { createApi } from '@renderer/platform/api'
import { ServicesContext } from '@renderer/platform/services'
import { freshDb } from '../helpers/db'
import { createFakeMain, FAKE_APP_INFO } from '../helpers/fake-transport'

const SHA = 'c'.repeat(64)

/** A fake main that stores uploads (browser) or picks files (desktop) and records releases and opens. */
function renderSlot(shell: 'browser' | 'electron', opened: Record<string, unknown> = { outcome: 'missing' }) {
  const main = createFakeMain({}, { ...FAKE_APP_INFO, shell })
  const inner = main.transport
  main.transport = async (channel, input) => {
    const file = { name: 'avtal.pdf', sha256: SHA, size: 2048, mimeType: 'application/pdf' }
    if (channel === 'attachments:upload' || channel === 'attachments:choose') {
      main.calls.push({ channel, input })
      return { ok: true, value: { outcome: 'added', files: [file] } }
    }
    if (channel === 'attachments:release' || channel === 'attachments:open') {
      main.calls.push({ channel, input })
      return { ok: true, value: channel === 'attachments:open' ? opened : { outcome: 'deleted' } }
    }
    return inner(channel, input)
  }
  const db = freshDb()
  render(
    <ServicesContext value={{ db, api: createApi(main.transport) }}>
      <Attachments ownerType="organisation" ownerId="o-1" />
    </ServicesContext>
  )
  return { main, db, slot: screen.getByRole('region', { name: 'Bilagor' }) }
}

describe('features/attachments', () => {
  describe('Attachments()', () => {
    it('in the browser adds the files chosen through the picker, says so, and removes one on request', async () => {
      const user = userEvent.setup()
      const { main, db, slot } = renderSlot('browser')
      expect(await within(slot).findByText('Inga bilagor ännu.')).toBeTruthy()

      const input = within(slot).getByLabelText('Välj filer att bifoga')
      fireEvent.change(input, { target: { files: [new File(['%PDF'], 'avtal.pdf', { type: 'application/pdf' })] } })
      expect((await within(slot).findByRole('status')).textContent).toBe('1 fil bifogad.')
      const list = within(slot).getByRole('list', { name: 'Bilagor' })
      expect(within(list).getByText('avtal.pdf')).toBeTruthy()
      // Opening and showing in the folder need the desktop app.
      expect(within(list).queryByRole('button', { name: 'Öppna avtal.pdf' })).toBeNull()
      expect((await db.attachments.toArray()).map((a) => [a.ownerType, a.ownerId, a.name])).toEqual([
        ['organisation', 'o-1', 'avtal.pdf']
      ])

      await user.click(within(list).getByRole('button', { name: 'Ta bort avtal.pdf' }))
      await waitFor(() => expect(within(slot).getByRole('status').textContent).toBe('avtal.pdf är borttagen.'))
      expect(main.calls.filter((c) => c.channel === 'attachments:release')).toEqual([
        { channel: 'attachments:release', input: { sha256: SHA } }
      ])
      expect(await db.attachments.count()).toBe(0)
    })

    it('in the desktop app picks files through main and opens them, saying when a file has gone', async () => {
      const user = userEvent.setup()
      const { slot } = renderSlot('electron')
      await user.click(await within(slot).findByRole('button', { name: 'Lägg till fil…' }))
      const open = await within(slot).findByRole('button', { name: 'Öppna avtal.pdf' })
      expect(within(slot).getByRole('button', { name: 'Visa avtal.pdf i mappen' })).toBeTruthy()
      await user.click(open)
      expect((await within(slot).findByRole('alert')).textContent).toBe('Filen finns inte längre på disk.')
    })

    it('says why a file that could start a program was shown in its folder instead of opened', async () => {
      const user = userEvent.setup()
      const { main, slot } = renderSlot('electron', { outcome: 'shown-instead', extension: '.exe' })
      await user.click(await within(slot).findByRole('button', { name: 'Lägg till fil…' }))
      await user.click(await within(slot).findByRole('button', { name: 'Öppna avtal.pdf' }))
      await waitFor(() =>
        expect(within(slot).getByRole('status').textContent).toBe(
          'avtal.pdf öppnades inte: filer av typen .exe kan starta program, så Mätbar öppnar bara dokument och bilder ' +
            'direkt. Filen visas i sin mapp i stället; öppna den därifrån om du litar på den.'
        )
      )
      expect(main.calls.filter((c) => c.channel === 'attachments:open')).toEqual([
        { channel: 'attachments:open', input: { sha256: SHA } }
      ])
    })
  })
})
