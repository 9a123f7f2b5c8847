import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import {
  AREA_STATUSES,
  ORGANISATION_KINDS,
  PROCUREMENT_ROUTES,
  type Area,
  type OrganisationKind
} from '@shared/entities'
import { FOLLOW_UP_STATUSES, followUp, measurementsByArea, type FollowUpStatus } from '@shared/follow-up'
import { formatNumber } from '@shared/format'
import { rankPortfolio } from '@shared/prioritisation-data'
import { DataTable, EmptyState, EnumSelect, PageHeading, useListParams } from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'
import { textCompare } from '@renderer/lib/collate'
import { paths } from '@renderer/lib/paths'
import { ExportMenu } from '@renderer/features/spreadsheets'
import { useAllAreas } from './queries'
import { localToday } from '@shared/format'

type Row = {
  area: Area
  client: string
  kind: OrganisationKind | null
  score: number | null
  rank: number | null
  rankedCount: number
  followUp: FollowUpStatus
}

const SORTS = ['score', 'name', 'client'] as const
type SortKey = (typeof SORTS)[number]
const SORT_LABELS: Record<SortKey, string> = {
  score: 'allAreas.sortScore',
  name: 'allAreas.sortName',
  client: 'allAreas.sortClient'
}

/** Besides the areas themselves, the export menu offers the shown areas' measurements. */
const MEASUREMENTS = ['measurements'] as const

/** The page's choices, kept in the URL so they survive opening an area and coming back. */
const DEFAULTS = { kind: '', route: '', status: '', followUp: '', sort: 'score' }

/** One drop-down over the table: the URL key it sets, its label's i18n key, its values and their labels' keys. */
type Picker = { key: keyof typeof DEFAULTS; label: string; options: readonly string[]; labelKey: (o: string) => string }

/** The drop-downs over the table, in order: four filters with an "all" choice, then the sort order. */
const PICKERS: readonly Picker[] = [
  { key: 'kind', label: 'allAreas.kind', options: ORGANISATION_KINDS, labelKey: (o) => `organisationKind.${o}` },
  { key: 'route', label: 'allAreas.route', options: PROCUREMENT_ROUTES, labelKey: (o) => `routeShort.${o}` },
  { key: 'status', label: 'allAreas.status', options: AREA_STATUSES, labelKey: (o) => `areaStatus.${o}` },
  {
    key: 'followUp',
    label: 'allAreas.followUp',
    options: FOLLOW_UP_STATUSES,
    labelKey: (o) => `allAreas.followUpStatus.${o}`
  },
  { key: 'sort', label: 'allAreas.sort', options: SORTS, labelKey: (o) => SORT_LABELS[o as SortKey] }
]

function pick<T extends string>(value: string, allowed: readonly T[]): T | '' {
  return (allowed as readonly string[]).includes(value) ? (value as T) : ''
}

/**
 * Every efficiency area in the portfolio: filter by organisation kind, procurement route, status and where its
 * follow-up stands today (the start page links to the areas behind plan); sort by score.
 */
