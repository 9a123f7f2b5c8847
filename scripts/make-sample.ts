/**
 * Generates resources/sample-portfolio.json: the sample portfolio offered on first start.
 * Five fictional clients, one for each starting question in DOMAIN.md.
 *
 * The data is a set of compact tables, typed row by row; small builder functions expand each row
 * to a full entity and parse it with its table's zod schema (src-shared/entities.ts), so a wrong
 * row fails here, at generation time. The whole file is then checked once more with
 * parsePortfolioFile (references between tables included).
 * tests/shared/sample.test.ts checks that the committed file equals this script's output.
 *
 *   npm run sample                               writes the file
 *   npx tsx scripts/make-sample.ts --stdout      prints it instead (used by the test)
 */
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { TABLES } from '../src-shared/entities'
import type {
  Area,
  AreaStatus,
  Criterion,
  Indicator,
  Organisation,
  OrganisationKind,
  ProcurementRoute,
  RowOf,
  TableName
} from '../src-shared/entities'
import { luhnCheckDigit, parseOrgNumber } from '../src-shared/org-number'
import { createPortfolio, emptyPortfolioTables, parsePortfolioFile } from '../src-shared/portfolio-file'

const APP_VERSION = '0.1.0'
const EXPORTED_AT = new Date('2026-05-04T08:00:00.000Z')

// ---------- the starting-question library (DOMAIN.md), one question per client ----------

const QUESTIONS = {
  energi: 'Vilka åtgärder skulle minska kommunens energianvändning mest?',
  vard: 'Vilka problem i vården kostar mest pengar?',
  skola: 'Vilka faktorer i skolan stjäl mest tid från undervisning och lärande?',
  vandalism: 'Vad skulle minska vandaliseringen i vårt fastighetsbestånd?',
  tillvaxt: 'Hur kan kommunen nå tillväxtmålet om 10 % fler invånare på 10 år?'
} as const

/** A sample client; it also names the starting question its workshop asks. */
type ClientKey = keyof typeof QUESTIONS
/** One row (or list of rows) for every client, so that none can be left out. */
type PerClient<Row> = Readonly<Record<ClientKey, Row>>

const CLIENTS = Object.keys(QUESTIONS) as ClientKey[]

// ---------- prioritisation and workshop defaults ----------

type CriterionRow = readonly [key: string, name: string, weight: number, direction: Criterion['direction']]

const DEFAULT_CRITERIA: readonly CriterionRow[] = [
  ['effekt', 'Effekt', 3, 'benefit'],
  ['matbarhet', 'Mätbarhet', 2, 'benefit'],
  ['nodvandighet', 'Upphandlingens nödvändighet', 2, 'benefit'],
  ['genomforbarhet', 'Genomförbarhet', 2, 'benefit'],
  ['strategi', 'Strategisk koppling', 2, 'benefit'],
  ['risk', 'Risk', 1, 'cost']
]

/** The agenda every sample workshop follows, around its starting question. */
function standardAgenda(question: string): string[] {
  return [
    'Välkommen, syfte och förväntningar',
    `Startfrågan: ${question}`,
    'Nuläge: var uppstår kostnaderna i dag?',
    'Kartläggning av möjliga effektiviseringsområden',
    'Mätbarhet: indikator, nollvärde, målvärde och datakälla',
    'Upphandlingens roll och lämplig väg',
    'Prioritering med poängprickar',
    'Sammanfattning och nästa steg'
  ]
}

/** Every engagement walks this path; its row gives the date of each step it has reached. */
const STATUS_PATH = ['lead', 'proposal-sent', 'won', 'active', 'completed'] as const

// ---------- the clients' data ----------
// The row types first, then the tables: one line per client (the areas: one line per area).
// The lines are long on purpose: each is one row of a table, and one row is read as a whole.

/** YYYY-MM-DD. */
type Day = string

/** Columns in the order of the Organisation schema; the nine digits get their Luhn check digit. */
type OrganisationRow = readonly [
  name: string,
  kind: OrganisationKind,
  orgNumberPrefix: string,
  sector: string,
  size: number,
  sizeUnit: Organisation['sizeUnit'],
  address: string,
  website: string,
  tags: readonly string[],
  notes: string
]
type GoalRow = readonly [text: string, targetValue: number | null, targetUnit: string, targetYear: number | null]
type ContactRow = readonly [name: string, role: string, email: string, phone: string]
/**
 * The status dates also date the other rows: the organisation is created on the lead's date and
 * the workshop planned on the day the engagement is won.
 */
type EngagementRow = readonly [
  title: string,
  valueSek: number,
  expectedStart: Day,
  expectedEnd: Day,
  statusDates: readonly Day[],
  notes: string
]
type WorkshopRow = readonly [title: string, startsAt: string, place: string, purpose: string, notes: string]
/** Participants who are not contacts of the client (the contacts take part too). */
type GuestRow = readonly [name: string, role: string]
type IndicatorRow = readonly [
  name: string,
  unit: string,
  direction: Indicator['direction'],
  baselineValue: number,
  baselineDate: Day,
  targetValue: number,
  targetDate: Day,
  dataSource: string,
  owner: string
]
/** A grade from 1 to 5 per default criterion, in the order of DEFAULT_CRITERIA. */
type Scores = readonly [number, number, number, number, number, number]
/**
 * Columns in the order of the Area schema, related ones grouped: goal is the goal's number within
 * the client; the scores come last (null: not scored yet).
 */
