import { Link } from 'react-router'
import { PageHeading } from './PageHeading'

/** What a detail page shows when its row is gone (deleted, or a stale link): the heading and a way back. */
export function NotFoundPage({
  className,
  heading,
  backTo,
  backLabel
}: {
  /** The page's own wrapper class, so the not-found state keeps its layout. */
  className?: string
  heading: string
  backTo: string
  backLabel: string
}) {
  return (
    <div className={className}>
      <PageHeading>{heading}</PageHeading>
      <p>
        <Link to={backTo}>{backLabel}</Link>
      </p>
    </div>
  )
}
