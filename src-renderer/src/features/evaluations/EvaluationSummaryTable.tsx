import { useTranslation } from 'react-i18next'
import { ASPECTS, GRADES, roundToOneDecimal, type EvaluationSummary } from '@shared/evaluations'
import { formatDecimal1, formatNumber } from '@shared/format'
import { ScrollBox, TableHead, stackLabel } from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'

/** n, the mean per aspect to one decimal and the number of each grade, as one table. */
export function EvaluationSummaryTable({ summary, caption }: { summary: EvaluationSummary; caption: string }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  // The highest grade first.
  const grades = [...GRADES].reverse()
  const count = t('evaluation.n', { count: summary.n })
  const columns = [
    { key: 'aspect', label: t('evaluation.aspectHeading') },
    { key: 'mean', label: t('evaluation.mean'), numeric: true },
    { key: 'answered', label: t('evaluation.answered'), numeric: true },
    ...grades.map((g) => ({ key: String(g), label: t(`evaluation.grade.${g}`), abbr: String(g), numeric: true }))
  ]
  // In the stacked layout each grade's line reads "6 utmärkt", as the help text below the table does.
  const [, mean, answered, ...gradeColumns] = columns
  return (
    <div className="evaluation-summary">
      {/* Shown above the box, not in it: a caption scrolls away with a table wider than a narrow window. */}
      <p className="summary-caption" aria-hidden="true">
        {caption} <span className="muted">{count}</span>
      </p>
      <ScrollBox label={caption}>
        {/* Stacks in a narrow window like the kit's DataTable (ui/DataTable.css): one card per aspect. */}
        <table className="data-table summary-table stacks">
          <caption className="visually-hidden">
            {caption} {count}
          </caption>
          <TableHead layout="table" columns={columns} />
          <tbody>
            {ASPECTS.map((aspect) => {
              const a = summary.aspects[aspect]
              return (
                <tr key={aspect}>
                  <th scope="row">{t(`evaluation.aspect.${aspect}`)}</th>
                  <td className="numeric mean-cell" {...stackLabel(mean!)}>
                    {a.mean === null ? '–' : formatDecimal1(roundToOneDecimal(a.mean), language)}
                  </td>
                  <td className="numeric" {...stackLabel(answered!)}>
                    {formatNumber(a.answered, language)}
                  </td>
                  {grades.map((g, i) => (
                    <td className="numeric" key={g} data-label={`${g} ${gradeColumns[i]!.label}`}>
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
