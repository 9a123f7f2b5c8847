/**
 * A bar that moves for every long transfer (issue 15, point 2): "Säkerhetskopiera nu", the automatic
 * backup and a restore from the backup list each show a progress bar whose value rises piece by piece
 * while main answers, and goes when the transfer is done. Main's answers are held until the test lets
 * each piece through, so the bar is seen between pieces.
 */
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { TABLE_NAMES } from '@shared/entities'
import { PIECE_LENGTH } from '@renderer/db/export-import'
import type { MatbarDb } from '@renderer/db/db'
import { startAutoBackup } from '@renderer/features/backups/auto-backup'
import { createApi } from '@renderer/platform/api'
import { freshDb } from '../helpers/db'
import { BACKUP, oneBackupStatus, TOKEN } from '../helpers/backups'
import { createFakeMain, type FakeMain } from '../helpers/fake-transport'
import { createFakeWrites } from '../helpers/write-sessions'
import { renderApp } from '../helpers/render-app'
import { organisationRow } from '../helpers/rows'

/** A gate main's answers wait at: `open()` lets one more through, `openAll()` every one after. */
function gate() {
  let allowed = 0
  let all = false
  const waiting: Array<() => void> = []
  const wake = () => {
    while (waiting.length > 0 && (all || allowed > 0)) {
      if (!all) allowed--
      waiting.shift()!()
    }
  }
  return {
    pass: () =>
      new Promise<void>((resolve) => {
        waiting.push(resolve)
        wake()
      }),
    open: () => {
      allowed++
      wake()
    },
    openAll: () => {
      all = true
      wake()
    }
  }
}

/** A fake main with one backup in its folder, whose write pieces and read pieces wait at `held`. */
function heldMain(held: ReturnType<typeof gate>, read: Record<string, (input: unknown) => unknown> = {}): FakeMain {
  const main = createFakeMain()
  const inner = main.transport
  const status = oneBackupStatus()
  const written = { ...BACKUP, name: 'matbar-backup-2026-05-20T09-00-00-000Z-manual.zip' }
  const writes = createFakeWrites(() => ({ outcome: 'written', backup: written, missingAttachments: 0 }))
  const answers: Record<string, (input: unknown) => unknown> = {
    'backups:status': () => status,
    'portfolio:commitImport': () => ({ outcome: 'committed', attachments: 0 }),
    'portfolio:discardImport': () => ({ outcome: 'discarded' }),
    ...read
  }
  main.transport = async (channel, input) => {
    if (channel === 'portfolio:writeChunk' || channel === 'portfolio:readPiece') await held.pass()
    const write = writes.answer(channel, input)
    if (write) return { ok: true, value: write.value as never }
    const answer = answers[channel]
    if (!answer) return inner(channel, input)
    return { ok: true, value: (await answer(input)) as never }
  }
  return main
}

/** Organisations of about `bytes` of JSON in all: the portfolio goes in three pieces or more. */
async function manyRows(db: MatbarDb, bytes = 2.5 * PIECE_LENGTH) {
  const notes = 'Anteckning om upphandlingen. '.repeat(100)
  const rows = Array.from({ length: Math.ceil(bytes / notes.length) }, () => organisationRow({ notes }))
  await db.organisations.bulkAdd(rows)
  return rows.length
}

/** The bar's value and maximum, read from the element (null while it moves without a value). */
function valueOf(bar: HTMLElement): { value: number; max: number } | null {
  const value = bar.getAttribute('value')
  return value === null ? null : { value: Number(value), max: Number(bar.getAttribute('max')) }
}

/** Lets the pieces through one at a time and records the bar's values until it is gone. */
async function watchBar(held: ReturnType<typeof gate>, find: () => HTMLElement | null) {
  const seen: number[] = []
  for (let piece = 0; piece < 50 && find(); piece++) {
    held.open()
    await waitFor(() => {
      const bar = find()
      const now = bar && valueOf(bar)
      if (bar && (!now || now.value === (seen.at(-1) ?? -1))) throw new Error('not moved yet')
      if (now) seen.push(now.value / now.max)
    })
  }
  return seen
}

