import { useCallback, useEffect, useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Workshop } from '@shared/entities'
import { formatDate, localToday } from '@shared/format'
import {
  EmptyState,
  ListView,
  PageHeading,
  RowLink,
  StatusBadge,
  VirtualTable,
  listSort,
  oneOf,
  useListParams,
  type Column
} from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'
import { textCompare } from '@renderer/lib/collate'
import {
  precomputedOrderSliced,
  searchText,
  sortRows,
  useNarrowingSearch,
  useSliced,
  type Slicer
} from '@renderer/lib/list-query'
import { paths } from '@renderer/lib/paths'
import { useWorkshopList } from './queries'

type WorkshopList = NonNullable<ReturnType<typeof useWorkshopList>>

const WHEN = ['upcoming', 'held'] as const
type When = (typeof WHEN)[number]
const SORTS = ['date', 'title', 'client'] as const
type SortKey = (typeof SORTS)[number]
const DEFAULTS = { q: '', when: '', sort: 'date', dir: 'desc' }

type Row = { workshop: Workshop; title: string; client: string; when: When; haystack: string }

/**
 * Every workshop with its title, client, date and whether it is still to come or has been held: search as
 * you type (title, client, place, starting question), filter by upcoming or held, sort by any named column.
 * Virtualised, so 10 000 workshops draw a screenful of rows.
 */
