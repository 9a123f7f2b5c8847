import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ORGANISATION_KINDS, type Organisation } from '@shared/entities'
import {
  EmptyState,
  ListView,
  PageHeading,
  RowLink,
  VirtualTable,
  listSort,
  oneOf,
  useListParams,
  type Column
} from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'
import { classNames } from '@renderer/lib/class-names'
import { textCompare } from '@renderer/lib/collate'
import { paths } from '@renderer/lib/paths'
import { DeletionUndoToast } from '@renderer/features/deletion'
import { LoadSampleButton } from '@renderer/features/sample'
import { ExportMenu } from '@renderer/features/spreadsheets'
import { EngagementCount } from './EngagementCount'
import {
  DEFAULT_ORGANISATION_FILTER,
  ORGANISATION_SORT_KEYS,
  useOrganisationCount,
  useOrganisations,
  useOrganisationTags,
  type OrganisationSortKey
} from './queries'

const { sort: SORT, direction: DIR } = DEFAULT_ORGANISATION_FILTER
const DEFAULTS = { q: '', kind: '', tag: '', sort: SORT as string, dir: DIR as string }

/** The client register: search as you type, filter by kind and tag, sort by column; virtualised. */
export function OrganisationsPage() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const [params, setParams] = useListParams(DEFAULTS)
  const compare = useMemo(() => textCompare(language), [language])
  const kind = oneOf(params.kind, ORGANISATION_KINDS, '')
  const sorting = listSort(params, setParams, ORGANISATION_SORT_KEYS, { sort: SORT, dir: DIR })
  const { sort, direction } = sorting

  const total = useOrganisationCount()
  const tags = useOrganisationTags(compare)
  const rows = useOrganisations({ text: params.q, kind, tag: params.tag, sort, direction }, compare)

  // The columns change with the language, not with each keystroke: rows in view keep their cells (and counts).
  const columns = useMemo(
    (): Column<Organisation, OrganisationSortKey>[] => [
      {
        key: 'name',
        lines: 2,
        label: t('organisations.name'),
        width: 'minmax(10rem, 3fr)',
        sortKey: 'name',
        rowHeader: true,
        render: (o) => (
          <RowLink to={paths.organisation(o.id)} className="row-link">
            {o.name}
          </RowLink>
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
        lines: 2,
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
    ],
    [t]
  )

  const newOrganisation = (inToolbar: boolean) => (
    <Link to={paths.newOrganisation()} className={classNames('button button-primary', inToolbar && 'toolbar-action')}>
      {t('clients.organisation.new')}
    </Link>
  )

  return (
    <div className="clients">
      <PageHeading>{t('organisations.title')}</PageHeading>
      <DeletionUndoToast />
      <ListView
        params={params}
        setParams={setParams}
        total={total}
        rows={rows}
        search={{ id: 'org-search', placeholder: t('clients.list.searchOrganisationsPlaceholder') }}
        filters={[
          {
            param: 'kind',
            id: 'org-kind',
            label: t('organisations.kind'),
            options: ORGANISATION_KINDS,
            optionLabel: (k) => t(`organisationKind.${k}`),
            allLabel: t('clients.list.allKinds')
          },
          {
            param: 'tag',
            id: 'org-tag',
            label: t('clients.list.tag'),
            options: tags ?? [],
            optionLabel: (tag) => tag,
            allLabel: t('clients.list.allTags')
          }
        ]}
        action={
          <div className="toolbar-action export-actions">
            {/* The export takes what the list shows: its filter and its order. */}
            <ExportMenu sheet="organisations" ids={() => rows?.map((o) => o.id)} />
            {newOrganisation(false)}
          </div>
        }
        empty={
          <EmptyState message={t('organisations.empty')}>
            {newOrganisation(false)}
            <LoadSampleButton />
          </EmptyState>
        }
      >
        {(shown) => (
          <VirtualTable
            label={t('organisations.caption')}
            rows={shown}
            columns={columns}
            rowKey={(o) => o.id}
            {...sorting}
          />
        )}
      </ListView>
    </div>
  )
}
