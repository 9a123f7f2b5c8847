import './documents.css'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useShellKind } from '@renderer/platform/use-app-info'
import { Section } from '@renderer/ui'
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
    <Section id={headingId} heading={t('documents.title')}>
      <ExportDocumentPanel engagementId={engagementId} />
      {rows && rows.length > 0 ? (
        <DocumentList
          rows={rows}
          caption={t('documentsUi.listEngagementCaption')}
          browser={shell !== 'electron'}
          withClient={false}
        />
      ) : (
        rows && <p className="help">{t('documentsUi.emptyEngagement')}</p>
      )}
    </Section>
  )
}
