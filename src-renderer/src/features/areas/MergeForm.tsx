import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { areaConflicts, scoreConflicts, type MergeChoices, type MergeField, type Side } from '@shared/area-merge'
import type { Area, Criterion, Goal, Workshop } from '@shared/entities'
import { formatDate, formatNumber, formatSek } from '@shared/format'
import { useZodForm } from '@renderer/forms'
import { DataTable, FormFooter, Notice, useShell, type Column } from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'
import { errorMessage } from '@renderer/lib/errors'
import { useAreaCommands } from './commands'
import type { MergeInput } from './queries'

const SIDES = ['a', 'b'] as const

/** One clash: the form value that holds the choice, what clashes, and the two areas' values as shown. */
type Clash = { name: `fields.${number}` | `scores.${number}`; label: string } & Record<Side, string>

/** One side per clashing field and per clashing score, in the order the table lists them. */
const schema = z.object({ fields: z.array(z.enum(SIDES)), scores: z.array(z.enum(SIDES)) })

/** The merge's choices side by side, what else happens, and the buttons; this area's value is the default. */
export function MergeForm({
  input,
  criteria,
  goals,
  workshops,
  onClose
}: {
  input: MergeInput
  criteria: Criterion[]
  goals: Goal[]
  workshops: Workshop[]
  onClose: () => void
}) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { announce } = useShell()
  const { mergeAreas } = useAreaCommands()
  const [failure, setFailure] = useState('')
  const { a, b, aScores, bScores, bMeasurements, bAttachments } = input
  const conflicts = areaConflicts(a, b)
  const scoreClash = scoreConflicts(aScores, bScores)
  const criterionName = new Map(criteria.map((c) => [c.id, c.name]))
  const {
    register,
    handleSubmit,
    formState: { isSubmitting }
  } = useZodForm(schema, {
    defaultValues: { fields: conflicts.map(() => 'a' as const), scores: scoreClash.map(() => 'a' as const) }
  })

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

  const merge = handleSubmit(async (values) => {
    const choices: MergeChoices = {
      fields: Object.fromEntries(conflicts.map((field, i) => [field, values.fields[i] ?? 'a'])),
      scores: Object.fromEntries(scoreClash.map((criterionId, i) => [criterionId, values.scores[i] ?? 'a']))
    }
    try {
      await mergeAreas(a.id, b.id, choices)
      announce(t('area.merge.done', { other: b.title }))
      onClose()
    } catch (error) {
      setFailure(t('area.merge.failed', { message: errorMessage(error) }))
    }
  })

  const sideLabel = (side: Side) => (side === 'a' ? t('area.merge.thisArea') : t('area.merge.otherArea'))
  const valueOf = (scores: typeof aScores, criterionId: string) =>
    String(scores.find((s) => s.criterionId === criterionId)?.value)
  const clashes: Clash[] = [
    ...conflicts.map((f, i): Clash => ({
      name: `fields.${i}`,
      label: t(`area.field.${f}`),
      a: show(f, a[f]),
      b: show(f, b[f])
    })),
    ...scoreClash.map((c, i): Clash => ({
      name: `scores.${i}`,
      label: t('area.merge.score', { criterion: criterionName.get(c) ?? c }),
      a: valueOf(aScores, c),
      b: valueOf(bScores, c)
    }))
  ]
  const columns: Column<Clash>[] = [
    { key: 'field', label: t('area.merge.field'), rowHeader: true, render: (clash) => clash.label },
    ...SIDES.map((side): Column<Clash> => ({
      key: side,
      label: sideLabel(side),
      render: (clash) => (
        <label className="inline-check merge-choice">
          <input type="radio" value={side} {...register(clash.name)} />
          <span>
            <span className="visually-hidden">{sideLabel(side)}: </span>
            {clash[side]}
          </span>
        </label>
      )
    }))
  ]

  return (
    <form onSubmit={(event) => void merge(event)}>
      {clashes.length === 0 ? (
        <p className="help">{t('area.merge.noConflicts')}</p>
      ) : (
        <DataTable<Clash>
          caption={t('area.merge.conflictsCaption')}
          className="merge-table"
          rows={clashes}
          rowKey={(clash) => clash.name}
          columns={columns}
        />
      )}
      <ul className="plain-list merge-summary">
        <li>{t('area.merge.votes', { total: (a.votes ?? 0) + (b.votes ?? 0) })}</li>
        <li>
          {t('area.merge.moves', {
            measurements: bMeasurements.length,
            attachments: bAttachments.length,
            scores: bScores.filter((s) => !aScores.some((x) => x.criterionId === s.criterionId)).length
          })}
        </li>
        <li>{t('area.merge.emptyFilled')}</li>
      </ul>
      <Notice message={failure ? { text: failure, error: true } : null} />
      <FormFooter
        saveError={undefined}
        submitting={isSubmitting}
        submitLabel={t('area.merge.confirm')}
        onCancel={onClose}
      />
    </form>
  )
}
