import './attachments.css'
import { useId, useState, type ChangeEvent, type DragEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { MAX_ATTACHMENT_BYTES, type AttachmentFile } from '@shared/ipc/attachments'
import { errorMessage } from '@renderer/lib/errors'
import { formatBytes } from '@renderer/lib/file-size'
import { fileToBase64 } from '@renderer/lib/base64'
import { useShellKind } from '@renderer/platform/use-app-info'
import { useApi } from '@renderer/platform/services'
import { useLanguage } from '@renderer/platform/use-language'
import { useAttachmentCommands, type OwnerType } from './commands'
import { useAttachments } from './queries'

type Message = { text: string; error: boolean }

/** The attachments of one organisation, workshop or area: add, open, show in folder, remove. */
export function Attachments({ ownerType, ownerId }: { ownerType: OwnerType; ownerId: string }) {
  const { t } = useTranslation()
  const api = useApi()
  const commands = useAttachmentCommands(ownerType, ownerId)
  const { language } = useLanguage()
  const desktop = useShellKind() === 'electron'
  const [busy, setBusy] = useState(false)
  const [dragging, setDragging] = useState(false)
  const [message, setMessage] = useState<Message | null>(null)
  const headingId = useId()
  const inputId = useId()
  const rows = useAttachments(ownerType, ownerId)

  const limit = formatBytes(MAX_ATTACHMENT_BYTES, t, language)

  const added = async (files: AttachmentFile[]) => {
    await commands.add(files)
    setMessage({ text: t('attachments.added', { count: files.length }), error: false })
  }

  const upload = async (files: readonly File[]) => {
    if (files.length === 0) return
    setBusy(true)
    setMessage(null)
    try {
      const stored: AttachmentFile[] = []
      for (const file of files) {
        // Checked here too, so a huge file is refused before it is read into memory.
        if (file.size > MAX_ATTACHMENT_BYTES) {
          setMessage({ text: t('attachments.tooLarge', { fileName: file.name, limit }), error: true })
          continue
        }
        const result = await api.attachmentsUpload({
          fileName: file.name,
          mimeType: file.type,
          dataBase64: await fileToBase64(file)
        })
        if (result.outcome === 'too-large')
          setMessage({ text: t('attachments.tooLarge', { fileName: result.fileName, limit }), error: true })
        else stored.push(...result.files)
      }
      if (stored.length > 0) await added(stored)
    } catch (error) {
      setMessage({ text: t('attachments.failed', { message: errorMessage(error) }), error: true })
    } finally {
      setBusy(false)
    }
  }

  const choose = async () => {
    setBusy(true)
    setMessage(null)
    try {
      const result = await api.attachmentsChoose()
      if (result.outcome === 'added') await added(result.files)
      else if (result.outcome === 'too-large')
        setMessage({ text: t('attachments.tooLarge', { fileName: result.fileName, limit }), error: true })
      else if (result.outcome === 'unsupported') setMessage({ text: t('attachments.unsupported'), error: false })
    } catch (error) {
      setMessage({ text: t('attachments.failed', { message: errorMessage(error) }), error: true })
    } finally {
      setBusy(false)
    }
  }

  const fileAction = async (action: () => Promise<{ outcome: 'done' | 'missing' | 'unsupported' }>) => {
    setMessage(null)
    try {
      const result = await action()
      if (result.outcome === 'missing') setMessage({ text: t('attachments.missing'), error: true })
      if (result.outcome === 'unsupported') setMessage({ text: t('attachments.unsupported'), error: false })
    } catch (error) {
      setMessage({ text: t('attachments.failed', { message: errorMessage(error) }), error: true })
    }
  }

  const remove = async (id: string, name: string) => {
    setMessage(null)
    try {
      await commands.remove(id)
      setMessage({ text: t('attachments.removed', { name }), error: false })
    } catch (error) {
      setMessage({ text: t('attachments.failed', { message: errorMessage(error) }), error: true })
    }
  }

  const onDrop = (event: DragEvent) => {
    event.preventDefault()
    setDragging(false)
    void upload([...event.dataTransfer.files])
  }

  const onInput = (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])]
    event.target.value = ''
    void upload(files)
  }

  return (
    <section
      aria-labelledby={headingId}
      className={`bk attachments${dragging ? ' dragging' : ''}`}
      onDragOver={(e) => {
        e.preventDefault()
        setDragging(true)
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <h2 id={headingId}>{t('attachments.heading')}</h2>
      {rows === undefined ? null : rows.length === 0 ? (
        <p className="help">{t('attachments.empty')}</p>
      ) : (
        <ul className="attachment-list" aria-label={t('attachments.listLabel')}>
          {rows.map((row) => (
            <li key={row.id}>
              <span className="attachment-name">{row.name}</span>
              <span className="help">{formatBytes(row.size, t, language)}</span>
              <span className="attachment-actions">
                {desktop && (
                  <>
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={t('attachments.openLabel', { name: row.name })}
                      onClick={() => void fileAction(() => api.attachmentsOpen({ sha256: row.sha256 }))}
                    >
                      {t('attachments.open')}
                    </button>
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={t('attachments.showLabel', { name: row.name })}
                      onClick={() => void fileAction(() => api.attachmentsShow({ sha256: row.sha256 }))}
                    >
                      {t('attachments.show')}
                    </button>
                  </>
                )}
                <button
                  type="button"
                  className="button button-small"
                  aria-label={t('attachments.removeLabel', { name: row.name })}
                  onClick={() => void remove(row.id, row.name)}
                >
                  {t('attachments.remove')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {!desktop && rows !== undefined && rows.length > 0 && <p className="help">{t('attachments.unsupported')}</p>}
      <div className="button-row">
        {desktop ? (
          <button type="button" className="button" onClick={() => void choose()} disabled={busy}>
            {busy ? t('attachments.adding') : t('attachments.add')}
          </button>
        ) : (
          <span className="file-picker">
            <label htmlFor={inputId} className="button">
              {busy ? t('attachments.adding') : t('attachments.add')}
            </label>
            <input
              id={inputId}
              type="file"
              multiple
              className="visually-hidden"
              aria-label={t('attachments.chooseFiles')}
              onChange={onInput}
            />
          </span>
        )}
        <span className="help">{t('attachments.dropHint')}</span>
      </div>
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error-box' : 'notice'}>
          {message.text}
        </p>
      )}
    </section>
  )
}