type AreaRow = readonly [
  title: string,
  problem: string,
  cost: readonly [perYearSek: number | null, estimateNote: string],
  indicator: IndicatorRow,
  goal: number,
  procurement: readonly [
    necessity: NonNullable<Area['procurementNecessity']>,
    rationale: string,
    route: ProcurementRoute,
    needsDevelopment: boolean
  ],
  value: readonly [contractValueSek: number | null, annualEffectSek: number | null],
  status: AreaStatus,
  votes: number,
  scores: Scores | null
]
/** An area's id: area-<client>-<the area's number within the client>. */
type AreaId = `area-${ClientKey}-${number}`
type MeasurementRow = readonly [date: Day, value: number, source: string, note: string]
type Grade = number | null
/** overall, content and delivery, then a comment with its consent to quote and its use as a reference. */
type EvaluationRow = readonly [
  overall: Grade,
  content: Grade,
  delivery: Grade,
  comment?: string,
  quotable?: boolean,
  reference?: boolean
]

// ---------- the tables ----------
// Each table keeps one row per line, so that a row reads as a whole (.prettierignore leaves this
// file alone, or the formatter would put every value of a long row on a line of its own).

const ORGANISATIONS: PerClient<OrganisationRow> = {
  energi: ['Norrviks kommun', 'municipality', '212000481', 'Kommun', 42_300, 'inhabitants', 'Stadshusgatan 4, 871 30 Norrvik', 'https://www.norrvik.example', ['energi', 'klimat', 'fastigheter'], 'Energistrategin antogs av kommunfullmäktige i juni 2025. Kontakten kom via länsstyrelsens energinätverk.'],
  vard: ['Region Västerdal', 'region', '232100015', 'Region', 287_000, 'inhabitants', 'Regionens hus, Sjukhusvägen 2, 791 82 Västerdal', 'https://www.regionvasterdal.example', ['hälso- och sjukvård', 'ekonomi i balans'], 'Regionstyrelsen har beslutat om ett åtgärdsprogram för en ekonomi i balans 2027.'],
  skola: ['Ekbacka kommun', 'municipality', '212000563', 'Kommun', 18_600, 'inhabitants', 'Kommunhuset, Torget 1, 645 80 Ekbacka', 'https://www.ekbacka.example', ['skola', 'lärartid'], 'Barn- och utbildningsnämnden vill frigöra lärartid; facket är med i arbetet.'],
  vandalism: ['Strandhems Bostäder AB', 'company', '556742318', 'Kommunalt bostadsbolag', 96, 'employees', 'Hamngatan 12, 451 30 Strandhem', 'https://www.strandhemsbostader.example', ['fastigheter', 'trygghet', 'allmännyttan'], 'Helägt av Strandhems kommun; cirka 4 800 lägenheter. Styrelsen har gett vd uppdraget att halvera kostnaderna för skadegörelse.'],
  tillvaxt: ['Lövsjö kommun', 'municipality', '212000637', 'Kommun', 24_300, 'inhabitants', 'Kommunhuset, Storgatan 20, 785 31 Lövsjö', 'https://www.lovsjo.example', ['tillväxt', 'bostäder', 'näringsliv'], 'Fullmäktige antog 2025 målet om 10 % fler invånare på tio år. Kommunen har ont om byggbar mark nära stationen.']
}

const GOALS: PerClient<readonly GoalRow[]> = {
  energi: [['Minska energianvändningen i kommunens egna lokaler med 20 % till 2030', 20, '%', 2030], ['Fossilfri kommunal organisation 2030', null, '', 2030]],
  vard: [['Ekonomi i balans 2027', 0, 'kr underskott', 2027], ['Minska undvikbar slutenvård med 15 % till 2028', 15, '%', 2028]],
  skola: [['Minst 90 % av eleverna i årskurs 9 ska vara behöriga till gymnasiet 2028', 90, '%', 2028], ['Lärarna ska lägga mindre tid på administration och mer på undervisning', null, '', null]],
  vandalism: [['Halvera kostnaderna för skadegörelse till 2028', 50, '%', 2028], ['Minst 80 % av hyresgästerna ska känna sig trygga i sitt område', 80, '%', 2027]],
  tillvaxt: [['10 % fler invånare på 10 år', 10, '%', 2036], ['Minst 150 nya bostäder per år', 150, 'bostäder/år', 2030]]
}

const CONTACTS: PerClient<readonly ContactRow[]> = {
  energi: [['Annika Lindqvist', 'Energistrateg', 'annika.lindqvist@norrvik.example', '070-174 06 11'], ['Per-Olof Sandström', 'Fastighetschef', 'per-olof.sandstrom@norrvik.example', '070-174 06 12']],
  vard: [['Karin Wikström', 'Ekonomidirektör', 'karin.wikstrom@regionvasterdal.example', '070-174 06 21'], ['Ahmed Karimi', 'Upphandlingschef', 'ahmed.karimi@regionvasterdal.example', '070-174 06 22']],
  skola: [['Ingrid Åkesson', 'Skolchef', 'ingrid.akesson@ekbacka.example', '070-174 06 31']],
  vandalism: [['Thomas Grönlund', 'Vd', 'thomas.gronlund@strandhemsbostader.example', '070-174 06 41'], ['Lena Sjöberg', 'Förvaltningschef', 'lena.sjoberg@strandhemsbostader.example', '070-174 06 42']],
  tillvaxt: [['Björn Holmqvist', 'Kommundirektör', 'bjorn.holmqvist@lovsjo.example', '070-174 06 51'], ['Sara Nilsson', 'Näringslivschef', 'sara.nilsson@lovsjo.example', '070-174 06 52']]
}

