import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadSampleTables } from '@main/documents/sample'
import { writeSampleSpreadsheets } from '@main/spreadsheets/sample'

const ROOT = join(__dirname, '..', '..', '..')
let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'matbar-sample-sheets-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('spreadsheets/sample', () => {
  describe('writeSampleSpreadsheets()', () => {
    it.each([
      [
        'sv',
        [
          'områden-2026-11-30.csv',
          'områden-2026-11-30.xlsx',
          'utvärderingar-2026-11-30.csv',
          'utvärderingar-2026-11-30.xlsx'
        ],
        'Område;Kund;'
      ],
      [
        'en',
        ['areas-2026-11-30.csv', 'areas-2026-11-30.xlsx', 'evaluations-2026-11-30.csv', 'evaluations-2026-11-30.xlsx'],
        'Area;Client;'
      ]
    ] as const)('writes the sample areas and evaluations as .xlsx and .csv (%s)', async (language, names, header) => {
      const written = await writeSampleSpreadsheets(await loadSampleTables(ROOT), dir, language, '2026-11-30')
      expect(written.map((p) => basename(p)).sort()).toEqual([...names])
      expect((await readdir(dir)).sort()).toEqual([...names])
      const areas = await readFile(join(dir, names[0]), 'utf8')
      expect(areas.startsWith(`\uFEFF${header}`)).toBe(true)
      const { areas: rows } = await loadSampleTables(ROOT)
      // A header line, a line per area and the final line end (no area text in the sample holds a line break).
      expect(areas.split('\r\n')).toHaveLength(rows.length + 2)
      const xlsx = await readFile(join(dir, names[1]))
      expect(xlsx.subarray(0, 2).toString()).toBe('PK')
    })
  })
})
