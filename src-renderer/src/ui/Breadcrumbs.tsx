import { Fragment } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import './Breadcrumbs.css'

/** One step of the trail: where it leads and what it says (translated or a row's name). */
export type Crumb = { to: string; label: string }

/**
 * The trail above every detail page's heading ("Workshops · Kommun X · Uppdrag Y"): links to the pages
 * above it, separated by middle dots, in a navigation landmark of its own. The first step is always the
 * list page of the menu entry the page belongs to. Steps not known (yet) are given as null and left out.
 */
export function Breadcrumbs({ items }: { items: readonly (Crumb | null | undefined | false)[] }) {
  const { t } = useTranslation()
  const crumbs = items.filter((item): item is Crumb => Boolean(item))
  return (
    <nav className="breadcrumb" aria-label={t('nav.breadcrumb')}>
      {crumbs.map((crumb, index) => (
        <Fragment key={`${crumb.to}-${index}`}>
          {index > 0 ? ' · ' : null}
          <Link to={crumb.to}>{crumb.label}</Link>
        </Fragment>
      ))}
    </nav>
  )
}
