import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { SpreadsheetRequest } from '@shared/ipc/spreadsheets'
import { createServices, dispatch } from '@main/services/index'
import { BROWSER_DESKTOP } from '@main/services/desktop'
import type { Desktop, SaveDialogRequest } from '@main/services/desktop'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'matbar-sheets-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const sheet = {
  name: 'Områden',
  columns: [
    { header: 'Område', type: 'text' },
    { header: 'Värde (kr)', type: 'money' }
  ],
  rows: [['Belysning i Växjö', 148150000]]
} as const
const request = (format: 'xlsx' | 'csv', sheets: object[] = [sheet]) =>
  ({ format, fileStem: 'Områden 2026-11-30', workbook: { sheets } }) as SpreadsheetRequest

function servicesWith(desktop: Partial<Desktop> = {}) {
  return createServices({
    dataFolder: join(dir, 'data'),
    appName: 'Mätbar',
    appVersion: 't',
    shell: 'electron',
    desktop: { ...BROWSER_DESKTOP, ...desktop }
  })
}

describe('services/spreadsheets', () => {
  describe("dispatch('spreadsheets:save')", () => {
    it('writes the .xlsx where the user chose, offering a safe default name and the Excel filter', async () => {
      const asked: SaveDialogRequest[] = []
      const target = join(dir, 'val.xlsx')
      const services = servicesWith({ chooseSavePath: async (r) => (asked.push(r), target) })
      const result = await dispatch(services, 'spreadsheets:save', request('xlsx'))
      expect(result).toEqual({ ok: true, value: { outcome: 'saved', fileName: 'val.xlsx' } })
      expect(asked[0]?.defaultName).toBe('områden-2026-11-30.xlsx')
      expect(asked[0]?.filters).toEqual([{ name: 'Excel-arbetsbok', extensions: ['xlsx'] }])
      // An .xlsx is a zip whose workbook lists the sheet.
      const files = unzipSync(new Uint8Array(await readFile(target)))
      expect(strFromU8(files['xl/workbook.xml']!)).toContain('name="Områden"')
      // Atomic write: no temp file is left beside the target.
      expect((await readdir(dir)).filter((f) => f !== 'data')).toEqual(['val.xlsx'])
    })

    it('writes one sheet as a .csv and adds the extension when the chosen name has none', async () => {
      const services = servicesWith({ chooseSavePath: async () => join(dir, 'utan') })
      const result = await dispatch(services, 'spreadsheets:save', request('csv'))
      expect(result).toEqual({ ok: true, value: { outcome: 'saved', fileName: 'utan.csv' } })
      expect(await readFile(join(dir, 'utan.csv'), 'utf8')).toBe(
        '\uFEFFOmråde;Värde (kr)\r\nBelysning i Växjö;148150000\r\n'
      )
    })

    it('writes several sheets as CSV as a .zip with one file per sheet', async () => {
      const services = servicesWith({ chooseSavePath: async (r) => join(dir, r.defaultName) })
      const two = request('csv', [sheet, { ...sheet, name: 'Mätvärden' }])
      const result = await dispatch(services, 'spreadsheets:save', two)
      expect(result).toEqual({ ok: true, value: { outcome: 'saved', fileName: 'områden-2026-11-30.zip' } })
      const files = unzipSync(new Uint8Array(await readFile(join(dir, 'områden-2026-11-30.zip'))))
      expect(Object.keys(files).sort()).toEqual(['mätvärden.csv', 'områden.csv'])
    })

    it('writes nothing when the user cancels the dialog', async () => {
      const services = servicesWith({ chooseSavePath: async () => null })
      expect(await dispatch(services, 'spreadsheets:save', request('xlsx'))).toEqual({
        ok: true,
        value: { outcome: 'cancelled' }
      })
      expect((await readdir(dir)).filter((f) => f !== 'data')).toEqual([])
    })

    it('hands the bytes back for a download where there is no native dialog (browser harness)', async () => {
      const result = await dispatch(servicesWith(), 'spreadsheets:save', request('csv'))
      if (!result.ok) throw new Error(result.error.message)
      const value = result.value as { outcome: string; fileName: string; mimeType: string; dataBase64: string }
      expect(value).toMatchObject({ outcome: 'download', fileName: 'områden-2026-11-30.csv' })
      expect(value.mimeType).toMatch(/^text\/csv/)
      expect(Buffer.from(value.dataBase64, 'base64').toString('utf8')).toContain('Belysning i Växjö;148150000')
    })

    it.each([
      ['a row of the wrong width', request('xlsx', [{ ...sheet, rows: [['x']] }])],
      ['text in a money column', request('xlsx', [{ ...sheet, rows: [['x', '148 150 000 kr']] }])],
      ['an unknown format', { ...request('xlsx'), format: 'ods' }],
      ['no sheets', request('xlsx', [])],
      ['an unknown field', { ...request('xlsx'), path: '/etc/passwd' }],
      ['no input at all', undefined]
    ])('refuses %s before any dialog opens, saying where', async (_label, input) => {
      let opened = false
      const services = servicesWith({ chooseSavePath: async () => ((opened = true), join(dir, 'x.xlsx')) })
      const result = await dispatch(services, 'spreadsheets:save', input)
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.error.code).toBe('invalid-input')
      expect(opened).toBe(false)
    })

    it('takes 30 000 areas with all 27 columns (the large benchmark portfolio) and writes them', async () => {
      const types = ['text', 'money', 'number', 'date', 'percent', 'integer'] as const
      const columns = Array.from({ length: 27 }, (_, i) => ({
        header: `Kolumn ${i + 1}`,
        type: types[i % types.length]!
      }))
      const cells = [`Område med ett ganska långt namn`, 148150000, 12.5, '2026-03-31', 0.0941, 3] as const
      const rows = Array.from({ length: 30_000 }, () => columns.map((_, i) => cells[i % cells.length]!))
      const big = { format: 'csv', fileStem: 'stor', workbook: { sheets: [{ name: 'Områden', columns, rows }] } }
      const services = servicesWith({ chooseSavePath: async () => join(dir, 'stor.csv') })
      expect(await dispatch(services, 'spreadsheets:save', big)).toEqual({
        ok: true,
        value: { outcome: 'saved', fileName: 'stor.csv' }
      })
      const lines = (await readFile(join(dir, 'stor.csv'), 'utf8')).split('\r\n')
      expect(lines).toHaveLength(30_000 + 2)
    })

    it('refuses a relative path from the dialog', async () => {
      const services = servicesWith({ chooseSavePath: async () => 'relative.xlsx' })
      expect((await dispatch(services, 'spreadsheets:save', request('xlsx'))).ok).toBe(false)
    })
  })
})
