import { useTranslation } from 'react-i18next'
import { PageHeading } from '../../app/PageHeading'

/** Word documents sent to clients; generated in a later issue, so only the empty state for now. */
export function DocumentsPage() {
  const { t } = useTranslation()
  return (
    <>
      <PageHeading>{t('documents.title')}</PageHeading>
      <p className="empty-state">{t('documents.empty')}</p>
    </>
  )
}
