import { useTranslation } from 'react-i18next'
import { formatDate, formatDateTime } from '@shared/format'
import type { PersonalDataExport } from '@shared/personal-data'
import { TableSection } from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'

/** What a person page lists about a person: the workshops they attended and the evaluations they gave. */
export function PersonRecords({ data }: { data: PersonalDataExport }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const grade = (value: number | null) => (value === null ? '–' : String(value))
  return (
    <>
      <TableSection
        heading={t('clients.person.workshops')}
        rows={data.workshopsAttended}
        empty={t('clients.person.noWorkshops')}
        rowKey={(w) => w.participant.id}
        columns={[
          {
            key: 'when',
            label: t('clients.person.when'),
            className: 'nowrap',
            render: ({ workshop }) => (workshop ? formatDateTime(workshop.startsAt, language) : '–')
          },
          {
            key: 'workshop',
            label: t('clients.person.workshop'),
            rowHeader: true,
            render: ({ workshop }) => workshop?.title || t('clients.person.untitledWorkshop')
          },
          {
            key: 'client',
            label: t('clients.person.client'),
            render: (w) => w.organisationName ?? t('common.unknownClient')
          },
          { key: 'role', label: t('clients.person.roleThere'), render: (w) => w.participant.role }
        ]}
      />

      <TableSection
        heading={t('clients.person.evaluations')}
        rows={data.evaluations}
        empty={t('clients.person.noEvaluations')}
        columns={[
          {
            key: 'given',
            label: t('clients.person.given'),
            className: 'nowrap',
            render: (e) => formatDate(e.createdAt, language)
          },
          { key: 'overall', label: t('overview.overall'), numeric: true, render: (e) => grade(e.overall) },
          { key: 'content', label: t('overview.content'), numeric: true, render: (e) => grade(e.content) },
          { key: 'delivery', label: t('overview.delivery'), numeric: true, render: (e) => grade(e.delivery) },
          {
            key: 'comment',
            label: t('clients.person.comment'),
            render: (e) => e.comment || <span className="muted">{t('clients.person.noComment')}</span>
          }
        ]}
      />
    </>
  )
}
