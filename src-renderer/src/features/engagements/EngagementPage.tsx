import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import { ENGAGEMENT_STATUSES, type EngagementStatus } from '@shared/entities'
import { formatDate, formatDateTime, formatSek } from '@shared/format'
import {
  Breadcrumbs,
  DataTable,
  EnumSelect,
  Facts,
  FormSection,
  MissingRowPage,
  PageHeading,
  Section,
  useHandedNotice,
  useShell
} from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'
import { paths } from '@renderer/lib/paths'
import { EngagementDocuments } from '@renderer/features/documents'
import { DeleteSection } from '@renderer/features/deletion'
import { EngagementPrioritisation } from '@renderer/features/prioritisation'
import { EngagementWorkshops } from '@renderer/features/workshops'
import { useEngagementCommands } from './commands'
import { EngagementForm } from './EngagementForm'
import { EngagementStatusBadge } from './EngagementStatusBadge'
import { useEngagement } from './queries'

/** One engagement: details, status with its full history, and the workshop, prioritisation and document parts. */
export function EngagementPage() {
  const { id = '' } = useParams()
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { move } = useEngagementCommands()
  const { announce } = useShell()
  const navigate = useNavigate()
  const data = useEngagement(id)
  useHandedNotice(Boolean(data))

  if (!data) {
    const back = { to: paths.engagements(), label: t('clients.engagement.backToList') }
    return <MissingRowPage row={data} notFound={t('clients.engagement.notFound')} back={back} />
  }
  const { engagement: e, organisation } = data

  const changeStatus = async (status: EngagementStatus) => {
    await move(e.id, status)
    announce(t('clients.pipeline.moved', { title: e.title, status: t(`engagementStatus.${status}`) }))
  }

  return (
    <div className="clients">
      <Breadcrumbs
        items={[
          { to: paths.engagements(), label: t('nav.engagements') },
          organisation && { to: paths.organisation(organisation.id), label: organisation.name }
        ]}
      />
      <PageHeading>{e.title}</PageHeading>
      <p className="page-subtitle">
        {/* The client's link is the breadcrumb's; here its name only. */}
        {organisation?.name ?? t('common.unknownClient')}
        {' · '}
        {t(`clients.engagementKind.${e.kind}`)} · <EngagementStatusBadge status={e.status} />
      </p>

      <FormSection
        heading={t('clients.engagement.details')}
        openLabel={t('clients.engagement.edit')}
        replace
        saved={t('clients.common.saved')}
        form={(done) => <EngagementForm engagement={e} organisationId={e.organisationId} {...done} />}
      >
        <Facts
          items={[
            {
              term: t('engagements.value'),
              value:
                e.valueSek !== null && t('clients.engagement.valueExVat', { value: formatSek(e.valueSek, language) })
            },
            {
              term: t('clients.engagement.expectedStart'),
              value: e.expectedStart && formatDate(e.expectedStart, language)
            },
            { term: t('clients.engagement.expectedEnd'), value: e.expectedEnd && formatDate(e.expectedEnd, language) },
            { term: t('clients.engagement.notes'), value: e.notes, preLine: true }
          ]}
        />
      </FormSection>

      <Section id="engagement-status" heading={t('clients.engagement.statusHeading')}>
        <EnumSelect
          id="engagement-status-select"
          className="inline-field"
          label={t('clients.engagement.changeStatus')}
          value={e.status}
          onChange={(status) => {
            if (status) void changeStatus(status)
          }}
          options={ENGAGEMENT_STATUSES}
          labelKey={(s) => `engagementStatus.${s}`}
        />
        <DataTable
          caption={t('clients.engagement.history')}
          compact
          rows={[...e.statusHistory].reverse().map((change, i) => ({ ...change, key: `${change.at}-${i}` }))}
          rowKey={(change) => change.key}
          columns={[
            {
              key: 'when',
              label: t('clients.engagement.historyWhen'),
              className: 'nowrap',
              render: (change) => formatDateTime(change.at, language)
            },
            {
              key: 'status',
              label: t('engagements.status'),
              render: (change) => <EngagementStatusBadge status={change.status} />
            }
          ]}
        />
      </Section>

      <EngagementWorkshops engagementId={e.id} />
      <EngagementPrioritisation engagementId={e.id} />
      <EngagementDocuments engagementId={e.id} />

      <DeleteSection
        heading={t('clients.engagement.deleteHeading')}
        text={t('clients.engagement.deleteText')}
        table="engagements"
        rowId={e.id}
        name={e.title}
        buttonLabel={t('clients.engagement.delete')}
        title={t('clients.engagement.deleteTitle', { title: e.title })}
        onDeleted={() => navigate(paths.engagements())}
      />
    </div>
  )
}
