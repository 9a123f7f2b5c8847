import { useTranslation } from 'react-i18next'
import { formatNumber } from '@shared/format'
import { FRAGILE_POINTS, isFragile, normaliseWeights } from '@shared/prioritisation'
import { toMathCriteria } from '@shared/prioritisation-data'
import { useLanguage } from '@renderer/platform/use-language'
import type { PrioritisationData } from './queries'

/** A percentage with at most one decimal, as the language writes it ("12,5"). */
function percent(value: number, language: 'sv' | 'en'): string {
  return formatNumber(Math.round(value * 10) / 10, language)
}

/** What the ranking panel and its sensitivity list both show: the engagement's areas, criteria and results. */
export type RankingViewProps = Pick<PrioritisationData, 'areas' | 'criteria' | 'ranking' | 'sensitivity'>

/** In plain words, per criterion: how far its weight may move before another area comes first; flags a fragile ranking. */
export function SensitivityList({ areas, criteria, ranking, sensitivity }: RankingViewProps) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const title = new Map(areas.map((a) => [a.id, a.title]))
  const sorted = toMathCriteria(criteria)
  let shares: number[] = []
  try {
    shares = normaliseWeights(sorted)
  } catch {
    shares = sorted.map(() => 0)
  }
  const share = new Map(sorted.map((c, i) => [c.id, (shares[i] ?? 0) * 100]))
  const name = new Map(criteria.map((c) => [c.id, c.name]))
  const fragile = isFragile(sensitivity)
  const anyRanked = ranking.some((r) => r.rank !== null)

  return (
    <section aria-labelledby="prio-sensitivity-heading" className="prio-section prio-sensitivity panel panel-wide">
      <h2 id="prio-sensitivity-heading">{t('prioritisation.sensitivity.heading')}</h2>
      {sensitivity.top === null ? (
        <p className="help">
          {anyRanked ? t('prioritisation.sensitivity.sharedTop') : t('prioritisation.sensitivity.nothingRanked')}
        </p>
      ) : (
        <>
          <p className={fragile ? 'warning-box' : 'notice'}>
            {t(fragile ? 'prioritisation.sensitivity.fragile' : 'prioritisation.sensitivity.robust', {
              points: FRAGILE_POINTS
            })}
          </p>
          <p className="help">{t('prioritisation.sensitivity.intro')}</p>
          <ul className="prio-sensitivity-list">
            {sensitivity.criteria.map((s) => {
              const criterion = name.get(s.criterionId) ?? s.criterionId
              const now = share.get(s.criterionId) ?? 0
              const sentences: string[] = []
              if (s.decrease) {
                sentences.push(
                  t('prioritisation.sensitivity.decrease', {
                    criterion,
                    percent: percent(now - s.decrease.points, language),
                    area: title.get(s.decrease.newTop) ?? s.decrease.newTop
                  })
                )
              }
              if (s.increase) {
                sentences.push(
                  t('prioritisation.sensitivity.increase', {
                    criterion,
                    percent: percent(now + s.increase.points, language),
                    area: title.get(s.increase.newTop) ?? s.increase.newTop
                  })
                )
              }
              if (sentences.length === 0) sentences.push(t('prioritisation.sensitivity.none', { criterion }))
              const close =
                (s.decrease !== null && s.decrease.points < FRAGILE_POINTS) ||
                (s.increase !== null && s.increase.points < FRAGILE_POINTS)
              return (
                <li key={s.criterionId} className={close ? 'prio-close' : undefined}>
                  <span className="prio-sens-criterion">
                    {criterion}{' '}
                    <span className="note">
                      ({t('prioritisation.sensitivity.current', { percent: percent(now, language) })})
                    </span>
                  </span>
                  {sentences.map((sentence) => (
                    <span key={sentence} className="prio-sens-sentence">
                      {sentence}
                    </span>
                  ))}
                </li>
              )
            })}
          </ul>
        </>
      )}
    </section>
  )
}
