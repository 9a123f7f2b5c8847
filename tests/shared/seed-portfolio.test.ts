import { describe, expect, it } from 'vitest'
import { parsePortfolioFile } from '@shared/portfolio-file'
import {
  generatePortfolio,
  portfolioJsonChunks,
  SEED_SIZES,
  type SeedSize
} from '../../scripts/seed/generate-portfolio'

const COUNTED: Array<[keyof SeedSize, string]> = [
  ['organisations', 'organisations'],
  ['contacts', 'contacts'],
  ['engagements', 'engagements'],
  ['workshops', 'workshops'],
  ['areas', 'areas'],
  ['evaluations', 'evaluations'],
  ['measurements', 'measurements']
]

describe('generatePortfolio (npm run seed)', () => {
  it.each(['tiny', 'realistic'] as const)(
    'the %s portfolio has exactly its row counts and the app reads it',
    (name) => {
      const size = SEED_SIZES[name]
      const portfolio = generatePortfolio(size)
      for (const [key, table] of COUNTED) expect(portfolio.tables[table as 'areas'].length, table).toBe(size[key])
      const text = [...portfolioJsonChunks(portfolio)].join('')
      const parsed = parsePortfolioFile(text)
      expect(parsed.ok ? [] : parsed.errors.slice(0, 5)).toEqual([])
    },
    120_000
  )

  it('writes, chunk by chunk, exactly the text JSON.stringify gives', () => {
    const portfolio = generatePortfolio(SEED_SIZES.tiny)
    expect([...portfolioJsonChunks(portfolio)].join('')).toBe(JSON.stringify(portfolio))
  })

  it('is deterministic: the same seed gives the same file, another seed another', () => {
    const a = JSON.stringify(generatePortfolio(SEED_SIZES.tiny, 7))
    expect(JSON.stringify(generatePortfolio(SEED_SIZES.tiny, 7))).toBe(a)
    expect(JSON.stringify(generatePortfolio(SEED_SIZES.tiny, 8))).not.toBe(a)
  })

  it('records some participants by name only and gives most areas an indicator with measurements', () => {
    const { tables } = generatePortfolio(SEED_SIZES.tiny)
    expect(tables.participants.some((p) => p.contactId === null)).toBe(true)
    expect(tables.participants.some((p) => p.contactId !== null)).toBe(true)
    const measured = new Set(tables.measurements.map((m) => m.areaId))
    expect(measured.size).toBeGreaterThan(tables.areas.length / 2)
    expect(tables.areas.every((a) => !measured.has(a.id) || a.indicator !== null)).toBe(true)
  })
})
