import './MenuButton.css'
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import { classNames } from '@renderer/lib/class-names'

export type MenuItem = { key: string; label: string; onSelect: () => void }

/**
 * A menu button (WAI-ARIA menu button pattern): Enter, Space or arrow down opens the menu on its first item,
 * arrow keys, Home and End move, Enter picks, Escape closes and gives the focus back to the button, Tab closes
 * and moves on, a click outside closes. After a pick the focus goes back to the button too, so the keyboard
 * stays where the user was.
 *
 * `busy` keeps the button focusable (aria-disabled, not disabled: a disabled button drops the focus the menu has
 * just given back) but does not open. `children` is shown below the button (a message about the last pick).
 */
export function MenuButton({
  label,
  buttonLabel,
  menuLabel,
  items,
  busy = false,
  className,
  buttonClassName = 'button button-secondary',
  children
}: {
  /** The visible text of the button. */
  label: string
  /** The button's accessible name when it must say more than its text (which row it acts on). */
  buttonLabel?: string
  /** The menu's accessible name. */
  menuLabel: string
  items: readonly MenuItem[]
  busy?: boolean
  className?: string
  buttonClassName?: string
  children?: ReactNode
}) {
  const [open, setOpen] = useState(false)
  const menuId = useId()
  const rootRef = useRef<HTMLDivElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const itemsRef = useRef<(HTMLButtonElement | null)[]>([])

  useEffect(() => {
    if (open) itemsRef.current[0]?.focus()
  }, [open])

  useEffect(() => {
    if (!open) return
    const close = (event: MouseEvent) => {
      if (!(event.target instanceof Node) || !rootRef.current?.contains(event.target)) setOpen(false)
    }
    document.addEventListener('mousedown', close)
    return () => document.removeEventListener('mousedown', close)
  }, [open])

  const onMenuKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const buttons = itemsRef.current.filter((el): el is HTMLButtonElement => el !== null)
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement)
    const focusAt = (i: number) => buttons[(i + buttons.length) % buttons.length]?.focus()
    if (event.key === 'ArrowDown') focusAt(index + 1)
    else if (event.key === 'ArrowUp') focusAt(index - 1)
    else if (event.key === 'Home') focusAt(0)
    else if (event.key === 'End') focusAt(buttons.length - 1)
    else if (event.key === 'Escape' || event.key === 'Tab') {
      setOpen(false)
      if (event.key === 'Escape') buttonRef.current?.focus()
    } else return
    event.preventDefault()
    event.stopPropagation()
  }

  return (
    <div className={classNames('menu-button', className)} ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className={buttonClassName}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={buttonLabel}
        aria-disabled={busy || undefined}
        onClick={() => {
          if (!busy) setOpen((o) => !o)
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !e.altKey && !busy) {
            e.preventDefault()
            setOpen(true)
          }
        }}
      >
        {label}
      </button>
      {open ? (
        <ul id={menuId} role="menu" className="menu-button-list" aria-label={menuLabel} onKeyDown={onMenuKey}>
          {items.map((item, i) => (
            <li key={item.key} role="none">
              <button
                ref={(el) => {
                  itemsRef.current[i] = el
                }}
                type="button"
                role="menuitem"
                tabIndex={-1}
                onClick={() => {
                  setOpen(false)
                  buttonRef.current?.focus()
                  item.onSelect()
                }}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {children}
    </div>
  )
}