const ENGAGEMENTS: PerClient<EngagementRow> = {
  energi: ['Minskad energianvändning i kommunens verksamheter', 68_000, '2026-02-12', '2026-03-06', ['2026-01-08', '2026-01-15', '2026-01-22', '2026-02-12', '2026-03-06'], 'Halvdagsworkshop med ledningsgruppen för samhällsbyggnad och fastighet. Rapport levererad 6 mars.'],
  vard: ['De dyraste problemen i vården', 85_000, '2026-02-26', '2026-06-30', ['2026-01-12', '2026-01-20', '2026-02-02', '2026-02-26'], 'Workshop med regionledningen följd av stöd i två upphandlingar under våren.'],
  skola: ['Mer tid för undervisning och lärande', 62_000, '2026-03-05', '2026-04-02', ['2026-01-19', '2026-01-27', '2026-02-10', '2026-03-05', '2026-04-02'], 'Workshop med rektorer och förstelärare; workshoprapporten skickad 2 april.'],
  vandalism: ['Mindre vandalisering i fastighetsbeståndet', 58_000, '2026-01-28', '2026-02-20', ['2026-01-05', '2026-01-09', '2026-01-14', '2026-01-28', '2026-02-20'], 'Workshop med förvaltare och bovärdar. Klotteravtalet upphandlas under våren.'],
  tillvaxt: ['Vägen till 10 % fler invånare', 72_000, '2026-04-16', '2026-06-12', ['2026-02-09', '2026-02-18', '2026-03-02', '2026-04-16'], 'Workshop med kommunledningsgruppen; prioriteringen görs på ett uppföljande möte i maj.']
}

const WORKSHOPS: PerClient<WorkshopRow> = {
  energi: ['Minskad energianvändning', '2026-02-12T09:00', 'Norrviks stadshus, sammanträdesrum Älven', 'Att hitta de åtgärder som minskar kommunens energianvändning mest, där effekten går att mäta och där upphandling är ett nödvändigt verktyg för att nå målet om 20 % lägre energianvändning till 2030.', 'Stort engagemang. Fastighetsavdelningen tar fram mätdata per byggnad till uppföljningen.'],
  vard: ['Kostnadsdrivande problem i vården', '2026-02-26T08:30', 'Regionens hus, konferensrum Fjällsippan', 'Att ringa in de problem i hälso- och sjukvården som kostar mest, välja mått som regionen redan följer och pröva var upphandling kan vara ett verktyg för en ekonomi i balans.', 'Bemanningsfrågan dominerade. Ekonomistaben kompletterar kostnadsuppgifterna.'],
  skola: ['Tidstjuvar i skolan', '2026-03-05T13:00', 'Ekbackaskolan, aulan', 'Att hitta det som tar mest tid från undervisning och lärande, mäta det och se var inköp av system och tjänster kan ge lärarna tiden tillbaka.', 'Rektorerna tar med sig tidsenkäten till sina arbetslag.'],
  vandalism: ['Minskad vandalisering', '2026-01-28T09:00', 'Strandhems Bostäders kontor, konferensrummet Fyren', 'Att hitta åtgärder som minskar skadegörelsen i bolagets fastigheter, mäta dem med bolagets egna felanmälningar och kostnader, och använda upphandlade avtal som hävstång.', 'Bovärdarnas erfarenheter var avgörande. Polisens lokala trygghetsmätning används som komplement.'],
  tillvaxt: ['Tillväxtmålet', '2026-04-16T09:30', 'Lövsjö kommunhus, fullmäktigesalen', 'Att bryta ned tillväxtmålet i mätbara delmål och hitta var kommunens upphandlingar kan bidra: bostäder, kommunikationer, service och ett lokalt näringsliv.', 'Prioriteringen med poäng sköts till uppföljningsmötet.']
}

const GUESTS: PerClient<readonly GuestRow[]> = {
  energi: [['Maria Öberg', 'Upphandlare'], ['Jonas Håkansson', 'Gatuchef'], ['Elin Strömberg', 'Miljöstrateg']],
  vard: [['Sofia Bergqvist', 'Hälso- och sjukvårdsdirektör'], ['Lars Nyström', 'HR-direktör']],
  skola: [['Mikael Lundgren', 'Rektor, Ekbackaskolan'], ['Fatima Hassan', 'Förstelärare'], ['Gustav Ek', 'Upphandlare']],
  vandalism: [['Ali Yilmaz', 'Bovärd'], ['Hanna Forsberg', 'Inköpsansvarig']],
  tillvaxt: [['Oskar Lindberg', 'Samhällsbyggnadschef'], ['Emma Persson', 'Upphandlingschef'], ['Nils Åström', 'Ekonomichef']]
}

