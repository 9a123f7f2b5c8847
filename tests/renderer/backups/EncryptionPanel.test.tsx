import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { BackupStatus } from '@shared/ipc/backups'
import { createFakeMain } from '../helpers/fake-transport'
import { renderApp } from '../helpers/render-app'

/** A fake main with a backup folder whose encryption is off until backups:setEncryption turns it on. */
function mainWithBackups() {
  const main = createFakeMain()
  const inner = main.transport
  let encryption = { enabled: false, unlocked: false }
  main.transport = async (channel, input) => {
    if (channel === 'backups:status') {
      const status: BackupStatus = {
        folder: '/tmp/backups',
        isDefaultFolder: true,
        encryption,
        backups: [],
        problems: []
      }
      main.calls.push({ channel, input })
      return { ok: true, value: status }
    }
    if (channel === 'backups:setEncryption') {
      main.calls.push({ channel, input })
      encryption = { enabled: true, unlocked: true }
      return { ok: true, value: { outcome: 'enabled' } }
    }
    return inner(channel, input)
  }
  return main
}

describe('features/backups', () => {
  describe('EncryptionPanel()', () => {
    it('checks the form before turning encryption on: acknowledged, long enough, typed twice alike', async () => {
      const user = userEvent.setup()
      const main = mainWithBackups()
      renderApp({ main, route: '/settings' })
      const panel = await screen.findByRole('region', { name: 'Kryptering' })
      const password = within(panel).getByLabelText('Lösenord')
      await user.type(password, 'kort')
      await user.click(within(panel).getByRole('button', { name: 'Slå på kryptering' }))

      expect(
        await within(panel).findByText('Bekräfta att du förstår att lösenordet inte kan återställas.')
      ).toBeTruthy()
      expect(within(panel).getByText(/Lösenordet måste ha minst \d+ tecken\./)).toBeTruthy()
      expect(password.getAttribute('aria-invalid')).toBe('true')

      await user.clear(password)
      await user.type(password, 'ett långt lösenord')
      await user.type(within(panel).getByLabelText('Upprepa lösenordet'), 'ett annat lösenord')
      await user.click(within(panel).getByRole('checkbox'))
      await user.click(within(panel).getByRole('button', { name: 'Slå på kryptering' }))
      expect(await within(panel).findByText('Lösenorden är inte lika.')).toBeTruthy()
      expect(main.calls.some((c) => c.channel === 'backups:setEncryption')).toBe(false)
    })

    it('turns encryption on with the password and clears the fields', async () => {
      const user = userEvent.setup()
      const main = mainWithBackups()
      renderApp({ main, route: '/settings' })
      const panel = await screen.findByRole('region', { name: 'Kryptering' })
      await user.type(within(panel).getByLabelText('Lösenord'), 'ett långt lösenord')
      await user.type(within(panel).getByLabelText('Upprepa lösenordet'), 'ett långt lösenord')
      await user.click(within(panel).getByRole('checkbox'))
      await user.click(within(panel).getByRole('button', { name: 'Slå på kryptering' }))

      await waitFor(() =>
        expect(main.calls).toContainEqual({
          channel: 'backups:setEncryption',
          input: { enabled: true, password: 'ett långt lösenord' }
        })
      )
      expect((await within(panel).findByRole('status')).textContent).toBe('Krypteringen är på.')
      // Encryption is on now: the panel offers to turn it off, with an empty password field.
      expect(await within(panel).findByRole('button', { name: 'Stäng av kryptering' })).toBeTruthy()
      expect((within(panel).getByLabelText('Lösenord') as HTMLInputElement).value).toBe('')
    })
  })
})
