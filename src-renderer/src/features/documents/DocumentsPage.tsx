import './documents.css'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { useShellKind } from '@renderer/platform/use-app-info'
import { EmptyState, PageHeading } from '@renderer/ui'
import { DocumentList } from './DocumentList'
import { ExportDocumentPanel } from './ExportDocumentPanel'
import { useDocumentRows } from './queries'

/** Every document sent to clients: create one, open, show, preview or download it. */
export function DocumentsPage() {
  const { t } = useTranslation()
  const createId = useId()
  const listId = useId()
  const rows = useDocumentRows()
  const shell = useShellKind()
  const [params] = useSearchParams()
  return (
    <>
      <PageHeading>{t('documents.title')}</PageHeading>
      <p className="lead">{t('documentsUi.intro')}</p>
      <section aria-labelledby={createId} className="panel">
        <h2 id={createId}>{t('documentsUi.createHeading')}</h2>
        <ExportDocumentPanel initialEngagement={params.get('engagement') ?? ''} />
      </section>
      <section aria-labelledby={listId} className="panel">
        <h2 id={listId}>{t('documentsUi.listHeading')}</h2>
        {rows && rows.length > 0 ? (
          <DocumentList
            rows={rows}
            caption={t('documentsUi.listCaption')}
            captionHidden
            browser={shell !== 'electron'}
          />
        ) : (
          rows && <EmptyState message={t('documentsUi.empty')} />
        )}
      </section>
    </>
  )
}
