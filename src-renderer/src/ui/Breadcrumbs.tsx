import { Fragment } from 'react'
import { Link } from 'react-router'
import './Breadcrumbs.css'

/** One step of the trail: where it leads and what it says (translated or a row's name). */
export type Crumb = { to: string; label: string }

/**
 * The trail above every detail page's heading ("Workshops · Kommun X · Uppdrag Y"): links to the pages
 * above it, separated by middle dots. The first step is always the list page of the menu entry the page
 * belongs to. A paragraph, not a second navigation landmark: its links carry the menu's names ("Uppdrag"),
 * and two landmarks with the same links would make "the menu's Uppdrag" ambiguous. Steps not known (yet) are given as null and left out.
 */
export function Breadcrumbs({ items }: { items: readonly (Crumb | null | undefined | false)[] }) {
  const crumbs = items.filter((item): item is Crumb => Boolean(item))
  return (
    <p className="breadcrumb">
      {crumbs.map((crumb, index) => (
        <Fragment key={`${crumb.to}-${index}`}>
          {index > 0 ? ' · ' : null}
          <Link to={crumb.to}>{crumb.label}</Link>
        </Fragment>
      ))}
    </p>
  )
}
