import { useCallback, useDeferredValue, useEffect, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import type { Criterion } from '@shared/entities'
import { DEFAULT_CRITERIA } from '@shared/prioritisation-data'
import { Breadcrumbs, EmptyState, PageHeading } from '@renderer/ui'
import { paths } from '@renderer/lib/paths'
import { useLanguage } from '@renderer/platform/use-language'
import { textCompare } from '@renderer/lib/collate'
import { usePrioritisationCommands } from './commands'
import { CriteriaEditor } from './CriteriaEditor'
import { usePrioritisationRows, useRanking } from './queries'
import { RankingPanel } from './RankingPanel'
import { ScoringGrid } from './ScoringGrid'
import { useStable } from './stable'
import { useSave, useSaveFailed } from './use-save'
import { useWeightDrafts } from './use-weight-drafts'
import { ValueMatrix } from './ValueMatrix'

/**
 * /engagements/:engagementId/prioritisation: criteria, scoring grid, ranking with sensitivity, and the value/effort
 * matrix. A weight re-ranks as it is typed, from the weights in memory (useWeightDrafts), and is saved a moment
 * later; the ranking and its sensitivity are drawn at once, the grid's score column and the matrix just after
 * (useDeferredValue), and nothing else is drawn again (memoised sections and rows, kept identities).
 */
export function PrioritisationPage() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { engagementId = '' } = useParams()
  const { ensureDefaultCriteria, updateCriterion } = usePrioritisationCommands()
  const save = useSave()
  const failed = useSaveFailed()
  const compare = useMemo(() => textCompare(language), [language])
  const data = usePrioritisationRows(engagementId, compare)
  const saveWeight = useCallback((id: string, weight: number) => updateCriterion(id, { weight }), [updateCriterion])
  const { criteria, setWeight, flush } = useWeightDrafts(data?.criteria, saveWeight, failed)
  const { ranking, sensitivity, error } = useRanking(data?.areas, criteria, data?.table)
  // What the grid and the matrix draw of the criteria does not change with a weight.
  const gridCriteria = useStable(criteria, sameExceptWeights)
  // Deferred only across a change of the same areas' ranking (a weight or a score): the first answer, or areas
  // added or gone, draw at once rather than first with the ranking before them.
  const deferredRanking = useDeferredValue(ranking)
  const lateRanking = deferredRanking.length === ranking.length ? deferredRanking : ranking

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
      {data === null ? (
        <EmptyState message={t('prioritisation.notFound')} />
      ) : data === undefined || criteria === undefined || gridCriteria === undefined ? (
        <p>{t('app.loading')}</p>
      ) : (
        <>
          <p className="lead prio-lead">
            {t('prioritisation.engagementLine', {
              engagement: data.engagement.title,
              client: data.organisation?.name ?? t('common.unknownClient')
            })}
          </p>
          {error !== null && (
            <p className="error-box" role="alert">
              {t('prioritisation.mathError', { message: error })}
            </p>
          )}
          <CriteriaEditor engagementId={engagementId} criteria={criteria} onWeight={setWeight} onWeightLeft={flush} />
          {data.areas.length === 0 ? (
            <EmptyState message={t('prioritisation.noAreas')} />
          ) : (
            <>
              <ScoringGrid areas={data.areas} criteria={gridCriteria} table={data.table} ranking={lateRanking} />
              <RankingPanel areas={data.areas} criteria={criteria} ranking={ranking} sensitivity={sensitivity} />
              <ValueMatrix areas={data.areas} criteria={gridCriteria} table={data.table} ranking={lateRanking} />
            </>
          )}
        </>
      )}
    </>
  )
}

/** The same criteria but for their weights (which only the ranking, the sensitivity and the shares read). */
function sameExceptWeights(a: readonly Criterion[] | undefined, b: readonly Criterion[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b
  return (
    a.length === b.length &&
    a.every((x, i) => {
      const y = b[i]!
      return (
        x.id === y.id &&
        x.name === y.name &&
        x.direction === y.direction &&
        x.order === y.order &&
        x.fromVotes === y.fromVotes
      )
    })
  )
}