export function AreasPage() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const [params, setParams] = useListParams(DEFAULTS)
  const kind = pick(params.kind, ORGANISATION_KINDS)
  const route = pick(params.route, PROCUREMENT_ROUTES)
  const status = pick(params.status, AREA_STATUSES)
  const followUpStatus = pick(params.followUp, FOLLOW_UP_STATUSES)
  const sort: SortKey = pick(params.sort, SORTS) || 'score'
  const chosen = { kind, route, status, followUp: followUpStatus, sort }
  // Judged as of today, as the start page judges it, so its count and this list agree.
  const today = localToday()

  const data = useAllAreas()

  const rows = useMemo((): Row[] | undefined => {
    if (!data) return undefined
    const orgById = new Map(data.organisations.map((o) => [o.id, o]))
    const orgOfEngagement = new Map(data.engagements.map((e) => [e.id, orgById.get(e.organisationId)]))
    // Each engagement ranks its own areas with its own criteria; a portfolio-wide score is that same score.
    const scored = rankPortfolio(data.areas, data.criteria, data.scores)
    const measurementsOf = measurementsByArea(data.measurements)
    return data.areas.map((area) => {
      const org = orgOfEngagement.get(area.engagementId)
      const s = scored.get(area.id)
      return {
        area,
        client: org?.name ?? t('common.unknownClient'),
        kind: org?.kind ?? null,
        score: s?.ranked.score ?? null,
        rank: s?.ranked.rank ?? null,
        rankedCount: s?.count ?? 0,
        followUp: followUp(area.indicator, measurementsOf.get(area.id) ?? [], today, area.annualEffectSek).status
      }
    })
  }, [data, t, today])

  const compare = useMemo(() => textCompare(language), [language])
  const shown = useMemo(() => {
    if (!rows) return []
    const filtered = rows.filter(
      (r) =>
        (kind === '' || r.kind === kind) &&
        (route === '' || r.area.route === route) &&
        (status === '' || r.area.status === status) &&
        (followUpStatus === '' || r.followUp === followUpStatus)
    )
    const byName = (a: Row, b: Row) => compare(a.area.title, b.area.title) || compare(a.client, b.client)
    const byClient = (a: Row, b: Row) => compare(a.client, b.client) || compare(a.area.title, b.area.title)
    // Highest score first; unscored (incomplete) areas last, never as 0.
    const byScore = (a: Row, b: Row) =>
      a.score === null && b.score === null
        ? byName(a, b)
        : a.score === null
          ? 1
          : b.score === null
            ? -1
            : b.score - a.score || byName(a, b)
    return filtered.sort(sort === 'name' ? byName : sort === 'client' ? byClient : byScore)
  }, [rows, kind, route, status, followUpStatus, sort, compare])
  // The export takes what the list shows: its filter and its order.
  const shownIds = useMemo(() => shown.map((r) => r.area.id), [shown])

  return (
    <>
      <PageHeading>{t('areas.title')}</PageHeading>
      {rows === undefined ? (
        <p>{t('app.loading')}</p>
      ) : rows.length === 0 ? (
        <EmptyState message={t('areas.empty')} />
      ) : (
        <>
          <p className="help">{t('allAreas.lead')}</p>
          <fieldset className="areas-filters">
            <legend>{t('allAreas.filters')}</legend>
            {PICKERS.map((picker) => (
              <EnumSelect<string>
                key={picker.key}
                id={`areas-filter-${picker.key}`}
                label={t(picker.label)}
                value={chosen[picker.key]}
                onChange={(value) => setParams({ [picker.key]: value })}
                options={picker.options}
                labelKey={picker.labelKey}
                allLabel={picker.key === 'sort' ? undefined : t('allAreas.all')}
              />
            ))}
          </fieldset>
          <div className="page-actions">
            <p className="areas-count" role="status">
              {t('allAreas.count', { shown: shown.length, total: rows.length })}
            </p>
            <ExportMenu sheet="areas" ids={shownIds} related={MEASUREMENTS} className="toolbar-action" />
          </div>
          {shown.length === 0 ? (
            <EmptyState message={t('allAreas.noMatch')} />
          ) : (
            <DataTable<Row, SortKey>
              caption={t('allAreas.caption')}
              className="areas-table"
              rows={shown}
              rowKey={(r) => r.area.id}
              sort={sort}
              direction="desc"
              columns={[
                {
                  key: 'area',
                  label: t('allAreas.area'),
                  rowHeader: true,
                  render: (r) => <Link to={paths.area(r.area.id)}>{r.area.title}</Link>
                },
                {
                  key: 'client',
                  label: t('allAreas.client'),
                  render: (r) => (
                    <>
                      {r.client}
                      {r.kind && <span className="note">{t(`organisationKind.${r.kind}`)}</span>}
                    </>
                  )
                },
                { key: 'route', label: t('allAreas.route'), render: (r) => t(`routeShort.${r.area.route}`) },
                { key: 'status', label: t('allAreas.status'), render: (r) => t(`areaStatus.${r.area.status}`) },
                {
                  // Only the score column says it is sorted (highest first): the other sorts are by name.
                  key: 'score',
                  label: t('allAreas.score'),
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
                  label: t('allAreas.rank'),
                  numeric: true,
                  // The title opens the area; the rank opens the prioritisation that produced it.
                  render: (r) => (
                    <Link to={paths.prioritisation(r.area.engagementId)}>
                      {r.rank === null ? '–' : t('allAreas.rankOf', { rank: r.rank, count: r.rankedCount })}
                      <span className="visually-hidden"> – {t('allAreas.prioritise', { area: r.area.title })}</span>
                    </Link>
                  )
                }
              ]}
            />
          )}
        </>
      )}
    </>
  )
}
