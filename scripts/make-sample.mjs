#!/usr/bin/env node
/**
 * Generates resources/sample-portfolio.json: the sample portfolio offered on first start.
 * Five fictional clients, one for each starting question in DOMAIN.md.
 * Plain JS so it runs with bare Node; tests/shared/sample.test.ts validates the output with
 * parsePortfolioFile and checks that the committed file equals this script's output.
 *
 *   node scripts/make-sample.mjs            writes the file
 *   node scripts/make-sample.mjs --stdout   prints it instead (used by the test)
 */
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { dirname, join } from 'node:path'

const APP_VERSION = '0.1.0'
const EXPORTED_AT = '2026-05-04T08:00:00.000Z'

// ---------- helpers ----------

/** A valid organisation number from its first nine digits: Luhn check digit, weights 2,1,2,1,... */
function orgNumber(nineDigits) {
  if (!/^\d{9}$/.test(nineDigits) || Number(nineDigits[2]) < 2) throw new Error(`bad prefix ${nineDigits}`)
  let sum = 0
  for (let i = 0; i < 9; i++) {
    const product = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1)
    sum += product > 9 ? product - 9 : product
  }
  const check = (10 - (sum % 10)) % 10
  const digits = nineDigits + String(check)
  return `${digits.slice(0, 6)}-${digits.slice(6)}`
}

/** A fixed timestamp: date plus local Swedish wall-clock time, stored in UTC (CET/CEST offset). */
function at(date, time = '09:00') {
  // Swedish summer time runs from the last Sunday of March to the last Sunday of October;
  // the sample's times lie well away from the 02:00/03:00 switch.
  const year = Number(date.slice(0, 4))
  const summer = date >= lastSunday(year, 3) && date < lastSunday(year, 10)
  return new Date(`${date}T${time}:00${summer ? '+02:00' : '+01:00'}`).toISOString()
}

/** YYYY-MM-DD of the last Sunday of a month (1-based). */
function lastSunday(year, month) {
  const last = new Date(Date.UTC(year, month, 0))
  last.setUTCDate(last.getUTCDate() - last.getUTCDay())
  return last.toISOString().slice(0, 10)
}

function stamps(date, time) {
  const t = at(date, time)
  return { createdAt: t, updatedAt: t }
}

const tables = {
  organisations: [],
  contacts: [],
  engagements: [],
  questions: [],
  workshops: [],
  participants: [],
  areas: [],
  measurements: [],
  criteria: [],
  scores: [],
  evaluations: [],
  documents: [],
  attachments: [],
  thresholds: []
}

// ---------- the starting-question library (DOMAIN.md) ----------

const QUESTIONS = {
  energi: 'Vilka åtgärder skulle minska kommunens energianvändning mest?',
  vard: 'Vilka problem i vården kostar mest pengar?',
  skola: 'Vilka faktorer i skolan stjäl mest tid från undervisning och lärande?',
  vandalism: 'Vad skulle minska vandaliseringen i vårt fastighetsbestånd?',
  tillvaxt: 'Hur kan kommunen nå tillväxtmålet om 10 % fler invånare på 10 år?'
}
for (const [key, text] of Object.entries(QUESTIONS)) {
  tables.questions.push({ id: `q-${key}`, ...stamps('2026-01-05', '08:00'), text, builtIn: true })
}

// ---------- prioritisation defaults ----------

const DEFAULT_CRITERIA = [
  { key: 'effekt', name: 'Effekt', weight: 3, direction: 'benefit' },
  { key: 'matbarhet', name: 'Mätbarhet', weight: 2, direction: 'benefit' },
  { key: 'nodvandighet', name: 'Upphandlingens nödvändighet', weight: 2, direction: 'benefit' },
  { key: 'genomforbarhet', name: 'Genomförbarhet', weight: 2, direction: 'benefit' },
  { key: 'strategi', name: 'Strategisk koppling', weight: 2, direction: 'benefit' },
  { key: 'risk', name: 'Risk', weight: 1, direction: 'cost' }
]

const STANDARD_AGENDA = (question) => [
  'Välkommen, syfte och förväntningar',
  `Startfrågan: ${question}`,
  'Nuläge: var uppstår kostnaderna i dag?',
  'Kartläggning av möjliga effektiviseringsområden',
  'Mätbarhet: indikator, nollvärde, målvärde och datakälla',
  'Upphandlingens roll och lämplig väg',
  'Prioritering med poängprickar',
  'Sammanfattning och nästa steg'
]

// ---------- one client ----------

/**
 * Adds one client with its contacts, engagement, workshop, areas, criteria, scores and evaluations.
 * `c` is a compact description; this function expands it to full rows.
 */
