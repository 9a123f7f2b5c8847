import { useTranslation } from 'react-i18next'
import type { Criterion as CriterionRowData } from '@shared/entities'
import { normaliseWeights } from '@shared/prioritisation'
import { toMathCriteria } from '@shared/prioritisation-data'
import { CheckboxField, TableHead } from '@renderer/ui'
import { usePrioritisationCommands } from './commands'
import { CriterionRow } from './CriterionRow'
import { useSave } from './use-save'

/** The engagement's criteria: name, weight (shown as a share of 100 %), direction, order; and the votes switch. */
export function CriteriaEditor({ engagementId, criteria }: { engagementId: string; criteria: CriterionRowData[] }) {
  const { t } = useTranslation()
  const { addCriterion, setVotesCriterion } = usePrioritisationCommands()
  const save = useSave()
  const shares = safeShares(criteria)
  const allZero = criteria.length > 0 && criteria.every((c) => c.weight === 0)
  const votesOn = criteria.some((c) => c.fromVotes)

  return (
    <section aria-labelledby="prio-criteria-heading" className="prio-section">
      <h2 id="prio-criteria-heading">{t('prioritisation.criteria.heading')}</h2>
      <p className="help">{t('prioritisation.criteria.help')}</p>
      <div className="table-scroll">
        <table className="data-table prio-criteria">
          <caption className="visually-hidden">{t('prioritisation.criteria.caption')}</caption>
          <TableHead
            layout="table"
            columns={[
              { key: 'name', label: t('prioritisation.criteria.name') },
              { key: 'weight', label: t('prioritisation.criteria.weight') },
              { key: 'share', label: t('prioritisation.criteria.share'), numeric: true },
              { key: 'direction', label: t('prioritisation.criteria.direction') },
              { key: 'actions', label: t('prioritisation.criteria.actions') }
            ]}
          />
          <tbody>
            {criteria.map((c, i) => (
              <CriterionRow
                key={c.id}
                engagementId={engagementId}
                criterion={c}
                position={i}
                last={i === criteria.length - 1}
                share={shares[i] ?? 0}
              />
            ))}
          </tbody>
        </table>
      </div>
      {allZero && <p className="warning-box">{t('prioritisation.criteria.zeroSum')}</p>}
      <div className="prio-toolbar">
        <button
          type="button"
          className="button button-secondary"
          onClick={() =>
            save(
              addCriterion(engagementId, {
                name: t('prioritisation.defaults.newCriterion'),
                weight: 1,
                direction: 'benefit',
                fromVotes: false
              })
            )
          }
        >
          {t('prioritisation.criteria.add')}
        </button>
        <CheckboxField
          label={t('prioritisation.criteria.votesToggle')}
          checked={votesOn}
          aria-describedby="prio-votes-rule"
          onChange={(e) => save(setVotesCriterion(engagementId, e.target.checked, t('prioritisation.defaults.votes')))}
        />
      </div>
      <p id="prio-votes-rule" className="help">
        {t('prioritisation.criteria.votesRule')}
      </p>
    </section>
  )
}

// Shares for display; a stored bad weight (which the schema prevents) must not break the page.
function safeShares(criteria: CriterionRowData[]): number[] {
  try {
    return normaliseWeights(toMathCriteria(criteria))
  } catch {
    return criteria.map(() => 0)
  }
}
