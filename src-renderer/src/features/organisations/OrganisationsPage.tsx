import { useDeferredValue, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ORGANISATION_KINDS, type Organisation, type OrganisationKind } from '@shared/entities'
import { formatNumber } from '@shared/format'
import {
  EmptyState,
  EnumSelect,
  PageHeading,
  SearchField,
  SelectField,
  useListParams,
  VirtualTable,
  type Column
} from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'
import { textCompare } from '@renderer/lib/collate'
import { paths } from '@renderer/lib/paths'
import { DeletionUndoToast } from '@renderer/features/deletion'
import { LoadSampleButton } from '@renderer/features/sample'
import { EngagementCount } from './EngagementCount'
import {
  DEFAULT_ORGANISATION_FILTER,
  ORGANISATION_SORT_KEYS,
  useOrganisationCount,
  useOrganisations,
  useOrganisationTags,
  type OrganisationSortKey
} from './queries'

const DEFAULTS = {
  q: '',
  kind: '',
  tag: '',
  sort: DEFAULT_ORGANISATION_FILTER.sort as string,
  dir: DEFAULT_ORGANISATION_FILTER.direction as string
}

/** The client register: search as you type, filter by kind and tag, sort by column; virtualised. */
export function OrganisationsPage() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const [params, setParams] = useListParams(DEFAULTS)
  // Typing stays responsive: the query follows the text a beat behind, at lower priority.
  const text = useDeferredValue(params.q)
  const compare = useMemo(() => textCompare(language), [language])
  const kind = (ORGANISATION_KINDS as readonly string[]).includes(params.kind) ? (params.kind as OrganisationKind) : ''
  const sort = (ORGANISATION_SORT_KEYS as readonly string[]).includes(params.sort)
    ? (params.sort as OrganisationSortKey)
    : 'name'
  const direction = params.dir === 'desc' ? 'desc' : 'asc'

  const total = useOrganisationCount()
  const tags = useOrganisationTags(compare)
  const rows = useOrganisations({ text, kind, tag: params.tag, sort, direction }, compare)

  const columns: Column<Organisation, OrganisationSortKey>[] = [
    {
      key: 'name',
      label: t('organisations.name'),
      width: 'minmax(10rem, 3fr)',
      sortKey: 'name',
      rowHeader: true,
      render: (o) => (
        <Link to={paths.organisation(o.id)} className="row-link">
          {o.name}
        </Link>
      )
    },
    {
      key: 'kind',
      label: t('organisations.kind'),
      width: 'minmax(8rem, 1.2fr)',
      sortKey: 'kind',
      render: (o) => t(`organisationKind.${o.kind}`)
    },
    {
      key: 'orgNumber',
      label: t('organisations.orgNumber'),
      width: 'minmax(11.5rem, 1.2fr)',
      sortKey: 'orgNumber',
      render: (o) => o.orgNumber ?? <span className="muted">{t('common.notGiven')}</span>
    },
    {
      key: 'tags',
      label: t('clients.organisation.tags'),
      width: 'minmax(8rem, 2fr)',
      render: (o) =>
        o.tags.length === 0 ? null : (
          <span className="tag-list">
            {o.tags.map((tag) => (
              <span key={tag} className="tag">
                {tag}
              </span>
            ))}
          </span>
        )
    },
    {
      key: 'engagements',
      label: t('organisations.engagementCount'),
      width: '6rem',
      numeric: true,
      render: (o) => <EngagementCount organisationId={o.id} />
    }
  ]

  const onSort = (key: OrganisationSortKey) =>
    setParams({ sort: key, dir: key === sort && direction === 'asc' ? 'desc' : 'asc' })

  return (
    <div className="clients">
      <PageHeading>{t('organisations.title')}</PageHeading>
      <DeletionUndoToast />
      {total === undefined ? (
        <p>{t('app.loading')}</p>
      ) : total === 0 ? (
        <EmptyState message={t('organisations.empty')}>
          <Link to={paths.newOrganisation()} className="button button-primary">
            {t('clients.organisation.new')}
          </Link>
          <LoadSampleButton />
        </EmptyState>
      ) : (
        <>
          <div className="list-toolbar">
            <SearchField
              id="org-search"
              label={t('clients.list.search')}
              placeholder={t('clients.list.searchOrganisationsPlaceholder')}
              value={params.q}
              onChange={(q) => setParams({ q })}
            />
            <EnumSelect
              id="org-kind"
              label={t('organisations.kind')}
              value={kind}
              onChange={(value) => setParams({ kind: value })}
              options={ORGANISATION_KINDS}
              labelKey={(k) => `organisationKind.${k}`}
              allLabel={t('clients.list.allKinds')}
            />
            <SelectField
              id="org-tag"
              label={t('clients.list.tag')}
              value={params.tag}
              onChange={(e) => setParams({ tag: e.target.value })}
              emptyOption={t('clients.list.allTags')}
              options={(tags ?? []).map((tag) => ({ value: tag, label: tag }))}
            />
            <Link to={paths.newOrganisation()} className="button button-primary toolbar-action">
              {t('clients.organisation.new')}
            </Link>
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
              label={t('organisations.caption')}
              rows={rows}
              columns={columns}
              rowKey={(o) => o.id}
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
