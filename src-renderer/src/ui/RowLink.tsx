import { createContext, useCallback, useContext, type ComponentProps, type MouseEvent, type ReactNode } from 'react'
import { Link, useHref, useInRouterContext, useNavigate } from 'react-router'

/**
 * How a VirtualTable's rows link to their pages: the href of an app path (set by RowLinkGroup, which takes their
 * clicks). Null outside a table, where a RowLink is an ordinary Link.
 */
const RowLinks = createContext<((to: string) => string) | null>(null)

/**
 * A link in a virtualised table's row: a plain anchor with the router's href, whose clicks the table hands to the
 * router (RowLinkGroup). A router Link per row was a good part of a keystroke's work in a search at the stress size:
 * each of the 20-40 rows that come into view mounts two links, each with a handful of hooks and an effect
 * (docs/PERFORMANCE.md). The anchor is the same element a Link draws (same href, text and focus order), and a click
 * with a modifier key or another button is left to the browser, as a Link leaves it.
 */
export function RowLink({
  to,
  className,
  title,
  children
}: {
  /** The app path, absolute (paths.x()). */
  to: string
  className?: string
  title?: string
  children: ReactNode
}) {
  const href = useContext(RowLinks)
  if (!href)
    return (
      <Link to={to} className={className} title={title}>
        {children}
      </Link>
    )
  return (
    <a href={href(to)} className={className} title={title} data-row-link={to}>
      {children}
    </a>
  )
}

/**
 * The element around a table's rows (its body's rowgroup), with the table side of RowLink when the table is inside
 * the app's router: the rows' RowLinks become plain anchors, and a plain left click (or Enter) on one of them is sent
 * to the router from here, one handler for the whole table. Outside a router (a table drawn alone) it is the element.
 */
export function RowLinkGroup(props: ComponentProps<'div'>) {
  return useInRouterContext() ? <RoutedRowGroup {...props} /> : <div {...props} />
}

function RoutedRowGroup({ children, ...props }: ComponentProps<'div'>) {
  // The href of the root ('#/' under the app's HashRouter), so any absolute path's href is this prefix and the path.
  const root = useHref('/')
  const prefix = root.endsWith('/') ? root.slice(0, -1) : root
  const href = useCallback((to: string) => prefix + to, [prefix])
  const navigate = useNavigate()
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    props.onClick?.(event)
    if (event.defaultPrevented || event.button !== 0) return
    if (event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return
    const anchor = (event.target as Element).closest('a[data-row-link]')
    if (!(anchor instanceof HTMLAnchorElement) || !event.currentTarget.contains(anchor)) return
    event.preventDefault()
    void navigate(anchor.dataset.rowLink!)
  }
  return (
    <div {...props} onClick={onClick}>
      <RowLinks.Provider value={href}>{children}</RowLinks.Provider>
    </div>
  )
}
