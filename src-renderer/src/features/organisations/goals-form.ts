/** The goals editor's form: each goal's text and unit as in the entity, value and year typed as text. */
import { z } from 'zod'
import { Goal } from '@shared/entities'
import { FORM_ERRORS, numberAs, numberText, parseNumber } from '@renderer/forms'
import { newId } from '@renderer/lib/ids'

const GoalRow = Goal.pick({ id: true, text: true, targetUnit: true }).extend({
  targetValue: numberAs(Goal.shape.targetValue, FORM_ERRORS.number),
  targetYear: numberAs(Goal.shape.targetYear, FORM_ERRORS.year)
})

// The list's length limit is the entity's own (Organisation.goals), checked when the organisation is saved.
export const GoalsFormSchema = z.object({ goals: z.array(GoalRow) })
export type GoalsFormValues = z.input<typeof GoalsFormSchema>
export type GoalsFormOutput = z.output<typeof GoalsFormSchema>

/** A blank goal row with a fresh id. */
export function blankGoal(): GoalsFormValues['goals'][number] {
  return { id: newId(), text: '', targetValue: '', targetUnit: '', targetYear: '' }
}

/** The goals as form rows. */
export function goalsFormValues(goals: Goal[], lang: 'sv' | 'en'): GoalsFormValues {
  return {
    goals: goals.map((g) => ({
      id: g.id,
      text: g.text,
      targetValue: numberText(g.targetValue, lang, { grouping: false }),
      targetUnit: g.targetUnit,
      targetYear: g.targetYear === null ? '' : String(g.targetYear)
    }))
  }
}

/** The goals to store from valid form output. */
export function goalsFromForm(values: GoalsFormOutput): Goal[] {
  return values.goals.map((g) =>
    Goal.parse({
      id: g.id,
      text: g.text.trim(),
      targetValue: parseNumber(g.targetValue),
      targetUnit: g.targetUnit.trim(),
      targetYear: parseNumber(g.targetYear)
    })
  )
}
