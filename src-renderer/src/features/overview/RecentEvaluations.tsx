import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ASPECTS, roundToOneDecimal, type EvaluationSummary } from '@shared/evaluations'
import { formatDecimal1, formatNumber } from '@shared/format'
import { DataTable, Section } from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'
import { paths } from '@renderer/lib/paths'

/** The participants' means over the last 12 months, and the way to every evaluation. */
export function RecentEvaluations({ summary }: { summary: EvaluationSummary }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  return (
    <Section
      id="evaluations-heading"
      heading={t('overview.evaluationsHeading')}
      action={<Link to={paths.evaluations()}>{t('overview.evaluationsAll')}</Link>}
    >
      {summary.n === 0 ? (
        <p>{t('overview.evaluationsNone')}</p>
      ) : (
        <DataTable
          caption={t('overview.evaluationsCaption', { count: summary.n })}
          rows={ASPECTS}
          rowKey={(aspect) => aspect}
          compact
          scroll={false}
          columns={[
            {
              key: 'measure',
              label: t('overview.measure'),
              rowHeader: true,
              render: (aspect) => t(`overview.${aspect}`)
            },
            {
              key: 'mean',
              label: t('overview.mean'),
              numeric: true,
              render: (aspect) => {
                const { mean } = summary.aspects[aspect]
                return mean === null ? t('common.notGiven') : formatDecimal1(roundToOneDecimal(mean), language)
              }
            },
            {
              key: 'answers',
              label: t('overview.answers'),
              numeric: true,
              render: (aspect) => formatNumber(summary.aspects[aspect].answered, language)
            }
          ]}
        />
      )}
    </Section>
  )
}