function addClient(c) {
  const orgId = `org-${c.key}`
  const engagementId = `eng-${c.key}`
  const workshopId = `ws-${c.key}`
  const created = stamps(c.createdOn, '10:00')

  tables.organisations.push({
    id: orgId,
    ...created,
    name: c.name,
    kind: c.kind,
    orgNumber: orgNumber(c.orgPrefix),
    sector: c.sector,
    size: c.size,
    sizeUnit: c.sizeUnit,
    address: c.address,
    website: c.website,
    notes: c.orgNotes,
    tags: c.tags,
    goals: c.goals.map((goal, index) => ({
      id: `goal-${c.key}-${index + 1}`,
      text: goal.text,
      targetValue: goal.value,
      targetUnit: goal.unit,
      targetYear: goal.year
    }))
  })

  c.contacts.forEach((contact, index) => {
    tables.contacts.push({
      id: `contact-${c.key}-${index + 1}`,
      ...created,
      organisationId: orgId,
      name: contact.name,
      role: contact.role,
      email: contact.email,
      phone: contact.phone,
      notes: contact.notes ?? ''
    })
  })

  const history = c.statusHistory.map(([status, date]) => ({ status, at: at(date, '10:00') }))
  const lastChange = history[history.length - 1].at
  tables.engagements.push({
    id: engagementId,
    createdAt: history[0].at,
    updatedAt: lastChange,
    organisationId: orgId,
    title: c.engagementTitle,
    kind: 'workshop',
    status: c.statusHistory[c.statusHistory.length - 1][0],
    statusHistory: history,
    valueSek: c.valueSek,
    expectedStart: c.expectedStart,
    expectedEnd: c.expectedEnd,
    notes: c.engagementNotes
  })

  const question = QUESTIONS[c.questionKey]
  const workshopDate = c.workshop.startsAt.slice(0, 10)
  const afterWorkshop = stamps(workshopDate, '16:00')
  tables.workshops.push({
    id: workshopId,
    ...stamps(c.workshop.plannedOn, '11:00'),
    engagementId,
    title: c.workshop.title,
    startsAt: c.workshop.startsAt,
    place: c.workshop.place,
    digital: c.workshop.digital ?? false,
    questionId: `q-${c.questionKey}`,
    startingQuestion: question,
    purpose: c.workshop.purpose,
    agenda: STANDARD_AGENDA(question),
    participantCount: c.evaluations.length,
    notes: c.workshop.notes
  })

  c.contacts.forEach((contact, index) => {
    tables.participants.push({
      id: `part-${c.key}-${index + 1}`,
      ...afterWorkshop,
      workshopId,
      contactId: `contact-${c.key}-${index + 1}`,
      name: contact.name,
      role: contact.role
    })
  })
  ;(c.otherParticipants ?? []).forEach((participant, index) => {
    tables.participants.push({
      id: `part-${c.key}-x${index + 1}`,
      ...afterWorkshop,
      workshopId,
      contactId: null,
      name: participant.name,
      role: participant.role
    })
  })

  c.areas.forEach((area, index) => {
    const areaId = `area-${c.key}-${index + 1}`
    tables.areas.push({
      id: areaId,
      ...afterWorkshop,
      engagementId,
      workshopId,
      title: area.title,
      problem: area.problem,
      costPerYearSek: area.cost,
      costEstimateNote: area.costNote,
      indicator: {
        name: area.indicator.name,
        unit: area.indicator.unit,
        direction: area.indicator.direction,
        baselineValue: area.indicator.baseline,
        baselineDate: area.indicator.baselineDate,
        targetValue: area.indicator.target,
        targetDate: area.indicator.targetDate,
        dataSource: area.indicator.source,
        owner: area.indicator.owner
      },
      goalId: area.goal === undefined ? null : `goal-${c.key}-${area.goal}`,
      procurementNecessity: area.necessity,
      necessityRationale: area.rationale,
      route: area.route,
      needsDevelopment: area.needsDevelopment ?? false,
      contractValueSek: area.contractValue,
      annualEffectSek: area.annualEffect,
      annualEffectIndicator: null,
      status: area.status,
      votes: area.votes
    })
    ;(area.measurements ?? []).forEach(([date, value, note], m) => {
      tables.measurements.push({
        id: `meas-${c.key}-${index + 1}-${m + 1}`,
        ...stamps(date, '14:00'),
        areaId,
        date,
        value,
        note: note ?? ''
      })
    })
  })

  if (c.withCriteria) {
    const criteriaStamps = stamps(workshopDate, '13:30')
    DEFAULT_CRITERIA.forEach((criterion, order) => {
      tables.criteria.push({
        id: `crit-${c.key}-${criterion.key}`,
        ...criteriaStamps,
        engagementId,
        name: criterion.name,
        weight: criterion.weight,
        direction: criterion.direction,
        order,
        fromVotes: false
      })
    })
    c.areas.forEach((area, index) => {
      if (!area.scores) return
      DEFAULT_CRITERIA.forEach((criterion, k) => {
        tables.scores.push({
          id: `score-${c.key}-${index + 1}-${criterion.key}`,
          ...criteriaStamps,
          areaId: `area-${c.key}-${index + 1}`,
          criterionId: `crit-${c.key}-${criterion.key}`,
          value: area.scores[k]
        })
      })
    })
  }

  c.evaluations.forEach(([overall, content, delivery, comment, quotable, reference], index) => {
    tables.evaluations.push({
      id: `eval-${c.key}-${index + 1}`,
      ...stamps(workshopDate, '15:45'),
      workshopId,
      overall,
      content,
      delivery,
      comment: comment ?? '',
      quotable: quotable ?? false,
      reference: reference ?? false,
      name: '',
      contactId: null
    })
  })
}

// ---------- the five clients ----------

