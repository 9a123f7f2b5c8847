import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { areaConflicts, scoreConflicts, type MergeChoices, type MergeField, type Side } from '@shared/area-merge'
import type { Area, Goal, Workshop } from '@shared/entities'
import { formatDate, formatNumber, formatSek } from '@shared/format'
import { useShell } from '@renderer/ui/shell-context'
import { useLanguage } from '@renderer/platform/use-language'
import { errorMessage } from '@renderer/lib/errors'
import { useAreaCommands } from './commands'
import { Dialog } from './Dialog'
import { useMergeInput } from './queries'

/**
 * Merging another area into this one. Fields where both hold different values are shown side by side
 * and he picks one per field (and per criterion scored in both); everything else is kept or moved.
 */
export function MergeDialog({
  area,
  otherId,
  goals,
  workshops,
  onClose
}: {
  area: Area
  otherId: string | null
  goals: Goal[]
  workshops: Workshop[]
  onClose: () => void
}) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { announce } = useShell()
  const { mergeAreas } = useAreaCommands()
  const [choices, setChoices] = useState<MergeChoices>({ fields: {}, scores: {} })
  const [failure, setFailure] = useState('')
  const data = useMergeInput(area, otherId)

  if (!otherId || !data) return <Dialog open={false} title="" onClose={onClose}>{null}</Dialog>
  const { a, b, aScores, bScores, bMeasurements, bAttachments } = data.input
  const conflicts = areaConflicts(a, b)
  const scoreClash = scoreConflicts(aScores, bScores)
  const criterionName = new Map(data.criteria.map((c) => [c.id, c.name]))

  const show = (field: MergeField, value: Area[MergeField]): string => {
    if (value === null) return t('common.notGiven')
    switch (field) {
      case 'costPerYearSek':
      case 'contractValueSek':
      case 'annualEffectSek':
        return formatSek(value as number, language)
      case 'annualEffectIndicator':
        return formatNumber(value as number, language)
      case 'route':
        return t(`route.${value as string}`)
      case 'status':
        return t(`areaStatus.${value as string}`)
      case 'procurementNecessity':
        return t(`area.necessity.${value as string}`)
      case 'needsDevelopment':
        return value ? t('area.yes') : t('area.no')
      case 'goalId':
        return goals.find((g) => g.id === value)?.text ?? String(value)
      case 'workshopId': {
        const w = workshops.find((x) => x.id === value)
        return w ? `${w.title || w.startingQuestion} (${formatDate(w.startsAt, language)})` : String(value)
      }
      case 'indicator': {
        const i = value as NonNullable<Area['indicator']>
        const num = (n: number | null) => (n === null ? '–' : formatNumber(n, language))
        return `${i.name} (${i.unit}): ${num(i.baselineValue)} → ${num(i.targetValue)}`
      }
      default:
        return String(value)
    }
  }

  const pick = (kind: 'fields' | 'scores', key: string, side: Side) =>
    setChoices((c) => ({ ...c, [kind]: { ...c[kind], [key]: side } }))

  const merge = async () => {
    try {
      await mergeAreas(a.id, b.id, choices)
      announce(t('area.merge.done', { other: b.title }))
      onClose()
    } catch (error) {
      setFailure(t('area.merge.failed', { message: errorMessage(error) }))
    }
  }

  const sideLabel = (side: Side) => (side === 'a' ? t('area.merge.thisArea') : t('area.merge.otherArea'))
  const choiceRow = (kind: 'fields' | 'scores', key: string, label: string, av: string, bv: string) => {
    const chosen = (kind === 'fields' ? choices.fields[key as MergeField] : choices.scores[key]) ?? 'a'
    return (
      <tr key={`${kind}-${key}`}>
        <th scope="row">{label}</th>
        {(['a', 'b'] as const).map((side) => (
          <td key={side}>
            <label className="inline-check merge-choice">
              <input type="radio" name={`merge-${kind}-${key}`} checked={chosen === side} onChange={() => pick(kind, key, side)} />
              <span>
                <span className="visually-hidden">{sideLabel(side)}: </span>
                {side === 'a' ? av : bv}
              </span>
            </label>
          </td>
        ))}
      </tr>
    )
  }

  return (
    <Dialog open title={t('area.merge.title', { other: b.title })} onClose={onClose} wide>
      <p>{t('area.merge.intro', { other: b.title, area: a.title })}</p>
      {conflicts.length + scoreClash.length === 0 ? (
        <p className="help">{t('area.merge.noConflicts')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table merge-table">
            <caption>{t('area.merge.conflictsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('area.merge.field')}</th>
                <th scope="col">{t('area.merge.thisArea')}</th>
                <th scope="col">{t('area.merge.otherArea')}</th>
              </tr>
            </thead>
            <tbody>
              {conflicts.map((f) => choiceRow('fields', f, t(`area.field.${f}`), show(f, a[f]), show(f, b[f])))}
              {scoreClash.map((c) =>
                choiceRow(
                  'scores',
                  c,
                  t('area.merge.score', { criterion: criterionName.get(c) ?? c }),
                  String(aScores.find((s) => s.criterionId === c)?.value),
                  String(bScores.find((s) => s.criterionId === c)?.value)
                )
              )}
            </tbody>
          </table>
        </div>
      )}
      <ul className="plain-list merge-summary">
        <li>{t('area.merge.votes', { total: (a.votes ?? 0) + (b.votes ?? 0) })}</li>
        <li>{t('area.merge.moves', { measurements: bMeasurements.length, attachments: bAttachments.length, scores: bScores.filter((s) => !aScores.some((x) => x.criterionId === s.criterionId)).length })}</li>
        <li>{t('area.merge.emptyFilled')}</li>
      </ul>
      {failure ? <p className="error-box" role="alert">{failure}</p> : null}
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={() => void merge()}>
          {t('area.merge.confirm')}
        </button>
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t('area.merge.cancel')}
        </button>
      </div>
    </Dialog>
  )
}
