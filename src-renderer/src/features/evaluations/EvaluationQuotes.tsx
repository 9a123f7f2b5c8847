import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDate, formatNumber } from '@shared/format'
import { CheckboxField } from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'
import { useEvaluationCommands } from './commands'
import type { EvaluationGroup } from './queries'

/** Comments shown at first, and added per "Visa fler": a portfolio of 30 000 evaluations has thousands. */
const PAGE = 50

/**
 * The comments participants agreed may be quoted, with a switch to pick each as a reference for
 * proposals; the other comments are listed under them (shown, never offered as a reference).
 */
export function EvaluationQuotes({ groups, showClient }: { groups: EvaluationGroup[]; showClient: boolean }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { setEvaluationFlags } = useEvaluationCommands()
  const comments = groups.flatMap((g) => g.evaluations.filter((e) => e.comment.trim() !== '').map((e) => ({ e, g })))
  const quotable = comments.filter((c) => c.e.quotable)
  const others = comments.filter((c) => !c.e.quotable)
  const [shownQuotes, setShownQuotes] = useState(PAGE)
  const [shownOthers, setShownOthers] = useState(PAGE)
  const more = (left: number, onClick: () => void) =>
    left > 0 ? (
      <button type="button" className="button button-secondary" onClick={onClick}>
        {t('evaluation.showMore', { count: Math.min(left, PAGE), left: formatNumber(left, language) })}
      </button>
    ) : null
  const source = (g: EvaluationGroup) =>
    [showClient ? g.client : null, formatDate(g.workshop.startsAt, language)].filter(Boolean).join(', ')
  return (
    <div className="quotes">
      <h3 className="subheading">{t('evaluation.quotesHeading')}</h3>
      {quotable.length === 0 ? (
        <p className="help">{t('evaluation.noQuotes')}</p>
      ) : (
        <ul className="quote-list">
          {quotable.slice(0, shownQuotes).map(({ e, g }) => (
            <li key={e.id} className={e.reference ? 'quote is-reference' : 'quote'}>
              <blockquote>
                <p>{e.comment}</p>
              </blockquote>
              <p className="quote-source">{source(g)}</p>
              <CheckboxField
                label={t('evaluation.useAsReference')}
                checked={e.reference}
                onChange={(ev) => void setEvaluationFlags(e.id, { reference: ev.target.checked })}
              />
            </li>
          ))}
        </ul>
      )}
      {more(quotable.length - shownQuotes, () => setShownQuotes((n) => n + PAGE))}
      {others.length > 0 ? (
        <details className="other-comments">
          <summary>{t('evaluation.otherComments', { count: others.length })}</summary>
          <ul className="plain-list">
            {others.slice(0, shownOthers).map(({ e, g }) => (
              <li key={e.id}>
                <q>{e.comment}</q> <span className="muted">({source(g)})</span>
              </li>
            ))}
          </ul>
          {more(others.length - shownOthers, () => setShownOthers((n) => n + PAGE))}
        </details>
      ) : null}
    </div>
  )
}
