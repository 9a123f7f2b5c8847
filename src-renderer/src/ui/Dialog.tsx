import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react'
import { useShell } from './shell-context'
import { classNames } from '@renderer/lib/class-names'
import './Dialog.css'

/** Opens a <dialog> modally; jsdom-like test DOMs without showModal get the open attribute instead. */
function show(dialog: HTMLDialogElement): void {
  if (dialog.open) return
  if (typeof dialog.showModal === 'function') dialog.showModal()
  else dialog.setAttribute('open', '')
}

function hide(dialog: HTMLDialogElement): void {
  if (!dialog.open) return
  if (typeof dialog.close === 'function') dialog.close()
  else dialog.removeAttribute('open')
}

/** Whether focus can return to the dialog's opener: still in the page, enabled and drawn. */
function canTakeFocus(element: HTMLElement): boolean {
  if (!element.isConnected || element === document.body) return false
  if (element.matches(':disabled') || element.closest('[inert]')) return false
  return element.getClientRects().length > 0
}

/**
 * A modal dialog on the native <dialog> with showModal(): the browser makes the rest of the page inert
 * and keeps focus inside, with no focus-trap code of our own. Escape calls onClose (the open state is
 * React's, never the browser's). On closing, focus returns to the element that opened the dialog or,
 * when that element is gone (the row was deleted) or no longer usable (disabled, hidden: the merge that
 * it offered is done), to the page heading.
 */
export function Dialog({
  open,
  title,
  onClose,
  children,
  wide = false,
  className,
  initialFocus
}: {
  open: boolean
  /** The dialog's heading (h2), translated; it also names the dialog. */
  title: string
  /** Called on Escape; the parent then sets `open` to false. */
  onClose: () => void
  children: ReactNode
  /** Room for a table (the merge dialog). */
  wide?: boolean
  className?: string
  /** The control to focus on opening; otherwise the browser focuses the first focusable one. */
  initialFocus?: RefObject<HTMLElement | null>
}) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const { focusHeading } = useShell()
  // The latest callbacks, read when the dialog closes without re-running the open/close effect.
  const latest = useRef({ focusHeading, initialFocus })
  latest.current = { focusHeading, initialFocus }

  useEffect(() => {
    const dialog = ref.current
    if (!dialog || !open) return
    const opener = document.activeElement
    show(dialog)
    latest.current.initialFocus?.current?.focus()
    return () => {
      hide(dialog)
      if (opener instanceof HTMLElement && canTakeFocus(opener)) opener.focus()
      else latest.current.focusHeading()
    }
  }, [open])

  const classes = classNames('dialog', wide && 'dialog-wide', className)
  return (
    <dialog
      ref={ref}
      className={classes}
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        // Handled here and cancelled, so the browser's own close request (the cancel event) never runs.
        if (event.key !== 'Escape' || event.defaultPrevented) return
        event.preventDefault()
        onClose()
      }}
      onCancel={(event) => {
        // Other close requests (e.g. a platform back gesture): React owns the open state.
        event.preventDefault()
        onClose()
      }}
    >
      {open ? (
        <>
          <h2 id={titleId}>{title}</h2>
          {children}
        </>
      ) : null}
    </dialog>
  )
}
