import { useTranslation } from 'react-i18next'
import { ASPECTS, GRADES, roundToOneDecimal, type EvaluationSummary } from '@shared/evaluations'
import { formatDecimal1, formatNumber } from '@shared/format'
import { useLanguage } from '@renderer/platform/use-language'

/** n, the mean per aspect to one decimal and the number of each grade, as one table. */
export function EvaluationSummaryTable({ summary, caption }: { summary: EvaluationSummary; caption: string }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  return (
    <div className="table-scroll">
      <table className="data-table summary-table">
        <caption>
          {caption} <span className="muted">{t('evaluation.n', { count: summary.n })}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('evaluation.aspectHeading')}</th>
            <th scope="col" className="numeric">
              {t('evaluation.mean')}
            </th>
            <th scope="col" className="numeric">
              {t('evaluation.answered')}
            </th>
            {[...GRADES].reverse().map((g) => (
              <th scope="col" className="numeric" key={g}>
                <abbr title={t(`evaluation.grade.${g}`)}>{g}</abbr>
                <span className="visually-hidden"> {t(`evaluation.grade.${g}`)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ASPECTS.map((aspect) => {
            const a = summary.aspects[aspect]
            return (
              <tr key={aspect}>
                <th scope="row">{t(`evaluation.aspect.${aspect}`)}</th>
                <td className="numeric mean-cell">
                  {a.mean === null ? '–' : formatDecimal1(roundToOneDecimal(a.mean), language)}
                </td>
                <td className="numeric">{formatNumber(a.answered, language)}</td>
                {[...GRADES].reverse().map((g) => (
                  <td className="numeric" key={g}>
                    {formatNumber(a.counts[g - 1] ?? 0, language)}
                  </td>
                ))}
              </tr>
            )
          })}
        </tbody>
      </table>
      <p className="help">{t('evaluation.countsHelp')}</p>
    </div>
  )
}
