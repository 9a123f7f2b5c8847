import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SETTINGS_FILE, createSettingsStore } from '@main/services/settings-store'
import type { SettingsPatch } from '@shared/settings'

describe('services/settings-store', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'matbar-settings-'))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  describe('read()', () => {
    it('gives the defaults when there is no file, and creates none', async () => {
      const store = createSettingsStore(dir)
      expect(await store.read()).toEqual({ language: 'sv', sampleOffered: false })
      expect(await readdir(dir)).toEqual([])
    })

    it('reads the saved file', async () => {
      await writeFile(join(dir, SETTINGS_FILE), JSON.stringify({ language: 'en', sampleOffered: true }))
      expect(await createSettingsStore(dir).read()).toEqual({ language: 'en', sampleOffered: true })
    })

    it('fills fields missing from an older file with their defaults', async () => {
      await writeFile(join(dir, SETTINGS_FILE), JSON.stringify({ language: 'en' }))
      expect(await createSettingsStore(dir).read()).toEqual({ language: 'en', sampleOffered: false })
    })

    it.each([
      ['broken JSON', '{"language": "en"', 'not valid JSON', { language: 'sv', sampleOffered: false }],
      [
        'an unknown language',
        '{"language": "de", "sampleOffered": true}',
        'invalid',
        { language: 'sv', sampleOffered: true }
      ],
      ['an unknown field', '{"language": "en", "x": 1}', 'invalid', { language: 'en', sampleOffered: false }],
      ['not an object', '[]', 'invalid', { language: 'sv', sampleOffered: false }]
    ])(
      'on %s keeps every field valid on its own, logs it, and keeps the damaged file aside',
      async (_name, text, logged, expected) => {
        await writeFile(join(dir, SETTINGS_FILE), text)
        const log = vi.fn()
        const store = createSettingsStore(dir, log)
        expect(await store.read()).toEqual(expected)
        expect(log).toHaveBeenCalledWith(expect.stringContaining(logged))
        await store.update({ language: 'en' })
        expect(await readFile(join(dir, `${SETTINGS_FILE}.damaged`), 'utf8')).toBe(text)
      }
    )
  })

  describe('update()', () => {
    it('merges the patch, saves it as readable JSON and returns the result', async () => {
      const store = createSettingsStore(dir)
      expect(await store.update({ language: 'en' })).toEqual({ language: 'en', sampleOffered: false })
      expect(await store.update({ sampleOffered: true })).toEqual({ language: 'en', sampleOffered: true })
      const text = await readFile(store.file, 'utf8')
      expect(JSON.parse(text)).toEqual({ language: 'en', sampleOffered: true })
      expect(text.endsWith('\n')).toBe(true)
      expect(await createSettingsStore(dir).read()).toEqual({ language: 'en', sampleOffered: true })
    })

    it('keeps a field whose patch value is undefined', async () => {
      const store = createSettingsStore(dir)
      await store.update({ language: 'en' })
      expect(await store.update({ language: undefined, sampleOffered: true })).toEqual({
        language: 'en',
        sampleOffered: true
      })
    })

    it('applies quick successive patches one after the other, losing none', async () => {
      const store = createSettingsStore(dir)
      await Promise.all([store.update({ language: 'en' }), store.update({ sampleOffered: true })])
      expect(await store.read()).toEqual({ language: 'en', sampleOffered: true })
    })

    it.each([[{ language: 'de' }], [{ theme: 'dark' }], [{ sampleOffered: 'yes' }]])(
      'rejects the invalid patch %j and leaves the file as it was',
      async (patch) => {
        const store = createSettingsStore(dir)
        await store.update({ language: 'en' })
        const before = await readFile(store.file, 'utf8')
        await expect(store.update(patch as unknown as SettingsPatch)).rejects.toThrow()
        expect(await readFile(store.file, 'utf8')).toBe(before)
        // A failed update does not block the next one.
        expect(await store.update({ sampleOffered: true })).toEqual({ language: 'en', sampleOffered: true })
      }
    )
  })
})
