import { useId, type ReactNode } from 'react'
import { classNames } from '@renderer/lib/class-names'

/**
 * A titled panel of a page: an h2 that names the section (aria-labelledby), and beside it the section's
 * action (an "edit" or "new" button), if any. `action={null}` keeps the heading row with no button in it,
 * so a section does not shift while its form is open.
 */
export function Section({
  id,
  heading,
  action,
  className,
  children
}: {
  /** The heading's id, which names the section; made up when not given. */
  id?: string
  /** The heading, translated. */
  heading: string
  /** What goes beside the heading; undefined for a heading alone. */
  action?: ReactNode
  /** Extra classes on the panel (e.g. danger-zone). */
  className?: string
  children?: ReactNode
}) {
  const madeId = useId()
  const headingId = id ?? madeId
  const title = <h2 id={headingId}>{heading}</h2>
  return (
    <section aria-labelledby={headingId} className={classNames('panel', 'panel-wide', className)}>
      {action === undefined ? (
        title
      ) : (
        <div className="section-head">
          {title}
          {action}
        </div>
      )}
      {children}
    </section>
  )
}
