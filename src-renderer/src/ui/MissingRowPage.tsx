import { useTranslation } from 'react-i18next'
import { LoadingPage } from './LoadingPage'
import { NotFoundPage } from './NotFoundPage'

/** A way back to a list, for a page whose row is gone. */
export type BackLink = { to: string; label: string }

/**
 * What a detail page shows instead of its row: "Loading…" while the row loads (under the page's heading
 * when one is given) and the not-found page, with its way back, when the row is gone (deleted, or a stale
 * link). Use: `if (!row) return <MissingRowPage row={row} notFound={…} back={…} />`.
 */
export function MissingRowPage({
  row,
  notFound,
  back,
  loadingHeading,
  className
}: {
  /** The page's row: undefined while it loads, null when there is none. */
  row: null | undefined
  /** The not-found page's heading, translated. */
  notFound: string
  back: BackLink
  loadingHeading?: string
  /** The page's own wrapper class. */
  className?: string
}) {
  const { t } = useTranslation()
  if (row === null)
    return <NotFoundPage className={className} heading={notFound} backTo={back.to} backLabel={back.label} />
  if (loadingHeading !== undefined) return <LoadingPage className={className} heading={loadingHeading} />
  return <p className={className}>{t('app.loading')}</p>
}
