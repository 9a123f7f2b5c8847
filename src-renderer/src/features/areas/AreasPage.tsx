import { useCallback, useEffect, useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { AREA_STATUSES, ORGANISATION_KINDS, PROCUREMENT_ROUTES } from '@shared/entities'
import { FOLLOW_UP_STATUSES } from '@shared/follow-up'
import { formatNumber, localToday } from '@shared/format'
import {
  EmptyState,
  ListView,
  PageHeading,
  RowLink,
  StatusBadge,
  VirtualTable,
  areaStatusTone,
  listSort,
  oneOf,
  useListParams,
  type Column
} from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'
import { textCompare } from '@renderer/lib/collate'
import {
  precomputedOrderSliced,
  sortRows,
  sortSliced,
  useNarrowingSearch,
  useSliced,
  type Slicer
} from '@renderer/lib/list-query'
import { paths } from '@renderer/lib/paths'
import { ExportMenu } from '@renderer/features/spreadsheets'
import { areaRows, byName, type AreaData, type AreaRow as Row } from './area-rows'
import { useAllAreas } from './queries'

const SORTS = ['score', 'name', 'client'] as const
type SortKey = (typeof SORTS)[number]

/** Besides the areas themselves, the export menu offers the shown areas' measurements. */
const MEASUREMENTS = ['measurements'] as const

/** The page's choices, kept in the URL so they survive opening an area and coming back. */
const DEFAULTS = { q: '', kind: '', route: '', status: '', followUp: '', sort: 'score', dir: 'desc' }

/**
 * Every efficiency area in the portfolio: search as you type (area, client, indicator), filter by organisation
 * kind, procurement route, status and where its follow-up stands today (the start page links to the areas
 * behind plan), sort by any named column. Virtualised: 30 000 areas draw a screenful of rows.
 */
export function AreasPage() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const [params, setParams] = useListParams(DEFAULTS)
  const kind = oneOf(params.kind, ORGANISATION_KINDS, '')
  const route = oneOf(params.route, PROCUREMENT_ROUTES, '')
  const status = oneOf(params.status, AREA_STATUSES, '')
  const followUpStatus = oneOf(params.followUp, FOLLOW_UP_STATUSES, '')
  const sorting = listSort(params, setParams, SORTS, { sort: 'score', dir: 'desc' })
  const { sort, direction } = sorting
  // Judged as of today, as the start page judges it, so its count and this list agree.
  const today = localToday()

  const data = useAllAreas()
  const compare = useMemo(() => textCompare(language), [language])

  // 30 000 areas: joined, ranked and put in name order in slices after each read, not in one long task.
  const derive = useCallback(
    async (input: AreaData, slicer: Slicer) => {
      const unknownClient = t('common.unknownClient')
      const rows = await areaRows(input, today, language, unknownClient, slicer)
      const inNameOrder = await sortSliced(
        rows,
        (a, b) => compare(a.area.title, b.area.title) || compare(a.client, b.client),
        slicer
      )
      // Each row's place in name order, on the row: re-sorting 30 000 rows by it compares numbers, not map lookups.
      inNameOrder.forEach((row, i) => (row.nameOrder = i))
      return rows
    },
    [t, today, language, compare]
  )
  const rows = useSliced(data, derive)
  const byClientNeeded = sort === 'client'
  const clientOrder = useCallback(
    async (list: Row[], slicer: Slicer) => ({
      rows: list,
      order: await precomputedOrderSliced(
        list,
        (a, b) => compare(a.client, b.client) || compare(a.area.title, b.area.title),
        slicer
      )
    }),
    [compare]
  )
  const byClient = useSliced(byClientNeeded ? rows : undefined, clientOrder)
  // Until the client order of these rows is ready, the list stays as it was rather than flashing another order.
  const clientPending = byClientNeeded && (!byClient || byClient.rows !== rows)
  const lastShown = useRef<readonly Row[] | undefined>(undefined)
  // Sorted once per read, column and direction; a keystroke or a filter then keeps the rows in that order (filter
  // keeps order), so it costs one pass over the rows and no sort (30 000 rows sorted per key was 10-25 ms).
  const ordered = useMemo(() => {
    if (!rows) return undefined
    // By score in the chosen direction; unscored (incomplete) areas always last, never as 0.
    const byScore = (a: Row, b: Row) => (a.score ?? 0) - (b.score ?? 0)
    const primary = sort === 'score' ? byScore : sort === 'client' && byClient ? byClient.order : byName
    return sortRows(rows.slice(), primary, direction, byName, sort === 'score' ? (r) => r.score === null : undefined)
  }, [rows, sort, direction, byClient])
  // The rows the drop-down filters let through, with their search texts: the same arrays while only the search
  // text changes, so the search narrows key by key (useNarrowingSearch).
  const scoped = useMemo(() => {
    if (!ordered) return undefined
    const list =
      kind === '' && route === '' && status === '' && followUpStatus === ''
        ? ordered
        : ordered.filter(
            (r) =>
              (kind === '' || r.kind === kind) &&
              (route === '' || r.area.route === route) &&
              (status === '' || r.area.status === status) &&
              (followUpStatus === '' || r.followUp === followUpStatus)
          )
    return { rows: list, haystacks: list.map((r) => r.haystack) }
  }, [ordered, kind, route, status, followUpStatus])
  const matched = useNarrowingSearch(scoped?.rows, scoped?.haystacks, params.q, language)
  const shown = clientPending ? lastShown.current : matched
  useEffect(() => {
    if (!clientPending) lastShown.current = shown
  }, [shown, clientPending])

  const option = (prefix: string) => (value: string) => t(`${prefix}.${value}`)
  // Stable across keystrokes, so the rows in view keep their cells (VirtualTable memoises rows).
  const columns = useMemo(
    (): Column<Row, SortKey>[] => [
      {
        key: 'area',
        lines: 2,
        label: t('allAreas.area'),
        width: 'minmax(10rem, 2.7fr)',
        sortKey: 'name',
        rowHeader: true,
        render: (r) => (
          <RowLink to={paths.area(r.area.id)} className="row-link" title={r.area.title}>
            {r.area.title}
          </RowLink>
        )
      },
      {
        key: 'client',
        lines: 2,
        label: t('allAreas.client'),
        width: 'minmax(7rem, 1.4fr)',
        sortKey: 'client',
        render: (r) => <span title={r.client}>{r.client}</span>
      },
      {
        key: 'route',
        lines: 2,
        label: t('allAreas.route'),
        // Room at 1280 px for the longest one-word route ("Funktionsupphandling", "Innovationspartnerskap") and
        // for the others on two lines ("Förhandlat med / annonsering").
        width: 'minmax(4.5rem, 2.2fr)',
        render: (r) => <span title={t(`route.${r.area.route}`)}>{t(`routeShort.${r.area.route}`)}</span>
      },
      {
        key: 'status',
        // In a narrow window under its heading, at the card's width: "Under upphandling" is too long beside it.
        lines: 2,
        label: t('allAreas.status'),
        // Wide enough for the longest badge ("Under upphandling").
        width: '10rem',
        render: (r) => (
          <StatusBadge tone={areaStatusTone(r.area.status)}>{t(`areaStatus.${r.area.status}`)}</StatusBadge>
        )
      },
      {
        key: 'score',
        label: t('allAreas.score'),
        // Wide enough for "ofullständig" in its smaller type (areas.css).
        width: '5rem',
        numeric: true,
        sortKey: 'score',
        render: (r) =>
          r.score === null ? (
            <span className="incomplete">{t('allAreas.incomplete')}</span>
          ) : (
            formatNumber(r.score, language, 2)
          )
      },
      {
        key: 'rank',
        lines: 2,
        label: t('allAreas.rank'),
        abbr: t('allAreas.rankShort'),
        width: '4rem',
        numeric: true,
        // The title opens the area; the rank opens the prioritisation that produced it.
        render: (r) => (
          <RowLink to={paths.prioritisation(r.area.engagementId)}>
            {r.rank === null
              ? '–'
              : t('allAreas.rankOf', {
                  rank: formatNumber(r.rank, language),
                  count: formatNumber(r.rankedCount, language)
                })}
            <span className="visually-hidden"> – {t('allAreas.prioritise', { area: r.area.title })}</span>
          </RowLink>
        )
      }
    ],
    [t, language]
  )

  return (
    <div className="clients">
      <PageHeading>{t('areas.title')}</PageHeading>
      <p className="help">{t('allAreas.lead')}</p>
      <ListView
        params={params}
        setParams={setParams}
        total={rows?.length}
        rows={shown}
        search={{ id: 'areas-search', placeholder: t('allAreas.searchPlaceholder') }}
        filters={[
          filter('kind', t('allAreas.kind'), ORGANISATION_KINDS, option('organisationKind')),
          filter('route', t('allAreas.route'), PROCUREMENT_ROUTES, option('routeShort')),
          filter('status', t('allAreas.status'), AREA_STATUSES, option('areaStatus')),
          filter('followUp', t('allAreas.followUp'), FOLLOW_UP_STATUSES, option('allAreas.followUpStatus'))
        ]}
        // The export takes what the list shows: its filter and its order.
        action={
          <ExportMenu
            sheet="areas"
            ids={() => shown?.map((r) => r.area.id)}
            related={MEASUREMENTS}
            className="toolbar-action"
          />
        }
        empty={<EmptyState message={t('areas.empty')} />}
      >
        {(list) => (
          <VirtualTable<Row, SortKey>
            label={t('allAreas.caption')}
            rows={list}
            rowKey={(r) => r.area.id}
            columns={columns}
            {...sorting}
          />
        )}
      </ListView>
    </div>
  )

  function filter(param: string, label: string, options: readonly string[], optionLabel: (o: string) => string) {
    return { param, id: `areas-filter-${param}`, label, options, optionLabel, allLabel: t('allAreas.all') }
  }
}
