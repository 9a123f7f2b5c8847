import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Indicator, Measurement } from '@shared/entities'
import { followUp, latestMeasurement, targetOnWrongSide } from '@shared/follow-up'

/** An energy indicator: 1 000 MWh a year at the start of 2024, 600 by the start of 2026 (lower is better). */
function indicator(patch: Partial<Indicator> = {}): Indicator {
  return {
    name: 'Energianvändning',
    unit: 'MWh/år',
    direction: 'lower-is-better',
    baselineValue: 1000,
    baselineDate: '2024-01-01',
    targetValue: 600,
    targetDate: '2026-01-01',
    dataSource: 'Energiportalen',
    owner: '',
    ...patch
  }
}

let sequence = 0
function measurement(
  date: string,
  value: number,
  createdAt = `2026-01-01T00:00:${String(sequence++ % 60).padStart(2, '0')}.000Z`
): Measurement {
  return { id: `m${sequence}`, createdAt, updatedAt: createdAt, areaId: 'a1', date, value, source: '', note: '' }
}

describe('follow-up', () => {
  describe('followUp()', () => {
    it('says no-indicator, and nothing else, without an indicator', () => {
      expect(followUp(null, [measurement('2025-01-01', 5)], '2026-06-01', 100_000)).toEqual({
        status: 'no-indicator',
        latest: null,
        progress: null,
        expected: null,
        realisedAnnualEffectSek: null
      })
    })

    it.each([
      ['no baseline', { baselineValue: null }],
      ['no target', { targetValue: null }],
      ['lower is better with a target above the baseline', { targetValue: 1200 }],
      ['higher is better with a target below the baseline', { direction: 'higher-is-better' as const }]
    ])('says incomplete with %s', (_name, patch) => {
      const result = followUp(indicator(patch), [measurement('2025-01-01', 800)], '2026-06-01', 100_000)
      expect(result.status).toBe('incomplete')
      expect(result.progress).toBeNull()
      expect(result.realisedAnnualEffectSek).toBeNull()
    })

    it('says baseline-equals-target when there is no distance to go', () => {
      expect(followUp(indicator({ targetValue: 1000 }), [measurement('2025-01-01', 900)], '2026-06-01', 1).status).toBe(
        'baseline-equals-target'
      )
    })

    it('says no-measurement when nothing is dated on or before asOf, ignoring later measurements', () => {
      const result = followUp(indicator(), [measurement('2026-07-01', 500)], '2026-06-30', 100_000)
      expect(result).toMatchObject({ status: 'no-measurement', latest: null, progress: null })
    })

    it('computes progress, expected share and realised effect for a lower-is-better indicator', () => {
      // Halfway in time (2025-01-01 is 366 of 731 days in) and 200 of 400 MWh saved.
      const result = followUp(indicator(), [measurement('2025-01-01', 800)], '2025-06-01', 300_000)
      expect(result.status).toBe('on-track')
      expect(result.progress).toBeCloseTo(0.5, 10)
      expect(result.expected).toBeCloseTo(366 / 731, 10)
      expect(result.realisedAnnualEffectSek).toBe(150_000)
    })

    it('computes the same for a higher-is-better indicator', () => {
      const higher = indicator({ direction: 'higher-is-better', baselineValue: 40, targetValue: 60 })
      const result = followUp(higher, [measurement('2025-01-01', 55)], '2025-06-01', 100_000)
      expect(result.progress).toBeCloseTo(0.75, 10)
      expect(result.status).toBe('on-track')
      expect(result.realisedAnnualEffectSek).toBe(75_000)
    })

    it('says reached at progress 1 or more, keeps an overshoot unclamped and caps the realised effect', () => {
      const result = followUp(indicator(), [measurement('2025-06-01', 500)], '2026-06-01', 100_000)
      expect(result.status).toBe('reached')
      expect(result.progress).toBeCloseTo(1.25, 10)
      expect(result.realisedAnnualEffectSek).toBe(100_000)
    })

    it('keeps a value worse than the baseline as negative progress, realising nothing, and calls it off-track', () => {
      const result = followUp(indicator(), [measurement('2025-01-01', 1080)], '2025-06-01', 100_000)
      expect(result.progress).toBeCloseTo(-0.2, 10)
      expect(result.realisedAnnualEffectSek).toBe(0)
      expect(result.status).toBe('off-track')
    })

    it('is off-track only more than 0.10 behind the expected share', () => {
      // At the target date everything is expected: 0.91 is within the margin, 0.85 is not.
      expect(followUp(indicator(), [measurement('2026-01-01', 636)], '2026-01-01', null).status).toBe('on-track')
      expect(followUp(indicator(), [measurement('2026-01-01', 660)], '2026-01-01', null).status).toBe('off-track')
    })

    it('clamps the expected share to [0, 1] and leaves it null without both dates, then never off-track', () => {
      expect(followUp(indicator(), [measurement('2023-06-01', 990)], '2027-01-01', null).expected).toBe(0)
      expect(followUp(indicator(), [measurement('2027-06-01', 700)], '2028-01-01', null).expected).toBe(1)
      const undated = followUp(indicator({ targetDate: null }), [measurement('2027-06-01', 990)], '2028-01-01', null)
      expect(undated.expected).toBeNull()
      expect(undated.status).toBe('on-track')
    })

    it('has no realised effect without an estimated annual effect', () => {
      expect(
        followUp(indicator(), [measurement('2025-01-01', 800)], '2025-06-01', null).realisedAnnualEffectSek
      ).toBeNull()
    })
  })

  describe('latestMeasurement()', () => {
    it('takes the latest date on or before asOf, and of equal dates the one created last', () => {
      const early = measurement('2025-03-01', 1, '2025-03-01T10:00:00.000Z')
      const lateCreated = measurement('2025-03-01', 2, '2025-03-02T10:00:00.000Z')
      const future = measurement('2025-04-01', 3)
      expect(latestMeasurement([lateCreated, early, future], '2025-03-31')).toBe(lateCreated)
      expect(latestMeasurement([early, lateCreated], '2025-03-31')).toBe(lateCreated)
      expect(latestMeasurement([future], '2025-03-31')).toBeNull()
    })
  })

  describe('targetOnWrongSide()', () => {
    it('refuses a target that would make things worse for the direction', () => {
      expect(targetOnWrongSide('lower-is-better', 10, 12)).toBe(true)
      expect(targetOnWrongSide('lower-is-better', 10, 8)).toBe(false)
      expect(targetOnWrongSide('higher-is-better', 10, 8)).toBe(true)
      expect(targetOnWrongSide('higher-is-better', 10, 10)).toBe(false)
      expect(targetOnWrongSide('higher-is-better', null, 8)).toBe(false)
    })
  })

  it('gives the same progress and status when the direction is swapped and the values mirrored', () => {
    const value = fc.double({ min: -1e6, max: 1e6, noNaN: true })
    fc.assert(
      fc.property(value, value, value, (baseline, target, measured) => {
        fc.pre(baseline !== target)
        const direction = target < baseline ? 'lower-is-better' : 'higher-is-better'
        const mirrored = direction === 'lower-is-better' ? 'higher-is-better' : 'lower-is-better'
        const a = followUp(
          indicator({ direction, baselineValue: baseline, targetValue: target }),
          [measurement('2025-01-01', measured)],
          '2025-06-01',
          1000
        )
        const b = followUp(
          indicator({ direction: mirrored, baselineValue: -baseline, targetValue: -target }),
          [measurement('2025-01-01', -measured)],
          '2025-06-01',
          1000
        )
        expect(b.status).toBe(a.status)
        expect(b.progress).toBeCloseTo(a.progress!, 9)
      })
    )
  })
})
