import { useId, useRef, useState, type ChangeEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { BackupStatus } from '@shared/ipc/backups'
import type { Language } from '@shared/settings'
import { downloadBase64, fileToBase64 } from '@renderer/lib/base64'
import { errorMessage } from '@renderer/lib/errors'
import { useApi } from '@renderer/platform/services'
import { useBackupCommands } from './commands'
import { ImportPanel } from './ImportPanel'
import { useImportFlow, type FailureKey } from './use-import-flow'

type Props = {
  status: BackupStatus | null
  desktop: boolean
  lang: Language
  refresh: () => void
  describe: (failure: FailureKey) => string
}

/** Export to a file the user chooses (or a download in the browser) and import from one. */
export function PortfolioFilePanel({ status, desktop, lang, refresh, describe }: Props) {
  const { t } = useTranslation()
  const api = useApi()
  const { exportToFile } = useBackupCommands()
  const flow = useImportFlow(describe, refresh)
  const [busy, setBusy] = useState(false)
  const [encrypt, setEncrypt] = useState(true)
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)
  const fileInput = useRef<HTMLInputElement>(null)
  const fileId = useId()
  const canEncrypt = status?.encryption.enabled === true

  const runExport = async () => {
    setBusy(true)
    setMessage(null)
    try {
      const result = await exportToFile(canEncrypt && encrypt)
      if (result.outcome === 'cancelled') return
      if (result.outcome === 'locked') return setMessage({ text: t('backups.portfolioFile.exportLocked'), error: true })
      if (result.outcome === 'download') downloadBase64(result.fileName, result.dataBase64, 'application/octet-stream')
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
    }
  }

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    void flow.begin(async () => {
      // The bridge takes at most 64 MB a request; base64 grows the file by a third.
      if (file.size > 45 * 1024 * 1024) return { outcome: 'too-large', fileName: file.name, limit: 45 * 1024 * 1024 }
      return api.portfolioUploadImport({ fileName: file.name, dataBase64: await fileToBase64(file) })
    })
  }

  return (
    <section aria-labelledby="portfolio-file-heading" className="panel bk portfolio-file-panel">
      <h2 id="portfolio-file-heading">{t('backups.portfolioFile.heading')}</h2>
      <p className="help">{t('backups.portfolioFile.intro')}</p>
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={() => void runExport()} disabled={busy}>
          {busy ? t('backups.portfolioFile.exporting') : t('backups.portfolioFile.export')}
        </button>
        {desktop ? (
          <button type="button" className="button" onClick={() => void flow.begin(() => api.portfolioPickImport())}>
            {t('backups.portfolioFile.import')}
          </button>
        ) : (
          <span className="file-picker">
            <label htmlFor={fileId} className="button">
              {t('backups.portfolioFile.import')}
            </label>
            <input
              id={fileId}
              ref={fileInput}
              type="file"
              className="visually-hidden"
              accept=".zip,.enc,.json,application/zip,application/json"
              aria-label={t('backups.portfolioFile.chooseFile')}
              onChange={onFile}
            />
          </span>
        )}
      </div>
      {canEncrypt && (
        <label className="checkbox">
          <input type="checkbox" checked={encrypt} onChange={(e) => setEncrypt(e.target.checked)} />
          {t('backups.portfolioFile.encryptExport')}
        </label>
      )}
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error-box' : 'notice'}>
          {message.text}
        </p>
      )}
      <ImportPanel flow={flow} lang={lang} />
    </section>
  )
}
