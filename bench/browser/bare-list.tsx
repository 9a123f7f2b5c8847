/**
 * The references each list page is measured against (issue 15): a bare virtualised list, React and
 * @tanstack/react-virtual as the app's lists, 44 px rows, nothing else: no router, no i18n, no live queries.
 * Bundled by bench/browser/chromium.ts and served at the app's origin (so it reads the app's IndexedDB).
 *
 * Two kinds, chosen by the address:
 * - `bare-list.html#organisations/name`: one table, sorted by one field, that field and `updatedAt` shown (the
 *   issue's "the same bare virtualised list", the reference since session 4);
 * - `bare-list.html#fair/<page>`: the same rows as the page: every table the page reads (its queries' hooks), read
 *   whole, joined by Maps, in the page's default order, the page's columns as plain text. Each page's content:
 *   - organisations: organisations by name; name, kind, organisation number, tags, and each row in view's number of
 *     engagements (counted on the organisationId index when the row is drawn, as the page's EngagementCount);
 *   - engagements: engagements (updated last first) with their client's name from organisations; title, client,
 *     status, value, expected start;
 *   - workshops: workshops by date, latest first, with the client through engagements and organisations; title,
 *     client, date, upcoming or held, starting question;
 *   - areas: areas with their client (engagements, organisations), their score and rank from rankPortfolio
 *     (criteria, scores) as the page's, by score (unscored last), then title and client; measurements read too
 *     (the page judges each area's follow-up from them for its filter, which draws nothing);
 *   - evaluations: evaluations with their workshop's date and client (workshops, engagements, organisations), by
 *     workshop date, the portfolio's summary above (summariseEvaluations, what the page shows first); client,
 *     date, the three grades, comment.
 *   Not done, as the pages do: slicing the work into tasks, search texts, translated labels, filters, routing.
 */
import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef, useState, type ReactNode } from 'react'
import { createRoot } from 'react-dom/client'
import type { Area, Engagement, Evaluation, Organisation, TABLE_NAMES, Workshop } from '../../src-shared/entities'
import { summariseEvaluations } from '../../src-shared/evaluations'
import { rankPortfolio } from '../../src-shared/prioritisation-data'
import { localToday } from '../../src-shared/format'
import { createDb, type MatbarDb } from '../../src-renderer/src/db/db'

type Row = Record<string, unknown> & { id: string }

/** A list to draw: its rows, each row's cells (only asked for rows in view), and a line above the table. */
type Bare<T> = { rows: readonly T[]; key: (row: T) => string; cells: (row: T) => ReactNode[]; lead?: string }

/** The bare list: a heading, a count and a virtualised table of `rows`, 44 px rows as the app's. */
function BareList<T>({ list }: { list: Bare<T> }) {
  const { rows, key, cells, lead } = list
  const scrollRef = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 44,
    overscan: 12
  })
  return (
    <main>
      <h1>Bare list</h1>
      <p className="list-count">{rows.length}</p>
      {lead ? <p>{lead}</p> : null}
      <div role="table" aria-label="bare" aria-rowcount={rows.length}>
        <div ref={scrollRef} style={{ height: 'calc(100vh - 10rem)', overflow: 'auto' }}>
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index]!
              const [first, ...rest] = cells(row)
              return (
                <div
                  key={key(row)}
                  role="row"
                  style={{ position: 'absolute', top: item.start, height: 44, display: 'flex', gap: 16 }}
                >
                  <div role="rowheader">{first}</div>
                  {rest.map((cell, i) => (
                    <div role="cell" key={i}>
                      {cell}
                    </div>
                  ))}
                </div>
              )
            })}
          </div>
        </div>
      </div>
    </main>
  )
}

const collator = new Intl.Collator('sv-SE', { sensitivity: 'base', numeric: true })
const compare = collator.compare
/** ISO dates and times: their code units' order is their order in time. */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
const text = (value: unknown) => (value === null || value === undefined ? '' : String(value))

/** One table sorted by one field: the reference. */
async function oneTable(db: MatbarDb, table: string, field: string): Promise<Bare<Row>> {
  const rows = (await db.entityTable(table as (typeof TABLE_NAMES)[number]).toArray()) as Row[]
  rows.sort((a, b) => collator.compare(text(a[field]), text(b[field])))
  return { rows, key: (r) => r.id, cells: (r) => [text(r[field]), text(r['updatedAt'])] }
}

/** The number of engagements of one organisation, counted when its row is drawn (as the page's EngagementCount). */
function EngagementCount({ db, organisationId }: { db: MatbarDb; organisationId: string }) {
  const [count, setCount] = useState<number | null>(null)
  useEffect(() => {
    let live = true
    void db.engagements
      .where('organisationId')
      .equals(organisationId)
      .count()
      .then((n) => live && setCount(n))
    return () => {
      live = false
    }
  }, [db, organisationId])
  return <>{count ?? ''}</>
}

/** Each client's name by engagement id. */
function clientOf(organisations: readonly Organisation[], engagements: readonly Engagement[]): Map<string, string> {
  const names = new Map(organisations.map((o) => [o.id, o.name]))
  return new Map(engagements.map((e) => [e.id, names.get(e.organisationId) ?? '']))
}

/** A list of some row type, as the bare list takes any. */
const erase = <T,>(list: Bare<T>) => list as unknown as Bare<unknown>

