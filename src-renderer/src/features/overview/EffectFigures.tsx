import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Area } from '@shared/entities'
import { formatNumber, formatSek } from '@shared/format'
import { DataTable, Section } from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'
import { paths } from '@renderer/lib/paths'

/**
 * The realised annual effect today beside the estimate, and the areas behind plan: their count a link to the
 * areas list filtered to them, each area a link to its page.
 */
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
    ['realised', formatSek(realisedSek, language), null],
    ['estimated', formatSek(estimatedSek, language), null],
    ['offTrack', formatNumber(offTrack.length, language), paths.areas({ followUp: 'off-track' })]
  ] as const
  return (
    <Section
      id="effect-heading"
      heading={t('overview.effect.heading')}
      action={<Link to={paths.areas()}>{t('overview.effect.allAreas')}</Link>}
    >
      <dl className="stat-grid stat-grid-money">
        {tiles.map(([key, value, to]) => (
          <div className="stat" key={key}>
            <dt className="stat-label">{t(`overview.effect.${key}`)}</dt>
            <dd className="stat-value">
              {to === null ? (
                value
              ) : (
                // The figure alone would be a link named "2": the hidden label says what it opens.
                <Link to={to}>
                  {value}
                  <span className="visually-hidden"> {t(`overview.effect.${key}`)}</span>
                </Link>
              )}
            </dd>
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