addClient({
  key: 'energi',
  name: 'Norrviks kommun',
  kind: 'municipality',
  orgPrefix: '212000481',
  sector: 'Kommun',
  size: 42_300,
  sizeUnit: 'inhabitants',
  address: 'Stadshusgatan 4, 871 30 Norrvik',
  website: 'https://www.norrvik.example',
  orgNotes: 'Energistrategin antogs av kommunfullmäktige i juni 2025. Kontakten kom via länsstyrelsens energinätverk.',
  tags: ['energi', 'klimat', 'fastigheter'],
  createdOn: '2026-01-08',
  goals: [
    { text: 'Minska energianvändningen i kommunens egna lokaler med 20 % till 2030', value: 20, unit: '%', year: 2030 },
    { text: 'Fossilfri kommunal organisation 2030', value: null, unit: '', year: 2030 }
  ],
  contacts: [
    { name: 'Annika Lindqvist', role: 'Energistrateg', email: 'annika.lindqvist@norrvik.example', phone: '070-174 06 11' },
    { name: 'Per-Olof Sandström', role: 'Fastighetschef', email: 'per-olof.sandstrom@norrvik.example', phone: '070-174 06 12' }
  ],
  engagementTitle: 'Workshop: minskad energianvändning i kommunens verksamheter',
  statusHistory: [
    ['lead', '2026-01-08'],
    ['proposal-sent', '2026-01-15'],
    ['won', '2026-01-22'],
    ['active', '2026-02-12'],
    ['completed', '2026-03-06']
  ],
  valueSek: 68_000,
  expectedStart: '2026-02-12',
  expectedEnd: '2026-03-06',
  engagementNotes: 'Halvdagsworkshop med ledningsgruppen för samhällsbyggnad och fastighet. Rapport levererad 6 mars.',
  questionKey: 'energi',
  workshop: {
    plannedOn: '2026-01-22',
    title: 'Minskad energianvändning',
    startsAt: '2026-02-12T09:00',
    place: 'Norrviks stadshus, sammanträdesrum Älven',
    purpose:
      'Att hitta de åtgärder som minskar kommunens energianvändning mest, där effekten går att mäta och där upphandling är ett nödvändigt verktyg för att nå målet om 20 % lägre energianvändning till 2030.',
    notes: 'Stort engagemang. Fastighetsavdelningen tar fram mätdata per byggnad till uppföljningen.'
  },
  otherParticipants: [
    { name: 'Maria Öberg', role: 'Upphandlare' },
    { name: 'Jonas Håkansson', role: 'Gatuchef' },
    { name: 'Elin Strömberg', role: 'Miljöstrateg' }
  ],
  withCriteria: true,
  areas: [
    {
      title: 'Energieffektiv gatubelysning',
      problem: 'Omkring 6 200 armaturer är äldre högtrycksnatrium med hög elanvändning och täta lampbyten.',
      cost: 4_800_000,
      costNote: 'El och underhåll 2025 enligt gatuavdelningens bokslut.',
      indicator: {
        name: 'Elanvändning för gatubelysning',
        unit: 'MWh/år',
        direction: 'lower-is-better',
        baseline: 3_100,
        baselineDate: '2025-12-31',
        target: 1_400,
        targetDate: '2029-12-31',
        source: 'Elnätsbolagets mätdata per anläggning',
        owner: 'Gatuchef'
      },
      goal: 1,
      necessity: 'necessary',
      rationale: 'Armaturer och styrsystem måste köpas in; kommunen har varken produkterna eller installationskapaciteten själv.',
      route: 'functional',
      contractValue: 18_000_000,
      annualEffect: 2_100_000,
      status: 'in-procurement',
      votes: 9,
      scores: [5, 5, 5, 4, 4, 2],
      measurements: [
        ['2026-03-31', 3_020, 'Rullande tolv månader; första etappen i centrum klar.'],
        ['2026-04-30', 2_940, 'Rullande tolv månader.']
      ]
    },
    {
      title: 'Energiprestandakontrakt för skolor och förskolor',
      problem: 'Skolor och förskolor står för över hälften av energianvändningen i kommunens lokaler och har eftersatt underhåll av värme och ventilation.',
      cost: 21_500_000,
      costNote: 'Energikostnad 2025 för 38 skol- och förskolebyggnader.',
      indicator: {
        name: 'Energianvändning i kommunens lokaler',
        unit: 'kWh/m² Atemp',
        direction: 'lower-is-better',
        baseline: 168,
        baselineDate: '2025-12-31',
        target: 134,
        targetDate: '2030-12-31',
        source: 'Kommunens energiuppföljningssystem',
        owner: 'Fastighetschef'
      },
      goal: 1,
      necessity: 'necessary',
      rationale: 'Ett energiprestandakontrakt med garanterad besparing kräver en entreprenör som tar ansvar för resultatet.',
      route: 'negotiated-with-notice',
      contractValue: 35_000_000,
      annualEffect: 3_200_000,
      status: 'prioritised',
      votes: 7,
      scores: [5, 4, 5, 3, 5, 3],
      measurements: [['2026-03-31', 166, 'Rullande tolv månader.']]
    },
    {
      title: 'Behovsstyrd ventilation och värme',
      problem: 'Ventilation och värme går på fulla drifttider även när lokalerna står tomma på kvällar, helger och lov.',
      cost: 2_600_000,
      costNote: 'Uppskattad andel av energikostnaden som går till tomma lokaler.',
      indicator: {
        name: 'Andel lokaler med behovsstyrd ventilation',
        unit: '%',
        direction: 'higher-is-better',
        baseline: 22,
        baselineDate: '2026-01-31',
        target: 80,
        targetDate: '2028-12-31',
        source: 'Fastighetsavdelningens driftsystem',
        owner: 'Driftchef fastighet'
      },
      goal: 1,
      necessity: 'contributing',
      rationale: 'Givare och styrning köps in, men en stor del av arbetet kan göras av den egna driftpersonalen.',
      route: 'direct',
      contractValue: 650_000,
      annualEffect: 900_000,
      status: 'implemented',
      votes: 5,
      scores: [3, 5, 3, 5, 4, 1],
      measurements: [
        ['2026-03-31', 31, null],
        ['2026-04-30', 38, 'Tolv skolor klara.']
      ]
    },
    {
      title: 'Solceller på kommunala tak',
      problem: 'Kommunen köper all el; lämpliga takytor på skolor, sporthallar och förråd står oanvända.',
      cost: 1_900_000,
      costNote: 'Elkostnad som kan ersättas med egen produktion.',
      indicator: {
        name: 'Egenproducerad solel',
        unit: 'MWh/år',
        direction: 'higher-is-better',
        baseline: 140,
        baselineDate: '2025-12-31',
        target: 1_200,
        targetDate: '2029-12-31',
        source: 'Produktionsmätare, rapporterade av elnätsbolaget',
        owner: 'Energistrateg'
      },
      goal: 2,
      necessity: 'necessary',
      rationale: 'Anläggningarna måste upphandlas; ramavtal ger jämna priser över flera etapper.',
      route: 'open',
      contractValue: 9_500_000,
      annualEffect: 750_000,
      status: 'prioritised',
      votes: 6,
      scores: [3, 5, 5, 4, 4, 2]
    },
    {
      title: 'Energiombud i verksamheterna',
      problem: 'Personalen vet sällan hur deras vanor påverkar energianvändningen i lokalerna.',
      cost: null,
      costNote: 'Svårt att skilja ut; bedöms som liten men billig att påverka.',
      indicator: {
        name: 'Elanvändning per årsarbetare i förvaltningshusen',
        unit: 'kWh/årsarbetare',
        direction: 'lower-is-better',
        baseline: 2_450,
        baselineDate: '2025-12-31',
        target: 2_200,
        targetDate: '2027-12-31',
        source: 'Energiuppföljningssystemet och HR-systemet',
        owner: 'Miljöstrateg'
      },
      goal: 1,
      necessity: 'not-necessary',
      rationale: 'Kan genomföras med egen personal; ingen upphandling behövs.',
      route: 'undecided',
      contractValue: null,
      annualEffect: 300_000,
      status: 'identified',
      votes: 2,
      scores: [2, 3, 1, 5, 3, 1]
    }
  ],
  // The real example from DOMAIN.md: overall mean 5.5, content 5.0, delivery 5.0.
  evaluations: [
    [6, 5, 5, 'Genomfördes proffsigt med kunskap och engagemang!', true, true],
    [5, 5, 5, 'Mycket lärorik', true, true],
    [6, 6, 5],
    [5, 4, 5],
    [6, 5, 6],
    [5, 5, 4],
    [6, 5, 5],
    [5, 5, 5]
  ]
})

