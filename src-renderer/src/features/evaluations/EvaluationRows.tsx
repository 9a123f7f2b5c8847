import { useTranslation } from 'react-i18next'
import type { Contact, Evaluation } from '@shared/entities'
import { ASPECTS } from '@shared/evaluations'
import { TableHead } from '@renderer/ui'
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
        <TableHead
          layout="table"
          columns={[
            { key: 'n', label: '#', numeric: true },
            ...ASPECTS.map((a) => ({ key: a, label: t(`evaluation.aspect.${a}`), numeric: true })),
            { key: 'comment', label: t('evaluation.comment') },
            { key: 'who', label: t('evaluation.who') },
            { key: 'quotable', label: t('evaluation.quotableShort') },
            { key: 'reference', label: t('evaluation.reference') },
            { key: 'actions', label: t('evaluation.actions'), labelHidden: true }
          ]}
        />
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
