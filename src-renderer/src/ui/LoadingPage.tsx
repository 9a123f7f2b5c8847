import { useTranslation } from 'react-i18next'
import { PageHeading } from './PageHeading'

/**
 * What a detail page shows while its row is loading: the page's wrapper with its heading and "Loading…",
 * the sibling of NotFoundPage. The heading is there from the start, so focus and the window title land at once.
 */
export function LoadingPage({
  className,
  heading
}: {
  /** The page's own wrapper class, so the loading state keeps its layout. */
  className?: string
  heading: string
}) {
  const { t } = useTranslation()
  return (
    <div className={className}>
      <PageHeading>{heading}</PageHeading>
      <p>{t('app.loading')}</p>
    </div>
  )
}
