import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { BackupInfo, BackupStatus } from '@shared/ipc/backups'
import { createFakeMain } from '../helpers/fake-transport'
import { renderApp } from '../helpers/render-app'
import { createFakeWrites } from '../helpers/write-sessions'

function backup(i: number, encrypted: boolean): BackupInfo {
  const at = `2026-05-2${i}T10:00:00.000Z`
  const stamp = at.replace(/[:.]/g, '-')
  return {
    name: `matbar-backup-${stamp}-auto.zip${encrypted ? '.enc' : ''}`,
    createdAt: at,
    reason: 'auto',
    encrypted,
    size: 1000,
    counts: { organisations: 1 },
    attachmentCount: 0
  }
}

/**
 * A fake main whose folder holds four clear backups; backups:setEncryption turns encryption on and
 * says so, backups:handleClear encrypts them (or deletes them) as main would.
 */
function mainWithClearBackups(folder = '/home/anna/.config/Mätbar/backups', isDefaultFolder = true) {
  const main = createFakeMain()
  const inner = main.transport
  let encryption = { enabled: false, unlocked: false }
  let backups = [1, 2, 3, 4].map((i) => backup(i, false))
  const writes = createFakeWrites(() => {
    const written = backup(9, encryption.enabled)
    backups = [written, ...backups]
    return { outcome: 'written', backup: written, missingAttachments: 0 }
  })
  main.transport = async (channel, input) => {
    const answer = (value: unknown) => {
      main.calls.push({ channel, input })
      return { ok: true as const, value }
    }
    if (channel === 'backups:status') {
      const status: BackupStatus = { folder, isDefaultFolder, encryption, backups, problems: [] }
      return answer(status)
    }
    if (channel === 'backups:setEncryption') {
      encryption = { enabled: true, unlocked: true }
      return answer({ outcome: 'enabled', clearBackups: backups.filter((b) => !b.encrypted).length })
    }
    const write = writes.answer(channel, input)
    if (write) return answer(write.value)
    if (channel === 'backups:handleClear') {
      const clear = backups.filter((b) => !b.encrypted)
      const kept = backups.filter((b) => b.encrypted)
      const count = clear.length
      backups =
        (input as { action: string }).action === 'encrypt'
          ? [...kept, ...clear.map((_, i) => backup(i + 1, true))]
          : kept
      return answer({
        outcome: (input as { action: string }).action === 'encrypt' ? 'encrypted' : 'deleted',
        count,
        failed: []
      })
    }
    return inner(channel, input)
  }
  return main
}

async function enableEncryption(user: ReturnType<typeof userEvent.setup>) {
  const panel = await screen.findByRole('region', { name: 'Kryptering' })
  await user.type(within(panel).getByLabelText('Lösenord'), 'ett långt lösenord')
  await user.type(within(panel).getByLabelText('Upprepa lösenordet'), 'ett långt lösenord')
  await user.click(within(panel).getByRole('checkbox'))
  await user.click(within(panel).getByRole('button', { name: 'Slå på kryptering' }))
  return panel
}

