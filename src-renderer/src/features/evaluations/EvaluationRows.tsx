import { useTranslation } from 'react-i18next'
import type { Contact, Evaluation } from '@shared/entities'
import { ASPECTS } from '@shared/evaluations'
import { useEvaluationCommands } from './commands'

/**
 * The saved evaluation rows of one workshop with their comments; consent to quote and the pick as a
 * reference for proposals can be changed here (a reference needs consent).
 */
export function EvaluationRows({ evaluations, contacts }: { evaluations: Evaluation[]; contacts: Contact[] }) {
  const { t } = useTranslation()
  const { setEvaluationFlags, deleteEvaluation } = useEvaluationCommands()
  const contactName = new Map(contacts.map((c) => [c.id, c.name]))
  return (
    <div className="table-scroll">
      <table className="data-table evaluation-rows">
        <caption>{t('evaluation.rowsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="numeric">
              #
            </th>
            {ASPECTS.map((a) => (
              <th scope="col" className="numeric" key={a}>
                {t(`evaluation.aspect.${a}`)}
              </th>
            ))}
            <th scope="col">{t('evaluation.comment')}</th>
            <th scope="col">{t('evaluation.who')}</th>
            <th scope="col">{t('evaluation.quotableShort')}</th>
            <th scope="col">{t('evaluation.reference')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('evaluation.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {evaluations.map((e, i) => (
            <tr key={e.id}>
              <th scope="row" className="numeric">
                {i + 1}
              </th>
              {ASPECTS.map((a) => (
                <td className="numeric" key={a}>
                  {e[a] ?? '–'}
                </td>
              ))}
              <td className="comment-cell">{e.comment ? <q>{e.comment}</q> : <span className="muted">–</span>}</td>
              <td>{e.name || (e.contactId ? contactName.get(e.contactId) : '') || <span className="muted">–</span>}</td>
              <td>
                <input
                  type="checkbox"
                  aria-label={t('evaluation.quotableRow', { n: i + 1 })}
                  checked={e.quotable}
                  onChange={(ev) => void setEvaluationFlags(e.id, { quotable: ev.target.checked })}
                />
              </td>
              <td>
                <input
                  type="checkbox"
                  aria-label={t('evaluation.referenceRow', { n: i + 1 })}
                  checked={e.reference}
                  disabled={!e.quotable || e.comment === ''}
                  onChange={(ev) => void setEvaluationFlags(e.id, { reference: ev.target.checked })}
                />
              </td>
              <td>
                <button
                  type="button"
                  className="button button-secondary button-small nowrap"
                  aria-label={t('evaluation.deleteRow', { n: i + 1 })}
                  onClick={() => void deleteEvaluation(e.id)}
                >
                  {t('evaluation.delete')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