const AREAS: PerClient<readonly AreaRow[]> = {
  energi: [
    ['Energieffektiv gatubelysning', 'Omkring 6 200 armaturer är äldre högtrycksnatrium med hög elanvändning och täta lampbyten.', [4_800_000, 'El och underhåll 2025 enligt gatuavdelningens bokslut.'], ['Elanvändning för gatubelysning', 'MWh/år', 'lower-is-better', 3_100, '2025-12-31', 1_400, '2029-12-31', 'Elnätsbolagets mätdata per anläggning', 'Gatuchef'], 1, ['necessary', 'Armaturer och styrsystem måste köpas in; kommunen har varken produkterna eller installationskapaciteten själv.', 'functional', false], [18_000_000, 2_100_000], 'in-procurement', 9, [5, 5, 5, 4, 4, 2]],
    ['Energiprestandakontrakt för skolor och förskolor', 'Skolor och förskolor står för över hälften av energianvändningen i kommunens lokaler och har eftersatt underhåll av värme och ventilation.', [21_500_000, 'Energikostnad 2025 för 38 skol- och förskolebyggnader.'], ['Energianvändning i kommunens lokaler', 'kWh/m² Atemp', 'lower-is-better', 168, '2025-12-31', 134, '2030-12-31', 'Kommunens energiuppföljningssystem', 'Fastighetschef'], 1, ['necessary', 'Ett energiprestandakontrakt med garanterad besparing kräver en entreprenör som tar ansvar för resultatet.', 'negotiated-with-notice', false], [35_000_000, 3_200_000], 'prioritised', 7, [5, 4, 5, 3, 5, 3]],
    ['Behovsstyrd ventilation och värme', 'Ventilation och värme går på fulla drifttider även när lokalerna står tomma på kvällar, helger och lov.', [2_600_000, 'Uppskattad andel av energikostnaden som går till tomma lokaler.'], ['Andel lokaler med behovsstyrd ventilation', '%', 'higher-is-better', 22, '2026-01-31', 80, '2028-12-31', 'Fastighetsavdelningens driftsystem', 'Driftchef fastighet'], 1, ['contributing', 'Givare och styrning köps in, men en stor del av arbetet kan göras av den egna driftpersonalen.', 'direct', false], [650_000, 900_000], 'implemented', 5, [3, 5, 3, 5, 4, 1]],
    ['Solceller på kommunala tak', 'Kommunen köper all el; lämpliga takytor på skolor, sporthallar och förråd står oanvända.', [1_900_000, 'Elkostnad som kan ersättas med egen produktion.'], ['Egenproducerad solel', 'MWh/år', 'higher-is-better', 140, '2025-12-31', 1_200, '2029-12-31', 'Produktionsmätare, rapporterade av elnätsbolaget', 'Energistrateg'], 2, ['necessary', 'Anläggningarna måste upphandlas; ramavtal ger jämna priser över flera etapper.', 'open', false], [9_500_000, 750_000], 'prioritised', 6, [3, 5, 5, 4, 4, 2]],
    ['Energiombud i verksamheterna', 'Personalen vet sällan hur deras vanor påverkar energianvändningen i lokalerna.', [null, 'Svårt att skilja ut; bedöms som liten men billig att påverka.'], ['Elanvändning per årsarbetare i förvaltningshusen', 'kWh/årsarbetare', 'lower-is-better', 2_450, '2025-12-31', 2_200, '2027-12-31', 'Energiuppföljningssystemet och HR-systemet', 'Miljöstrateg'], 1, ['not-necessary', 'Kan genomföras med egen personal; ingen upphandling behövs.', 'undecided', false], [null, 300_000], 'identified', 2, [2, 3, 1, 5, 3, 1]]
  ],
  vard: [
    ['Inhyrd personal från bemanningsföretag', 'Beroendet av inhyrda läkare och sjuksköterskor är stort på flera vårdcentraler och akutmottagningar.', [410_000_000, 'Kostnad för inhyrd personal 2025 enligt årsredovisningen.'], ['Inhyrd personal som andel av personalkostnaden', '%', 'lower-is-better', 6.8, '2025-12-31', 2, '2027-12-31', 'Regionens ekonomisystem, månadsrapport', 'HR-direktör'], 1, ['contributing', 'Ramavtal med takpriser och krav på kontinuitet styr kostnaden; egen rekrytering är den andra halvan.', 'open', false], [120_000_000, 60_000_000], 'in-procurement', 11, [5, 5, 4, 3, 5, 3]],
    ['Undvikbar slutenvård för multisjuka äldre', 'Många inläggningar av äldre med flera diagnoser hade kunnat undvikas med bättre uppföljning i hemmet.', [95_000_000, 'Vårddagar för undvikbara inläggningar, uppskattat med regionens snittkostnad per vårddag.'], ['Undvikbar slutenvård', 'vårdtillfällen per 100 000 invånare', 'lower-is-better', 790, '2025-12-31', 670, '2028-12-31', 'Socialstyrelsens öppna jämförelser', 'Hälso- och sjukvårdsdirektör'], 2, ['necessary', 'Lösningar för uppföljning i hemmet finns inte färdiga för regionens behov och behöver utvecklas tillsammans med leverantörer.', 'innovation-partnership', true], [25_000_000, 38_000_000], 'prioritised', 8, [5, 4, 5, 2, 5, 4]],
    ['Kasserade läkemedel', 'Läkemedel kasseras på avdelningarna när de passerat utgångsdatum eller beställts i för stora mängder.', [48_000_000, 'Apotekets kassationsstatistik 2025.'], ['Kasserade läkemedel', 'kr/år', 'lower-is-better', 48_000_000, '2025-12-31', 30_000_000, '2027-12-31', 'Läkemedelsförsörjningens kassationsstatistik', 'Chefläkare'], 1, ['necessary', 'Ett nytt avtal för läkemedelsförsörjning med krav på uppföljning per avdelning är det som flyttar kostnaden.', 'open', false], [8_000_000, 12_000_000], 'identified', 4, [4, 5, 4, 4, 3, 2]],
    ['Vårdrelaterade infektioner', 'Vårdrelaterade infektioner förlänger vårdtiderna och ger stora följdkostnader.', [120_000_000, 'Uppskattade extra vårddagar enligt vårdhygiens beräkning.'], ['Andel patienter med vårdrelaterad infektion', '%', 'lower-is-better', 9.1, '2025-11-15', 6, '2028-11-15', 'Punktprevalensmätning av vårdrelaterade infektioner', 'Vårdhygienisk enhet'], 2, ['contributing', 'Ny teknik för desinfektion kan behöva utvecklas och prövas innan den köps in i full skala.', 'pre-commercial', true], [4_500_000, 20_000_000], 'identified', 5, [4, 4, 3, 3, 4, 4]]
  ],
  skola: [
    ['Administration som tar lärartid', 'Dokumentation, frånvarorapportering och föräldrakontakt sker i flera system som inte talar med varandra.', [14_000_000, 'Lärartimmar för administration värderade till snittlön med sociala avgifter.'], ['Lärares tid för administration', 'timmar/vecka', 'lower-is-better', 9.5, '2026-02-28', 6, '2027-06-30', 'Kommunens lärarenkät, vår och höst', 'Skolchef'], 2, ['necessary', 'Ett samlat system för elevadministration måste upphandlas; dagens avtal löper ut 2027.', 'open', false], [6_000_000, 4_500_000], 'in-procurement', 10, [5, 4, 5, 3, 5, 3]],
    ['Inställda lektioner och vikarier', 'Vikarier bokas per telefon på morgonen och många lektioner ställs in eller blir rena tillsynslektioner.', [3_100_000, 'Rektorernas tid för vikariebokning och kostnad för korttidsvikarier.'], ['Andel inställda lektioner', '%', 'lower-is-better', 4.2, '2026-02-28', 1.5, '2027-06-30', 'Schemasystemet', 'Rektor, Ekbackaskolan'], 1, ['contributing', 'Ett bokningssystem för vikarier kan köpas in; rutinerna är lika viktiga.', 'direct', false], [450_000, 900_000], 'implemented', 6, [3, 5, 3, 5, 4, 1]],
    ['Hög elevfrånvaro', 'En växande grupp elever har hög frånvaro, vilket tar lärarnas tid till uppföljning och sänker resultaten.', [null, 'Kostnaden syns främst som insatser senare i skolgången.'], ['Andel elever med mer än 15 % frånvaro', '%', 'lower-is-better', 17, '2026-01-31', 10, '2028-06-30', 'Frånvarorapporteringen i elevadministrationen', 'Elevhälsochef'], 1, ['not-necessary', 'Insatserna görs av elevhälsan; upphandling behövs inte.', 'undecided', false], [null, null], 'identified', 4, [4, 5, 1, 3, 5, 2]],
    ['Skolskjutstider som kortar skoldagen', 'Skolskjutsarnas tider styr schemat och gör att lektioner i byskolorna kortas.', [1_200_000, 'Förlorad undervisningstid värderad till lärarlön.'], ['Förlorad undervisningstid på grund av skolskjuts', 'minuter/vecka och klass', 'lower-is-better', 45, '2026-02-28', 0, '2027-08-31', 'Schemaläggarnas sammanställning', 'Skolskjutssamordnare'], 2, ['necessary', 'Tiderna ligger i skolskjutsavtalet; bara en ny upphandling med krav på anpassning till schemat ändrar dem.', 'open', false], [28_000_000, 1_200_000], 'prioritised', 3, [3, 4, 5, 3, 3, 2]]
  ],
  vandalism: [
    ['Klotter och klottersanering', 'Klotter sitter kvar i veckor och drar till sig mer; saneringen beställs styckvis till höga priser.', [3_400_000, 'Fakturor för klottersanering 2025.'], ['Kostnad för klottersanering', 'kr/år', 'lower-is-better', 3_400_000, '2025-12-31', 1_700_000, '2028-12-31', 'Felanmälningssystemet och leverantörsfakturor', 'Förvaltningschef'], 1, ['necessary', 'Ett avtal med krav på sanering inom 24 timmar och fast pris per kvadratmeter styr både tid och kostnad.', 'functional', false], [9_000_000, 1_500_000], 'followed-up', 9, [5, 5, 5, 4, 5, 2]],
    ['Belysning och trygghetsvandringar', 'Mörka gångvägar och entréer upplevs otrygga och är där mest skadegörelse sker.', [900_000, 'Skador på entréer och belysning 2025.'], ['Anmälda skadegörelser', 'antal per 1 000 lägenheter och år', 'lower-is-better', 62, '2025-12-31', 35, '2027-12-31', 'Felanmälningssystemet', 'Områdeschef'], 2, ['contributing', 'Armaturer köps genom direktupphandling; trygghetsvandringarna görs med hyresgästföreningen.', 'direct', false], [520_000, 400_000], 'implemented', 6, [4, 4, 3, 5, 4, 1]],
    ['Skalskydd och passersystem i trapphus', 'Obehöriga tar sig in i trapphus, källare och vindar; förrådsinbrott och bränder följer.', [2_100_000, 'Reparationer efter inbrott och skadegörelse i allmänna utrymmen 2025.'], ['Inbrott i källar- och vindsförråd', 'antal/år', 'lower-is-better', 140, '2025-12-31', 50, '2028-12-31', 'Felanmälningssystemet och polisanmälningar', 'Säkerhetssamordnare'], 1, ['necessary', 'Passersystem och dörrar måste upphandlas; bolaget har inga egna installatörer.', 'open', false], [7_800_000, 1_300_000], 'in-procurement', 7, [4, 5, 5, 3, 4, 3]],
    ['Sommarjobb för unga via leverantörernas avtal', 'Skadegörelsen ökar under sommarlovet när många unga saknar sysselsättning.', [600_000, 'Skadegörelse juni–augusti utöver snittet för övriga månader.'], ['Sommarjobb för unga genom bolagets leverantörer', 'antal/år', 'higher-is-better', 0, '2025-12-31', 40, '2027-08-31', 'Leverantörernas rapportering enligt avtal', 'Inköpsansvarig'], 2, ['necessary', 'Krav på sommarjobb ställs som särskilda kontraktsvillkor i skötsel- och städavtalen.', 'open', false], [14_000_000, 300_000], 'prioritised', 5, [3, 4, 5, 4, 5, 2]],
    ['Bränder i soprum', 'Anlagda bränder i soprum ger stora skador och rökskador i trapphusen.', [1_400_000, 'Försäkringsärenden och självrisker 2025.'], ['Bränder i soprum', 'antal/år', 'lower-is-better', 11, '2025-12-31', 3, '2027-12-31', 'Räddningstjänstens insatsrapporter', 'Säkerhetssamordnare'], 1, ['necessary', 'Brandlarm och låsbara sopkärl köps in under tröskelvärdet.', 'below-threshold', false], [1_100_000, 800_000], 'identified', 3, [3, 5, 4, 4, 3, 2]]
  ],
  // Criteria set up, not yet scored: the grid is filled at the follow-up meeting.
  tillvaxt: [
    ['Byggbar mark och detaljplaner', 'Planarbetet tar för lång tid; byggherrar väljer grannkommunerna.', [null, 'Ingen direkt kostnad; förlorade skatteintäkter när bostäder inte byggs.'], ['Färdigställda bostäder', 'bostäder/år', 'higher-is-better', 70, '2025-12-31', 150, '2030-12-31', 'SCB, statistik över nybyggnation', 'Samhällsbyggnadschef'], 2, ['contributing', 'Ramavtal för planarkitekter och utredningar kortar handläggningen; besluten fattas av kommunen.', 'open', false], [4_000_000, null], 'identified', 12, null],
    ['Kollektivtrafik till regionens arbetsmarknad', 'Lång restid till residensstaden gör kommunen svår att välja för den som pendlar.', [null, 'Kommunens del av den regionala trafiken betalas via skatteväxling.'], ['Restid med kollektivtrafik till residensstaden', 'minuter', 'lower-is-better', 58, '2026-03-31', 40, '2030-12-31', 'Regionens tidtabeller', 'Kommundirektör'], 1, ['contributing', 'Trafiken upphandlas av regionen; kommunen kan bidra med krav och medfinansiering av snabbusslinje.', 'competitive-dialogue', false], [null, null], 'identified', 8, null],
    ['Snabbt bredband i hela kommunen', 'Flera byar saknar fiber; distansarbete är ett skäl att flytta hit, men bara där uppkopplingen fungerar.', [null, 'Investering, ingen löpande kostnad i dag.'], ['Hushåll med tillgång till minst 1 Gbit/s', '%', 'higher-is-better', 84, '2025-10-01', 98, '2029-10-01', 'PTS bredbandskartläggning', 'Näringslivschef'], 1, ['necessary', 'Utbyggnaden i glesbygd kräver en upphandlad entreprenör med stöd från statliga bredbandsmedel.', 'open', false], [22_000_000, null], 'identified', 6, null],
    ['Lokala småföretag i kommunens upphandlingar', 'Få lokala företag lämnar anbud; kommunens inköp stärker sällan det lokala näringslivet.', [null, 'Ej kostnadsberäknat.'], ['Upphandlingar där lokala småföretag lämnat anbud', '%', 'higher-is-better', 18, '2025-12-31', 35, '2028-12-31', 'Kommunens upphandlingssystem', 'Upphandlingschef'], 1, ['necessary', 'Mindre delkontrakt och dialog före annonsering är upphandlingens egna verktyg.', 'below-threshold', false], [null, null], 'identified', 5, null],
    ['Förskoleplats på önskat datum', 'Inflyttande barnfamiljer får vänta på förskoleplats, vilket gör att de väljer annan kommun.', [2_500_000, 'Kostnad för tillfälliga lösningar och förlorade skatteintäkter, uppskattat.'], ['Barn som får förskoleplats på önskat datum', '%', 'higher-is-better', 76, '2025-12-31', 100, '2028-08-31', 'Barnomsorgens kösystem', 'Förskolechef'], 1, ['contributing', 'Modulförskolor kan upphandlas med funktionskrav medan permanenta lokaler planeras.', 'functional', false], [15_000_000, null], 'identified', 7, null],
    ['Etableringsservice för nyinflyttade', 'Nya invånare vet inte vart de ska vända sig för jobb åt medflyttande, bostad och föreningsliv.', [null, 'Ej kostnadsberäknat.'], ['Inflyttningsnetto', 'personer/år', 'higher-is-better', 120, '2025-12-31', 300, '2030-12-31', 'SCB, befolkningsstatistik', 'Näringslivschef'], 1, ['not-necessary', 'Kan byggas upp inom kommunens egen organisation.', 'undecided', false], [null, null], 'identified', 3, null]
  ]
}