describe('features/backups', () => {
  describe('ClearBackupsDialog()', () => {
    it('after encryption is turned on, says how many clear backups there are and encrypts them on request', async () => {
      const user = userEvent.setup()
      const main = mainWithClearBackups()
      renderApp({ main, route: '/settings' })
      await enableEncryption(user)
      const dialog = await screen.findByRole('dialog', { name: 'Okrypterade säkerhetskopior finns kvar' })
      expect(dialog.textContent).toContain('Det finns 4 okrypterade säkerhetskopior i mappen')
      // Focus starts on "Behåll": Enter never deletes by a slip.
      expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Behåll' }))
      await user.click(within(dialog).getByRole('button', { name: 'Kryptera dem' }))
      await waitFor(() =>
        expect(main.calls).toContainEqual({ channel: 'backups:handleClear', input: { action: 'encrypt' } })
      )
      const panel = screen.getByRole('region', { name: 'Kryptering' })
      await waitFor(() =>
        expect(within(panel).getByRole('status').textContent).toBe('4 säkerhetskopior är krypterade.')
      )
      expect(screen.queryByRole('dialog')).toBeNull()
      expect(panel.textContent).not.toContain('okrypterade säkerhetskopior finns kvar')
    })

    it('"Behåll" changes nothing and leaves a warning with the count on the page, which reopens the choice', async () => {
      const user = userEvent.setup()
      const main = mainWithClearBackups()
      renderApp({ main, route: '/settings' })
      const panel = await enableEncryption(user)
      const dialog = await screen.findByRole('dialog')
      await user.click(within(dialog).getByRole('button', { name: 'Behåll' }))
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
      expect(main.calls.some((c) => c.channel === 'backups:handleClear')).toBe(false)
      await waitFor(() =>
        expect(panel.textContent).toContain('Krypteringen är på, men 4 okrypterade säkerhetskopior finns kvar i mappen')
      )
      await user.click(within(panel).getByRole('button', { name: 'Kryptera eller radera…' }))
      expect((await screen.findByRole('dialog')).textContent).toContain('Det finns 4 okrypterade')
    })

    it('"Radera dem" writes a new encrypted backup first, then deletes the clear ones', async () => {
      const user = userEvent.setup()
      const main = mainWithClearBackups()
      renderApp({ main, route: '/settings' })
      await enableEncryption(user)
      const dialog = await screen.findByRole('dialog')
      await user.click(within(dialog).getByRole('button', { name: 'Radera dem' }))
      await waitFor(() =>
        expect(main.calls).toContainEqual({ channel: 'backups:handleClear', input: { action: 'delete' } })
      )
      const channels = main.calls.map((c) => c.channel)
      expect(channels.indexOf('backups:finish')).toBeGreaterThan(-1)
      expect(channels.indexOf('backups:finish')).toBeLessThan(channels.indexOf('backups:handleClear'))
      const panel = screen.getByRole('region', { name: 'Kryptering' })
      await waitFor(() =>
        expect(within(panel).getByRole('status').textContent).toBe('4 okrypterade säkerhetskopior är raderade.')
      )
    })
  })

  describe('FolderWarning()', () => {
    it.each([
      ['a custom folder', '/media/usb/Mätbar', false, 'i en mapp som du har valt'],
      ['a synced folder', 'C:\\Users\\anna\\OneDrive - Norrviks kommun\\Mätbar', false, 'synkroniseras av OneDrive'],
      ['a data folder inside Dropbox', '/Users/anna/Dropbox/Mätbar/backups', true, 'synkroniseras av Dropbox']
    ])('warns about %s while encryption is off', async (_what, folder, isDefault, text) => {
      renderApp({ main: mainWithClearBackups(folder, isDefault), route: '/settings' })
      const panel = await screen.findByRole('region', { name: 'Säkerhetskopior' })
      await waitFor(() => expect(panel.querySelector('.folder-warning')?.textContent).toContain(text))
      expect(panel.querySelector('.folder-warning')!.textContent).toMatch(/slå på krypteringen nedan/i)
    })

    it('says nothing for the default folder, nor once encryption is on', async () => {
      const user = userEvent.setup()
      renderApp({ main: mainWithClearBackups('/media/usb/Mätbar', false), route: '/settings' })
      const panel = await screen.findByRole('region', { name: 'Säkerhetskopior' })
      await waitFor(() => expect(panel.querySelector('.folder-warning')).not.toBeNull())
      await enableEncryption(user)
      await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Behåll' }))
      await waitFor(() => expect(panel.querySelector('.folder-warning')).toBeNull())
    })

    it('says nothing for the default folder outside any sync client', async () => {
      renderApp({ main: mainWithClearBackups(), route: '/settings' })
      const panel = await screen.findByRole('region', { name: 'Säkerhetskopior' })
      await waitFor(() => expect(panel.textContent).toContain('Mätbar/backups'))
      expect(panel.querySelector('.folder-warning')).toBeNull()
    })
  })
})
