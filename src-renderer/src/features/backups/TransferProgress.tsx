import { useTranslation } from 'react-i18next'
import { formatNumber } from '@shared/format'
import type { Progress } from '@renderer/db/export-import'
import { useLanguage } from '@renderer/platform/use-language'

/** What is being moved: rows written to an export or a backup, or pieces of a file sent or read for an import. */
export type TransferKind = 'export' | 'backup' | 'autoBackup' | 'upload' | 'read' | 'write'

/**
 * A labelled progress bar for a portfolio on its way in pieces (issue 15, point 2): rows or pieces done
 * of the total, announced politely. Without a total yet (the rows are still being read) it moves
 * without a value.
 */
export function TransferProgress({ kind, progress }: { kind: TransferKind; progress: Progress | null }) {
  const { t } = useTranslation()
  const { language: lang } = useLanguage()
  const known = progress !== null && progress.total > 0
  const label = known
    ? t(`backups.progress.${kind}`, {
        done: formatNumber(progress.done, lang),
        total: formatNumber(progress.total, lang)
      })
    : t(`backups.progress.${kind}Starting`)
  return (
    <div className="bk-progress" role="status">
      <progress
        aria-label={label}
        max={known ? progress.total : undefined}
        value={known ? Math.min(progress.done, progress.total) : undefined}
      />
      <p>{label}</p>
    </div>
  )
}
