import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'

/** The page's one h1 (focusable by script, for focus after navigation) and the window title. */
export function PageHeading({ children }: { children: string }) {
  const { t } = useTranslation()
  useEffect(() => {
    document.title = t('app.titleWithPage', { page: children })
  }, [children, t])
  return (
    <h1 tabIndex={-1} className="page-title">
      {children}
    </h1>
  )
}