export function WorkshopsPage() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const [params, setParams] = useListParams(DEFAULTS)
  const when = oneOf(params.when, WHEN, '')
  const sorting = listSort(params, setParams, SORTS, { sort: 'date', dir: 'desc' })
  const { sort, direction } = sorting
  const today = localToday()
  const data = useWorkshopList()

  const compare = useMemo(() => textCompare(language), [language])
  // 10 000 workshops: their rows are built in slices after each read, not in one long task of the render.
  const derive = useCallback(
    async (input: WorkshopList, slicer: Slicer): Promise<Row[]> => {
      const unknownClient = t('common.unknownClient')
      const untitled = t('workshop.title')
      const rows: Row[] = []
      for (const workshop of input.workshops) {
        const client = input.clientName.get(workshop.engagementId) ?? unknownClient
        const title = workshop.title.trim() || untitled
        rows.push({
          workshop,
          title,
          client,
          when: workshop.startsAt.slice(0, 10) >= today ? 'upcoming' : 'held',
          haystack: searchText(language, title, client, workshop.place, workshop.startingQuestion)
        })
        if (slicer.due()) await slicer.pause()
      }
      return rows
    },
    [t, today, language]
  )
  const rows = useSliced(data, derive)

  // The collator runs once per data change and sort column, in slices, not on every keystroke.
  const textSort = sort === 'date' ? null : sort
  const textOrder = useCallback(
    async ({ list, by }: { list: Row[]; by: 'title' | 'client' }, slicer: Slicer) => ({
      list,
      by,
      order: await precomputedOrderSliced(list, (a, b) => compare(a[by], b[by]), slicer)
    }),
    [compare]
  )
  const orderInput = useMemo(() => (rows && textSort ? { list: rows, by: textSort } : undefined), [rows, textSort])
  const byText = useSliced(orderInput, textOrder)
  // Until the order of these rows by that column is ready, the list stays as it was rather than flashing another.
  const orderPending = textSort !== null && (byText?.list !== rows || byText?.by !== textSort)
  const lastShown = useRef<readonly Row[] | undefined>(undefined)
  // Sorted once per read, column and direction; a keystroke or the filter then keeps that order (filter keeps
  // order), so it costs one pass over the rows and no sort.
  const ordered = useMemo(() => {
    if (!rows) return undefined
    // ISO dates and times: their code units' order is their order in time.
    const byDate = (a: Row, b: Row) =>
      a.workshop.startsAt < b.workshop.startsAt ? -1 : a.workshop.startsAt > b.workshop.startsAt ? 1 : 0
    return sortRows(rows.slice(), textSort && byText ? byText.order : byDate, direction, byDate)
  }, [rows, direction, byText, textSort])
  // The rows the drop-down filter lets through, with their search texts: the same arrays while only the search text
  // changes, so the search narrows key by key (useNarrowingSearch).
  const scoped = useMemo(() => {
    if (!ordered) return undefined
    const list = when === '' ? ordered : ordered.filter((r) => r.when === when)
    return { rows: list, haystacks: list.map((r) => r.haystack) }
  }, [ordered, when])
  const matched = useNarrowingSearch(scoped?.rows, scoped?.haystacks, params.q, language)
  const shown = orderPending ? lastShown.current : matched
  useEffect(() => {
    if (!orderPending) lastShown.current = shown
  }, [shown, orderPending])

  // Stable across keystrokes, so the rows in view keep their cells (VirtualTable memoises rows).
  const columns = useMemo(
    (): Column<Row, SortKey>[] => [
      {
        key: 'title',
        lines: 2,
        label: t('workshops.name'),
        // The title and client are what a row is looked up by: they get the room, the question what is left.
        width: 'minmax(10rem, 2.6fr)',
        sortKey: 'title',
        rowHeader: true,
        render: (r) => (
          <RowLink to={paths.workshop(r.workshop.id)} className="row-link" title={r.title}>
            {r.title}
          </RowLink>
        )
      },
      {
        key: 'client',
        lines: 2,
        label: t('workshops.client'),
        width: 'minmax(9rem, 2.2fr)',
        sortKey: 'client',
        render: (r) => <span title={r.client}>{r.client}</span>
      },
      {
        key: 'date',
        label: t('workshops.date'),
        width: '8.5rem',
        sortKey: 'date',
        render: (r) => (
          <time dateTime={r.workshop.startsAt.slice(0, 10)}>{formatDate(r.workshop.startsAt, language)}</time>
        )
      },
      {
        key: 'when',
        label: t('workshops.when'),
        width: '7.5rem',
        render: (r) => (
          <StatusBadge tone={r.when === 'upcoming' ? 'info' : 'neutral'}>
            {t(`workshops.whenValue.${r.when}`)}
          </StatusBadge>
        )
      },
      {
        key: 'question',
        lines: 2,
        label: t('workshops.question'),
        width: 'minmax(8rem, 2fr)',
        render: (r) => (
          <span title={r.workshop.startingQuestion}>{r.workshop.startingQuestion || t('common.notGiven')}</span>
        )
      }
    ],
    [t, language]
  )

  const newWorkshop = (
    <Link className="button button-primary" to={paths.newWorkshop()}>
      {t('workshop.new')}
    </Link>
  )

  return (
    <div className="clients">
      <PageHeading>{t('workshops.title')}</PageHeading>
      <ListView
        params={params}
        setParams={setParams}
        total={rows?.length}
        rows={shown}
        search={{ id: 'workshops-search', placeholder: t('workshops.searchPlaceholder') }}
        filters={[
          {
            param: 'when',
            id: 'workshops-when',
            label: t('workshops.when'),
            options: WHEN,
            optionLabel: (w) => t(`workshops.whenValue.${w}`),
            allLabel: t('workshops.whenAll')
          }
        ]}
        action={
          <div className="toolbar-action export-actions">
            <Link className="button button-secondary" to={paths.evaluations()}>
              {t('workshop.list.evaluationsLink')}
            </Link>
            {newWorkshop}
          </div>
        }
        empty={<EmptyState message={t('workshops.empty')}>{newWorkshop}</EmptyState>}
      >
        {(list) => (
          <VirtualTable<Row, SortKey>
            label={t('workshops.caption')}
            rows={list}
            rowKey={(r) => r.workshop.id}
            columns={columns}
            {...sorting}
          />
        )}
      </ListView>
    </div>
  )
}