const MEASUREMENTS: Readonly<Record<AreaId, readonly MeasurementRow[]>> = {
  'area-energi-1': [['2026-03-31', 3_020, 'Elnätsbolagets mätdata per anläggning, gatuavdelningen', 'Rullande tolv månader; första etappen i centrum klar.'], ['2026-04-30', 2_940, 'Elnätsbolagets mätdata per anläggning, gatuavdelningen', 'Rullande tolv månader.']],
  'area-energi-2': [['2026-03-31', 166, 'Energiuppföljning i Vitec, fastighetsavdelningen', 'Rullande tolv månader.']],
  'area-energi-3': [['2026-03-31', 31, 'Fastighetsavdelningens driftsystem', ''], ['2026-04-30', 38, 'Fastighetsavdelningens driftsystem, driftchefens kvartalsrapport', 'Tolv skolor klara.']],
  'area-vard-1': [['2026-03-31', 6.4, 'Regionens ekonomisystem, månadsrapport mars', 'Första kvartalet.'], ['2026-04-30', 6.1, 'Regionens ekonomisystem, månadsrapport april', '']],
  'area-skola-1': [['2026-04-30', 9.1, 'Lärarenkäten våren 2026, skolförvaltningen', 'Enkät i april, 212 svar.']],
  'area-vandalism-1': [['2026-03-31', 3_150_000, 'Felanmälningssystemet och leverantörsfakturor, ekonomienheten', 'Rullande tolv månader; nya avtalet gäller från 1 mars.'], ['2026-04-30', 2_980_000, 'Felanmälningssystemet och leverantörsfakturor, ekonomienheten', 'Rullande tolv månader.']]
}

