import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { TableName } from '@shared/entities'
import { formatNumber } from '@shared/format'
import { Section } from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'
import { paths } from '@renderer/lib/paths'

/** The counted tables, each with the list it opens. */
const COUNTED = [
  ['organisations', paths.organisations()],
  ['engagements', paths.engagements()],
  ['workshops', paths.workshops()],
  ['areas', paths.areas()],
  ['evaluations', paths.evaluations()]
] as const

/** The portfolio in numbers: one tile a table, each a link to its list. */
export function PortfolioCounts({ counts }: { counts: Record<TableName, number> }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  return (
    <Section id="counts-heading" heading={t('overview.countsHeading')}>
      <ul className="stat-grid">
        {COUNTED.map(([table, to]) => (
          <li key={table}>
            <Link className="stat" to={to}>
              <span className="stat-label">{t(`overview.counts.${table}`)}</span>{' '}
              <span className="stat-value">{formatNumber(counts[table], language)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </Section>
  )
}
