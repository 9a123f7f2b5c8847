import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ENGAGEMENT_STATUSES, type EngagementStatus } from '@shared/entities'

/**
 * "Flytta till…": a menu button listing the other statuses (WAI-ARIA menu button pattern: arrow keys
 * move between items, Enter picks, Escape closes and returns focus to the button).
 */
export function MoveMenu({
  current,
  title,
  onMove
}: {
  current: EngagementStatus
  title: string
  onMove: (status: EngagementStatus) => void
}) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const menuId = useId()
  const buttonRef = useRef<HTMLButtonElement>(null)
  const itemsRef = useRef<(HTMLButtonElement | null)[]>([])
  const targets = ENGAGEMENT_STATUSES.filter((s) => s !== current)

  useEffect(() => {
    if (open) itemsRef.current[0]?.focus()
  }, [open])

  useEffect(() => {
    if (!open) return
    const close = (event: MouseEvent) => {
      if (!(event.target instanceof Node) || !buttonRef.current?.parentElement?.contains(event.target)) setOpen(false)
    }
    document.addEventListener('mousedown', close)
    return () => document.removeEventListener('mousedown', close)
  }, [open])

  const onMenuKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const items = itemsRef.current.filter((el): el is HTMLButtonElement => el !== null)
    const index = items.indexOf(document.activeElement as HTMLButtonElement)
    const focusAt = (i: number) => items[(i + items.length) % items.length]?.focus()
    if (event.key === 'ArrowDown') focusAt(index + 1)
    else if (event.key === 'ArrowUp') focusAt(index - 1)
    else if (event.key === 'Home') focusAt(0)
    else if (event.key === 'End') focusAt(items.length - 1)
    else if (event.key === 'Escape' || event.key === 'Tab') {
      setOpen(false)
      if (event.key === 'Escape') buttonRef.current?.focus()
    } else return
    event.preventDefault()
    event.stopPropagation()
  }

  return (
    <div className="move-menu">
      <button
        ref={buttonRef}
        type="button"
        className="button button-small button-secondary"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={t('clients.pipeline.moveLabel', { title })}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !e.altKey) {
            e.preventDefault()
            setOpen(true)
          }
        }}
      >
        {t('clients.pipeline.move')}
      </button>
      {open ? (
        <ul
          id={menuId}
          role="menu"
          className="move-menu-list"
          aria-label={t('clients.pipeline.moveMenu', { title })}
          onKeyDown={onMenuKey}
        >
          {targets.map((status, i) => (
            <li key={status} role="none">
              <button
                ref={(el) => {
                  itemsRef.current[i] = el
                }}
                type="button"
                role="menuitem"
                tabIndex={-1}
                onClick={() => {
                  setOpen(false)
                  onMove(status)
                }}
              >
                {t(`engagementStatus.${status}`)}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
