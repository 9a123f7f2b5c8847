/**
 * A deterministic portfolio of plausible Swedish content at a chosen size, for benchmarks, stress tests and
 * reviewers: `npm run seed -- --size realistic|stress --out <file>` (scripts/seed.ts).
 *
 * The sizes are exact row counts (issue 15): realistic is a busy consultant's portfolio after some years,
 * stress ten times that. The same size and seed always give the same file, byte for byte.
 * Every row follows its zod schema and every cross-row rule of parsePortfolioFile holds (areas in their
 * workshop's engagement, goals of the client, one score per area and criterion, participants' contacts of
 * the client); tests/shared/seed-portfolio.test.ts checks that the app reads the file back.
 * Pure: no Node, no DOM, so the browser benchmarks can build it in the page as well.
 */
import type {
  Area,
  AreaStatus,
  Contact,
  Criterion,
  Engagement,
  EngagementKind,
  EngagementStatus,
  Evaluation,
  Measurement,
  Organisation,
  OrganisationKind,
  Participant,
  ProcurementRoute,
  Score,
  Workshop
} from '../../src-shared/entities'
import { TABLE_NAMES } from '../../src-shared/entities'
import { luhnCheckDigit } from '../../src-shared/org-number'
import {
  emptyPortfolioTables,
  PORTFOLIO_FORMAT,
  PORTFOLIO_FORMAT_VERSION,
  type Portfolio
} from '../../src-shared/portfolio-file'

/** Exact row counts; the tables not named (questions, criteria, scores, participants) follow from these. */
export interface SeedSize {
  organisations: number
  contacts: number
  engagements: number
  workshops: number
  areas: number
  evaluations: number
  measurements: number
}

export const SEED_SIZES = {
  /** A few rows of each kind: the CI smoke test of the benchmarks. */
  tiny: {
    organisations: 5,
    contacts: 15,
    engagements: 15,
    workshops: 10,
    areas: 80,
    evaluations: 150,
    measurements: 200
  },
  realistic: {
    organisations: 500,
    contacts: 1_500,
    engagements: 1_500,
    workshops: 1_000,
    areas: 8_000,
    evaluations: 15_000,
    measurements: 20_000
  },
  stress: {
    organisations: 5_000,
    contacts: 15_000,
    engagements: 15_000,
    workshops: 10_000,
    areas: 80_000,
    evaluations: 150_000,
    measurements: 200_000
  }
} as const satisfies Record<string, SeedSize>
export type SeedSizeName = keyof typeof SEED_SIZES

export const DEFAULT_SEED = 20_261_130

