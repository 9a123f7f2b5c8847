import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Area } from '@shared/entities'
import { formatNumber, formatSek } from '@shared/format'
import { DataTable, Section } from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'
import { paths } from '@renderer/lib/paths'

/** The realised annual effect today beside the estimate, and the areas behind plan, each a link to its page. */
export function EffectFigures({
  realisedSek,
  estimatedSek,
  offTrack,
  clientOf
}: {
  realisedSek: number
  estimatedSek: number
  offTrack: readonly Area[]
  clientOf: ReadonlyMap<string, string>
}) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const tiles = [
    ['realised', formatSek(realisedSek, language)],
    ['estimated', formatSek(estimatedSek, language)],
    ['offTrack', formatNumber(offTrack.length, language)]
  ] as const
  return (
    <Section
      id="effect-heading"
      heading={t('overview.effect.heading')}
      action={<Link to={paths.areas()}>{t('overview.effect.allAreas')}</Link>}
    >
      <dl className="stat-grid stat-grid-money">
        {tiles.map(([key, value]) => (
          <div className="stat" key={key}>
            <dt className="stat-label">{t(`overview.effect.${key}`)}</dt>
            <dd className="stat-value">{value}</dd>
          </div>
        ))}
      </dl>
      <DataTable
        caption={t('overview.effect.offTrackCaption')}
        rows={offTrack}
        empty={t('overview.effect.offTrackNone')}
        compact
        scroll={false}
        columns={[
          {
            key: 'area',
            label: t('overview.effect.area'),
            rowHeader: true,
            render: (area) => <Link to={paths.area(area.id)}>{area.title}</Link>
          },
          {
            key: 'client',
            label: t('overview.client'),
            render: (area) => clientOf.get(area.engagementId) || t('common.unknownClient')
          }
        ]}
      />
    </Section>
  )
}
