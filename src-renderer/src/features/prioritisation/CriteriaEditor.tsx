import { memo, useEffect, useId, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Criterion as CriterionRowData } from '@shared/entities'
import { normaliseWeights } from '@shared/prioritisation'
import { toMathCriteria } from '@shared/prioritisation-data'
import { formatNumber } from '@shared/format'
import { useLanguage } from '@renderer/platform/use-language'
import { CheckboxField, ScrollBox, TableHead, stackLabel, type ColumnHead } from '@renderer/ui'
import { usePrioritisationCommands } from './commands'
import { CriterionRow, CriterionShares } from './CriterionRow'
import { useSave } from './use-save'

/** What the criteria editor is given: the criteria (with the weights as typed), and where typed weights go. */
type CriteriaEditorProps = {
  engagementId: string
  criteria: readonly CriterionRowData[]
  /** A valid weight typed: the page ranks from it and saves it. */
  onWeight: (criterionId: string, weight: number) => void
  /** A weight field left: what waits is saved now. */
  onWeightLeft: () => void
}

/**
 * The engagement's criteria: name, weight (shown as a share of 100 %), direction, order; and the votes switch.
 * Read as a compact table until "Ändra kriterier och vikter" opens the editing controls (a disclosure), so
 * the scoring grid below is two Tab stops away rather than six per criterion; "Klar" folds them again.
 */
export const CriteriaEditor = memo(function CriteriaEditor({
  engagementId,
  criteria,
  onWeight,
  onWeightLeft
}: CriteriaEditorProps) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { addCriterion, setVotesCriterion } = usePrioritisationCommands()
  const save = useSave()
  const [editing, setEditing] = useState(false)
  const editorId = useId()
  const toggle = useRef<HTMLButtonElement>(null)
  const editor = useRef<HTMLDivElement>(null)
  const opened = useRef(false)
  // Opening puts the cursor in the first name; folding again gives the focus back to the toggle.
  useEffect(() => {
    if (editing) editor.current?.querySelector<HTMLElement>('input')?.focus()
    else if (opened.current) toggle.current?.focus()
    opened.current = editing
  }, [editing])
  const shares = safeShares(criteria)
  const allZero = criteria.length > 0 && criteria.every((c) => c.weight === 0)
  const votesOn = criteria.some((c) => c.fromVotes)
  const readColumns: [ColumnHead, ColumnHead, ColumnHead, ColumnHead] = [
    { key: 'name', label: t('prioritisation.criteria.name') },
    { key: 'weight', label: t('prioritisation.criteria.weight'), numeric: true },
    { key: 'share', label: t('prioritisation.criteria.share'), numeric: true },
    { key: 'direction', label: t('prioritisation.criteria.direction') }
  ]
  const [, weight, share, direction] = readColumns
  const shareText = (i: number) => `${formatNumber(Math.round((shares[i] ?? 0) * 1000) / 10, language)} %`

  return (
    <section aria-labelledby="prio-criteria-heading" className="prio-section panel panel-wide">
      <h2 id="prio-criteria-heading">{t('prioritisation.criteria.heading')}</h2>
      <p className="help">{t('prioritisation.criteria.help')}</p>
      <button
        ref={toggle}
        type="button"
        className="button button-secondary prio-edit-toggle"
        aria-expanded={editing}
        aria-controls={editorId}
        onClick={() => setEditing((open) => !open)}
      >
        {t('prioritisation.criteria.edit')}
      </button>
      {!editing ? (
        // Text only: in a narrow window its rows stack like the kit's DataTable (ui/DataTable.css).
        <ScrollBox label={t('prioritisation.criteria.caption')}>
          <table className="data-table prio-criteria prio-criteria-read stacks">
            <caption className="visually-hidden">{t('prioritisation.criteria.caption')}</caption>
            <TableHead layout="table" columns={readColumns} />
            <tbody>
              {criteria.map((c, i) => (
                <tr key={c.id}>
                  <th scope="row">
                    {c.name}
                    {c.fromVotes && <span className="note">{t('prioritisation.criteria.fromVotes')}</span>}
                  </th>
                  <td className="numeric" {...stackLabel(weight)}>
                    {formatNumber(c.weight, language)}
                  </td>
                  <td className="numeric" {...stackLabel(share)}>
                    {shareText(i)}
                  </td>
                  <td {...stackLabel(direction)}>{t(`prioritisation.criteria.${c.direction}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      ) : null}
      <div id={editorId} ref={editor} hidden={!editing}>
        {editing ? (
          <>
            <CriteriaEditing
              engagementId={engagementId}
              criteria={criteria}
              shares={shares}
              onWeight={onWeight}
              onWeightLeft={onWeightLeft}
            />
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
                onChange={(e) =>
                  save(setVotesCriterion(engagementId, e.target.checked, t('prioritisation.defaults.votes')))
                }
              />
              <button type="button" className="button button-primary" onClick={() => setEditing(false)}>
                {t('prioritisation.criteria.done')}
              </button>
            </div>
            <p id="prio-votes-rule" className="help">
              {t('prioritisation.criteria.votesRule')}
            </p>
          </>
        ) : null}
      </div>
      {allZero && <p className="warning-box">{t('prioritisation.criteria.zeroSum')}</p>}
    </section>
  )
})

/** The editing table: one row of controls per criterion. */
function CriteriaEditing({
  engagementId,
  criteria,
  shares,
  onWeight,
  onWeightLeft
}: CriteriaEditorProps & { shares: number[] }) {
  const { t } = useTranslation()
  // The rows are memoised: a typed weight redraws its own row and every row's share cell (CriterionShares).
  const shareOf = useMemo(() => new Map(criteria.map((c, i) => [c.id, shares[i] ?? 0])), [criteria, shares])
  return (
    <>
      <div className="table-scroll">
        {/* Controls in every cell; in a narrow window its rows stack like the read view's (ui/DataTable.css). */}
        <table className="data-table prio-criteria stacks">
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
            <CriterionShares.Provider value={shareOf}>
              {criteria.map((c, i) => (
                <CriterionRow
                  key={c.id}
                  engagementId={engagementId}
                  criterion={c}
                  position={i}
                  last={i === criteria.length - 1}
                  onWeight={onWeight}
                  onWeightLeft={onWeightLeft}
                />
              ))}
            </CriterionShares.Provider>
          </tbody>
        </table>
      </div>
    </>
  )
}

// Shares for display; a stored bad weight (which the schema prevents) must not break the page.
function safeShares(criteria: readonly CriterionRowData[]): number[] {
  try {
    return normaliseWeights(toMathCriteria(criteria))
  } catch {
    return criteria.map(() => 0)
  }
}
