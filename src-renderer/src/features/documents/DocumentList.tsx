import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DocumentRecord } from '@shared/entities'
import { formatDateTimeParts } from '@shared/format'
import { downloadBase64 } from '@renderer/lib/base64'
import { errorMessage } from '@renderer/lib/errors'
import { useApi } from '@renderer/platform/services'
import { useLanguage } from '@renderer/platform/use-language'
import { ActionButtons, DataTable, useShell, type Column } from '@renderer/ui'
import { DOCX_TYPE } from './commands'
import { DocumentPreview } from './DocumentPreview'
import type { DocumentRow } from './queries'

/**
 * The documents as a table: open with the system's word processor, show in folder, preview, download. On an
 * engagement's page the client column is left out (`withClient` false): every row would say the page's client.
 */
export function DocumentList({
  rows,
  caption,
  captionHidden = false,
  browser,
  withClient = true
}: {
  rows: DocumentRow[]
  caption: string
  /** The section's heading just above already says what the list is: the caption only names the table. */
  captionHidden?: boolean
  browser: boolean
  withClient?: boolean
}) {
  const { t } = useTranslation()
  const api = useApi()
  const { announce } = useShell()
  const { language } = useLanguage()
  const [preview, setPreview] = useState<DocumentRecord | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  const act = async (action: 'open' | 'show' | 'download', record: DocumentRecord) => {
    setProblem(null)
    try {
      if (action === 'download') {
        downloadBase64(record.fileName, (await api.documentsRead({ id: record.id })).base64, DOCX_TYPE)
        return
      }
      const { result } =
        action === 'open'
          ? await api.documentsOpen({ id: record.id })
          : await api.documentsShowInFolder({ id: record.id })
      if (result === 'unsupported') setProblem(t('documentsUi.unsupported'))
      else if (result === 'missing') setProblem(t('documentsUi.missing'))
    } catch (error) {
      const message = t('documentsUi.actionFailed', { message: errorMessage(error) })
      setProblem(message)
      announce(message)
    }
  }

  const columns: (Column<DocumentRow> | false)[] = [
    {
      key: 'kind',
      label: t('documentsUi.columns.kind'),
      rowHeader: true,
      render: ({ record }) => (
        <>
          {t(`documentsUi.kind.${record.kind}`)}
          <span className="doc-lang"> · {t(`documentsUi.languageName.${record.language}`)}</span>
        </>
      )
    },
    withClient && { key: 'client', label: t('documentsUi.columns.client'), render: ({ client }) => client },
    {
      key: 'created',
      label: t('documentsUi.columns.created'),
      render: ({ record }) => {
        // Date and time each kept whole, the time on a line of its own where the column is narrow.
        const parts = formatDateTimeParts(record.createdAt, language)
        if (!parts) return record.createdAt
        return (
          <>
            <span className="nowrap">
              {parts.date}
              {language === 'sv' ? '' : ','}
            </span>{' '}
            <span className="nowrap">{parts.time}</span>
          </>
        )
      }
    },
    {
      key: 'file',
      label: t('documentsUi.columns.file'),
      className: 'doc-file',
      render: ({ record }) => (
        <>
          {record.fileName}
          <span className="help" title={t('documentsUi.checksum', { sha: record.sha256 })}>
            {t('documentsUi.size', { kb: Math.max(1, Math.round(record.size / 1024)) })}
          </span>
        </>
      )
    },
    {
      key: 'actions',
      label: t('documentsUi.columns.actions'),
      render: ({ record }) => {
        /** A button whose text is documentsUi.<key> and whose name for screen readers also says which file. */
        const action = (key: 'preview' | 'download' | 'open' | 'show', onClick: () => void) => ({
          key,
          label: t(`documentsUi.${key}`),
          ariaLabel: t(`documentsUi.${key}Label`, { fileName: record.fileName }),
          onClick
        })
        return (
          <ActionButtons
            className="doc-actions"
            small
            actions={[
              action('preview', () => setPreview(record)),
              browser && action('download', () => void act('download', record)),
              !browser && action('open', () => void act('open', record)),
              !browser && action('show', () => void act('show', record))
            ]}
          />
        )
      }
    }
  ]

  return (
    <>
      {problem && (
        <p role="alert" className="error-box">
          {problem}
        </p>
      )}
      <DataTable
        caption={caption}
        captionHidden={captionHidden}
        className="doc-table"
        rows={rows}
        columns={columns.filter((c) => c !== false)}
        rowKey={({ record }) => record.id}
      />
      {preview && <DocumentPreview key={preview.id} record={preview} onClose={() => setPreview(null)} />}
    </>
  )
}
