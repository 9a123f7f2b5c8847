import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BackupStatus } from '@shared/ipc/backups'
import type { Progress } from '@renderer/db/export-import'
import { downloadUrl, fileToBase64 } from '@renderer/lib/base64'
import { errorMessage } from '@renderer/lib/errors'
import { useShellKind } from '@renderer/platform/use-app-info'
import { useApi } from '@renderer/platform/services'
import { CheckboxField, FilePicker, Notice, type NoticeMessage } from '@renderer/ui'
import { useBackupCommands } from './commands'
import { ImportPanel } from './ImportPanel'
import { TransferProgress } from './TransferProgress'
import { useImportFlow } from './use-import-flow'

/** Bytes of a file sent to main in one request (the browser harness); larger files go in pieces this size. */
const UPLOAD_PIECE_BYTES = 8 * 1024 * 1024

/** Export to a file the user chooses (or a download in the browser) and import from one. */
export function PortfolioFilePanel({ status, refresh }: { status: BackupStatus | null; refresh: () => void }) {
  const { t } = useTranslation()
  const api = useApi()
  const desktop = useShellKind() === 'electron'
  const { exportToFile } = useBackupCommands()
  const flow = useImportFlow(refresh)
  const [busy, setBusy] = useState(false)
  const [progress, setProgress] = useState<Progress | null>(null)
  const [upload, setUpload] = useState<Progress | null>(null)
  const [encrypt, setEncrypt] = useState(true)
  const [message, setMessage] = useState<NoticeMessage | null>(null)
  const canEncrypt = status?.encryption.enabled === true

  const runExport = async () => {
    setBusy(true)
    setProgress(null)
    setMessage(null)
    try {
      const result = await exportToFile(canEncrypt && encrypt, setProgress)
      if (result.outcome === 'cancelled') return
      if (result.outcome === 'locked') return setMessage({ text: t('backups.portfolioFile.exportLocked'), error: true })
      if (result.outcome === 'download') downloadUrl(result.fileName, result.url)
      const done =
        result.outcome === 'download'
          ? t('backups.portfolioFile.downloaded', { fileName: result.fileName })
          : t('backups.portfolioFile.exported', { fileName: result.fileName })
      const missing =
        result.missingAttachments > 0
          ? ` ${t('backups.portfolioFile.missingAttachments', { count: result.missingAttachments })}`
          : ''
      setMessage({ text: done + missing, error: false })
    } catch (error) {
      setMessage({ text: t('backups.portfolioFile.exportFailed', { message: errorMessage(error) }), error: true })
    } finally {
      setBusy(false)
      setProgress(null)
    }
  }

  const onFiles = ([file]: File[]) => {
    if (!file) return
    void flow.begin(async () => {
      // The bridge takes at most 64 MB a request: a larger file goes up in pieces of 8 MiB.
      if (file.size <= UPLOAD_PIECE_BYTES)
        return api.portfolioUploadImport({ fileName: file.name, dataBase64: await fileToBase64(file) })
      const begun = await api.portfolioUploadBegin({ fileName: file.name, size: file.size })
      if (begun.outcome !== 'begun') return begun
      const total = Math.ceil(file.size / UPLOAD_PIECE_BYTES)
      try {
        return await uploadPieces(file, begun.token, total)
      } finally {
        setUpload(null)
      }
    })
  }

  /** Sends a large file in pieces (each its own request), showing how far it has come. */
  const uploadPieces = async (file: File, token: string, total: number) => {
    for (let start = 0; start < file.size; start += UPLOAD_PIECE_BYTES) {
      setUpload({ done: start / UPLOAD_PIECE_BYTES, total })
      // Bytes, not base64: over the harness bridge they are the request's body as they are.
      const data = new Uint8Array(await file.slice(start, start + UPLOAD_PIECE_BYTES).arrayBuffer())
      const sent = await api.portfolioUploadChunk({ token, data })
      if (sent.outcome === 'too-large') return { outcome: 'too-large' as const, fileName: file.name, limit: file.size }
      if (sent.outcome === 'expired') throw new Error(t('backups.portfolioFile.expired'))
    }
    const finished = await api.portfolioUploadFinish({ token })
    if (finished.outcome === 'expired') throw new Error(t('backups.portfolioFile.expired'))
    return finished
  }

  return (
    <section aria-labelledby="portfolio-file-heading" className="panel bk portfolio-file-panel">
      <h2 id="portfolio-file-heading">{t('backups.portfolioFile.heading')}</h2>
      <p className="help">{t('backups.portfolioFile.intro')}</p>
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={() => void runExport()} disabled={busy}>
          {busy ? t('backups.portfolioFile.exporting') : t('backups.portfolioFile.export')}
        </button>
        <FilePicker
          label={t('backups.portfolioFile.import')}
          inputLabel={t('backups.portfolioFile.chooseFile')}
          accept=".zip,.enc,.json,application/zip,application/json"
          onChoose={desktop ? () => void flow.begin(() => api.portfolioPickImport()) : undefined}
          onFiles={onFiles}
        />
      </div>
      {canEncrypt && (
        <CheckboxField
          label={t('backups.portfolioFile.encryptExport')}
          checked={encrypt}
          onChange={(e) => setEncrypt(e.target.checked)}
        />
      )}
      {busy && <TransferProgress kind="export" progress={progress} />}
      {upload && <TransferProgress kind="upload" progress={upload} />}
      <Notice message={message} />
      <ImportPanel flow={flow} />
    </section>
  )
}