/** The same rows as each list page: the tables it reads, joined by Maps, in its default order (see the header). */
const FAIR: Record<string, (db: MatbarDb) => Promise<Bare<unknown>>> = {
  organisations: async (db) => {
    const rows = await db.organisations.toArray()
    rows.sort((a, b) => compare(a.name, b.name))
    return erase({
      rows,
      key: (o: Organisation) => o.id,
      cells: (o: Organisation) => [
        o.name,
        o.kind,
        text(o.orgNumber),
        o.tags.join(', '),
        <EngagementCount key="n" db={db} organisationId={o.id} />
      ]
    })
  },
  engagements: async (db) => {
    const [engagements, organisations] = await Promise.all([db.engagements.toArray(), db.organisations.toArray()])
    const names = new Map(organisations.map((o) => [o.id, o.name]))
    engagements.sort((a, b) => byCodeUnits(b.updatedAt, a.updatedAt) || compare(a.title, b.title))
    return erase({
      rows: engagements,
      key: (e: Engagement) => e.id,
      cells: (e: Engagement) => [
        e.title,
        names.get(e.organisationId) ?? '',
        e.status,
        text(e.valueSek),
        text(e.expectedStart)
      ]
    })
  },
  workshops: async (db) => {
    const [workshops, engagements, organisations] = await Promise.all([
      db.workshops.toArray(),
      db.engagements.toArray(),
      db.organisations.toArray()
    ])
    const client = clientOf(organisations, engagements)
    const today = localToday()
    workshops.sort((a, b) => byCodeUnits(b.startsAt, a.startsAt))
    return erase({
      rows: workshops,
      key: (w: Workshop) => w.id,
      cells: (w: Workshop) => [
        w.title,
        client.get(w.engagementId) ?? '',
        w.startsAt.slice(0, 10),
        w.startsAt.slice(0, 10) >= today ? 'upcoming' : 'held',
        w.startingQuestion
      ]
    })
  },
  areas: async (db) => {
    const [areas, organisations, engagements, criteria, scores] = await Promise.all([
      db.areas.toArray(),
      db.organisations.toArray(),
      db.engagements.toArray(),
      db.criteria.toArray(),
      db.scores.toArray(),
      db.measurements.toArray()
    ])
    const client = clientOf(organisations, engagements)
    const ranked = rankPortfolio(areas, criteria, scores)
    type AreaRow = { area: Area; client: string; score: number | null; rank: string }
    const rows: AreaRow[] = areas.map((area) => {
      const r = ranked.get(area.id)
      return {
        area,
        client: client.get(area.engagementId) ?? '',
        score: r?.ranked.score ?? null,
        rank: r?.ranked.rank === undefined || r.ranked.rank === null ? '–' : `${r.ranked.rank} / ${r.count}`
      }
    })
    const byName = (a: AreaRow, b: AreaRow) => compare(a.area.title, b.area.title) || compare(a.client, b.client)
    rows.sort((a, b) =>
      a.score === null || b.score === null
        ? a.score === b.score
          ? byName(a, b)
          : a.score === null
            ? 1
            : -1
        : b.score - a.score || byName(a, b)
    )
    return erase({
      rows,
      key: (r: AreaRow) => r.area.id,
      cells: (r: AreaRow) => [
        r.area.title,
        r.client,
        r.area.route,
        r.area.status,
        r.score === null ? 'incomplete' : r.score.toFixed(2),
        r.rank
      ]
    })
  },
  evaluations: async (db) => {
    const [evaluations, workshops, engagements, organisations] = await Promise.all([
      db.evaluations.toArray(),
      db.workshops.toArray(),
      db.engagements.toArray(),
      db.organisations.toArray()
    ])
    const client = clientOf(organisations, engagements)
    const workshopOf = new Map(workshops.map((w) => [w.id, w]))
    const when = (e: Evaluation) => workshopOf.get(e.workshopId)?.startsAt ?? ''
    evaluations.sort((a, b) => byCodeUnits(when(a), when(b)) || byCodeUnits(a.workshopId, b.workshopId))
    const summary = summariseEvaluations(evaluations)
    return erase({
      rows: evaluations,
      key: (e: Evaluation) => e.id,
      lead: `n ${summary.n}, overall ${text(summary.aspects.overall.mean?.toFixed(1))}`,
      cells: (e: Evaluation) => {
        const w = workshopOf.get(e.workshopId)
        return [
          client.get(w?.engagementId ?? '') ?? '',
          when(e).slice(0, 10),
          text(e.overall),
          text(e.content),
          text(e.delivery),
          e.comment
        ]
      }
    })
  }
}

/** Mounts the bare list the address names into the body (the page has nothing else). */
async function mountBareList(first: string, second: string): Promise<void> {
  // From here (script loaded) to the list settled is what an in-app navigation to a list page does.
  Object.assign(globalThis, { __mountStart: performance.now() })
  const db = createDb('matbar')
  const fair = first === 'fair' ? FAIR[second] : undefined
  if (first === 'fair' && !fair) throw new Error(`No fair reference for ${second}`)
  const list: Bare<unknown> = fair ? await fair(db) : erase(await oneTable(db, first, second))
  const host = document.createElement('div')
  document.body.replaceChildren(host)
  createRoot(host).render(<BareList list={list} />)
}

const [first = 'organisations', second = 'name'] = location.hash.slice(1).split('/')
void mountBareList(first, second)
