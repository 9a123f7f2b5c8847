import './documents.css'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useShellKind } from '@renderer/platform/use-app-info'
import { DocumentList } from './DocumentList'
import { ExportDocumentPanel } from './ExportDocumentPanel'
import { useDocumentRows } from './queries'

/** The documents of one engagement and the export buttons, shown on the engagement page. */
export function EngagementDocuments({ engagementId }: { engagementId: string }) {
  const { t } = useTranslation()
  const headingId = useId()
  const rows = useDocumentRows(engagementId)
  const shell = useShellKind()
  return (
    <section aria-labelledby={headingId} className="panel panel-wide">
      <h2 id={headingId}>{t('documents.title')}</h2>
      <ExportDocumentPanel engagementId={engagementId} />
      {rows && rows.length > 0 ? (
        <DocumentList rows={rows} caption={t('documentsUi.listEngagementCaption')} browser={shell !== 'electron'} />
      ) : (
        rows && <p className="help">{t('documentsUi.emptyEngagement')}</p>
      )}
    </section>
  )
}