addClient({
  key: 'vard',
  name: 'Region Västerdal',
  kind: 'region',
  orgPrefix: '232100015',
  sector: 'Region',
  size: 287_000,
  sizeUnit: 'inhabitants',
  address: 'Regionens hus, Sjukhusvägen 2, 791 82 Västerdal',
  website: 'https://www.regionvasterdal.example',
  orgNotes: 'Regionstyrelsen har beslutat om ett åtgärdsprogram för en ekonomi i balans 2027.',
  tags: ['hälso- och sjukvård', 'ekonomi i balans'],
  createdOn: '2026-01-12',
  goals: [
    { text: 'Ekonomi i balans 2027', value: 0, unit: 'kr underskott', year: 2027 },
    { text: 'Minska undvikbar slutenvård med 15 % till 2028', value: 15, unit: '%', year: 2028 }
  ],
  contacts: [
    { name: 'Karin Wikström', role: 'Ekonomidirektör', email: 'karin.wikstrom@regionvasterdal.example', phone: '070-174 06 21' },
    { name: 'Ahmed Karimi', role: 'Upphandlingschef', email: 'ahmed.karimi@regionvasterdal.example', phone: '070-174 06 22' }
  ],
  engagementTitle: 'Workshop: de dyraste problemen i vården',
  statusHistory: [
    ['lead', '2026-01-12'],
    ['proposal-sent', '2026-01-20'],
    ['won', '2026-02-02'],
    ['active', '2026-02-26']
  ],
  valueSek: 85_000,
  expectedStart: '2026-02-26',
  expectedEnd: '2026-06-30',
  engagementNotes: 'Workshop med regionledningen följd av stöd i två upphandlingar under våren.',
  questionKey: 'vard',
  workshop: {
    plannedOn: '2026-02-02',
    title: 'Kostnadsdrivande problem i vården',
    startsAt: '2026-02-26T08:30',
    place: 'Regionens hus, konferensrum Fjällsippan',
    purpose:
      'Att ringa in de problem i hälso- och sjukvården som kostar mest, välja mått som regionen redan följer och pröva var upphandling kan vara ett verktyg för en ekonomi i balans.',
    notes: 'Bemanningsfrågan dominerade. Ekonomistaben kompletterar kostnadsuppgifterna.'
  },
  otherParticipants: [
    { name: 'Sofia Bergqvist', role: 'Hälso- och sjukvårdsdirektör' },
    { name: 'Lars Nyström', role: 'HR-direktör' }
  ],
  withCriteria: true,
  areas: [
    {
      title: 'Inhyrd personal från bemanningsföretag',
      problem: 'Beroendet av inhyrda läkare och sjuksköterskor är stort på flera vårdcentraler och akutmottagningar.',
      cost: 410_000_000,
      costNote: 'Kostnad för inhyrd personal 2025 enligt årsredovisningen.',
      indicator: {
        name: 'Inhyrd personal som andel av personalkostnaden',
        unit: '%',
        direction: 'lower-is-better',
        baseline: 6.8,
        baselineDate: '2025-12-31',
        target: 2,
        targetDate: '2027-12-31',
        source: 'Regionens ekonomisystem, månadsrapport',
        owner: 'HR-direktör'
      },
      goal: 1,
      necessity: 'contributing',
      rationale: 'Ramavtal med takpriser och krav på kontinuitet styr kostnaden; egen rekrytering är den andra halvan.',
      route: 'open',
      contractValue: 120_000_000,
      annualEffect: 60_000_000,
      status: 'in-procurement',
      votes: 11,
      scores: [5, 5, 4, 3, 5, 3],
      measurements: [
        ['2026-03-31', 6.4, 'Första kvartalet.'],
        ['2026-04-30', 6.1, null]
      ]
    },
    {
      title: 'Undvikbar slutenvård för multisjuka äldre',
      problem: 'Många inläggningar av äldre med flera diagnoser hade kunnat undvikas med bättre uppföljning i hemmet.',
      cost: 95_000_000,
      costNote: 'Vårddagar för undvikbara inläggningar, uppskattat med regionens snittkostnad per vårddag.',
      indicator: {
        name: 'Undvikbar slutenvård',
        unit: 'vårdtillfällen per 100 000 invånare',
        direction: 'lower-is-better',
        baseline: 790,
        baselineDate: '2025-12-31',
        target: 670,
        targetDate: '2028-12-31',
        source: 'Socialstyrelsens öppna jämförelser',
        owner: 'Hälso- och sjukvårdsdirektör'
      },
      goal: 2,
      necessity: 'necessary',
      rationale: 'Lösningar för uppföljning i hemmet finns inte färdiga för regionens behov och behöver utvecklas tillsammans med leverantörer.',
      route: 'innovation-partnership',
      needsDevelopment: true,
      contractValue: 25_000_000,
      annualEffect: 38_000_000,
      status: 'prioritised',
      votes: 8,
      scores: [5, 4, 5, 2, 5, 4]
    },
    {
      title: 'Kasserade läkemedel',
      problem: 'Läkemedel kasseras på avdelningarna när de passerat utgångsdatum eller beställts i för stora mängder.',
      cost: 48_000_000,
      costNote: 'Apotekets kassationsstatistik 2025.',
      indicator: {
        name: 'Kasserade läkemedel',
        unit: 'kr/år',
        direction: 'lower-is-better',
        baseline: 48_000_000,
        baselineDate: '2025-12-31',
        target: 30_000_000,
        targetDate: '2027-12-31',
        source: 'Läkemedelsförsörjningens kassationsstatistik',
        owner: 'Chefläkare'
      },
      goal: 1,
      necessity: 'necessary',
      rationale: 'Ett nytt avtal för läkemedelsförsörjning med krav på uppföljning per avdelning är det som flyttar kostnaden.',
      route: 'open',
      contractValue: 8_000_000,
      annualEffect: 12_000_000,
      status: 'identified',
      votes: 4,
      scores: [4, 5, 4, 4, 3, 2]
    },
    {
      title: 'Vårdrelaterade infektioner',
      problem: 'Vårdrelaterade infektioner förlänger vårdtiderna och ger stora följdkostnader.',
      cost: 120_000_000,
      costNote: 'Uppskattade extra vårddagar enligt vårdhygiens beräkning.',
      indicator: {
        name: 'Andel patienter med vårdrelaterad infektion',
        unit: '%',
        direction: 'lower-is-better',
        baseline: 9.1,
        baselineDate: '2025-11-15',
        target: 6,
        targetDate: '2028-11-15',
        source: 'Punktprevalensmätning av vårdrelaterade infektioner',
        owner: 'Vårdhygienisk enhet'
      },
      goal: 2,
      necessity: 'contributing',
      rationale: 'Ny teknik för desinfektion kan behöva utvecklas och prövas innan den köps in i full skala.',
      route: 'pre-commercial',
      needsDevelopment: true,
      contractValue: 4_500_000,
      annualEffect: 20_000_000,
      status: 'identified',
      votes: 5,
      scores: [4, 4, 3, 3, 4, 4]
    }
  ],
  evaluations: [
    [5, 5, 5, 'Bra att vi fick sätta siffror på problemen direkt.', true, false],
    [6, 5, 6],
    [5, 5, 4],
    [4, 4, 5, 'Hade gärna haft mer tid för prioriteringen.', false, false],
    [5, 6, 5],
    [5, 5, null]
  ]
})

