import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { Section } from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'
import { textCompare } from '@renderer/lib/collate'
import { paths } from '@renderer/lib/paths'
import { usePrioritisation } from './queries'

/** Entry to the prioritisation of one engagement, shown on the engagement page: a short summary and a link. */
export function EngagementPrioritisation({ engagementId }: { engagementId: string }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const compare = useMemo(() => textCompare(language), [language])
  const data = usePrioritisation(engagementId, compare)
  if (!data) return null
  const complete = data.ranking.filter((r) => r.score !== null).length
  const top =
    data.sensitivity.top ??
    (data.ranking.filter((r) => r.rank === 1).length === 1 ? data.ranking[0]?.areaId : undefined)
  const topTitle = data.areas.find((a) => a.id === top)?.title
  return (
    <Section id={`prio-summary-${engagementId}`} heading={t('prioritisation.summary.heading')}>
      <p>
        {data.criteria.length === 0
          ? t('prioritisation.summary.none')
          : t('prioritisation.summary.text', { criteria: data.criteria.length, complete, areas: data.areas.length })}
        {topTitle !== undefined && <> {t('prioritisation.summary.top', { area: topTitle })}</>}
      </p>
      <Link to={paths.prioritisation(engagementId)}>{t('prioritisation.summary.open')}</Link>
    </Section>
  )
}