const EVALUATIONS: PerClient<readonly EvaluationRow[]> = {
  // The real example from DOMAIN.md: overall mean 5.5, content 5.0, delivery 5.0.
  energi: [[6, 5, 5, 'Genomfördes proffsigt med kunskap och engagemang!', true, true], [5, 5, 5, 'Mycket lärorik', true, true], [6, 6, 5], [5, 4, 5], [6, 5, 6], [5, 5, 4], [6, 5, 5], [5, 5, 5]],
  vard: [[5, 5, 5, 'Bra att vi fick sätta siffror på problemen direkt.', true, false], [6, 5, 6], [5, 5, 4], [4, 4, 5, 'Hade gärna haft mer tid för prioriteringen.', false, false], [5, 6, 5], [5, 5, null]],
  skola: [[6, 6, 6, 'Äntligen pratar vi om lärarnas tid med siffror!', true, true], [5, 5, 5], [5, 4, 5, 'Bra struktur, men för lite tid för frågor.', false, false], [6, 5, 6], [4, 4, 4], [5, 5, 5], [6, 6, 5, 'Tydligt och konkret.', true, false]],
  vandalism: [[6, 5, 6, 'Konkret och lätt att ta med sig hem till förvaltningen.', true, false], [5, 5, 5], [5, 4, 5], [6, 6, 6], [4, 5, 4, 'Lite för mycket om lagstiftningen för oss bovärdar.', false, false]],
  tillvaxt: [[5, 5, 5, 'Målet känns plötsligt möjligt att följa upp.', true, false], [5, 4, 5], [6, 5, 5], [4, 4, 4, 'Vi hann inte prioritera, men underlaget är bra.', false, false], [5, 5, 6], [5, 5, 5]]
}

