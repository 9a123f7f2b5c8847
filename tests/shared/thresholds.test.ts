import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  BUILT_IN_THRESHOLDS,
  THRESHOLD_KEYS,
  effectiveThresholds,
  euThresholdKey,
  routeHint,
  thresholdSource,
  type Buyer,
  type ContractKind,
  type EffectiveThresholds,
  type ThresholdKey,
  type ThresholdOverrideInput
} from '@shared/thresholds'
import { PROCUREMENT_ROUTES } from '@shared/entities'

const BEFORE_REVISION = '2025-06-01'
const AFTER_REVISION = '2026-11-26'

const builtIn = (key: ThresholdKey) => {
  const entry = BUILT_IN_THRESHOLDS.find((t) => t.key === key)
  if (!entry) throw new Error(`no built-in ${key}`)
  return entry
}

const override = (key: string, valueSek: number, validFrom: string, source = 'test'): ThresholdOverrideInput => ({
  key,
  valueSek,
  validFrom,
  source
})

describe('thresholds', () => {
  describe('BUILT_IN_THRESHOLDS', () => {
    // Checked against the public sources quoted in DOMAIN.md, so a slip in the data shows here.
    it.each([
      ['direct-procurement', 700_000, null, '2022-02-01'],
      ['eu-goods-services-central', 1_546_202, 143_000, '2024-01-01'],
      ['eu-goods-services-other', 2_389_585, 221_000, '2024-01-01'],
      ['eu-works', 59_880_179, 5_538_000, '2024-01-01']
    ] as const)('holds %s = %d kr (%s EUR) from %s', (key, sek, eur, from) => {
      expect(builtIn(key)).toMatchObject({ valueSek: sek, valueEur: eur, validFrom: from })
      expect(builtIn(key).source).not.toBe('')
    })

    it('marks the 2024 EU values as due for the 2026-01-01 revision', () => {
      for (const key of THRESHOLD_KEYS.filter((k) => k.startsWith('eu-'))) {
        expect(builtIn(key).revisionDue).toBe('2026-01-01')
      }
    })

    it('converts EUR to SEK at one rate across the 2024 EU values (no typo in a figure)', () => {
      const rates = BUILT_IN_THRESHOLDS.filter((t) => t.valueEur !== null).map((t) => t.valueSek / t.valueEur!)
      for (const rate of rates) expect(rate).toBeCloseTo(rates[0]!, 3)
    })
  })

  describe('effectiveThresholds()', () => {
    it('gives the built-in values with no check before the revision date', () => {
      const eff = effectiveThresholds([], BEFORE_REVISION)
      for (const key of THRESHOLD_KEYS) {
        expect(eff[key]).toEqual({ ...builtIn(key), origin: 'built-in', check: null })
      }
    })

    it('flags the EU values revision-due on and after the revision date, not the direct limit', () => {
      const revision = builtIn('eu-works').revisionDue!
      for (const today of [revision, AFTER_REVISION]) {
        const eff = effectiveThresholds([], today)
        expect(eff['eu-works'].check).toBe('revision-due')
        expect(eff['eu-goods-services-central'].check).toBe('revision-due')
        expect(eff['eu-goods-services-other'].check).toBe('revision-due')
        expect(eff['direct-procurement'].check).toBeNull()
      }
      expect(effectiveThresholds([], '2025-12-31')['eu-works'].check).toBeNull()
    })

    it('uses an override dated on or after the revision and clears the check', () => {
      const eff = effectiveThresholds(
        [override('eu-goods-services-other', 2_500_000, '2026-01-01', 'UHM 2026')],
        AFTER_REVISION
      )
      expect(eff['eu-goods-services-other']).toMatchObject({
        valueSek: 2_500_000,
        validFrom: '2026-01-01',
        source: 'UHM 2026',
        origin: 'override',
        check: null,
        valueEur: null
      })
      expect(eff['eu-goods-services-central'].origin).toBe('built-in')
    })

    it('keeps the revision warning for a correction dated before the revision', () => {
      const o = [override('eu-works', 60_000_000, '2024-06-01')]
      expect(effectiveThresholds(o, BEFORE_REVISION)['eu-works']).toMatchObject({ valueSek: 60_000_000, check: null })
      expect(effectiveThresholds(o, AFTER_REVISION)['eu-works']).toMatchObject({
        valueSek: 60_000_000,
        check: 'revision-due'
      })
    })

    it('ignores an override until its validFrom', () => {
      const o = [override('direct-procurement', 800_000, '2027-07-01')]
      expect(effectiveThresholds(o, '2027-06-30')['direct-procurement'].valueSek).toBe(
        builtIn('direct-procurement').valueSek
      )
      expect(effectiveThresholds(o, '2027-07-01')['direct-procurement'].valueSek).toBe(800_000)
    })

    it('does not let an older override replace a newer built-in', () => {
      const o = [override('eu-works', 1, '2023-01-01')]
      expect(effectiveThresholds(o, BEFORE_REVISION)['eu-works'].valueSek).toBe(builtIn('eu-works').valueSek)
      expect(effectiveThresholds(o, '2023-06-01')['eu-works']).toMatchObject({ valueSek: 1, origin: 'override' })
    })

    it('prefers an override to a built-in of the same date, and the later of two same-date overrides', () => {
      const from = builtIn('eu-works').validFrom
      expect(effectiveThresholds([override('eu-works', 5, from)], BEFORE_REVISION)['eu-works'].valueSek).toBe(5)
      const two = [override('eu-works', 5, from), override('eu-works', 6, from)]
      expect(effectiveThresholds(two, BEFORE_REVISION)['eu-works'].valueSek).toBe(6)
    })

    it('picks the newest of several overrides whatever their order', () => {
      const o = [
        override('eu-works', 3, '2025-03-01'),
        override('eu-works', 1, '2024-03-01'),
        override('eu-works', 2, '2024-09-01')
      ]
      expect(effectiveThresholds(o, BEFORE_REVISION)['eu-works'].valueSek).toBe(3)
      expect(effectiveThresholds(o, '2025-02-28')['eu-works'].valueSek).toBe(2)
    })

    it('ignores overrides with a key it does not know', () => {
      const eff = effectiveThresholds([override('eu-social-services', 1, '2024-01-01')], BEFORE_REVISION)
      expect(Object.keys(eff).sort()).toEqual([...THRESHOLD_KEYS].sort())
    })

    it('falls back to the earliest entry, flagged not-yet-valid, before any entry applies', () => {
      const eff = effectiveThresholds([], '2021-01-01')
      expect(eff['direct-procurement']).toMatchObject({
        valueSek: builtIn('direct-procurement').valueSek,
        check: 'not-yet-valid'
      })
    })

    it.each(['', '2026-13-01', '2026-02-30', '26-01-01', '2026-1-1', 'today'])(
      'throws a RangeError for today %j',
      (today) => {
        expect(() => effectiveThresholds([], today)).toThrow(RangeError)
      }
    )

    it.each([
      ['a negative value', override('eu-works', -1, '2026-01-01')],
      ['NaN', override('eu-works', NaN, '2026-01-01')],
      ['Infinity', override('eu-works', Infinity, '2026-01-01')],
      ['a bad date', override('eu-works', 1, '2026-02-30')]
    ])('throws a RangeError for an override with %s', (_label, o) => {
      expect(() => effectiveThresholds([o], AFTER_REVISION)).toThrow(RangeError)
    })

    it('always picks the newest entry valid today among built-ins and overrides', () => {
      const date = fc
        .tuple(fc.integer({ min: 2022, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
        .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
      const overrideArb = fc.record({
        key: fc.constantFrom(...THRESHOLD_KEYS),
        valueSek: fc.integer({ min: 0, max: 100_000_000 }),
        validFrom: date,
        source: fc.constant('p')
      })
      fc.assert(
        fc.property(fc.array(overrideArb, { maxLength: 12 }), date, (overrides, today) => {
          const eff = effectiveThresholds(overrides, today)
          for (const key of THRESHOLD_KEYS) {
            const all = [...BUILT_IN_THRESHOLDS.filter((t) => t.key === key), ...overrides.filter((o) => o.key === key)]
            const valid = all.filter((t) => t.validFrom <= today)
            if (valid.length === 0) {
              expect(eff[key].check).toBe('not-yet-valid')
              continue
            }
            const newest = valid.reduce((a, b) => (b.validFrom > a.validFrom ? b : a)).validFrom
            expect(eff[key].validFrom).toBe(newest)
            // Among entries of that date, the winner is the last override, else the built-in.
            const sameDay = valid.filter((t) => t.validFrom === newest)
            expect(eff[key].valueSek).toBe(sameDay.at(-1)!.valueSek)
          }
        })
      )
    })
  })

  describe('euThresholdKey()', () => {
    it('picks the central or other goods/services threshold, and works for every buyer', () => {
      expect(euThresholdKey('central', 'goods-services')).toBe('eu-goods-services-central')
      expect(euThresholdKey('other', 'goods-services')).toBe('eu-goods-services-other')
      expect(euThresholdKey('central', 'works')).toBe('eu-works')
      expect(euThresholdKey('other', 'works')).toBe('eu-works')
    })
  })

  describe('routeHint()', () => {
    const thresholds = effectiveThresholds([], BEFORE_REVISION)
    const directLimit = builtIn('direct-procurement').valueSek
    const combos: Array<[Buyer, ContractKind]> = [
      ['central', 'goods-services'],
      ['other', 'goods-services'],
      ['central', 'works'],
      ['other', 'works']
    ]
    const hint = (
      value: number,
      buyer: Buyer,
      kind: ContractKind,
      needsDevelopment = false,
      t: EffectiveThresholds = thresholds
    ) => routeHint(value, { buyer, kind, needsDevelopment, thresholds: t })

    describe.each(combos)('for buyer %s and %s', (buyer, kind) => {
      const eu = builtIn(euThresholdKey(buyer, kind)).valueSek

      it('allows direct procurement strictly below the limit only', () => {
        expect(hint(0, buyer, kind).band).toBe('direct')
        expect(hint(directLimit - 1, buyer, kind).band).toBe('direct')
        expect(hint(directLimit - 0.01, buyer, kind).band).toBe('direct')
        expect(hint(directLimit, buyer, kind).band).toBe('below-eu')
        expect(hint(directLimit + 1, buyer, kind).band).toBe('below-eu')
      })

      it('applies the EU rules from the EU threshold itself', () => {
        expect(hint(eu - 1, buyer, kind).band).toBe('below-eu')
        expect(hint(eu, buyer, kind).band).toBe('eu')
        expect(hint(eu + 1, buyer, kind).band).toBe('eu')
      })

      it('names the direct limit and the right EU threshold with their dates', () => {
        const used = hint(eu, buyer, kind).thresholdsUsed
        expect(used.map((t) => t.key)).toEqual(['direct-procurement', euThresholdKey(buyer, kind)])
        expect(used[1]).toMatchObject({ valueSek: eu, validFrom: builtIn(euThresholdKey(buyer, kind)).validFrom })
      })
    })

    it('lists direct procurement and the 19 kap. procedure below the direct limit', () => {
      const h = hint(directLimit - 1, 'other', 'goods-services')
      expect(h.routes).toEqual(['direct', 'below-threshold', 'functional'])
      expect(h.conditional).toEqual([])
    })

    it('lists the 19 kap. procedure, not direct procurement, between the limits', () => {
      const h = hint(directLimit, 'other', 'goods-services')
      expect(h.routes).toEqual(['below-threshold', 'functional'])
    })

    it('lists the EU procedures at the EU threshold, with the negotiated ones and the dialogue as conditional', () => {
      const h = hint(builtIn('eu-goods-services-other').valueSek, 'other', 'goods-services')
      expect(h.routes).toEqual([
        'open',
        'restricted',
        'negotiated-with-notice',
        'competitive-dialogue',
        'negotiated-without-notice',
        'functional'
      ])
      expect(h.conditional).toEqual(['negotiated-with-notice', 'competitive-dialogue', 'negotiated-without-notice'])
      for (const r of h.conditional) expect(h.routes).toContain(r)
      expect(h.routes).not.toContain('direct')
      expect(h.routes).not.toContain('below-threshold')
    })

    it('names innovation partnership and pre-commercial procurement in every band only when development is needed', () => {
      for (const value of [0, directLimit, builtIn('eu-works').valueSek]) {
        const withDev = hint(value, 'other', 'works', true).routes
        const without = hint(value, 'other', 'works', false).routes
        expect(withDev).toContain('innovation-partnership')
        expect(withDev).toContain('pre-commercial')
        expect(without).not.toContain('innovation-partnership')
        expect(without).not.toContain('pre-commercial')
        expect(withDev.at(-1)).toBe('functional')
      }
    })

    it('uses only route codes the entities know, without duplicates', () => {
      fc.assert(
        fc.property(
          fc.double({ min: 0, max: 1e9, noNaN: true }),
          fc.constantFrom(...combos),
          fc.boolean(),
          (value, [buyer, kind], dev) => {
            const routes = hint(value, buyer, kind, dev).routes
            for (const r of routes) expect(PROCUREMENT_ROUTES).toContain(r)
            expect(new Set(routes).size).toBe(routes.length)
          }
        )
      )
    })

    it('never moves to a lower band as the value grows', () => {
      const order = { direct: 0, 'below-eu': 1, eu: 2 }
      fc.assert(
        fc.property(
          fc.double({ min: 0, max: 1e8, noNaN: true }),
          fc.double({ min: 0, max: 1e8, noNaN: true }),
          fc.constantFrom(...combos),
          (a, b, [buyer, kind]) => {
            const [lo, hi] = a <= b ? [a, b] : [b, a]
            expect(order[hint(lo, buyer, kind).band]).toBeLessThanOrEqual(order[hint(hi, buyer, kind).band])
          }
        )
      )
    })

    it('follows an override of a threshold', () => {
      const t = effectiveThresholds([override('eu-goods-services-other', 3_000_000, '2026-01-01')], AFTER_REVISION)
      expect(hint(2_999_999, 'other', 'goods-services', false, t).band).toBe('below-eu')
      expect(hint(3_000_000, 'other', 'goods-services', false, t).band).toBe('eu')
      expect(hint(3_000_000, 'other', 'goods-services', false, t).thresholdsUsed[1]).toMatchObject({
        origin: 'override',
        check: null
      })
    })

    it('never opens direct procurement at or above the EU threshold, even with a direct limit corrected above it', () => {
      const t = effectiveThresholds([override('direct-procurement', 5_000_000, '2024-01-01')], BEFORE_REVISION)
      const eu = builtIn('eu-goods-services-central').valueSek
      expect(hint(eu - 1, 'central', 'goods-services', false, t).band).toBe('direct')
      expect(hint(eu, 'central', 'goods-services', false, t).band).toBe('eu')
    })

    it.each([-1, -0.01, NaN, Infinity, -Infinity])('throws a RangeError for the contract value %d', (value) => {
      expect(() => hint(value, 'other', 'goods-services')).toThrow(RangeError)
    })
  })

  describe('thresholdSource()', () => {
    it('says a built-in source in the language asked for, and keeps a correction as the consultant typed it', () => {
      const t = effectiveThresholds(
        [{ key: 'eu-works', valueSek: 60_000_000, validFrom: '2025-01-01', source: 'Egen källa' }],
        BEFORE_REVISION
      )
      expect(thresholdSource(t['direct-procurement'], 'sv')).toBe('LOU (2016:1145) 19 a kap.')
      expect(thresholdSource(t['direct-procurement'], 'en')).toBe('LOU (2016:1145), chapter 19 a')
      expect(thresholdSource(t['eu-goods-services-other'], 'en')).not.toMatch(/tröskelvärden|kap\./)
      expect(thresholdSource(t['eu-works'], 'en')).toBe('Egen källa')
      for (const entry of BUILT_IN_THRESHOLDS) expect(entry.sourceEn).not.toMatch(/[åäö]|kap\./i)
    })
  })
})
