import { useTranslation } from 'react-i18next'
import type { Contact, Evaluation } from '@shared/entities'
import { ASPECTS } from '@shared/evaluations'
import { DataTable, buttonColumn, type Column } from '@renderer/ui'
import { useEvaluationCommands } from './commands'

/** An entered form and its number in the pile (1-based), which the row's controls name. */
type Row = { e: Evaluation; n: number }

/**
 * The saved evaluation rows of one workshop with their comments; consent to quote and the pick as a
 * reference for proposals can be changed here (a reference needs consent).
 */
export function EvaluationRows({ evaluations, contacts }: { evaluations: Evaluation[]; contacts: Contact[] }) {
  const { t } = useTranslation()
  const { setEvaluationFlags, deleteEvaluation } = useEvaluationCommands()
  const contactName = new Map(contacts.map((c) => [c.id, c.name]))
  const none = <span className="muted">–</span>
  /** A column of switches for one of the row's two flags. */
  const flagColumn = (
    flag: 'quotable' | 'reference',
    label: string,
    disabled: (e: Evaluation) => boolean = () => false
  ): Column<Row> => ({
    key: flag,
    label,
    render: ({ e, n }) => (
      <input
        type="checkbox"
        aria-label={t(`evaluation.${flag}Row`, { n })}
        checked={e[flag]}
        disabled={disabled(e)}
        onChange={(ev) => void setEvaluationFlags(e.id, { [flag]: ev.target.checked })}
      />
    )
  })
  const columns: Column<Row>[] = [
    { key: 'n', label: '#', numeric: true, rowHeader: true, render: ({ n }) => n },
    ...ASPECTS.map((a): Column<Row> => ({
      key: a,
      label: t(`evaluation.aspect.${a}`),
      numeric: true,
      render: ({ e }) => e[a] ?? '–'
    })),
    {
      key: 'comment',
      label: t('evaluation.comment'),
      className: 'comment-cell',
      render: ({ e }) => (e.comment ? <q>{e.comment}</q> : none)
    },
    {
      key: 'who',
      label: t('evaluation.who'),
      render: ({ e }) => e.name || (e.contactId ? contactName.get(e.contactId) : '') || none
    },
    flagColumn('quotable', t('evaluation.quotableShort')),
    // A reference is a quote: it needs consent and a comment.
    flagColumn('reference', t('evaluation.reference'), (e) => !e.quotable || e.comment === ''),
    buttonColumn({
      key: 'actions',
      label: t('evaluation.actions'),
      text: t('evaluation.delete'),
      ariaLabel: ({ n }) => t('evaluation.deleteRow', { n }),
      onClick: ({ e }) => void deleteEvaluation(e.id)
    })
  ]
  return (
    <DataTable<Row>
      caption={t('evaluation.rowsCaption')}
      className="evaluation-rows"
      rows={evaluations.map((e, i) => ({ e, n: i + 1 }))}
      rowKey={({ e }) => e.id}
      columns={columns}
    />
  )
}