// ---------- builders: rows to entities ----------

const tables = emptyPortfolioTables()

/** Parses a row with its table's zod schema and appends it: a wrong row fails here, at generation time. */
function add<T extends TableName>(table: T, row: RowOf<T>): void {
  const rows: unknown[] = tables[table]
  rows.push(TABLES[table].parse(row))
}

/** The value, or an error naming what is missing. */
function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`missing ${what}`)
  return value
}

/** A row id: the table's prefix, the client and the row's place within the client. */
function id(prefix: string, client: ClientKey, ...place: Array<string | number>): string {
  return [prefix, client, ...place].join('-')
}

/** A valid organisation number NNNNNN-NNNN from its first nine digits (Luhn check digit appended). */
function orgNumber(nineDigits: string): string {
  const digits = `${nineDigits}${luhnCheckDigit(nineDigits)}`
  const result = parseOrgNumber(`${digits.slice(0, 6)}-${digits.slice(6)}`)
  if (!result.ok) throw new Error(`bad organisation number prefix ${nineDigits}: ${result.reason}`)
  return result.value
}

/** YYYY-MM-DD of the last Sunday of a month (1-based). */
function lastSunday(year: number, month: number): Day {
  const last = new Date(Date.UTC(year, month, 0))
  last.setUTCDate(last.getUTCDate() - last.getUTCDay())
  return last.toISOString().slice(0, 10)
}

/** A fixed timestamp: date plus local Swedish wall-clock time, stored in UTC (CET/CEST offset). */
function at(date: Day, time: string): string {
  // Swedish summer time runs from the last Sunday of March to the last Sunday of October;
  // the sample's times lie well away from the 02:00/03:00 switch.
  const year = Number(date.slice(0, 4))
  const summer = date >= lastSunday(year, 3) && date < lastSunday(year, 10)
  return new Date(`${date}T${time}:00${summer ? '+02:00' : '+01:00'}`).toISOString()
}

/** createdAt and updatedAt, both at the given local date and time. */
function stamps(date: Day, time: string): { createdAt: string; updatedAt: string } {
  const stamp = at(date, time)
  return { createdAt: stamp, updatedAt: stamp }
}

/** The date the client's engagement reached a status of STATUS_PATH. */
function dateOf(client: ClientKey, status: (typeof STATUS_PATH)[number]): Day {
  const statusDates = ENGAGEMENTS[client][4]
  return required(statusDates[STATUS_PATH.indexOf(status)], `${client}'s date for ${status}`)
}

/** The built-in starting questions, one per client. */
function addQuestions(): void {
  for (const client of CLIENTS) {
    add('questions', { id: `q-${client}`, ...stamps('2026-01-05', '08:00'), text: QUESTIONS[client], builtIn: true })
  }
}

/** The client's organisation with its goals, and its contacts. */
function addOrganisation(client: ClientKey): void {
  const [name, kind, orgNumberPrefix, sector, size, sizeUnit, address, website, tags, notes] = ORGANISATIONS[client]
  const created = stamps(dateOf(client, 'lead'), '10:00')
  const organisationId = id('org', client)
  add('organisations', {
    id: organisationId,
    ...created,
    name,
    kind,
    orgNumber: orgNumber(orgNumberPrefix),
    sector,
    size,
    sizeUnit,
    address,
    website,
    notes,
    tags: [...tags],
    goals: GOALS[client].map(([text, targetValue, targetUnit, targetYear], index) => {
      return { id: id('goal', client, index + 1), text, targetValue, targetUnit, targetYear }
    })
  })
  CONTACTS[client].forEach(([contactName, role, email, phone], index) => {
    const contact = { organisationId, name: contactName, role, email, phone, notes: '' }
    add('contacts', { id: id('contact', client, index + 1), ...created, ...contact })
  })
}

/** The client's engagement, its history walking STATUS_PATH one step per date. */
function addEngagement(client: ClientKey): void {
  const [title, valueSek, expectedStart, expectedEnd, statusDates, notes] = ENGAGEMENTS[client]
  const statusHistory = statusDates.map((date, step) => {
    const status = required(STATUS_PATH[step], `a status for ${client}'s date ${date}`)
    return { status, at: at(date, '10:00') }
  })
  const first = required(statusHistory[0], `${client}'s first status`)
  const last = required(statusHistory.at(-1), `${client}'s last status`)
  add('engagements', {
    id: id('eng', client),
    createdAt: first.at,
    updatedAt: last.at,
    organisationId: id('org', client),
    title,
    kind: 'workshop',
    status: last.status,
    statusHistory,
    valueSek,
    expectedStart,
    expectedEnd,
    notes
  })
}

