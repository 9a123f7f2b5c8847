import { describe, expect, it } from 'vitest'
import { AREA_STATUSES, ENGAGEMENT_STATUSES, ORGANISATION_KINDS } from '@shared/entities'
import { buildResources, localeFiles, translations } from '@renderer/i18n/resources'

const { sv, en } = translations

/** Every leaf of a nested resource object as [dotted key, value]. */
function leaves(node: unknown, prefix = ''): [string, unknown][] {
  if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
    return Object.entries(node).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k))
  }
  return [[prefix, node]]
}

const svLeaves = new Map(leaves(sv))
const enLeaves = new Map(leaves(en))

describe('locales', () => {
  describe('files', () => {
    it('come in pairs: every part has a Swedish and an English file', () => {
      const parts = (lang: string) =>
        localeFiles.filter((f) => f.includes(`/locales/${lang}/`)).map((f) => f.split('/').pop())
      expect(parts('sv').length).toBeGreaterThan(0)
      expect(parts('en')).toEqual(parts('sv'))
    })
  })

  describe('buildResources()', () => {
    it('deep-merges parts and refuses a key defined twice', () => {
      const merged = buildResources({
        '/locales/sv/a.json': { x: { a: '1' } },
        '/locales/sv/b.json': { x: { b: '2' } }
      })
      expect(merged.sv).toEqual({ x: { a: '1', b: '2' } })
      expect(() =>
        buildResources({ '/locales/sv/a.json': { x: { a: '1' } }, '/locales/sv/b.json': { x: { a: '2' } } })
      ).toThrow('x.a')
    })
  })

  describe('Swedish and English texts', () => {
    it('have the same keys', () => {
      const missingInEn = [...svLeaves.keys()].filter((k) => !enLeaves.has(k))
      const missingInSv = [...enLeaves.keys()].filter((k) => !svLeaves.has(k))
      expect({ missingInEn, missingInSv }).toEqual({ missingInEn: [], missingInSv: [] })
    })

    it('have no empty or non-string values', () => {
      const bad = [...svLeaves, ...enLeaves].filter(([, v]) => typeof v !== 'string' || v.trim() === '')
      expect(bad).toEqual([])
    })

    it('use the same {{placeholders}} in both languages', () => {
      const placeholders = (v: unknown) => [...String(v).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()
      const differing = [...svLeaves].filter(
        ([k, v]) => placeholders(v).join() !== placeholders(enLeaves.get(k)).join()
      )
      expect(differing).toEqual([])
    })

    it('name every organisation kind, engagement status and area status', () => {
      const needed = [
        ...ORGANISATION_KINDS.map((k) => `organisationKind.${k}`),
        ...ENGAGEMENT_STATUSES.map((s) => `engagementStatus.${s}`),
        ...AREA_STATUSES.map((s) => `areaStatus.${s}`)
      ]
      expect(needed.filter((k) => !svLeaves.has(k) || !enLeaves.has(k))).toEqual([])
    })
  })
})
