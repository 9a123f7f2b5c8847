import { useTranslation } from 'react-i18next'
import { ASPECTS, roundToOneDecimal } from '@shared/evaluations'
import { formatDecimal1, formatNumber } from '@shared/format'
import { DataTable, PageHeading } from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'
import { LoadSampleButton } from '@renderer/features/sample'
import { useOverview } from './queries'

const COUNTED = ['organisations', 'engagements', 'workshops', 'areas', 'evaluations'] as const

/** The start page: the portfolio in numbers and the evaluation means, or the first-start offer. */
export function OverviewPage() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const data = useOverview()
  const empty = data !== undefined && Object.values(data.counts).every((n) => n === 0)

  return (
    <>
      <PageHeading>{t('overview.title')}</PageHeading>
      {data === undefined ? (
        <p>{t('app.loading')}</p>
      ) : empty ? (
        <section className="empty-state welcome" aria-labelledby="welcome-heading">
          <h2 id="welcome-heading">{t('overview.emptyHeading')}</h2>
          <p>{t('overview.emptyText')}</p>
          <p>{t('overview.sampleText')}</p>
          <LoadSampleButton />
        </section>
      ) : (
        <>
          <section aria-labelledby="counts-heading">
            <h2 id="counts-heading">{t('overview.countsHeading')}</h2>
            <dl className="stat-grid">
              {COUNTED.map((table) => (
                <div className="stat" key={table}>
                  <dt>{t(`overview.counts.${table}`)}</dt>
                  <dd>{formatNumber(data.counts[table], language)}</dd>
                </div>
              ))}
            </dl>
          </section>
          <section aria-labelledby="evaluations-heading">
            <h2 id="evaluations-heading">{t('overview.evaluationsHeading')}</h2>
            {data.summary.n === 0 ? (
              <p>{t('overview.evaluationsNone')}</p>
            ) : (
              <DataTable
                caption={t('overview.evaluationsCaption', { count: data.summary.n })}
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
                      const { mean } = data.summary.aspects[aspect]
                      return mean === null ? t('common.notGiven') : formatDecimal1(roundToOneDecimal(mean), language)
                    }
                  },
                  {
                    key: 'answers',
                    label: t('overview.answers'),
                    numeric: true,
                    render: (aspect) => formatNumber(data.summary.aspects[aspect].answered, language)
                  }
                ]}
              />
            )}
          </section>
        </>
      )}
    </>
  )
}
