import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BackupInfo, BackupStatus } from '@shared/ipc/backups'
import { formatDateTime, formatNumber } from '@shared/format'
import { errorMessage } from '@renderer/lib/errors'
import { formatBytes } from '@renderer/lib/file-size'
import { useShellKind } from '@renderer/platform/use-app-info'
import { useApi } from '@renderer/platform/services'
import { useLanguage } from '@renderer/platform/use-language'
import { buttonColumn, DataTable, EmptyState, Notice, StatusBadge, type Column, type NoticeMessage } from '@renderer/ui'
import type { Progress } from '@renderer/db/export-import'
import { useAutoBackupActivity } from './auto-backup'
import { useBackupCommands } from './commands'
import { FolderWarning } from './FolderWarning'
import { ImportPanel } from './ImportPanel'
import { TransferProgress } from './TransferProgress'
import { useImportFlow } from './use-import-flow'

type Props = { status: BackupStatus | null; loadError: string | null; refresh: () => void }

/** The backup folder, "Säkerhetskopiera nu", and the list of backups with restore. */
export function BackupList({ status, loadError, refresh }: Props) {
  const { t } = useTranslation()
  const api = useApi()
  const { language: lang } = useLanguage()
  const desktop = useShellKind() === 'electron'
  const { backup } = useBackupCommands()
  const [busy, setBusy] = useState(false)
  const [progress, setProgress] = useState<Progress | null>(null)
  const auto = useAutoBackupActivity()
  const [message, setMessage] = useState<NoticeMessage | null>(null)
  const flow = useImportFlow(refresh)
  const failed = (error: unknown) =>
    setMessage({ text: t('backups.failed', { message: errorMessage(error) }), error: true })

  const backupNow = async () => {
    setBusy(true)
    setProgress(null)
    setMessage(null)
    try {
      const result = await backup('manual', setProgress)
      if (result.outcome === 'locked') setMessage({ text: t('backups.locked'), error: true })
      else setMessage({ text: t('backups.written', { size: formatBytes(result.backup.size, t, lang) }), error: false })
    } catch (error) {
      failed(error)
    } finally {
      setBusy(false)
      refresh()
    }
  }

  const folderAction = async (action: () => Promise<{ outcome?: string; folder?: string }>) => {
    setMessage(null)
    try {
      const result = await action()
      if (result.outcome === 'unsupported') setMessage({ text: t('backups.folderUnsupported'), error: false })
      else if (result.folder) setMessage({ text: t('backups.folderChanged', { folder: result.folder }), error: false })
    } catch (error) {
      failed(error)
    } finally {
      refresh()
    }
  }

  const folderActions = [
    { label: t('backups.chooseFolder'), run: () => api.backupsChooseFolder() },
    { label: t('backups.showFolder'), run: () => api.backupsShowFolder() },
    ...(status && !status.isDefaultFolder
      ? [{ label: t('backups.resetFolder'), run: () => api.backupsResetFolder() }]
      : [])
  ]

  const restore = (backup: BackupInfo) =>
    void flow.begin(() => api.backupsOpen({ name: backup.name }), backup.createdAt)

  const content = (b: BackupInfo) => {
    if (!b.counts) return t('backups.countsUnknown')
    // Each count says its own noun in the right number ("1 organisation", "10 000 organisationer").
    const kinds = ['organisations', 'engagements', 'workshops', 'areas'] as const
    const parts = kinds.map((kind) => {
      const count = b.counts?.[kind] ?? 0
      return t(`backups.count.${kind}`, { count, formatted: formatNumber(count, lang) })
    })
    if (b.attachmentCount) parts.push(t('backups.attachmentCount', { count: b.attachmentCount }))
    return parts.join(', ')
  }

  const columns: Column<BackupInfo>[] = [
    {
      key: 'date',
      label: t('backups.col.date'),
      rowHeader: true,
      className: 'nowrap',
      render: (b) => formatDateTime(b.createdAt, lang)
    },
    {
      key: 'kind',
      label: t('backups.col.kind'),
      render: (b) => (
        <>
          {t(`backups.reason.${b.reason}`)}
          {b.encrypted && <StatusBadge tone="accent">{t('backups.encryptedBadge')}</StatusBadge>}
          {b.pinned && <StatusBadge tone="info">{t(`backups.pinnedBadge.${b.pinned}`)}</StatusBadge>}
        </>
      )
    },
    { key: 'content', label: t('backups.col.content'), render: content },
    { key: 'size', label: t('backups.col.size'), numeric: true, render: (b) => formatBytes(b.size, t, lang) },
    buttonColumn({
      key: 'action',
      label: t('backups.col.action'),
      text: t('backups.restore'),
      ariaLabel: (b) => t('backups.restoreLabel', { date: formatDateTime(b.createdAt, lang) }),
      onClick: restore
    })
  ]

  return (
    <section aria-labelledby="backups-heading" className="panel bk backups-panel">
      <h2 id="backups-heading">{t('backups.heading')}</h2>
      <p className="help">{t('backups.intro')}</p>
      {status && (
        <dl className="facts backup-folder">
          <dt>{t('backups.folder')}</dt>
          <dd>
            <code>{status.folder}</code>
            {status.isDefaultFolder && <span className="help"> ({t('backups.defaultFolder')})</span>}
          </dd>
        </dl>
      )}
      {status && <FolderWarning status={status} />}
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={() => void backupNow()} disabled={busy}>
          {busy ? t('backups.backingUp') : t('backups.backupNow')}
        </button>
        {desktop &&
          folderActions.map(({ label, run }) => (
            <button
              key={label}
              type="button"
              className="button button-secondary"
              onClick={() => void folderAction(run)}
            >
              {label}
            </button>
          ))}
      </div>
      {busy && <TransferProgress kind="backup" progress={progress} />}
      {!busy && auto && <TransferProgress kind="autoBackup" progress={auto.progress} />}
      <Notice message={message} />
      <ImportPanel flow={flow} />
      {loadError ? (
        // Not role="alert": this is the section's content on arrival, not a response to an action.
        <p className="error-box">{t('backups.loadFailed', { message: loadError })}</p>
      ) : status === null ? (
        <p>{t('backups.loading')}</p>
      ) : status.backups.length === 0 ? (
        <EmptyState message={t('backups.empty')} />
      ) : (
        <DataTable
          caption={t('backups.listCaption')}
          className="backup-table"
          rows={status.backups}
          columns={columns}
          rowKey={(b) => b.name}
        />
      )}
      {status && status.problems.length > 0 && (
        <p className="help">{t('backups.problems', { names: status.problems.join(', ') })}</p>
      )}
    </section>
  )
}
