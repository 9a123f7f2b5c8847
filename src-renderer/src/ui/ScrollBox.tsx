import { useEffect, useRef, useState, type ReactNode } from 'react'
import { classNames } from '@renderer/lib/class-names'

/**
 * A box that scrolls sideways when its content (a wide table) is wider than it, as in a 320-pixel window.
 * Only while it does scroll it is a named region with a Tab stop, so a keyboard can scroll it (WCAG 2.1.1,
 * axe scrollable-region-focusable); a table that fits adds no Tab stop.
 */
export function ScrollBox({
  label,
  className,
  children
}: {
  /** Names the region while it scrolls (the table's caption); without it the box only takes the Tab stop. */
  label?: string
  className?: string
  children: ReactNode
}) {
  const ref = useRef<HTMLDivElement>(null)
  const [scrolls, setScrolls] = useState(false)
  useEffect(() => {
    const box = ref.current
    if (!box || typeof ResizeObserver === 'undefined') return
    const check = () => setScrolls(box.scrollWidth > box.clientWidth + 1)
    // The observer's first call comes once the box is laid out (and again on each change of size): reading its
    // widths here instead forced a layout of the whole page in the commit that mounts it (87 ms of a workshop's
    // opening with 200 areas, CPU profile 2026-12-01), once per box and commit.
    const observer = new ResizeObserver(check)
    observer.observe(box)
    if (box.firstElementChild) observer.observe(box.firstElementChild)
    return () => observer.disconnect()
  }, [])
  return (
    <div
      ref={ref}
      className={classNames('table-scroll', className)}
      {...(scrolls ? { tabIndex: 0, ...(label ? { role: 'region', 'aria-label': label } : {}) } : {})}
    >
      {children}
    </div>
  )
}
