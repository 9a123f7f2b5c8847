import { useTranslation } from 'react-i18next'
import { NotFoundPage } from '@renderer/ui'
import { paths } from '@renderer/lib/paths'

/** The workshop page, or its edit form, for a workshop that is gone (deleted, or a stale link): back to the list. */
export function WorkshopNotFound() {
  const { t } = useTranslation()
  return (
    <NotFoundPage heading={t('workshop.notFound')} backTo={paths.workshops()} backLabel={t('workshop.backToList')} />
  )
}