addClient({
  key: 'skola',
  name: 'Ekbacka kommun',
  kind: 'municipality',
  orgPrefix: '212000563',
  sector: 'Kommun',
  size: 18_600,
  sizeUnit: 'inhabitants',
  address: 'Kommunhuset, Torget 1, 645 80 Ekbacka',
  website: 'https://www.ekbacka.example',
  orgNotes: 'Barn- och utbildningsnämnden vill frigöra lärartid; facket är med i arbetet.',
  tags: ['skola', 'lärartid'],
  createdOn: '2026-01-19',
  goals: [
    { text: 'Minst 90 % av eleverna i årskurs 9 ska vara behöriga till gymnasiet 2028', value: 90, unit: '%', year: 2028 },
    { text: 'Lärarna ska lägga mindre tid på administration och mer på undervisning', value: null, unit: '', year: null }
  ],
  contacts: [
    { name: 'Ingrid Åkesson', role: 'Skolchef', email: 'ingrid.akesson@ekbacka.example', phone: '070-174 06 31' }
  ],
  engagementTitle: 'Workshop: mer tid för undervisning och lärande',
  statusHistory: [
    ['lead', '2026-01-19'],
    ['proposal-sent', '2026-01-27'],
    ['won', '2026-02-10'],
    ['active', '2026-03-05'],
    ['completed', '2026-04-02']
  ],
  valueSek: 62_000,
  expectedStart: '2026-03-05',
  expectedEnd: '2026-04-02',
  engagementNotes: 'Workshop med rektorer och förstelärare; workshoprapporten skickad 2 april.',
  questionKey: 'skola',
  workshop: {
    plannedOn: '2026-02-10',
    title: 'Tidstjuvar i skolan',
    startsAt: '2026-03-05T13:00',
    place: 'Ekbackaskolan, aulan',
    purpose:
      'Att hitta det som tar mest tid från undervisning och lärande, mäta det och se var inköp av system och tjänster kan ge lärarna tiden tillbaka.',
    notes: 'Rektorerna tar med sig tidsenkäten till sina arbetslag.'
  },
  otherParticipants: [
    { name: 'Mikael Lundgren', role: 'Rektor, Ekbackaskolan' },
    { name: 'Fatima Hassan', role: 'Förstelärare' },
    { name: 'Gustav Ek', role: 'Upphandlare' }
  ],
  withCriteria: true,
  areas: [
    {
      title: 'Administration som tar lärartid',
      problem: 'Dokumentation, frånvarorapportering och föräldrakontakt sker i flera system som inte talar med varandra.',
      cost: 14_000_000,
      costNote: 'Lärartimmar för administration värderade till snittlön med sociala avgifter.',
      indicator: {
        name: 'Lärares tid för administration',
        unit: 'timmar/vecka',
        direction: 'lower-is-better',
        baseline: 9.5,
        baselineDate: '2026-02-28',
        target: 6,
        targetDate: '2027-06-30',
        source: 'Kommunens lärarenkät, vår och höst',
        owner: 'Skolchef'
      },
      goal: 2,
      necessity: 'necessary',
      rationale: 'Ett samlat system för elevadministration måste upphandlas; dagens avtal löper ut 2027.',
      route: 'open',
      contractValue: 6_000_000,
      annualEffect: 4_500_000,
      status: 'in-procurement',
      votes: 10,
      scores: [5, 4, 5, 3, 5, 3],
      measurements: [['2026-04-30', 9.1, 'Enkät i april, 212 svar.']]
    },
    {
      title: 'Inställda lektioner och vikarier',
      problem: 'Vikarier bokas per telefon på morgonen och många lektioner ställs in eller blir rena tillsynslektioner.',
      cost: 3_100_000,
      costNote: 'Rektorernas tid för vikariebokning och kostnad för korttidsvikarier.',
      indicator: {
        name: 'Andel inställda lektioner',
        unit: '%',
        direction: 'lower-is-better',
        baseline: 4.2,
        baselineDate: '2026-02-28',
        target: 1.5,
        targetDate: '2027-06-30',
        source: 'Schemasystemet',
        owner: 'Rektor, Ekbackaskolan'
      },
      goal: 1,
      necessity: 'contributing',
      rationale: 'Ett bokningssystem för vikarier kan köpas in; rutinerna är lika viktiga.',
      route: 'direct',
      contractValue: 450_000,
      annualEffect: 900_000,
      status: 'implemented',
      votes: 6,
      scores: [3, 5, 3, 5, 4, 1]
    },
    {
      title: 'Hög elevfrånvaro',
      problem: 'En växande grupp elever har hög frånvaro, vilket tar lärarnas tid till uppföljning och sänker resultaten.',
      cost: null,
      costNote: 'Kostnaden syns främst som insatser senare i skolgången.',
      indicator: {
        name: 'Andel elever med mer än 15 % frånvaro',
        unit: '%',
        direction: 'lower-is-better',
        baseline: 17,
        baselineDate: '2026-01-31',
        target: 10,
        targetDate: '2028-06-30',
        source: 'Frånvarorapporteringen i elevadministrationen',
        owner: 'Elevhälsochef'
      },
      goal: 1,
      necessity: 'not-necessary',
      rationale: 'Insatserna görs av elevhälsan; upphandling behövs inte.',
      route: 'undecided',
      contractValue: null,
      annualEffect: null,
      status: 'identified',
      votes: 4,
      scores: [4, 5, 1, 3, 5, 2]
    },
    {
      title: 'Skolskjutstider som kortar skoldagen',
      problem: 'Skolskjutsarnas tider styr schemat och gör att lektioner i byskolorna kortas.',
      cost: 1_200_000,
      costNote: 'Förlorad undervisningstid värderad till lärarlön.',
      indicator: {
        name: 'Förlorad undervisningstid på grund av skolskjuts',
        unit: 'minuter/vecka och klass',
        direction: 'lower-is-better',
        baseline: 45,
        baselineDate: '2026-02-28',
        target: 0,
        targetDate: '2027-08-31',
        source: 'Schemaläggarnas sammanställning',
        owner: 'Skolskjutssamordnare'
      },
      goal: 2,
      necessity: 'necessary',
      rationale: 'Tiderna ligger i skolskjutsavtalet; bara en ny upphandling med krav på anpassning till schemat ändrar dem.',
      route: 'open',
      contractValue: 28_000_000,
      annualEffect: 1_200_000,
      status: 'prioritised',
      votes: 3,
      scores: [3, 4, 5, 3, 3, 2]
    }
  ],
  evaluations: [
    [6, 6, 6, 'Äntligen pratar vi om lärarnas tid med siffror!', true, true],
    [5, 5, 5],
    [5, 4, 5, 'Bra struktur, men för lite tid för frågor.', false, false],
    [6, 5, 6],
    [4, 4, 4],
    [5, 5, 5],
    [6, 6, 5, 'Tydligt och konkret.', true, false]
  ]
})

