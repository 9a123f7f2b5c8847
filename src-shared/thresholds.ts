/**
 * The dated legal thresholds of Swedish public procurement, as data in one place, and the route hint
 * built on them. A change of law is one new entry in BUILT_IN_THRESHOLDS; between releases the consultant
 * corrects a value with a ThresholdOverride row (src-shared/entities.ts). Pure: no Node, no DOM.
 *
 * The EU thresholds are revised every two years. The revision after the 2024–2025 values took effect
 * 2026-01-01, and this file does NOT know the 2026 values: the 2024 entries therefore carry
 * revisionDue '2026-01-01', and effectiveThresholds flags them ('revision-due') from that date until a
 * newer entry or an override dated on or after the revision replaces them, so the UI can ask the user
 * to check the value. The direct-procurement limit is set in LOU itself, not by a two-yearly revision,
 * so it carries no revisionDue; a new procurement law may still change it (a new entry here, or an
 * override).
 */
import type { ProcurementRoute } from './entities'
import type { Language } from './settings'

/** Every threshold the app knows about. */
export const THRESHOLD_KEYS = [
  'direct-procurement',
  'eu-goods-services-central',
  'eu-goods-services-other',
  'eu-works'
] as const
export type ThresholdKey = (typeof THRESHOLD_KEYS)[number]

/** One dated value of a threshold. */
export type ThresholdEntry = {
  key: ThresholdKey
  /** Kronor excluding VAT. */
  valueSek: number
  /** The EU value the kronor figure is converted from, when there is one. */
  valueEur: number | null
  /** First day the value applies, YYYY-MM-DD. */
  validFrom: string
  /** Where the value comes from, shown next to it (in Swedish, the law's own language). */
  source: string
  /** The same source said in English, for the English UI and documents; an override's own text is kept as typed. */
  sourceEn: string
  /** Day the value is due to be replaced by a revision we have no figure for yet; null when none is known. */
  revisionDue: string | null
}

const EU_2024_SOURCE = 'Upphandlingsmyndigheten, tröskelvärden 2024–2025 (LOU 5 kap.)'
const EU_2024_SOURCE_EN = 'National Agency for Public Procurement: thresholds 2024–2025 (LOU chapter 5)'

/** The built-in history of every threshold. Add new entries; never edit a past one. */
export const BUILT_IN_THRESHOLDS: readonly ThresholdEntry[] = [
  {
    key: 'direct-procurement',
    valueSek: 700_000,
    valueEur: null,
    validFrom: '2022-02-01',
    source: 'LOU (2016:1145) 19 a kap.',
    sourceEn: 'LOU (2016:1145), chapter 19 a',
    revisionDue: null
  },
  {
    key: 'eu-goods-services-central',
    valueSek: 1_546_202,
    valueEur: 143_000,
    validFrom: '2024-01-01',
    source: EU_2024_SOURCE,
    sourceEn: EU_2024_SOURCE_EN,
    revisionDue: '2026-01-01'
  },
  {
    key: 'eu-goods-services-other',
    valueSek: 2_389_585,
    valueEur: 221_000,
    validFrom: '2024-01-01',
    source: EU_2024_SOURCE,
    sourceEn: EU_2024_SOURCE_EN,
    revisionDue: '2026-01-01'
  },
  {
    key: 'eu-works',
    valueSek: 59_880_179,
    valueEur: 5_538_000,
    validFrom: '2024-01-01',
    source: EU_2024_SOURCE,
    sourceEn: EU_2024_SOURCE_EN,
    revisionDue: '2026-01-01'
  }
]

/** A threshold's source in the UI's or document's language (a consultant's own correction as typed). */
export function thresholdSource(t: Pick<ThresholdEntry, 'source' | 'sourceEn'>, language: Language): string {
  return language === 'en' ? t.sourceEn : t.source
}

/** A consultant's correction, as stored in the thresholds table (extra row fields are ignored). */
export type ThresholdOverrideInput = { key: string; valueSek: number; validFrom: string; source: string }

/**
 * Why the UI should ask the user to check a value: 'revision-due' once today is on or after a revision
 * we have no figure for; 'not-yet-valid' when no entry is valid yet today and the earliest one is used.
 */
export type ThresholdCheck = 'revision-due' | 'not-yet-valid'

export type EffectiveThreshold = ThresholdEntry & {
  origin: 'built-in' | 'override'
  check: ThresholdCheck | null
}

export type EffectiveThresholds = Record<ThresholdKey, EffectiveThreshold>

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false
  const m = ISO_DATE.exec(value)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(Date.UTC(y, mo - 1, d))
  // Round-tripping through Date refuses 2024-02-30 and month 13.
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
}

function assertValidSek(value: unknown, what: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new RangeError(`${what} must be a finite number of kronor, 0 or more; got ${String(value)}`)
  }
}

/**
 * For each key, the newest entry with validFrom on or before today among the built-ins and the overrides.
 * On the same date an override beats a built-in, and a later override beats an earlier one.
 * Overrides with a key this version does not know are ignored (a newer version may have written them).
 * Throws a RangeError for an invalid today, override date or override value.
 */
