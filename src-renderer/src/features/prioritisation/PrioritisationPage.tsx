import { useEffect, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { DEFAULT_CRITERIA } from '@shared/prioritisation-data'
import { Breadcrumbs, EmptyState, PageHeading } from '@renderer/ui'
import { paths } from '@renderer/lib/paths'
import { useLanguage } from '@renderer/platform/use-language'
import { textCompare } from '@renderer/lib/collate'
import { usePrioritisationCommands } from './commands'
import { CriteriaEditor } from './CriteriaEditor'
import { usePrioritisation } from './queries'
import { RankingPanel } from './RankingPanel'
import { ScoringGrid } from './ScoringGrid'
import { useSave } from './use-save'
import { ValueMatrix } from './ValueMatrix'

/** /engagements/:engagementId/prioritisation: criteria, scoring grid, ranking with sensitivity, and the value/effort matrix. */
export function PrioritisationPage() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { engagementId = '' } = useParams()
  const { ensureDefaultCriteria } = usePrioritisationCommands()
  const save = useSave()
  const compare = useMemo(() => textCompare(language), [language])
  const data = usePrioritisation(engagementId, compare)

  // An engagement without criteria gets the default set, named in the current language.
  const needsDefaults = data !== undefined && data !== null && data.criteria.length === 0
  useEffect(() => {
    if (!needsDefaults) return
    const names = Object.fromEntries(DEFAULT_CRITERIA.map((c) => [c.key, t(`prioritisation.defaults.${c.key}`)]))
    save(ensureDefaultCriteria(engagementId, names))
  }, [needsDefaults, ensureDefaultCriteria, engagementId, t, save])

  return (
    <>
      <Breadcrumbs
        items={[
          { to: paths.engagements(), label: t('nav.engagements') },
          data?.organisation && { to: paths.organisation(data.organisation.id), label: data.organisation.name },
          data && { to: paths.engagement(data.engagement.id), label: data.engagement.title }
        ]}
      />
      <PageHeading>{t('prioritisation.title')}</PageHeading>
      {data === undefined ? (
        <p>{t('app.loading')}</p>
      ) : data === null ? (
        <EmptyState message={t('prioritisation.notFound')} />
      ) : (
        <>
          <p className="lead prio-lead">
            {t('prioritisation.engagementLine', {
              engagement: data.engagement.title,
              client: data.organisation?.name ?? t('common.unknownClient')
            })}
          </p>
          {data.error !== null && (
            <p className="error-box" role="alert">
              {t('prioritisation.mathError', { message: data.error })}
            </p>
          )}
          <CriteriaEditor engagementId={engagementId} criteria={data.criteria} />
          {data.areas.length === 0 ? (
            <EmptyState message={t('prioritisation.noAreas')} />
          ) : (
            <>
              <ScoringGrid areas={data.areas} criteria={data.criteria} table={data.table} ranking={data.ranking} />
              <RankingPanel
                areas={data.areas}
                criteria={data.criteria}
                ranking={data.ranking}
                sensitivity={data.sensitivity}
              />
              <ValueMatrix areas={data.areas} criteria={data.criteria} table={data.table} ranking={data.ranking} />
            </>
          )}
        </>
      )}
    </>
  )
}
