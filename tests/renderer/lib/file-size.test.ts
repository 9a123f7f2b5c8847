/**
 * Sizes for people (issue 14 point 7): "773 byte" and "1,2 MB" in Swedish, "773 bytes" and "1.2 MB" in English,
 * through the app's own texts, never "773 B".
 */
import { createInstance } from 'i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import en from '@shared/locales/en/backups.json'
import sv from '@shared/locales/sv/backups.json'
import { formatBytes } from '@renderer/lib/file-size'

const i18n = createInstance()
beforeAll(async () => {
  await i18n.init({ lng: 'sv', resources: { sv: { translation: sv }, en: { translation: en } } })
})

describe('formatBytes', () => {
  it('says byte, kB and MB with Swedish numbers in Swedish', () => {
    const t = i18n.getFixedT('sv')
    expect(formatBytes(773, t, 'sv')).toBe('773 byte')
    expect(formatBytes(14 * 1024, t, 'sv')).toBe('14 kB')
    expect(formatBytes(Math.round(1.2 * 1024 * 1024), t, 'sv')).toBe('1,2 MB')
  })

  it('says bytes, kB and MB with English numbers in English', () => {
    const t = i18n.getFixedT('en')
    expect(formatBytes(773, t, 'en')).toBe('773 bytes')
    expect(formatBytes(Math.round(1.2 * 1024 * 1024), t, 'en')).toBe('1.2 MB')
  })
})
