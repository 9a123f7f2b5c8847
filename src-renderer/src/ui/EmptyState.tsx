import type { ReactNode } from 'react'
import './EmptyState.css'

/**
 * What a list or page shows when there is nothing yet (or nothing matches): the message, and under it
 * the actions that fill it (a "new" button, the sample loader), if any.
 */
export function EmptyState({ message, children }: { message: string; children?: ReactNode }) {
  if (children === undefined || children === null || children === false) return <p className="empty-state">{message}</p>
  return (
    <div className="empty-state">
      <p>{message}</p>
      <div className="button-row">{children}</div>
    </div>
  )
}
