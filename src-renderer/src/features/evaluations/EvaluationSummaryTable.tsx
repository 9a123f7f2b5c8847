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
  const count = t('evaluation.n', { count: summary.n })
  return (
    <div className="evaluation-summary">
      {/* Shown above the box, not in it: a caption scrolls away with a table wider than a narrow window. */}
      <p className="summary-caption" aria-hidden="true">
        {caption} <span className="muted">{count}</span>
      </p>
      <ScrollBox label={caption}>
        <table className="data-table summary-table">
          <caption className="visually-hidden">
            {caption} {count}
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
      </ScrollBox>
      <p className="help">{t('evaluation.countsHelp')}</p>
    </div>
  )
}