/** mulberry32: small, fast and good enough for test data; seeded, so every run gives the same rows. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// ---------- word lists: places, people and the method's own vocabulary (../shared/DOMAIN.md) ----------

const PLACE_START = [
  'Norr',
  'Sö',
  'Väst',
  'Öst',
  'Ål',
  'Ängel',
  'Berg',
  'Sjö',
  'Lund',
  'Strand',
  'Björk',
  'Ek',
  'Hav',
  'Fjäll',
  'Dal',
  'Skog',
  'Å',
  'Ör',
  'Lind',
  'Gran',
  'Sand',
  'Älv',
  'Mo',
  'Hag'
]
const PLACE_END = [
  'vik',
  'holm',
  'by',
  'sund',
  'köping',
  'stad',
  'hamn',
  'åsen',
  'ryd',
  'torp',
  'näs',
  'berga',
  'fors',
  'hed',
  'vall',
  'sjö'
]
const REGIONS = ['Norrland', 'Mellansverige', 'Västsverige', 'Östsverige', 'Sydsverige', 'Bergslagen']
const FIRST_NAMES = [
  'Anna',
  'Erik',
  'Maria',
  'Lars',
  'Karin',
  'Johan',
  'Sara',
  'Mikael',
  'Åsa',
  'Örjan',
  'Lena',
  'Ali',
  'Fatima',
  'Nils',
  'Emma',
  'Per',
  'Ingrid',
  'Mohammed',
  'Linnea',
  'Björn',
  'Elin',
  'Jonas',
  'Helena',
  'Goran',
  'Sofia',
  'Anders',
  'Maja',
  'Hassan',
  'Eva',
  'Oskar'
]
const LAST_NAMES = [
  'Andersson',
  'Johansson',
  'Karlsson',
  'Nilsson',
  'Öberg',
  'Åström',
  'Lindberg',
  'Sjöberg',
  'Holmqvist',
  'Yilmaz',
  'Persson',
  'Grönlund',
  'Eriksson',
  'Larsson',
  'Olsson',
  'Svensson',
  'Berg',
  'Lundgren',
  'Hussein',
  'Ekström',
  'Nyström',
  'Wallin',
  'Sandberg',
  'Jovanović'
]
const ROLES = [
  'Upphandlingschef',
  'Upphandlare',
  'Ekonomichef',
  'Fastighetschef',
  'Kommundirektör',
  'Miljöstrateg',
  'Verksamhetsutvecklare',
  'Controller',
  'Förvaltningschef',
  'Energisamordnare',
  'IT-chef',
  'Enhetschef',
  'Kostchef',
  'Säkerhetssamordnare',
  'Inköpsansvarig'
]
const TAGS = [
  'energi',
  'fastigheter',
  'trygghet',
  'tillväxt',
  'bostäder',
  'skola',
  'vård',
  'transporter',
  'livsmedel',
  'it',
  'avfall',
  'vatten',
  'kultur',
  'näringsliv',
  'klimat',
  'omsorg'
]
const SECTORS: Record<OrganisationKind, readonly string[]> = {
  municipality: ['Kommun'],
  region: ['Hälso- och sjukvård', 'Kollektivtrafik', 'Regional utveckling'],
  agency: ['Statlig förvaltning', 'Tillsyn', 'Infrastruktur'],
  company: ['Bygg', 'Fastigheter', 'Energi', 'IT-tjänster', 'Livsmedel'],
  other: ['Kommunalförbund', 'Allmännyttigt bostadsbolag', 'Stiftelse']
}
const GOALS = [
  { text: 'Halvera energianvändningen i egna lokaler', unit: '%', value: 50, year: 2030 },
  { text: 'Fossilfri kommunal organisation', unit: '%', value: 100, year: 2030 },
  { text: 'Minska kostnaden för skadegörelse', unit: 'kr', value: 2_000_000, year: 2028 },
  { text: 'Öka andelen ekologiska livsmedel', unit: '%', value: 60, year: 2027 },
  { text: 'Kortare väntetider i vården', unit: 'dagar', value: 30, year: 2029 },
  { text: 'Fler elever med gymnasiebehörighet', unit: '%', value: 90, year: 2030 },
  { text: 'Minska sjukfrånvaron', unit: '%', value: 6, year: 2028 }
]
/** Areas the way a workshop names them, with an indicator the client can measure. */
const AREAS: ReadonlyArray<{
  title: string
  problem: string
  indicator: string
  unit: string
  lower: boolean
  source: string
}> = [
  {
    title: 'Energiprestandakontrakt för skolor',
    problem: 'Skolornas energianvändning har ökat i fem år och ingen följer upp den per byggnad.',
    indicator: 'Energianvändning',
    unit: 'MWh/år',
    lower: true,
    source: 'Energiuppföljningssystemet'
  },
  {
    title: 'Belysning i gatunätet',
    problem: 'Gatubelysningen är gammal och drar mycket el.',
    indicator: 'Elanvändning för gatubelysning',
    unit: 'MWh/år',
    lower: true,
    source: 'Elnätsbolagets fakturor'
  },
  {
    title: 'Klottersanering',
    problem: 'Sanering beställs styck för styck till höga priser.',
    indicator: 'Kostnad för sanering',
    unit: 'kr/år',
    lower: true,
    source: 'Ekonomisystemet'
  },
  {
    title: 'Skolmåltider',
    problem: 'Mycket mat slängs och inköpen styrs inte mot målen.',
    indicator: 'Matsvinn per portion',
    unit: 'g',
    lower: true,
    source: 'Kostenhetens vägningar'
  },
  {
    title: 'Fordonsflotta',
    problem: 'Bilarna går på fossila bränslen och används lite.',
    indicator: 'Andel fossilfria fordon',
    unit: '%',
    lower: false,
    source: 'Fordonsregistret'
  },
  {
    title: 'Lokalvård',
    problem: 'Städningen följs inte upp och klagomålen ökar.',
    indicator: 'Andel godkända kvalitetskontroller',
    unit: '%',
    lower: false,
    source: 'Kvalitetsuppföljning'
  },
  {
    title: 'IT-drift',
    problem: 'Driften är uppdelad på många små avtal utan samordning.',
    indicator: 'Driftkostnad per användare',
    unit: 'kr/år',
    lower: true,
    source: 'IT-avdelningens budget'
  },
  {
    title: 'Vinterväghållning',
    problem: 'Snöröjningen beställs på löpande räkning.',
    indicator: 'Kostnad per kilometer väg',
    unit: 'kr/km',
    lower: true,
    source: 'Gatukontoret'
  },
  {
    title: 'Avfallshantering i verksamheterna',
    problem: 'Avfallet sorteras dåligt och hämtas för ofta.',
    indicator: 'Andel sorterat avfall',
    unit: '%',
    lower: false,
    source: 'Avfallsbolagets statistik'
  },
  {
    title: 'Vaktmästeri och larm',
    problem: 'Larmutryckningar blir dyra och många är falsklarm.',
    indicator: 'Antal falsklarm',
    unit: 'st/år',
    lower: true,
    source: 'Larmcentralens rapporter'
  },
  {
    title: 'Hjälpmedel i hemtjänsten',
    problem: 'Hjälpmedel köps in utan ramavtal och lagerhålls dubbelt.',
    indicator: 'Kostnad för hjälpmedel',
    unit: 'kr/år',
    lower: true,
    source: 'Ekonomisystemet'
  },
  {
    title: 'Bemanningstjänster i vården',
    problem: 'Hyrpersonal kostar mycket och anlitas med kort varsel.',
    indicator: 'Kostnad för inhyrd personal',
    unit: 'mnkr/år',
    lower: true,
    source: 'Personalekonomi'
  },
  {
    title: 'Skolskjuts',
    problem: 'Skolskjutsen planeras av flera förvaltningar var för sig.',
    indicator: 'Kostnad per elev',
    unit: 'kr/år',
    lower: true,
    source: 'Resplaneringssystemet'
  },
  {
    title: 'Solceller på egna tak',
    problem: 'Taken står oanvända medan elpriset stiger.',
    indicator: 'Egenproducerad el',
    unit: 'MWh/år',
    lower: false,
    source: 'Växelriktarnas loggar'
  },
  {
    title: 'Trygghetskameror',
    problem: 'Skadegörelsen är hög vid skolorna på kvällar och helger.',
    indicator: 'Kostnad för skadegörelse',
    unit: 'kr/år',
    lower: true,
    source: 'Försäkringsbolagets skadelista'
  },
  {
    title: 'Digitala möten',
    problem: 'Resor mellan orterna tar tid och ger utsläpp.',
    indicator: 'Tjänsteresor med bil',
    unit: 'mil/år',
    lower: true,
    source: 'Reseräkningar'
  }
]
const ENGAGEMENT_TITLES: Record<EngagementKind, readonly string[]> = {
  workshop: [
    'Workshop om mätbar effektivisering',
    'Workshop om energi',
    'Workshop om skadegörelse',
    'Workshop om vårdens kostnader',
    'Workshop om skolans tid'
  ],
  'procurement-support': [
    'Upphandlingsstöd för energitjänster',
    'Stöd i upphandling av lokalvård',
    'Upphandlingsstöd för fordon'
  ],
  training: ['Utbildning i strategisk upphandling', 'Utbildning för beställare'],
  lecture: ['Föreläsning för kommunledningen', 'Föreläsning om upphandling som styrmedel'],
  other: ['Genomlysning av avtalsportföljen', 'Uppföljning av effekter']
}
const QUESTIONS = [
  'Vilka åtgärder skulle minska kommunens energianvändning mest?',
  'Vilka problem i vården kostar mest pengar?',
  'Vilka faktorer i skolan stjäl mest tid från undervisning och lärande?',
  'Vad skulle minska vandaliseringen i vårt fastighetsbestånd?',
  'Var kan vi sänka kostnaderna utan att sänka kvaliteten?'
]
const COMMENTS = [
  'Konkret och lätt att ta med sig hem.',
  'Bra att vi fick prioritera tillsammans med ekonomerna.',
  'Genomtänkt upplägg, tydlig koppling till våra mål.',
  'Lite för mycket på kort tid, men mycket givande.',
  'Äntligen en workshop där vi pratade om effekter och inte bara om regler.',
  'Matrisen gjorde det lätt att se vad vi ska göra först.',
  'Jag hade önskat mer tid till upphandlingsvägarna.',
  'Proffsigt genomfört och väl förberett.'
]
const STATUS_PATHS: Record<EngagementStatus, readonly EngagementStatus[]> = {
  lead: ['lead'],
  'proposal-sent': ['lead', 'proposal-sent'],
  won: ['lead', 'proposal-sent', 'won'],
  lost: ['lead', 'proposal-sent', 'lost'],
  active: ['lead', 'proposal-sent', 'won', 'active'],
  completed: ['lead', 'proposal-sent', 'won', 'active', 'completed']
}
/** Engagements with a workshop are at least won; the rest spread over the whole pipeline. */
const WORKSHOP_STATUSES: readonly EngagementStatus[] = [
  'won',
  'active',
  'active',
  'completed',
  'completed',
  'completed'
]
const OTHER_STATUSES: readonly EngagementStatus[] = [
  'lead',
  'lead',
  'proposal-sent',
  'proposal-sent',
  'won',
  'lost',
  'active',
  'completed'
]
const ROUTES_NEEDED: readonly ProcurementRoute[] = [
  'open',
  'open',
  'restricted',
  'below-threshold',
  'direct',
  'functional',
  'competitive-dialogue',
  'innovation-partnership',
  'undecided'
]
const CRITERIA: ReadonlyArray<Pick<Criterion, 'name' | 'direction'>> = [
  { name: 'Effekt', direction: 'benefit' },
  { name: 'Mätbarhet', direction: 'benefit' },
  { name: 'Genomförbarhet', direction: 'benefit' },
  { name: 'Kostnad', direction: 'cost' }
]