addClient({
  key: 'vandalism',
  name: 'Strandhems Bostäder AB',
  kind: 'company',
  orgPrefix: '556742318',
  sector: 'Kommunalt bostadsbolag',
  size: 96,
  sizeUnit: 'employees',
  address: 'Hamngatan 12, 451 30 Strandhem',
  website: 'https://www.strandhemsbostader.example',
  orgNotes: 'Helägt av Strandhems kommun; cirka 4 800 lägenheter. Styrelsen har gett vd uppdraget att halvera kostnaderna för skadegörelse.',
  tags: ['fastigheter', 'trygghet', 'allmännyttan'],
  createdOn: '2026-01-05',
  goals: [
    { text: 'Halvera kostnaderna för skadegörelse till 2028', value: 50, unit: '%', year: 2028 },
    { text: 'Minst 80 % av hyresgästerna ska känna sig trygga i sitt område', value: 80, unit: '%', year: 2027 }
  ],
  contacts: [
    { name: 'Thomas Grönlund', role: 'Vd', email: 'thomas.gronlund@strandhemsbostader.example', phone: '070-174 06 41' },
    { name: 'Lena Sjöberg', role: 'Förvaltningschef', email: 'lena.sjoberg@strandhemsbostader.example', phone: '070-174 06 42' }
  ],
  engagementTitle: 'Workshop: mindre vandalisering i fastighetsbeståndet',
  statusHistory: [
    ['lead', '2026-01-05'],
    ['proposal-sent', '2026-01-09'],
    ['won', '2026-01-14'],
    ['active', '2026-01-28'],
    ['completed', '2026-02-20']
  ],
  valueSek: 58_000,
  expectedStart: '2026-01-28',
  expectedEnd: '2026-02-20',
  engagementNotes: 'Workshop med förvaltare och bovärdar. Klotteravtalet upphandlas under våren.',
  questionKey: 'vandalism',
  workshop: {
    plannedOn: '2026-01-14',
    title: 'Minskad vandalisering',
    startsAt: '2026-01-28T09:00',
    place: 'Strandhems Bostäders kontor, konferensrummet Fyren',
    purpose:
      'Att hitta åtgärder som minskar skadegörelsen i bolagets fastigheter, mäta dem med bolagets egna felanmälningar och kostnader, och använda upphandlade avtal som hävstång.',
    notes: 'Bovärdarnas erfarenheter var avgörande. Polisens lokala trygghetsmätning används som komplement.'
  },
  otherParticipants: [
    { name: 'Ali Yilmaz', role: 'Bovärd' },
    { name: 'Hanna Forsberg', role: 'Inköpsansvarig' }
  ],
  withCriteria: true,
  areas: [
    {
      title: 'Klotter och klottersanering',
      problem: 'Klotter sitter kvar i veckor och drar till sig mer; saneringen beställs styckvis till höga priser.',
      cost: 3_400_000,
      costNote: 'Fakturor för klottersanering 2025.',
      indicator: {
        name: 'Kostnad för klottersanering',
        unit: 'kr/år',
        direction: 'lower-is-better',
        baseline: 3_400_000,
        baselineDate: '2025-12-31',
        target: 1_700_000,
        targetDate: '2028-12-31',
        source: 'Felanmälningssystemet och leverantörsfakturor',
        owner: 'Förvaltningschef'
      },
      goal: 1,
      necessity: 'necessary',
      rationale: 'Ett avtal med krav på sanering inom 24 timmar och fast pris per kvadratmeter styr både tid och kostnad.',
      route: 'functional',
      contractValue: 9_000_000,
      annualEffect: 1_500_000,
      status: 'followed-up',
      votes: 9,
      scores: [5, 5, 5, 4, 5, 2],
      measurements: [
        ['2026-03-31', 3_150_000, 'Rullande tolv månader; nya avtalet gäller från 1 mars.'],
        ['2026-04-30', 2_980_000, 'Rullande tolv månader.']
      ]
    },
    {
      title: 'Belysning och trygghetsvandringar',
      problem: 'Mörka gångvägar och entréer upplevs otrygga och är där mest skadegörelse sker.',
      cost: 900_000,
      costNote: 'Skador på entréer och belysning 2025.',
      indicator: {
        name: 'Anmälda skadegörelser',
        unit: 'antal per 1 000 lägenheter och år',
        direction: 'lower-is-better',
        baseline: 62,
        baselineDate: '2025-12-31',
        target: 35,
        targetDate: '2027-12-31',
        source: 'Felanmälningssystemet',
        owner: 'Områdeschef'
      },
      goal: 2,
      necessity: 'contributing',
      rationale: 'Armaturer köps genom direktupphandling; trygghetsvandringarna görs med hyresgästföreningen.',
      route: 'direct',
      contractValue: 520_000,
      annualEffect: 400_000,
      status: 'implemented',
      votes: 6,
      scores: [4, 4, 3, 5, 4, 1]
    },
    {
      title: 'Skalskydd och passersystem i trapphus',
      problem: 'Obehöriga tar sig in i trapphus, källare och vindar; förrådsinbrott och bränder följer.',
      cost: 2_100_000,
      costNote: 'Reparationer efter inbrott och skadegörelse i allmänna utrymmen 2025.',
      indicator: {
        name: 'Inbrott i källar- och vindsförråd',
        unit: 'antal/år',
        direction: 'lower-is-better',
        baseline: 140,
        baselineDate: '2025-12-31',
        target: 50,
        targetDate: '2028-12-31',
        source: 'Felanmälningssystemet och polisanmälningar',
        owner: 'Säkerhetssamordnare'
      },
      goal: 1,
      necessity: 'necessary',
      rationale: 'Passersystem och dörrar måste upphandlas; bolaget har inga egna installatörer.',
      route: 'open',
      contractValue: 7_800_000,
      annualEffect: 1_300_000,
      status: 'in-procurement',
      votes: 7,
      scores: [4, 5, 5, 3, 4, 3]
    },
    {
      title: 'Sommarjobb för unga via leverantörernas avtal',
      problem: 'Skadegörelsen ökar under sommarlovet när många unga saknar sysselsättning.',
      cost: 600_000,
      costNote: 'Skadegörelse juni–augusti utöver snittet för övriga månader.',
      indicator: {
        name: 'Sommarjobb för unga genom bolagets leverantörer',
        unit: 'antal/år',
        direction: 'higher-is-better',
        baseline: 0,
        baselineDate: '2025-12-31',
        target: 40,
        targetDate: '2027-08-31',
        source: 'Leverantörernas rapportering enligt avtal',
        owner: 'Inköpsansvarig'
      },
      goal: 2,
      necessity: 'necessary',
      rationale: 'Krav på sommarjobb ställs som särskilda kontraktsvillkor i skötsel- och städavtalen.',
      route: 'open',
      contractValue: 14_000_000,
      annualEffect: 300_000,
      status: 'prioritised',
      votes: 5,
      scores: [3, 4, 5, 4, 5, 2]
    },
    {
      title: 'Bränder i soprum',
      problem: 'Anlagda bränder i soprum ger stora skador och rökskador i trapphusen.',
      cost: 1_400_000,
      costNote: 'Försäkringsärenden och självrisker 2025.',
      indicator: {
        name: 'Bränder i soprum',
        unit: 'antal/år',
        direction: 'lower-is-better',
        baseline: 11,
        baselineDate: '2025-12-31',
        target: 3,
        targetDate: '2027-12-31',
        source: 'Räddningstjänstens insatsrapporter',
        owner: 'Säkerhetssamordnare'
      },
      goal: 1,
      necessity: 'necessary',
      rationale: 'Brandlarm och låsbara sopkärl köps in under tröskelvärdet.',
      route: 'below-threshold',
      contractValue: 1_100_000,
      annualEffect: 800_000,
      status: 'identified',
      votes: 3,
      scores: [3, 5, 4, 4, 3, 2]
    }
  ],
  evaluations: [
    [6, 5, 6, 'Konkret och lätt att ta med sig hem till förvaltningen.', true, false],
    [5, 5, 5],
    [5, 4, 5],
    [6, 6, 6],
    [4, 5, 4, 'Lite för mycket om lagstiftningen för oss bovärdar.', false, false]
  ]
})

