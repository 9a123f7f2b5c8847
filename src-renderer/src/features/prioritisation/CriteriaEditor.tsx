import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Criterion as CriterionRow } from '@shared/entities'
import { formatNumber } from '@shared/format'
import { normaliseWeights } from '@shared/prioritisation'
import { toMathCriteria } from '@shared/prioritisation-data'
import { useShell } from '@renderer/ui/shell-context'
import { useLanguage } from '@renderer/platform/use-language'
import { errorMessage } from '@renderer/lib/errors'
import { usePrioritisationCommands } from './commands'
import { parseWeight, weightText } from './parse-input'

type Draft = { name?: string; weight?: string }

/** The engagement's criteria: name, weight (shown as a share of 100 %), direction, order; and the votes switch. */
export function CriteriaEditor({ engagementId, criteria }: { engagementId: string; criteria: CriterionRow[] }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { addCriterion, moveCriterion, removeCriterion, setVotesCriterion, updateCriterion } = usePrioritisationCommands()
  const { announce } = useShell()
  const [drafts, setDrafts] = useState<Record<string, Draft>>({})
  const shares = safeShares(criteria)
  const allZero = criteria.length > 0 && criteria.every((c) => c.weight === 0)
  const votesOn = criteria.some((c) => c.fromVotes)

  const save = (work: Promise<unknown>) =>
    work.catch((e: unknown) => announce(t('prioritisation.saveFailed', { message: errorMessage(e) })))
  const setDraft = (id: string, patch: Draft) => setDrafts((d) => ({ ...d, [id]: { ...d[id], ...patch } }))
  const dropDraft = (id: string, key: keyof Draft) =>
    setDrafts((d) => {
      const next = { ...d[id] }
      delete next[key]
      return { ...d, [id]: next }
    })

  return (
    <section aria-labelledby="prio-criteria-heading" className="prio-section">
      <h2 id="prio-criteria-heading">{t('prioritisation.criteria.heading')}</h2>
      <p className="help">{t('prioritisation.criteria.help')}</p>
      <div className="table-scroll">
        <table className="data-table prio-criteria">
          <caption className="prio-visually-hidden">{t('prioritisation.criteria.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('prioritisation.criteria.name')}</th>
              <th scope="col">{t('prioritisation.criteria.weight')}</th>
              <th scope="col" className="numeric">
                {t('prioritisation.criteria.share')}
              </th>
              <th scope="col">{t('prioritisation.criteria.direction')}</th>
              <th scope="col">{t('prioritisation.criteria.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {criteria.map((c, i) => {
              const draft = drafts[c.id] ?? {}
              const nameText = draft.name ?? c.name
              const weightValue = draft.weight ?? weightText(c.weight, language)
              const nameBad = draft.name !== undefined && draft.name.trim() === ''
              const weightBad = draft.weight !== undefined && parseWeight(draft.weight) === null
              const label = c.name
              return (
                <tr key={c.id}>
                  <td>
                    <input
                      className="prio-input prio-name"
                      aria-label={t('prioritisation.criteria.nameLabel', { position: i + 1 })}
                      value={nameText}
                      maxLength={200}
                      aria-invalid={nameBad || undefined}
                      aria-describedby={nameBad ? `prio-name-error-${c.id}` : undefined}
                      onChange={(e) => {
                        const value = e.target.value
                        setDraft(c.id, { name: value })
                        if (value.trim() !== '') void save(updateCriterion(c.id, { name: value.trim() }))
                      }}
                      onBlur={() => {
                        if (!nameBad) dropDraft(c.id, 'name')
                      }}
                    />
                    {c.fromVotes && <span className="prio-note">{t('prioritisation.criteria.fromVotes')}</span>}
                    {nameBad && (
                      <span id={`prio-name-error-${c.id}`} className="prio-error">
                        {t('prioritisation.criteria.nameRequired')}
                      </span>
                    )}
                  </td>
                  <td>
                    <input
                      className="prio-input prio-weight"
                      inputMode="decimal"
                      aria-label={t('prioritisation.criteria.weightLabel', { name: label })}
                      value={weightValue}
                      aria-invalid={weightBad || undefined}
                      aria-describedby={weightBad ? `prio-weight-error-${c.id}` : undefined}
                      onChange={(e) => {
                        const value = e.target.value
                        setDraft(c.id, { weight: value })
                        const weight = parseWeight(value)
                        if (weight !== null) void save(updateCriterion(c.id, { weight }))
                      }}
                      onBlur={() => {
                        if (!weightBad) dropDraft(c.id, 'weight')
                      }}
                    />
                    {weightBad && (
                      <span id={`prio-weight-error-${c.id}`} className="prio-error">
                        {t('prioritisation.criteria.weightInvalid')}
                      </span>
                    )}
                  </td>
                  <td className="numeric">{formatNumber(Math.round((shares[i] ?? 0) * 1000) / 10, language)} %</td>
                  <td>
                    <select
                      className="prio-input"
                      aria-label={t('prioritisation.criteria.directionLabel', { name: label })}
                      value={c.direction}
                      disabled={c.fromVotes}
                      onChange={(e) => void save(updateCriterion(c.id, { direction: e.target.value === 'cost' ? 'cost' : 'benefit' }))}
                    >
                      <option value="benefit">{t('prioritisation.criteria.benefit')}</option>
                      <option value="cost">{t('prioritisation.criteria.cost')}</option>
                    </select>
                  </td>
                  <td className="prio-actions">
                    <button
                      type="button"
                      className="button prio-icon-button"
                      aria-label={t('prioritisation.criteria.moveUp', { name: label })}
                      title={t('prioritisation.criteria.moveUp', { name: label })}
                      disabled={i === 0}
                      onClick={() => void save(moveCriterion(engagementId, c.id, -1))}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      className="button prio-icon-button"
                      aria-label={t('prioritisation.criteria.moveDown', { name: label })}
                      title={t('prioritisation.criteria.moveDown', { name: label })}
                      disabled={i === criteria.length - 1}
                      onClick={() => void save(moveCriterion(engagementId, c.id, 1))}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      className="button prio-icon-button prio-remove"
                      aria-label={t('prioritisation.criteria.remove', { name: label })}
                      title={t('prioritisation.criteria.remove', { name: label })}
                      onClick={() => void save(removeCriterion(c.id))}
                    >
                      ✕
                    </button>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      {allZero && <p className="prio-warning">{t('prioritisation.criteria.zeroSum')}</p>}
      <div className="prio-toolbar">
        <button
          type="button"
          className="button"
          onClick={() =>
            void save(addCriterion(engagementId, { name: t('prioritisation.defaults.newCriterion'), weight: 1, direction: 'benefit', fromVotes: false }))
          }
        >
          {t('prioritisation.criteria.add')}
        </button>
        <label className="prio-check">
          <input
            type="checkbox"
            checked={votesOn}
            aria-describedby="prio-votes-rule"
            onChange={(e) => void save(setVotesCriterion(engagementId, e.target.checked, t('prioritisation.defaults.votes')))}
          />
          {t('prioritisation.criteria.votesToggle')}
        </label>
      </div>
      <p id="prio-votes-rule" className="help">
        {t('prioritisation.criteria.votesRule')}
      </p>
    </section>
  )
}

// Shares for display; a stored bad weight (which the schema prevents) must not break the page.
function safeShares(criteria: CriterionRow[]): number[] {
  try {
    return normaliseWeights(toMathCriteria(criteria))
  } catch {
    return criteria.map(() => 0)
  }
}