describe('progress of long transfers', () => {
  afterEach(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true })
  })

  it('"Säkerhetskopiera nu": the bar rises piece by piece, then goes', async () => {
    const user = userEvent.setup()
    const held = gate()
    const db = freshDb()
    await manyRows(db)
    renderApp({ db, main: heldMain(held), route: '/settings' })
    const panel = await screen.findByRole('region', { name: 'Säkerhetskopior' })
    await user.click(within(panel).getByRole('button', { name: 'Säkerhetskopiera nu' }))
    const bar = () => within(panel).queryByRole('progressbar', { name: /^Säkerhetskopierar/ })
    expect(await within(panel).findByRole('progressbar', { name: /^Säkerhetskopierar/ })).toBeTruthy()
    const seen = await watchBar(held, bar)
    // At least two values between nothing and all, rising, before the bar goes.
    expect(seen.filter((v) => v > 0 && v < 1).length, JSON.stringify(seen)).toBeGreaterThanOrEqual(2)
    expect(seen).toEqual([...seen].sort((a, b) => a - b))
    expect(await within(panel).findByText(/^Säkerhetskopian är sparad/)).toBeTruthy()
    expect(bar()).toBeNull()
  }, 60_000)

  it('the automatic backup: a quiet bar on Inställningar that rises, then goes', async () => {
    const held = gate()
    const db = freshDb()
    const main = heldMain(held)
    renderApp({ db, main, route: '/settings' })
    const panel = await screen.findByRole('region', { name: 'Säkerhetskopior' })
    const stop = startAutoBackup(db, createApi(main.transport), () => undefined)
    try {
      await manyRows(db)
      // The browser shell backs up when the page is hidden (Electron: when the window closes).
      await new Promise((r) => setTimeout(r, 50))
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true })
      document.dispatchEvent(new Event('visibilitychange'))
      const bar = () => within(panel).queryByRole('progressbar', { name: /^Automatisk säkerhetskopiering/ })
      expect(
        await within(panel).findByRole('progressbar', { name: /^Automatisk säkerhetskopiering/ }, { timeout: 10_000 })
      ).toBeTruthy()
      const seen = await watchBar(held, bar)
      expect(seen.filter((v) => v > 0 && v < 1).length, JSON.stringify(seen)).toBeGreaterThanOrEqual(2)
      expect(seen).toEqual([...seen].sort((a, b) => a - b))
      await waitFor(() => expect(bar()).toBeNull())
    } finally {
      held.openAll()
      stop()
    }
  }, 60_000)

  it('a restore from the list: the bar counts the pieces read, then the backup is restored', async () => {
    const user = userEvent.setup()
    const held = gate()
    const source = freshDb()
    const count = await manyRows(source, 0.2 * PIECE_LENGTH)
    const rows = await source.organisations.toArray()
    // Four pieces of rows, as main cuts a file read for import.
    const cut = [0, Math.floor(count / 4), Math.floor(count / 2), Math.floor((3 * count) / 4), count]
    const envelope = JSON.stringify({
      format: 'matbar-portfolio',
      formatVersion: 1,
      exportedAt: '2026-05-20T08:30:00.000Z',
      appVersion: '0.0.0-test',
      tables: Object.fromEntries(TABLE_NAMES.map((n) => [n, []]))
    })
    const main = heldMain(held, {
      'backups:open': () => ({ outcome: 'opened', token: TOKEN, fileName: BACKUP.name, encrypted: false }),
      'portfolio:readImport': () => ({ outcome: 'read', envelope, pieces: 4, attachments: 0 }),
      'portfolio:readPiece': (input) => {
        const index = (input as { index: number }).index
        const text = rows
          .slice(cut[index], cut[index + 1])
          .map((r) => JSON.stringify(r))
          .join(',')
        return { outcome: 'piece', table: 'organisations', first: cut[index], text }
      }
    })
    renderApp({ main, route: '/settings' })
    const panel = await screen.findByRole('region', { name: 'Säkerhetskopior' })
    await user.click(await within(panel).findByRole('button', { name: /^Återställ säkerhetskopian från / }))
    const reading = () => within(panel).queryByRole('progressbar', { name: /^Läser filen/ })
    expect(await within(panel).findByRole('progressbar', { name: /^Läser filen/ })).toBeTruthy()
    const seen = await watchBar(held, reading)
    expect(seen.filter((v) => v > 0 && v < 1).length, JSON.stringify(seen)).toBeGreaterThanOrEqual(2)
    expect(seen).toEqual([...seen].sort((a, b) => a - b))
    const question = await within(panel).findByRole('region', { name: /^Återställ säkerhetskopian från / })
    held.openAll()
    await user.click(within(question).getByRole('button', { name: 'Ja, återställ' }))
    expect(await within(panel).findByText(/är återställd/, {}, { timeout: 10_000 })).toBeTruthy()
  }, 60_000)
})
