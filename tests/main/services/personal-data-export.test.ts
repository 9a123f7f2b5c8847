import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { PERSONAL_DATA_FORMAT, PersonalDataExport } from '@shared/personal-data'
import { createServices, dispatch } from '@main/services/index'
import { BROWSER_DESKTOP } from '@main/services/desktop'
import type { Desktop, SaveDialogRequest } from '@main/services/desktop'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'matbar-export-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const NOW = '2026-03-01T10:00:00.000Z'
const sample: PersonalDataExport = {
  format: PERSONAL_DATA_FORMAT,
  version: 1,
  exportedAt: NOW,
  contact: {
    id: 'c-1',
    createdAt: NOW,
    updatedAt: NOW,
    organisationId: 'o-1',
    name: 'Åsa Öberg',
    role: 'Upphandlare',
    email: 'asa@example.se',
    phone: '',
    notes: ''
  },
  organisation: { id: 'o-1', name: 'Norrviks kommun' },
  workshopsAttended: [],
  evaluations: []
}

function servicesWith(desktop: Partial<Desktop> = {}) {
  return createServices({
    dataFolder: dir,
    appName: 'Mätbar',
    appVersion: 't',
    shell: 'electron',
    desktop: { ...BROWSER_DESKTOP, ...desktop }
  })
}

describe('services/personal-data-export', () => {
  describe("dispatch('people:exportPersonalData')", () => {
    it('writes the validated export as JSON to the path the save dialog returns and names the file', async () => {
      const asked: SaveDialogRequest[] = []
      const target = join(dir, 'chosen.json')
      const services = servicesWith({ chooseSavePath: async (r) => (asked.push(r), target) })
      const result = await dispatch(services, 'people:exportPersonalData', { data: sample })
      expect(result).toEqual({ ok: true, value: { outcome: 'saved', fileName: 'chosen.json' } })
      expect(asked[0]?.defaultName).toBe('personuppgifter-åsa-öberg-2026-03-01.json')
      const written: unknown = JSON.parse(await readFile(target, 'utf8'))
      expect(PersonalDataExport.parse(written)).toEqual(sample)
      // Atomic write: no temp file is left beside the target.
      expect(await readdir(dir)).toEqual(['chosen.json'])
    })

    it('adds .json when the chosen name has no extension', async () => {
      const services = servicesWith({ chooseSavePath: async () => join(dir, 'utan') })
      const result = await dispatch(services, 'people:exportPersonalData', { data: sample })
      expect(result).toEqual({ ok: true, value: { outcome: 'saved', fileName: 'utan.json' } })
    })

    it('writes nothing when the user cancels the dialog', async () => {
      const services = servicesWith({ chooseSavePath: async () => null })
      expect(await dispatch(services, 'people:exportPersonalData', { data: sample })).toEqual({
        ok: true,
        value: { outcome: 'cancelled' }
      })
      expect(await readdir(dir)).toEqual([])
    })

    it('hands the JSON back for a download where there is no native dialog (browser harness)', async () => {
      const result = await dispatch(servicesWith(), 'people:exportPersonalData', { data: sample })
      if (!result.ok) throw new Error(result.error.message)
      const value = result.value as { outcome: string; fileName: string; json: string }
      expect(value.outcome).toBe('download')
      expect(value.fileName).toBe('personuppgifter-åsa-öberg-2026-03-01.json')
      expect(JSON.parse(value.json)).toEqual(sample)
    })

    it.each([
      ['a missing contact', { data: { ...sample, contact: undefined } }],
      ['an unknown field', { data: { ...sample, extra: 1 } }],
      ['a wrong format tag', { data: { ...sample, format: 'other' } }],
      ['no data at all', undefined]
    ])('refuses %s before any dialog opens', async (_label, input) => {
      let opened = false
      const services = servicesWith({ chooseSavePath: async () => ((opened = true), join(dir, 'x.json')) })
      const result = await dispatch(services, 'people:exportPersonalData', input)
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.error.code).toBe('invalid-input')
      expect(opened).toBe(false)
    })

    it('names the file after the participant rows of a person recorded by name only (contact null)', async () => {
      const participant = {
        id: 'p-1',
        createdAt: NOW,
        updatedAt: NOW,
        workshopId: 'ws-1',
        contactId: null,
        name: 'Maria Öberg',
        role: 'Upphandlare'
      }
      const nameOnly = {
        ...sample,
        contact: null,
        workshopsAttended: [{ participant, workshop: null, organisationName: null }]
      }
      const result = await dispatch(servicesWith(), 'people:exportPersonalData', { data: nameOnly })
      expect(result).toMatchObject({ ok: true, value: { fileName: 'personuppgifter-maria-öberg-2026-03-01.json' } })
      // Nobody at all: neither a contact nor a participant row to say who the file is about.
      const nobody = await dispatch(servicesWith(), 'people:exportPersonalData', { data: { ...sample, contact: null } })
      expect(nobody).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    })

    it('refuses a relative path from the dialog', async () => {
      const services = servicesWith({ chooseSavePath: async () => 'relative.json' })
      const result = await dispatch(services, 'people:exportPersonalData', { data: sample })
      expect(result.ok).toBe(false)
    })
  })
})