/** The client's workshop and who took part: its contacts first, then the guests. */
function addWorkshop(client: ClientKey): void {
  const [title, startsAt, place, purpose, notes] = WORKSHOPS[client]
  const workshopId = id('ws', client)
  add('workshops', {
    id: workshopId,
    ...stamps(dateOf(client, 'won'), '11:00'),
    engagementId: id('eng', client),
    title,
    startsAt,
    place,
    digital: false,
    questionId: `q-${client}`,
    startingQuestion: QUESTIONS[client],
    purpose,
    agenda: standardAgenda(QUESTIONS[client]),
    participantCount: EVALUATIONS[client].length,
    notes
  })
  const contacts = CONTACTS[client].map(([name, role], index) => {
    return { place: String(index + 1), contactId: id('contact', client, index + 1), name, role }
  })
  const guests = GUESTS[client].map(([name, role], index) => ({ place: `x${index + 1}`, contactId: null, name, role }))
  const afterWorkshop = stamps(workshopDay(client), '16:00')
  for (const { place, ...person } of [...contacts, ...guests]) {
    add('participants', { id: id('part', client, place), ...afterWorkshop, workshopId, ...person })
  }
}

/** YYYY-MM-DD of the client's workshop. */
function workshopDay(client: ClientKey): Day {
  const startsAt = WORKSHOPS[client][1]
  return startsAt.slice(0, 10)
}

/** The areas found at the client's workshop, each with its indicator and its scores. */
function addAreas(client: ClientKey): void {
  const afterWorkshop = stamps(workshopDay(client), '16:00')
  AREAS[client].forEach((row, index) => {
    const [title, problem, cost, indicator, goal, procurement, value, status, votes, scores] = row
    const [costPerYearSek, costEstimateNote] = cost
    const [procurementNecessity, necessityRationale, route, needsDevelopment] = procurement
    const [contractValueSek, annualEffectSek] = value
    const [name, unit, direction, baselineValue, baselineDate, targetValue, targetDate, dataSource, owner] = indicator
    add('areas', {
      id: id('area', client, index + 1),
      ...afterWorkshop,
      engagementId: id('eng', client),
      workshopId: id('ws', client),
      title,
      problem,
      costPerYearSek,
      costEstimateNote,
      indicator: { name, unit, direction, baselineValue, baselineDate, targetValue, targetDate, dataSource, owner },
      goalId: id('goal', client, goal),
      procurementNecessity,
      necessityRationale,
      route,
      needsDevelopment,
      contractValueSek,
      annualEffectSek,
      annualEffectIndicator: null,
      status,
      votes
    })
    if (scores !== null) addScores(client, index + 1, scores)
  })
}

/** The follow-up measurements, numbered within their area. */
function addMeasurements(): void {
  for (const [areaId, rows] of Object.entries(MEASUREMENTS)) {
    rows.forEach(([date, value, source, note], index) => {
      const measurementId = `${areaId.replace(/^area-/, 'meas-')}-${index + 1}`
      add('measurements', { id: measurementId, ...stamps(date, '14:00'), areaId, date, value, source, note })
    })
  }
}

/** When the client's criteria and scores were set: during the workshop. */
function prioritised(client: ClientKey): { createdAt: string; updatedAt: string } {
  return stamps(workshopDay(client), '13:30')
}

/** The default criteria for the client's engagement. */
function addCriteria(client: ClientKey): void {
  DEFAULT_CRITERIA.forEach(([key, name, weight, direction], order) => {
    const criterion = { engagementId: id('eng', client), name, weight, direction, order, fromVotes: false }
    add('criteria', { id: id('crit', client, key), ...prioritised(client), ...criterion })
  })
}

/** One area's scores, one per default criterion. */
function addScores(client: ClientKey, area: number, scores: Scores): void {
  DEFAULT_CRITERIA.forEach(([key], k) => {
    const value = required(scores[k], `area ${area}'s score for ${key}`)
    const score = { areaId: id('area', client, area), criterionId: id('crit', client, key), value }
    add('scores', { id: id('score', client, area, key), ...prioritised(client), ...score })
  })
}

/** The evaluation forms handed in at the end of the client's workshop. */
function addEvaluations(client: ClientKey): void {
  const handedIn = stamps(workshopDay(client), '15:45')
  EVALUATIONS[client].forEach((row, index) => {
    const [overall, content, delivery, comment = '', quotable = false, reference = false] = row
    add('evaluations', {
      id: id('eval', client, index + 1),
      ...handedIn,
      workshopId: id('ws', client),
      overall,
      content,
      delivery,
      comment,
      quotable,
      reference,
      name: '',
      contactId: null
    })
  })
}

// ---------- output ----------

addQuestions()
for (const client of CLIENTS) {
  addOrganisation(client)
  addEngagement(client)
  addWorkshop(client)
  addCriteria(client)
  addAreas(client)
  addEvaluations(client)
}
addMeasurements()

const text = `${JSON.stringify(createPortfolio(tables, APP_VERSION, EXPORTED_AT), null, 2)}\n`
const check = parsePortfolioFile(text)
if (!check.ok) throw new Error(`the sample is not a valid portfolio: ${JSON.stringify(check.errors.slice(0, 10))}`)

if (process.argv.includes('--stdout')) {
  process.stdout.write(text)
} else {
  const target = fileURLToPath(new URL('../resources/sample-portfolio.json', import.meta.url))
  writeFileSync(target, text, 'utf8')
  console.log(`wrote ${target}`)
}
