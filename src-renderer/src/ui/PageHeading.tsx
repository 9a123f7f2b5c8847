import { memo, useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useShell } from './shell-context'

/**
 * The page's one h1 (focusable by script, for focus after navigation), the window title, and under
 * the heading the shell's status region. It stays mounted while the page swaps its content (e.g.
 * the empty state for the loaded portfolio), so screen readers hear what changed.
 * Memoised: a list page draws again with every key typed in its search box, its heading need not.
 */
export const PageHeading = memo(function PageHeading({ children }: { children: string }) {
  const { t } = useTranslation()
  const { status } = useShell()
  useEffect(() => {
    document.title = t('app.titleWithPage', { page: children })
  }, [children, t])
  return (
    <>
      <h1 tabIndex={-1} className="page-title">
        {children}
      </h1>
      <p role="status" className="status-message">
        {status}
      </p>
    </>
  )
})
