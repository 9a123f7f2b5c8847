import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { NavLink } from 'react-router'
import { paths } from '@renderer/lib/paths'

/** Switches between the engagement list and the pipeline (links, so each view has its own address). * Memoised: the list page draws again with every key typed in its search box; the tabs need not.
 */
export const EngagementTabs = memo(function EngagementTabs() {
  const { t } = useTranslation()
  return (
    <nav className="view-tabs" aria-label={t('clients.engagement.views')}>
      <NavLink to={paths.engagements()} end className="view-tab">
        {t('clients.engagement.listView')}
      </NavLink>
      <NavLink to={paths.pipeline()} className="view-tab">
        {t('clients.pipeline.title')}
      </NavLink>
    </nav>
  )
})