addClient({
  key: 'tillvaxt',
  name: 'Lövsjö kommun',
  kind: 'municipality',
  orgPrefix: '212000637',
  sector: 'Kommun',
  size: 24_300,
  sizeUnit: 'inhabitants',
  address: 'Kommunhuset, Storgatan 20, 785 31 Lövsjö',
  website: 'https://www.lovsjo.example',
  orgNotes: 'Fullmäktige antog 2025 målet om 10 % fler invånare på tio år. Kommunen har ont om byggbar mark nära stationen.',
  tags: ['tillväxt', 'bostäder', 'näringsliv'],
  createdOn: '2026-02-09',
  goals: [
    { text: '10 % fler invånare på 10 år', value: 10, unit: '%', year: 2036 },
    { text: 'Minst 150 nya bostäder per år', value: 150, unit: 'bostäder/år', year: 2030 }
  ],
  contacts: [
    { name: 'Björn Holmqvist', role: 'Kommundirektör', email: 'bjorn.holmqvist@lovsjo.example', phone: '070-174 06 51' },
    { name: 'Sara Nilsson', role: 'Näringslivschef', email: 'sara.nilsson@lovsjo.example', phone: '070-174 06 52' }
  ],
  engagementTitle: 'Workshop: vägen till 10 % fler invånare',
  statusHistory: [
    ['lead', '2026-02-09'],
    ['proposal-sent', '2026-02-18'],
    ['won', '2026-03-02'],
    ['active', '2026-04-16']
  ],
  valueSek: 72_000,
  expectedStart: '2026-04-16',
  expectedEnd: '2026-06-12',
  engagementNotes: 'Workshop med kommunledningsgruppen; prioriteringen görs på ett uppföljande möte i maj.',
  questionKey: 'tillvaxt',
  workshop: {
    plannedOn: '2026-03-02',
    title: 'Tillväxtmålet',
    startsAt: '2026-04-16T09:30',
    place: 'Lövsjö kommunhus, fullmäktigesalen',
    purpose:
      'Att bryta ned tillväxtmålet i mätbara delmål och hitta var kommunens upphandlingar kan bidra: bostäder, kommunikationer, service och ett lokalt näringsliv.',
    notes: 'Prioriteringen med poäng sköts till uppföljningsmötet.'
  },
  otherParticipants: [
    { name: 'Oskar Lindberg', role: 'Samhällsbyggnadschef' },
    { name: 'Emma Persson', role: 'Upphandlingschef' },
    { name: 'Nils Åström', role: 'Ekonomichef' }
  ],
  // Criteria set up, not yet scored: the grid is filled at the follow-up meeting.
  withCriteria: true,
  areas: [
    {
      title: 'Byggbar mark och detaljplaner',
      problem: 'Planarbetet tar för lång tid; byggherrar väljer grannkommunerna.',
      cost: null,
      costNote: 'Ingen direkt kostnad; förlorade skatteintäkter när bostäder inte byggs.',
      indicator: {
        name: 'Färdigställda bostäder',
        unit: 'bostäder/år',
        direction: 'higher-is-better',
        baseline: 70,
        baselineDate: '2025-12-31',
        target: 150,
        targetDate: '2030-12-31',
        source: 'SCB, statistik över nybyggnation',
        owner: 'Samhällsbyggnadschef'
      },
      goal: 2,
      necessity: 'contributing',
      rationale: 'Ramavtal för planarkitekter och utredningar kortar handläggningen; besluten fattas av kommunen.',
      route: 'open',
      contractValue: 4_000_000,
      annualEffect: null,
      status: 'identified',
      votes: 12
    },
    {
      title: 'Kollektivtrafik till regionens arbetsmarknad',
      problem: 'Lång restid till residensstaden gör kommunen svår att välja för den som pendlar.',
      cost: null,
      costNote: 'Kommunens del av den regionala trafiken betalas via skatteväxling.',
      indicator: {
        name: 'Restid med kollektivtrafik till residensstaden',
        unit: 'minuter',
        direction: 'lower-is-better',
        baseline: 58,
        baselineDate: '2026-03-31',
        target: 40,
        targetDate: '2030-12-31',
        source: 'Regionens tidtabeller',
        owner: 'Kommundirektör'
      },
      goal: 1,
      necessity: 'contributing',
      rationale: 'Trafiken upphandlas av regionen; kommunen kan bidra med krav och medfinansiering av snabbusslinje.',
      route: 'competitive-dialogue',
      contractValue: null,
      annualEffect: null,
      status: 'identified',
      votes: 8
    },
    {
      title: 'Snabbt bredband i hela kommunen',
      problem: 'Flera byar saknar fiber; distansarbete är ett skäl att flytta hit, men bara där uppkopplingen fungerar.',
      cost: null,
      costNote: 'Investering, ingen löpande kostnad i dag.',
      indicator: {
        name: 'Hushåll med tillgång till minst 1 Gbit/s',
        unit: '%',
        direction: 'higher-is-better',
        baseline: 84,
        baselineDate: '2025-10-01',
        target: 98,
        targetDate: '2029-10-01',
        source: 'PTS bredbandskartläggning',
        owner: 'Näringslivschef'
      },
      goal: 1,
      necessity: 'necessary',
      rationale: 'Utbyggnaden i glesbygd kräver en upphandlad entreprenör med stöd från statliga bredbandsmedel.',
      route: 'open',
      contractValue: 22_000_000,
      annualEffect: null,
      status: 'identified',
      votes: 6
    },
    {
      title: 'Lokala småföretag i kommunens upphandlingar',
      problem: 'Få lokala företag lämnar anbud; kommunens inköp stärker sällan det lokala näringslivet.',
      cost: null,
      costNote: 'Ej kostnadsberäknat.',
      indicator: {
        name: 'Upphandlingar där lokala småföretag lämnat anbud',
        unit: '%',
        direction: 'higher-is-better',
        baseline: 18,
        baselineDate: '2025-12-31',
        target: 35,
        targetDate: '2028-12-31',
        source: 'Kommunens upphandlingssystem',
        owner: 'Upphandlingschef'
      },
      goal: 1,
      necessity: 'necessary',
      rationale: 'Mindre delkontrakt och dialog före annonsering är upphandlingens egna verktyg.',
      route: 'below-threshold',
      contractValue: null,
      annualEffect: null,
      status: 'identified',
      votes: 5
    },
    {
      title: 'Förskoleplats på önskat datum',
      problem: 'Inflyttande barnfamiljer får vänta på förskoleplats, vilket gör att de väljer annan kommun.',
      cost: 2_500_000,
      costNote: 'Kostnad för tillfälliga lösningar och förlorade skatteintäkter, uppskattat.',
      indicator: {
        name: 'Barn som får förskoleplats på önskat datum',
        unit: '%',
        direction: 'higher-is-better',
        baseline: 76,
        baselineDate: '2025-12-31',
        target: 100,
        targetDate: '2028-08-31',
        source: 'Barnomsorgens kösystem',
        owner: 'Förskolechef'
      },
      goal: 1,
      necessity: 'contributing',
      rationale: 'Modulförskolor kan upphandlas med funktionskrav medan permanenta lokaler planeras.',
      route: 'functional',
      contractValue: 15_000_000,
      annualEffect: null,
      status: 'identified',
      votes: 7
    },
    {
      title: 'Etableringsservice för nyinflyttade',
      problem: 'Nya invånare vet inte vart de ska vända sig för jobb åt medflyttande, bostad och föreningsliv.',
      cost: null,
      costNote: 'Ej kostnadsberäknat.',
      indicator: {
        name: 'Inflyttningsnetto',
        unit: 'personer/år',
        direction: 'higher-is-better',
        baseline: 120,
        baselineDate: '2025-12-31',
        target: 300,
        targetDate: '2030-12-31',
        source: 'SCB, befolkningsstatistik',
        owner: 'Näringslivschef'
      },
      goal: 1,
      necessity: 'not-necessary',
      rationale: 'Kan byggas upp inom kommunens egen organisation.',
      route: 'undecided',
      contractValue: null,
      annualEffect: null,
      status: 'identified',
      votes: 3
    }
  ],
  evaluations: [
    [5, 5, 5, 'Målet känns plötsligt möjligt att följa upp.', true, false],
    [5, 4, 5],
    [6, 5, 5],
    [4, 4, 4, 'Vi hann inte prioritera, men underlaget är bra.', false, false],
    [5, 5, 6],
    [5, 5, 5]
  ]
})

// ---------- output ----------

const portfolio = {
  format: 'matbar-portfolio',
  formatVersion: 1,
  exportedAt: EXPORTED_AT,
  appVersion: APP_VERSION,
  tables
}
const text = `${JSON.stringify(portfolio, null, 2)}\n`

if (process.argv.includes('--stdout')) {
  process.stdout.write(text)
} else {
  const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'sample-portfolio.json')
  writeFileSync(target, text, 'utf8')
  console.log(`wrote ${target}`)
}