export function effectiveThresholds(overrides: readonly ThresholdOverrideInput[], today: string): EffectiveThresholds {
  if (!isIsoDate(today)) throw new RangeError(`today must be a date YYYY-MM-DD; got ${String(today)}`)
  overrides.forEach((o, i) => {
    if (!isIsoDate(o.validFrom))
      throw new RangeError(`Threshold override ${i} has an invalid validFrom ${String(o.validFrom)}`)
    assertValidSek(o.valueSek, `Threshold override ${i} valueSek`)
  })
  const result = {} as EffectiveThresholds
  for (const key of THRESHOLD_KEYS) {
    const builtIns = BUILT_IN_THRESHOLDS.filter((t) => t.key === key)
    // A correction dated before a pending revision does not answer it, so it inherits that revision date.
    const pendingRevision = builtIns.reduce<string | null>(
      (latest, t) => (t.revisionDue !== null && (latest === null || t.revisionDue > latest) ? t.revisionDue : latest),
      null
    )
    const candidates: EffectiveThreshold[] = [
      ...builtIns.map((t): EffectiveThreshold => ({ ...t, origin: 'built-in', check: null })),
      ...overrides
        .filter((o) => o.key === key)
        .map((o): EffectiveThreshold => ({
          key,
          valueSek: o.valueSek,
          valueEur: null,
          validFrom: o.validFrom,
          source: o.source,
          sourceEn: o.source,
          revisionDue: pendingRevision !== null && o.validFrom < pendingRevision ? pendingRevision : null,
          origin: 'override',
          check: null
        }))
    ]
    // Stable sort by date keeps built-ins before overrides and overrides in their given order on ties,
    // so the last candidate valid today is the one that wins.
    candidates.sort((a, b) => (a.validFrom < b.validFrom ? -1 : a.validFrom > b.validFrom ? 1 : 0))
    const valid = candidates.filter((c) => c.validFrom <= today)
    const chosen = valid.at(-1)
    if (chosen) {
      const due = chosen.revisionDue !== null && chosen.revisionDue <= today
      result[key] = { ...chosen, check: due ? 'revision-due' : null }
    } else {
      // Every key has a built-in, so candidates is never empty; use the earliest and say it is not valid yet.
      result[key] = { ...candidates[0]!, check: 'not-yet-valid' }
    }
  }
  return result
}

export type Buyer = 'central' | 'other'
export type ContractKind = 'goods-services' | 'works'

/** The EU threshold key that applies to a buyer and a kind of contract (works: the same for every buyer). */
export function euThresholdKey(buyer: Buyer, kind: ContractKind): ThresholdKey {
  if (kind === 'works') return 'eu-works'
  return buyer === 'central' ? 'eu-goods-services-central' : 'eu-goods-services-other'
}

export type RouteBand = 'direct' | 'below-eu' | 'eu'

export type RouteHint = {
  /** direct: below the direct-procurement limit; below-eu: 19 kap. LOU; eu: at or above the EU threshold. */
  band: RouteBand
  /** The routes the law allows in this band, procedures first, then development routes, then 'functional'. */
  routes: ProcurementRoute[]
  /** The subset of routes that need specific legal grounds (LOU 6 kap.) before they may be used. */
  conditional: ProcurementRoute[]
  /** The thresholds the band was decided by, to show with their dates. */
  thresholdsUsed: Array<
    Pick<EffectiveThreshold, 'key' | 'valueSek' | 'validFrom' | 'source' | 'sourceEn' | 'origin' | 'check'>
  >
}

export type RouteHintOptions = {
  buyer: Buyer
  kind: ContractKind
  /** The area needs something developed that does not exist yet. */
  needsDevelopment: boolean
  thresholds: EffectiveThresholds
}

/**
 * What the law allows for an estimated contract value (SEK excl. VAT).
 * Direct procurement only strictly below its limit (19 a kap. LOU: "understiger"); the EU rules from the
 * EU threshold itself (5 kap. LOU: "uppgår till minst"). Throws a RangeError for a negative or non-finite value.
 */
export function routeHint(contractValueSek: number, opts: RouteHintOptions): RouteHint {
  assertValidSek(contractValueSek, 'The contract value')
  const direct = opts.thresholds['direct-procurement']
  const eu = opts.thresholds[euThresholdKey(opts.buyer, opts.kind)]
  // Direct procurement is a below-threshold rule, so a (mis-)corrected limit above the EU threshold
  // must never open it for a contract the EU rules cover.
  const band: RouteBand =
    contractValueSek >= eu.valueSek ? 'eu' : contractValueSek < direct.valueSek ? 'direct' : 'below-eu'

  const routes: ProcurementRoute[] =
    band === 'eu'
      ? ['open', 'restricted', 'negotiated-with-notice', 'competitive-dialogue', 'negotiated-without-notice']
      : band === 'direct'
        ? ['direct', 'below-threshold']
        : ['below-threshold']
  // Innovation partnership is an LOU procedure above the threshold and can be shaped under 19 kap. below it;
  // pre-commercial procurement (R&D services) is outside LOU, so it is open in every band.
  if (opts.needsDevelopment) routes.push('innovation-partnership', 'pre-commercial')
  // Functional requirements say what, not how: usable in any procedure.
  routes.push('functional')

  const conditional: ProcurementRoute[] =
    band === 'eu' ? ['negotiated-with-notice', 'competitive-dialogue', 'negotiated-without-notice'] : []

  const used = (t: EffectiveThreshold) => ({
    key: t.key,
    valueSek: t.valueSek,
    validFrom: t.validFrom,
    source: t.source,
    sourceEn: t.sourceEn,
    origin: t.origin,
    check: t.check
  })
  return { band, routes, conditional, thresholdsUsed: [used(direct), used(eu)] }
}
