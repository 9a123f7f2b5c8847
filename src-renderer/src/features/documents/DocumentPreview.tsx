import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DocumentRecord } from '@shared/entities'
import { base64ToBytes } from '@renderer/lib/base64'
import { errorMessage } from '@renderer/lib/errors'
import { useApi } from '@renderer/platform/services'
import { Dialog } from '@renderer/ui'
import { renderDocxPreview } from './docx-preview-csp'

/**
 * The frozen copy of a document, rendered in the app as pages, in a wide dialog over the list (not a box
 * under it): the pages get the window's height, and Escape or the close button gives the list back.
 */
export function DocumentPreview({ record, onClose }: { record: DocumentRecord; onClose: () => void }) {
  const { t } = useTranslation()
  const api = useApi()
  const host = useRef<HTMLDivElement>(null)
  const [state, setState] = useState<'loading' | 'ready' | { error: string }>('loading')

  useEffect(() => {
    let cancelled = false
    setState('loading')
    api
      .documentsRead({ id: record.id })
      .then(async ({ base64 }) => {
        if (cancelled || !host.current) return
        await renderDocxPreview(host.current, base64ToBytes(base64))
        if (!cancelled) setState('ready')
      })
      .catch((error: unknown) => !cancelled && setState({ error: errorMessage(error) }))
    return () => {
      cancelled = true
    }
  }, [api, record.id])

  return (
    <Dialog
      open
      title={t('documentsUi.previewHeading', { fileName: record.fileName })}
      onClose={onClose}
      wide
      className="doc-preview"
    >
      {state === 'loading' && <p role="status">{t('documentsUi.previewLoading')}</p>}
      {typeof state === 'object' && (
        <p role="alert" className="error-box">
          {t('documentsUi.previewFailed', { message: state.error })}
        </p>
      )}
      <div ref={host} className="doc-preview-pages" data-testid="document-preview" aria-busy={state === 'loading'} />
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t('documentsUi.closePreview')}
        </button>
      </div>
    </Dialog>
  )
}