/** How `total` items are spread over `parts` owners: owner i gets share(i), and the shares add up exactly. */
function share(total: number, parts: number, i: number): number {
  return Math.floor(((i + 1) * total) / parts) - Math.floor((i * total) / parts)
}

/** Builds the portfolio; the same size and seed give the same rows. */
export function generatePortfolio(size: SeedSize, seed = DEFAULT_SEED): Portfolio {
  if (size.workshops > size.engagements) throw new Error('a workshop belongs to one engagement: at most one each')
  if (size.organisations < 1 && size.engagements > 0) throw new Error('engagements need at least one organisation')
  const rnd = seededRandom(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T
  const int = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1))
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(rnd() * 16).toString(16)).join('')
  /** A v4-shaped UUID, as the app makes them (crypto.randomUUID), so indexes see ids of the real length. */
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`
  const epoch = Date.UTC(2023, 0, 2)
  const day = (offset: number) => new Date(epoch + offset * 86_400_000)
  const isoDate = (offset: number) => day(offset).toISOString().slice(0, 10)
  const stamp = (offset: number) => ({
    createdAt: day(offset).toISOString(),
    updatedAt: day(offset + int(0, 30)).toISOString()
  })
  const person = () => `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`

  const tables = emptyPortfolioTables()
  const questionIds = QUESTIONS.map((text) => {
    const id = uuid()
    tables.questions.push({ id, ...stamp(0), text, builtIn: true })
    return id
  })

  // Organisations, each with its contacts.
  const orgs: Array<{ row: Organisation; place: string; contacts: Contact[] }> = []
  for (let o = 0; o < size.organisations; o++) {
    const kind = pick<OrganisationKind>([
      'municipality',
      'municipality',
      'municipality',
      'region',
      'agency',
      'company',
      'other'
    ])
    const place = `${pick(PLACE_START)}${pick(PLACE_END)}`
    const name =
      kind === 'municipality'
        ? `${place}s kommun`
        : kind === 'region'
          ? `Region ${place}`
          : kind === 'agency'
            ? `${place}verket`
            : kind === 'company'
              ? `${place} Fastigheter AB`
              : `${place}s kommunalförbund`
    const nine = `${kind === 'company' ? '55' : '21'}${String(o).padStart(7, '0')}`
    const goals = Array.from({ length: int(0, 3) }, (_, g) => {
      const goal = pick(GOALS)
      return {
        id: `goal-${g + 1}`,
        text: goal.text,
        targetValue: goal.value,
        targetUnit: goal.unit,
        targetYear: goal.year
      }
    })
    const inhabitants = kind === 'municipality' || kind === 'region'
    const row: Organisation = {
      id: uuid(),
      ...stamp(int(0, 900)),
      name,
      kind,
      orgNumber: rnd() < 0.8 ? `${nine.slice(0, 6)}-${nine.slice(6)}${luhnCheckDigit(nine)}` : null,
      sector: pick(SECTORS[kind]),
      size: inhabitants ? int(2_500, 400_000) : int(20, 5_000),
      sizeUnit: inhabitants ? 'inhabitants' : 'employees',
      address: `Box ${int(1, 999)}, ${int(100, 999)} ${int(10, 99)} ${place}`,
      website: `https://www.${place.toLowerCase().replace(/[åä]/g, 'a').replace(/ö/g, 'o')}${o}.se`,
      notes: rnd() < 0.3 ? `Kontakt via nätverket i ${pick(REGIONS)}.` : '',
      tags: [...new Set(Array.from({ length: int(0, 3) }, () => pick(TAGS)))],
      goals
    }
    tables.organisations.push(row)
    orgs.push({ row, place, contacts: [] })
  }
  for (let c = 0; c < size.contacts; c++) {
    const org = orgs[c % orgs.length]
    if (!org) break
    const name = person()
    const contact: Contact = {
      id: uuid(),
      ...stamp(int(0, 900)),
      organisationId: org.row.id,
      name,
      role: pick(ROLES),
      email: `${name
        .toLowerCase()
        .replace(/\s+/g, '.')
        .replace(/[åä]/g, 'a')
        .replace(/ö/g, 'o')
        .replace(/[^a-z.]/g, '')}@example.se`,
      phone: `0${int(10, 99)}-${int(100, 999)} ${int(10, 99)} ${int(10, 99)}`,
      notes: ''
    }
    tables.contacts.push(contact)
    org.contacts.push(contact)
  }

  // Engagements; the first `workshops` of them (spread evenly over the list) each get one workshop.
  let areaIndex = 0
  let measurementIndex = 0
  const areasWithIndicator: Array<{ area: Area; start: number }> = []
  for (let e = 0; e < size.engagements; e++) {
    const org = orgs[e % orgs.length]
    if (!org) break
    const withWorkshop = share(size.workshops, size.engagements, e) === 1
    const kind: EngagementKind = withWorkshop
      ? 'workshop'
      : pick(['procurement-support', 'training', 'lecture', 'other', 'workshop'])
    const status = pick(withWorkshop ? WORKSHOP_STATUSES : OTHER_STATUSES)
    const start = int(0, 1_000)
    const engagement: Engagement = {
      id: uuid(),
      ...stamp(start),
      organisationId: org.row.id,
      title: pick(ENGAGEMENT_TITLES[kind]),
      kind,
      status,
      statusHistory: STATUS_PATHS[status].map((s, i) => ({ status: s, at: day(start + i * 14).toISOString() })),
      valueSek: rnd() < 0.1 ? null : int(3, 60) * 5_000,
      expectedStart: isoDate(start + 30),
      expectedEnd: rnd() < 0.4 ? null : isoDate(start + int(45, 180)),
      notes: ''
    }
    tables.engagements.push(engagement)
    if (!withWorkshop) continue

    const w = tables.workshops.length
    const questionNo = int(0, QUESTIONS.length - 1)
    const participantTotal = int(6, 16)
    const workshop: Workshop = {
      id: uuid(),
      ...stamp(start + 20),
      engagementId: engagement.id,
      title: `Workshop ${org.place}`,
      startsAt: `${isoDate(start + 45)}T${pick(['08:30', '09:00', '09:30', '13:00'])}`,
      place: rnd() < 0.2 ? '' : pick([`${org.place} stadshus`, `Kommunhuset i ${org.place}`, `Konferens ${org.place}`]),
      digital: rnd() < 0.15,
      questionId: questionIds[questionNo] ?? null,
      startingQuestion: QUESTIONS[questionNo] ?? '',
      purpose: 'Att hitta områden där effektivisering kan mätas och där upphandling är ett nödvändigt verktyg.',
      agenda: ['Välkomna och syfte', 'Startfrågan', 'Områden i smågrupper', 'Prioritering', 'Nästa steg'],
      participantCount: participantTotal,
      notes: ''
    }
    tables.workshops.push(workshop)
    // Named participants: the client's contacts first, then people recorded by name only.
    const named = Math.min(participantTotal, int(3, 8))
    for (let p = 0; p < named; p++) {
      const contact = org.contacts[p]
      const participant: Participant = {
        id: uuid(),
        ...stamp(start + 20),
        workshopId: workshop.id,
        contactId: contact?.id ?? null,
        name: contact?.name ?? person(),
        role: contact?.role ?? pick(ROLES)
      }
      tables.participants.push(participant)
    }
    const criterionIds = CRITERIA.map((c, order) => {
      const criterion: Criterion = {
        id: uuid(),
        ...stamp(start + 45),
        engagementId: engagement.id,
        name: c.name,
        weight: int(1, 5),
        direction: c.direction,
        order,
        fromVotes: false
      }
      tables.criteria.push(criterion)
      return criterion.id
    })
    const areaCount = share(size.areas, size.workshops, w)
    for (let a = 0; a < areaCount; a++) {
      const template = AREAS[(areaIndex + a * 7) % AREAS.length] ?? AREAS[0]!
      const measured = rnd() < 0.8
      const baseline = int(100, 5_000)
      const target = template.lower ? Math.round(baseline * (0.5 + rnd() * 0.4)) : Math.round(baseline * (1.1 + rnd()))
      const necessity = pick(['necessary', 'necessary', 'contributing', 'not-necessary'] as const)
      const status = pick<AreaStatus>([
        'identified',
        'prioritised',
        'prioritised',
        'in-procurement',
        'implemented',
        'followed-up'
      ])
      const area: Area = {
        id: uuid(),
        ...stamp(start + 45),
        engagementId: engagement.id,
        workshopId: workshop.id,
        title: a < AREAS.length ? template.title : `${template.title} ${Math.floor(a / AREAS.length) + 1}`,
        problem: template.problem,
        costPerYearSek: rnd() < 0.2 ? null : int(2, 400) * 25_000,
        costEstimateNote: rnd() < 0.3 ? 'Uppskattat av ekonomienheten.' : '',
        indicator: measured
          ? {
              name: template.indicator,
              unit: template.unit,
              direction: template.lower ? 'lower-is-better' : 'higher-is-better',
              baselineValue: baseline,
              baselineDate: isoDate(start + 30),
              targetValue: target,
              targetDate: isoDate(start + 45 + 365 * int(1, 3)),
              dataSource: template.source,
              owner: pick(ROLES)
            }
          : null,
        goalId: org.row.goals.length > 0 && rnd() < 0.6 ? (pick(org.row.goals).id ?? null) : null,
        procurementNecessity: necessity,
        necessityRationale: necessity === 'necessary' ? 'Effekten kräver ett nytt avtal med en leverantör.' : '',
        route: necessity === 'not-necessary' ? 'undecided' : pick(ROUTES_NEEDED),
        needsDevelopment: rnd() < 0.15,
        contractValueSek: necessity === 'not-necessary' ? null : int(1, 400) * 50_000,
        annualEffectSek: rnd() < 0.25 ? null : int(1, 200) * 10_000,
        annualEffectIndicator: null,
        status,
        votes: int(0, 12)
      }
      tables.areas.push(area)
      if (area.indicator) areasWithIndicator.push({ area, start: start + 45 })
      criterionIds.forEach((criterionId) => {
        const score: Score = { id: uuid(), ...stamp(start + 45), areaId: area.id, criterionId, value: int(1, 5) }
        tables.scores.push(score)
      })
    }
    areaIndex += areaCount
    const evaluationCount = share(size.evaluations, size.workshops, w)
    for (let v = 0; v < evaluationCount; v++) {
      const grade = () => (rnd() < 0.05 ? null : int(3, 6))
      const commented = rnd() < 0.35
      const quotable = commented && rnd() < 0.5
      const evaluation: Evaluation = {
        id: uuid(),
        ...stamp(start + 46),
        workshopId: workshop.id,
        overall: grade(),
        content: grade(),
        delivery: grade(),
        comment: commented ? pick(COMMENTS) : '',
        quotable,
        reference: quotable && rnd() < 0.3,
        name: quotable ? person() : '',
        contactId: null
      }
      tables.evaluations.push(evaluation)
    }
  }

  // Measurements: spread over the areas with an indicator, a few per area, dated after the baseline.
  const measuredAreas = areasWithIndicator.length
  for (let i = 0; i < measuredAreas && measurementIndex < size.measurements; i++) {
    const entry = areasWithIndicator[i]!
    const count = share(size.measurements, measuredAreas, i)
    const indicator = entry.area.indicator!
    const from = indicator.baselineValue ?? 0
    const to = indicator.targetValue ?? from
    for (let m = 0; m < count; m++) {
      const progress = ((m + 1) / (count + 1)) * (0.6 + rnd() * 0.6)
      const measurement: Measurement = {
        id: uuid(),
        ...stamp(entry.start + 90 * (m + 1)),
        areaId: entry.area.id,
        date: isoDate(entry.start + 90 * (m + 1)),
        value: Math.round(from + (to - from) * progress),
        source: indicator.dataSource,
        note: m === 0 && rnd() < 0.3 ? 'Första mätningen efter avtalsstart.' : ''
      }
      tables.measurements.push(measurement)
      measurementIndex++
    }
  }
  if (measuredAreas === 0 && size.measurements > 0) throw new Error('measurements need areas with an indicator')

  return {
    format: PORTFOLIO_FORMAT,
    formatVersion: PORTFOLIO_FORMAT_VERSION,
    exportedAt: day(1_200).toISOString(),
    appVersion: 'seed',
    tables
  }
}

/** The same text JSON.stringify(portfolio) gives, produced a row at a time. */
export function* portfolioJsonChunks(portfolio: Portfolio): Generator<string> {
  const { tables, ...head } = portfolio
  yield JSON.stringify(head).slice(0, -1) + ',"tables":{'
  for (const [t, name] of TABLE_NAMES.entries()) {
    yield `${t === 0 ? '' : ','}${JSON.stringify(name)}:[`
    const rows: readonly unknown[] = tables[name]
    let batch: string[] = []
    for (const [i, row] of rows.entries()) {
      batch.push((i === 0 ? '' : ',') + JSON.stringify(row))
      if (batch.length === 1000) {
        yield batch.join('')
        batch = []
      }
    }
    yield batch.join('') + ']'
  }
  yield '}}'
}
