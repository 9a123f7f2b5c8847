import { fireEvent, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { BackupInfo, BackupStatus } from '@shared/ipc/backups'
import { exportPortfolio } from '@renderer/db/export-import'
import { freshDb } from '../helpers/db'
import { BACKUP, oneBackupStatus, TOKEN } from '../helpers/backups'
import { createFakeMain, type FakeMain } from '../helpers/fake-transport'
import { createFakeWrites } from '../helpers/write-sessions'
import { renderApp } from '../helpers/render-app'
import { organisationRow } from '../helpers/rows'

/** A fake main with one backup in its folder; `read` is what reading a staged file gives. */
function mainWithBackup(read: () => Promise<unknown>): FakeMain {
  const main = createFakeMain()
  const inner = main.transport
  const status = oneBackupStatus()
  const written = { ...BACKUP, name: 'matbar-backup-2026-05-20T09-00-00-000Z-before-restore.zip' }
  const answers: Record<string, (input: unknown) => Promise<unknown> | unknown> = {
    'backups:status': () => status,
    'backups:open': () => ({ outcome: 'opened', token: TOKEN, fileName: BACKUP.name, encrypted: false }),
    'portfolio:uploadImport': (input: unknown) => ({
      outcome: 'opened',
      token: TOKEN,
      fileName: (input as { fileName: string }).fileName,
      encrypted: false
    }),
    'portfolio:readImport': read,
    'portfolio:commitImport': () => ({ outcome: 'committed', attachments: 0 }),
    'portfolio:discardImport': () => ({ outcome: 'discarded' })
  }
  const writes = createFakeWrites(() => ({ outcome: 'written', backup: written, missingAttachments: 0 }))
  main.transport = async (channel, input) => {
    const write = writes.answer(channel, input)
    if (write) {
      main.calls.push({ channel, input })
      return { ok: true, value: write.value as never }
    }
    const answer = answers[channel]
    if (!answer) return inner(channel, input)
    main.calls.push({ channel, input })
    return { ok: true, value: (await answer(input)) as never }
  }
  return main
}

/** The text of a portfolio file holding one organisation, as an export writes it. */
async function portfolioText() {
  const source = freshDb()
  await source.organisations.add(organisationRow({ name: 'Norrviks kommun' }))
  return (await exportPortfolio(source, '0.0.0-test')).text
}

describe('features/backups', () => {
  describe('BackupList()', () => {
    it('makes a backup on request and says how large it is', async () => {
      const user = userEvent.setup()
      renderApp({ main: mainWithBackup(async () => ({ outcome: 'expired' })), route: '/settings' })
      const panel = await screen.findByRole('region', { name: 'Säkerhetskopior' })
      await user.click(within(panel).getByRole('button', { name: 'Säkerhetskopiera nu' }))
      // A progress bar while it is written (issue 15: a bar everywhere the portfolio travels), then the result.
      expect(within(panel).getByRole('progressbar', { name: /^Säkerhetskopierar: / })).toBeTruthy()
      expect((await within(panel).findByText(/^Säkerhetskopian är sparad/)).textContent).toMatch(
        /^Säkerhetskopian är sparad \(4.*\)\.$/
      )
      expect(within(panel).queryByRole('progressbar')).toBeNull()
    })

    it('marks the backups retention keeps apart from the daily rule, and says why', async () => {
      const main = mainWithBackup(async () => ({ outcome: 'expired' }))
      const listed: BackupInfo[] = [
        {
          ...BACKUP,
          name: 'matbar-backup-2026-05-20T09-00-00-000Z-before-upgrade.zip',
          reason: 'before-upgrade',
          pinned: 'safety'
        },
        {
          ...BACKUP,
          name: 'matbar-backup-2026-05-19T09-00-00-000Z-auto.zip',
          reason: 'auto',
          pinned: 'larger-portfolio',
          counts: { organisations: 10000, engagements: 1, workshops: 2, areas: 30000 },
          attachmentCount: 3
        }
      ]
      const inner = main.transport
      const status: BackupStatus = {
        folder: '/tmp/backups',
        isDefaultFolder: true,
        encryption: { enabled: false, unlocked: false },
        backups: listed,
        problems: []
      }
      main.transport = async (channel, input) =>
        channel === 'backups:status' ? { ok: true, value: status as never } : inner(channel, input)
      renderApp({ main, route: '/settings' })
      const panel = await screen.findByRole('region', { name: 'Säkerhetskopior' })
      const rows = await within(panel).findAllByRole('row')
      const text = rows.map((r) => r.textContent ?? '')
      expect(text.find((r) => r.includes('Före uppgradering'))).toContain('sparas 30 dagar')
      expect(text.find((r) => r.includes('Automatisk'))).toContain('tas inte bort automatiskt')
      // Each count in its own number, with thousands separated (a no-break space in Swedish).
      expect(text.find((r) => r.includes('Före uppgradering'))).toContain(
        '1 organisation, 0 uppdrag, 0 workshops, 0 områden'
      )
      expect(text.find((r) => r.includes('Automatisk'))?.replace(/\s/g, ' ')).toContain(
        '10 000 organisationer, 1 uppdrag, 2 workshops, 30 000 områden, 3 bilagor'
      )
      expect(panel.textContent).toContain('den får du radera själv i mappen')
    })

    it('restores a backup after one question, backing up the current state first', async () => {
      const user = userEvent.setup()
      const text = await portfolioText()
      let release!: () => void
      const held = new Promise<void>((resolve) => (release = resolve))
      const main = mainWithBackup(async () => {
        await held
        return { outcome: 'read', text, attachments: 0 }
      })
      const { db } = renderApp({ main, route: '/settings' })
      const panel = await screen.findByRole('region', { name: 'Säkerhetskopior' })
      await user.click(await within(panel).findByRole('button', { name: /^Återställ säkerhetskopian från / }))
      // A bar while main reads the backup, before any piece has come.
      expect(await within(panel).findByRole('progressbar', { name: 'Läser filen…' })).toBeTruthy()
      release()

      const question = await within(panel).findByRole('region', { name: /^Återställ säkerhetskopian från / })
      expect(within(question).getByText(/Allt i databasen ersätts\./)).toBeTruthy()
      expect(within(question).queryByRole('radio')).toBeNull()
      await user.click(within(question).getByRole('button', { name: 'Ja, återställ' }))

      const done = await within(panel).findByText(/är återställd/, {}, { timeout: 5000 })
      expect(done.getAttribute('role')).toBe('status')
      expect(done.textContent).toMatch(/before-restore\.zip\.$/)
      expect(main.calls.some((c) => c.channel === 'backups:finish')).toBe(true)
      expect((await db.organisations.toArray()).map((o) => o.name)).toEqual(['Norrviks kommun'])
      await user.click(within(panel).getByRole('button', { name: 'Stäng' }))
      expect(within(panel).queryByRole('table', { name: 'Vad importen gjorde, per tabell' })).toBeNull()
    })
  })

  describe('PortfolioFilePanel()', () => {
    it('offers merge or replace for a chosen file and imports it the chosen way', async () => {
      const user = userEvent.setup()
      const text = await portfolioText()
      const { db } = renderApp({
        main: mainWithBackup(async () => ({ outcome: 'read', text, attachments: 0 })),
        route: '/settings'
      })
      const panel = await screen.findByRole('region', { name: 'Export och import' })
      fireEvent.change(within(panel).getByLabelText('Välj fil att importera'), {
        target: { files: [new File([text], 'portfolj.json', { type: 'application/json' })] }
      })
      const ready = await within(panel).findByRole('region', { name: 'Importera portfolj.json' })
      expect(within(ready).getByText(/Filen innehåller 1 organisationer/)).toBeTruthy()
      expect((within(ready).getByRole('radio', { name: /Slå samman/ }) as HTMLInputElement).checked).toBe(true)
      await user.click(within(ready).getByRole('radio', { name: /Ersätt allt/ }))
      await user.click(within(ready).getByRole('button', { name: 'Importera' }))
      expect(await within(panel).findByText('Importen är klar', {}, { timeout: 5000 })).toBeTruthy()
      expect((await db.organisations.toArray()).map((o) => o.name)).toEqual(['Norrviks kommun'])
    })

    it('commits the staged attachments only after the rows are written', async () => {
      const user = userEvent.setup()
      const text = await portfolioText()
      const main = mainWithBackup(async () => ({ outcome: 'read', text, attachments: 2 }))
      renderApp({ main, route: '/settings' })
      const panel = await screen.findByRole('region', { name: 'Export och import' })
      fireEvent.change(within(panel).getByLabelText('Välj fil att importera'), {
        target: { files: [new File([text], 'portfolj.zip', { type: 'application/zip' })] }
      })
      const ready = await within(panel).findByRole('region', { name: 'Importera portfolj.zip' })
      expect(main.calls.some((c) => c.channel === 'portfolio:commitImport')).toBe(false)
      await user.click(within(ready).getByRole('button', { name: 'Importera' }))
      expect(await within(panel).findByText('Importen är klar', {}, { timeout: 5000 })).toBeTruthy()
      const channels = main.calls.map((c) => c.channel)
      // The backup before the import is written in pieces (portfolio:write*); the import reads, then commits.
      expect(
        channels.filter(
          (c) => c.startsWith('portfolio:') && c !== 'portfolio:uploadImport' && !c.startsWith('portfolio:write')
        )
      ).toEqual(['portfolio:readImport', 'portfolio:commitImport'])
      expect(main.calls.find((c) => c.channel === 'portfolio:commitImport')!.input).toEqual({ token: TOKEN })
    })

    it('discards the staged attachments of an import the user cancels, and commits nothing', async () => {
      const user = userEvent.setup()
      const text = await portfolioText()
      const main = mainWithBackup(async () => ({ outcome: 'read', text, attachments: 2 }))
      const { db } = renderApp({ main, route: '/settings' })
      const panel = await screen.findByRole('region', { name: 'Export och import' })
      fireEvent.change(within(panel).getByLabelText('Välj fil att importera'), {
        target: { files: [new File([text], 'portfolj.zip', { type: 'application/zip' })] }
      })
      const ready = await within(panel).findByRole('region', { name: 'Importera portfolj.zip' })
      await user.click(within(ready).getByRole('button', { name: 'Avbryt' }))
      expect(within(panel).queryByRole('region', { name: 'Importera portfolj.zip' })).toBeNull()
      expect(main.calls.filter((c) => c.channel === 'portfolio:discardImport').map((c) => c.input)).toEqual([
        { token: TOKEN }
      ])
      expect(main.calls.some((c) => c.channel === 'portfolio:commitImport')).toBe(false)
      expect(main.calls.some((c) => c.channel === 'backups:finish')).toBe(false)
      expect(await db.organisations.count()).toBe(0)
    })

    it('discards the staged attachments of a file the portfolio check refuses', async () => {
      const main = mainWithBackup(async () => ({ outcome: 'read', text: '{"not":"a portfolio"}', attachments: 1 }))
      renderApp({ main, route: '/settings' })
      const panel = await screen.findByRole('region', { name: 'Export och import' })
      fireEvent.change(within(panel).getByLabelText('Välj fil att importera'), {
        target: { files: [new File(['x'], 'fel.zip', { type: 'application/zip' })] }
      })
      await within(panel).findByRole('alert')
      expect(main.calls.filter((c) => c.channel === 'portfolio:discardImport').map((c) => c.input)).toEqual([
        { token: TOKEN }
      ])
    })

    it('asks for the password of an encrypted file and reads it with the password', async () => {
      const user = userEvent.setup()
      const text = await portfolioText()
      const main = mainWithBackup(async () => ({ outcome: 'read', text, attachments: 0 }))
      const read = main.transport
      main.transport = async (channel, input) =>
        channel === 'portfolio:readImport' && !(input as { password?: string }).password
          ? { ok: true, value: { outcome: 'password-required' } }
          : read(channel, input)
      renderApp({ main, route: '/settings' })
      const panel = await screen.findByRole('region', { name: 'Export och import' })
      fireEvent.change(within(panel).getByLabelText('Välj fil att importera'), {
        target: { files: [new File(['x'], 'portfolj.zip.enc')] }
      })
      expect(await within(panel).findByText('Filen portfolj.zip.enc är krypterad. Ange lösenordet.')).toBeTruthy()
      await user.type(within(panel).getByLabelText('Lösenord'), 'hemligt lösenord')
      await user.click(within(panel).getByRole('button', { name: 'Öppna' }))
      expect(await within(panel).findByRole('region', { name: 'Importera portfolj.zip.enc' })).toBeTruthy()
      expect(main.calls.filter((c) => c.channel === 'portfolio:readImport').map((c) => c.input)).toEqual([
        { token: TOKEN, password: 'hemligt lösenord' }
      ])
    })

    it('says why a chosen file cannot be read, and closes the note', async () => {
      const user = userEvent.setup()
      const main = mainWithBackup(async () => ({ outcome: 'damaged', path: 'tables', message: 'okänd tabell' }))
      renderApp({ main, route: '/settings' })
      const panel = await screen.findByRole('region', { name: 'Export och import' })
      fireEvent.change(within(panel).getByLabelText('Välj fil att importera'), {
        target: { files: [new File(['{}'], 'trasig.json', { type: 'application/json' })] }
      })
      const alert = await within(panel).findByRole('alert')
      expect(alert.textContent).toContain('Filen går inte att läsa: okänd tabell (tables). Inget har ändrats.')
      await user.click(within(alert).getByRole('button', { name: 'Stäng' }))
      expect(within(panel).queryByRole('alert')).toBeNull()
    })

    it('says in Swedish why a hostile file is refused when main gives a reason code', async () => {
      const main = mainWithBackup(async () => ({
        outcome: 'damaged',
        path: 'export.zip.enc',
        message: 'the encryption header is damaged (unknown key-derivation parameters)',
        code: 'encryption-damaged'
      }))
      renderApp({ main, route: '/settings' })
      const panel = await screen.findByRole('region', { name: 'Export och import' })
      fireEvent.change(within(panel).getByLabelText('Välj fil att importera'), {
        target: { files: [new File(['x'], 'export.zip.enc')] }
      })
      const alert = await within(panel).findByRole('alert')
      expect(alert.textContent).toContain(
        'Filen går inte att läsa: filens krypteringshuvud är skadat, så lösenordet har inte prövats (export.zip.enc). Inget har ändrats.'
      )
      expect(alert.textContent).not.toContain('key-derivation')
    })
  })
})
