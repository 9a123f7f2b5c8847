import { useTranslation } from 'react-i18next'
import { ASPECTS, GRADES, roundToOneDecimal, type EvaluationSummary } from '@shared/evaluations'
import { formatDecimal1, formatNumber } from '@shared/format'
import { ScrollBox, TableHead } from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'

/** n, the mean per aspect to one decimal and the number of each grade, as one table. */
export function EvaluationSummaryTable({ summary, caption }: { summary: EvaluationSummary; caption: string }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  // The highest grade first.
  const grades = [...GRADES].reverse()
  return (
    <ScrollBox label={caption} className="evaluation-summary">
      <table className="data-table summary-table">
        <caption>
          {caption} <span className="muted">{t('evaluation.n', { count: summary.n })}</span>
        </caption>
        <TableHead
          layout="table"
          columns={[
            { key: 'aspect', label: t('evaluation.aspectHeading') },
            { key: 'mean', label: t('evaluation.mean'), numeric: true },
            { key: 'answered', label: t('evaluation.answered'), numeric: true },
            ...grades.map((g) => ({
              key: String(g),
              label: t(`evaluation.grade.${g}`),
              abbr: String(g),
              numeric: true
            }))
          ]}
        />
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
                {grades.map((g) => (
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
    </ScrollBox>
  )
}
