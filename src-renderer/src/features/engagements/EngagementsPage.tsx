import { useDeferredValue, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import {
  ENGAGEMENT_KINDS,
  ENGAGEMENT_STATUSES,
  type Engagement,
  type EngagementKind,
  type EngagementStatus
} from '@shared/entities'
import { formatDate, formatNumber, formatSek } from '@shared/format'
import {
  EmptyState,
  EnumSelect,
  PageHeading,
  SearchField,
  VirtualTable,
  useListParams,
  useShell,
  type Column
} from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'
import { textCompare } from '@renderer/lib/collate'
import { paths } from '@renderer/lib/paths'
import { DeletionUndoToast } from '@renderer/features/deletion'
import { EngagementForm } from './EngagementForm'
import { EngagementStatusBadge } from './EngagementStatusBadge'
import { EngagementTabs } from './EngagementTabs'
import {
  ENGAGEMENT_SORT_KEYS,
  useEngagements,
  useEngagementTotal,
  useOrganisationNames,
  type EngagementSortKey
} from './queries'

const DEFAULTS = { q: '', status: '', kind: '', sort: 'updatedAt', dir: 'desc' }

/** All engagements: search as you type, filter by status and kind, sort by column; virtualised. */
export function EngagementsPage() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { announce } = useShell()
  const navigate = useNavigate()
  const [adding, setAdding] = useState(false)
  const [params, setParams] = useListParams(DEFAULTS)
  const text = useDeferredValue(params.q)
  const compare = useMemo(() => textCompare(language), [language])
  const status = (ENGAGEMENT_STATUSES as readonly string[]).includes(params.status)
    ? (params.status as EngagementStatus)
    : ''
  const kind = (ENGAGEMENT_KINDS as readonly string[]).includes(params.kind) ? (params.kind as EngagementKind) : ''
  const sort = (ENGAGEMENT_SORT_KEYS as readonly string[]).includes(params.sort)
    ? (params.sort as EngagementSortKey)
    : 'updatedAt'
  const direction = params.dir === 'asc' ? 'asc' : 'desc'

  const total = useEngagementTotal()
  const names = useOrganisationNames()
  const rows = useEngagements({ text, status, kind, sort, direction }, names, compare)

  const columns: Column<Engagement, EngagementSortKey>[] = [
    {
      key: 'title',
      label: t('engagements.name'),
      width: 'minmax(10rem, 3fr)',
      sortKey: 'title',
      rowHeader: true,
      render: (e) => (
        <Link to={paths.engagement(e.id)} className="row-link">
          {e.title}
        </Link>
      )
    },
    {
      key: 'client',
      label: t('engagements.client'),
      width: 'minmax(10rem, 2fr)',
      sortKey: 'client',
      render: (e) => (
        <Link to={paths.organisation(e.organisationId)} className="row-link subtle">
          {names?.get(e.organisationId) ?? t('common.unknownClient')}
        </Link>
      )
    },
    {
      key: 'status',
      label: t('engagements.status'),
      width: 'minmax(7rem, 1.2fr)',
      sortKey: 'status',
      render: (e) => <EngagementStatusBadge status={e.status} />
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
  ]
  const onSort = (key: EngagementSortKey) =>
    setParams({ sort: key, dir: key === sort && direction === 'asc' ? 'desc' : 'asc' })

  return (
    <div className="clients">
      <PageHeading>{t('engagements.title')}</PageHeading>
      <EngagementTabs />
      <DeletionUndoToast />
      {adding ? (
        <section className="panel wide" aria-labelledby="new-engagement-heading">
          <h2 id="new-engagement-heading">{t('clients.engagement.new')}</h2>
          <EngagementForm
            engagement={null}
            organisationId=""
            onSaved={(e) => {
              setAdding(false)
              announce(t('clients.engagement.added', { title: e.title }))
              void navigate(paths.engagement(e.id))
            }}
            onCancel={() => setAdding(false)}
          />
        </section>
      ) : null}
      {total === undefined ? (
        <p>{t('app.loading')}</p>
      ) : total === 0 ? (
        <EmptyState message={t('engagements.empty')}>
          {!adding ? (
            <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
              {t('clients.engagement.new')}
            </button>
          ) : null}
        </EmptyState>
      ) : (
        <>
          <div className="list-toolbar">
            <SearchField
              id="eng-search"
              label={t('clients.list.search')}
              placeholder={t('clients.list.searchEngagementsPlaceholder')}
              value={params.q}
              onChange={(q) => setParams({ q })}
            />
            <EnumSelect
              id="eng-status"
              label={t('engagements.status')}
              value={status}
              onChange={(value) => setParams({ status: value })}
              options={ENGAGEMENT_STATUSES}
              labelKey={(s) => `engagementStatus.${s}`}
              allLabel={t('clients.list.allStatuses')}
            />
            <EnumSelect
              id="eng-kind"
              label={t('clients.engagement.kind')}
              value={kind}
              onChange={(value) => setParams({ kind: value })}
              options={ENGAGEMENT_KINDS}
              labelKey={(k) => `clients.engagementKind.${k}`}
              allLabel={t('clients.list.allKinds')}
            />
            {!adding ? (
              <button type="button" className="button button-primary toolbar-action" onClick={() => setAdding(true)}>
                {t('clients.engagement.new')}
              </button>
            ) : null}
          </div>
          <p className="list-count" aria-live="polite">
            {rows === undefined
              ? t('app.loading')
              : t('clients.list.showing', {
                  shown: formatNumber(rows.length, language),
                  total: formatNumber(total, language)
                })}
          </p>
          {rows && rows.length > 0 ? (
            <VirtualTable
              label={t('engagements.caption')}
              rows={rows}
              columns={columns}
              rowKey={(e) => e.id}
              sort={sort}
              direction={direction}
              onSort={onSort}
            />
          ) : rows ? (
            <EmptyState message={t('clients.list.noMatch')} />
          ) : null}
        </>
      )}
    </div>
  )
}
