import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ENGAGEMENT_KINDS, ENGAGEMENT_STATUSES, type Engagement } from '@shared/entities'
import { formatDate, formatSek } from '@shared/format'
import {
  EmptyState,
  ListView,
  PageHeading,
  RowLink,
  StatusBadge,
  VirtualTable,
  engagementStatusTone,
  listSort,
  oneOf,
  useListParams,
  type Column,
  type ListFilter
} from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'
import { textCompare } from '@renderer/lib/collate'
import { paths } from '@renderer/lib/paths'
import { DeletionUndoToast } from '@renderer/features/deletion'
import { ExportMenu } from '@renderer/features/spreadsheets'
import { EngagementTabs } from './EngagementTabs'
import {
  DEFAULT_ENGAGEMENT_FILTER,
  ENGAGEMENT_SORT_KEYS,
  useEngagements,
  useEngagementTotal,
  useOrganisationNames,
  type EngagementSortKey
} from './queries'

const { sort: SORT, direction: DIR } = DEFAULT_ENGAGEMENT_FILTER
const DEFAULTS = { q: '', status: '', kind: '', sort: SORT as string, dir: DIR as string }

/** All engagements: search as you type, filter by status and kind, sort by column; virtualised. */
export function EngagementsPage() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const [params, setParams] = useListParams(DEFAULTS)
  const compare = useMemo(() => textCompare(language), [language])
  const status = oneOf(params.status, ENGAGEMENT_STATUSES, '')
  const kind = oneOf(params.kind, ENGAGEMENT_KINDS, '')
  const sorting = listSort(params, setParams, ENGAGEMENT_SORT_KEYS, { sort: SORT, dir: DIR })
  const { sort, direction } = sorting

  const total = useEngagementTotal()
  const names = useOrganisationNames()
  const rows = useEngagements({ text: params.q, status, kind, sort, direction }, names, compare)

  // The columns change with the language and the client names, not with each keystroke (rows in view keep theirs).
  const columns = useMemo(
    (): Column<Engagement, EngagementSortKey>[] => [
      {
        key: 'title',
        lines: 2,
        label: t('engagements.name'),
        width: 'minmax(10rem, 3fr)',
        sortKey: 'title',
        rowHeader: true,
        render: (e) => (
          <RowLink to={paths.engagement(e.id)} className="row-link">
            {e.title}
          </RowLink>
        )
      },
      {
        key: 'client',
        lines: 2,
        label: t('engagements.client'),
        width: 'minmax(10rem, 2fr)',
        sortKey: 'client',
        render: (e) => (
          <RowLink to={paths.organisation(e.organisationId)} className="row-link subtle">
            {names?.get(e.organisationId) ?? t('common.unknownClient')}
          </RowLink>
        )
      },
      {
        key: 'status',
        label: t('engagements.status'),
        width: 'minmax(7rem, 1.2fr)',
        sortKey: 'status',
        // The page's t, not the badge component's own useTranslation: a hook (and its subscription) per row drawn.
        render: (e) => (
          <StatusBadge tone={engagementStatusTone(e.status)}>{t(`engagementStatus.${e.status}`)}</StatusBadge>
        )
      },
      {
        key: 'value',
        label: t('engagements.value'),
        width: 'minmax(7rem, 1fr)',
        sortKey: 'valueSek',
        numeric: true,
        render: (e) =>
          e.valueSek === null ? <span className="muted">{t('common.notGiven')}</span> : formatSek(e.valueSek, language)
      },
      {
        key: 'start',
        label: t('clients.engagement.expectedStart'),
        width: 'minmax(9.5rem, 1fr)',
        sortKey: 'expectedStart',
        render: (e) => (e.expectedStart ? formatDate(e.expectedStart, language) : '')
      }
    ],
    [t, language, names]
  )
  // Drawn again only with the language (ListView's filters are memoised on what they show).
  const filters = useMemo(
    (): ListFilter[] => [
      {
        param: 'status',
        id: 'eng-status',
        label: t('engagements.status'),
        options: ENGAGEMENT_STATUSES,
        optionLabel: (s) => t(`engagementStatus.${s}`),
        allLabel: t('clients.list.allStatuses')
      },
      {
        param: 'kind',
        id: 'eng-kind',
        label: t('clients.engagement.kind'),
        options: ENGAGEMENT_KINDS,
        optionLabel: (k) => t(`clients.engagementKind.${k}`),
        allLabel: t('clients.list.allKinds')
      }
    ],
    [t]
  )
  // A new engagement is made on its own page, as a new organisation or workshop is.
  const newEngagement = (
    <Link className="button button-primary" to={paths.newEngagement()}>
      {t('clients.engagement.new')}
    </Link>
  )

  return (
    <div className="clients">
      <PageHeading>{t('engagements.title')}</PageHeading>
      <EngagementTabs />
      <DeletionUndoToast />
      <ListView
        params={params}
        setParams={setParams}
        total={total}
        rows={rows}
        search={{ id: 'eng-search', placeholder: t('clients.list.searchEngagementsPlaceholder') }}
        filters={filters}
        action={
          <div className="toolbar-action export-actions">
            {/* The export takes what the list shows: its filter and its order. */}
            <ExportMenu sheet="engagements" ids={() => rows?.map((e) => e.id)} />
            {newEngagement}
          </div>
        }
        empty={<EmptyState message={t('engagements.empty')}>{newEngagement}</EmptyState>}
      >
        {(shown) => (
          <VirtualTable
            label={t('engagements.caption')}
            rows={shown}
            columns={columns}
            rowKey={(e) => e.id}
            {...sorting}
          />
        )}
      </ListView>
    </div>
  )
}
