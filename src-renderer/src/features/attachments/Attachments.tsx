import './attachments.css'
import { useId, useState, type DragEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { MAX_ATTACHMENT_BYTES, type AttachmentFile } from '@shared/ipc/attachments'
import { errorMessage } from '@renderer/lib/errors'
import { formatBytes } from '@renderer/lib/file-size'
import { fileToBase64 } from '@renderer/lib/base64'
import { useShellKind } from '@renderer/platform/use-app-info'
import { useApi } from '@renderer/platform/services'
import { useLanguage } from '@renderer/platform/use-language'
import { ActionButtons, FilePicker, Notice, type NoticeMessage } from '@renderer/ui'
import { useAttachmentCommands, type OwnerType } from './commands'
import { useAttachments } from './queries'

/** The attachments of one organisation, workshop or area: add, open, show in folder, remove. */
export function Attachments({ ownerType, ownerId }: { ownerType: OwnerType; ownerId: string }) {
  const { t } = useTranslation()
  const api = useApi()
  const commands = useAttachmentCommands(ownerType, ownerId)
  const { language } = useLanguage()
  const desktop = useShellKind() === 'electron'
  const [busy, setBusy] = useState(false)
  const [dragging, setDragging] = useState(false)
  const [message, setMessage] = useState<NoticeMessage | null>(null)
  const headingId = useId()
  const rows = useAttachments(ownerType, ownerId)

  const limit = formatBytes(MAX_ATTACHMENT_BYTES, t, language)
  const say = (text: string, error = false) => setMessage({ text, error })
  const tooLarge = (fileName: string) => say(t('attachments.tooLarge', { fileName, limit }), true)
  const failed = (error: unknown) => say(t('attachments.failed', { message: errorMessage(error) }), true)

  const added = async (files: AttachmentFile[]) => {
    await commands.add(files)
    say(t('attachments.added', { count: files.length }))
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
          tooLarge(file.name)
          continue
        }
        const result = await api.attachmentsUpload({
          fileName: file.name,
          mimeType: file.type,
          dataBase64: await fileToBase64(file)
        })
        if (result.outcome === 'too-large') tooLarge(result.fileName)
        else stored.push(...result.files)
      }
      if (stored.length > 0) await added(stored)
    } catch (error) {
      failed(error)
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
      else if (result.outcome === 'too-large') tooLarge(result.fileName)
      else if (result.outcome === 'unsupported') say(t('attachments.unsupported'))
    } catch (error) {
      failed(error)
    } finally {
      setBusy(false)
    }
  }

  const fileAction = async (
    name: string,
    action: () => Promise<
      { outcome: 'done' | 'missing' | 'unsupported' } | { outcome: 'shown-instead'; extension: string }
    >
  ) => {
    setMessage(null)
    try {
      const result = await action()
      if (result.outcome === 'missing') say(t('attachments.missing'), true)
      if (result.outcome === 'unsupported') say(t('attachments.unsupported'))
      if (result.outcome === 'shown-instead')
        say(
          t('attachments.shownInstead', {
            name,
            kind: result.extension
              ? t('attachments.kindExtension', { extension: result.extension })
              : t('attachments.kindNone')
          })
        )
    } catch (error) {
      failed(error)
    }
  }

  const remove = async (id: string, name: string) => {
    setMessage(null)
    try {
      await commands.remove(id)
      say(t('attachments.removed', { name }))
    } catch (error) {
      failed(error)
    }
  }

  /** A row's button: its text and its name for screen readers (which file) come from the action's keys. */
  const action = (key: 'open' | 'show' | 'remove', row: { name: string }, run: () => Promise<unknown>) => ({
    key,
    label: t(`attachments.${key}`),
    ariaLabel: t(`attachments.${key}Label`, { name: row.name }),
    onClick: () => void run()
  })

  const onDrop = (event: DragEvent) => {
    event.preventDefault()
    setDragging(false)
    void upload([...event.dataTransfer.files])
  }

  return (
    <section
      aria-labelledby={headingId}
      className={`attachments${dragging ? ' dragging' : ''}`}
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
              <ActionButtons
                className="attachment-actions"
                small
                actions={[
                  desktop &&
                    action('open', row, () => fileAction(row.name, () => api.attachmentsOpen({ sha256: row.sha256 }))),
                  desktop &&
                    action('show', row, () => fileAction(row.name, () => api.attachmentsShow({ sha256: row.sha256 }))),
                  action('remove', row, () => remove(row.id, row.name))
                ]}
              />
            </li>
          ))}
        </ul>
      )}
      {!desktop && rows !== undefined && rows.length > 0 && <p className="help">{t('attachments.unsupported')}</p>}
      <div className="button-row">
        <FilePicker
          label={busy ? t('attachments.adding') : t('attachments.add')}
          inputLabel={t('attachments.chooseFiles')}
          multiple
          disabled={busy}
          onChoose={desktop ? () => void choose() : undefined}
          onFiles={(files) => void upload(files)}
        />
        <span className="help">{t('attachments.dropHint')}</span>
      </div>
      <Notice message={message} />
    </section>
  )
}
