import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { TABLE_NAMES, type TableName } from '@shared/entities'
import { ConfirmDialog } from '@renderer/ui'
import { errorMessage } from '@renderer/lib/errors'
import { useDeletionCommands } from './commands'
import { usePlanDeletion, type DeletionCounts } from './queries'

/**
 * Deleting a row with everything that depends on it: the dialog first says what goes with it, counted
 * from the database; the delete is one transaction and is remembered for undo.
 */
export function CascadeDeleteButton({
  table,
  id,
  name,
  buttonLabel,
  title,
  onDeleted
}: {
  table: TableName
  id: string
  /** The row's name, for the dialog and the undo offer. */
  name: string
  buttonLabel: string
  title: string
  onDeleted: () => void
}) {
  const { t } = useTranslation()
  const planDeletion = usePlanDeletion()
  const { deleteAndRemember } = useDeletionCommands()
  const [counts, setCounts] = useState<DeletionCounts | null>(null)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState('')

  const ask = async () => {
    setProblem('')
    setCounts(await planDeletion(table, id))
  }
  const confirm = async () => {
    setBusy(true)
    try {
      await deleteAndRemember(table, id, name)
      setCounts(null)
      onDeleted()
    } catch (error) {
      setCounts(null)
      setBusy(false)
      setProblem(t('clients.delete.failed', { message: errorMessage(error) }))
    }
  }
  const withIt = counts ? TABLE_NAMES.filter((n) => n !== table && (counts[n] ?? 0) > 0) : []

  return (
    <>
      <button type="button" className="button button-danger" onClick={() => void ask()}>
        {buttonLabel}
      </button>
      {problem ? (
        <p className="error-box" role="alert">
          {problem}
        </p>
      ) : null}
      <ConfirmDialog
        open={counts !== null}
        title={title}
        confirmLabel={t('clients.delete.confirm')}
        onConfirm={() => void confirm()}
        onCancel={() => setCounts(null)}
        busy={busy}
      >
        {withIt.length === 0 ? (
          <p>{t('clients.delete.nothingElse', { name })}</p>
        ) : (
          <>
            <p>{t('clients.delete.alsoGoes', { name })}</p>
            <ul className="cascade-counts">
              {withIt.map((n) => (
                <li key={n}>{t(`clients.tables.${n}`, { count: counts?.[n] ?? 0 })}</li>
              ))}
            </ul>
          </>
        )}
        <p>{t('clients.delete.undoHint')}</p>
      </ConfirmDialog>
    </>
  )
}
