/**
 * What a consultant types into the criteria table and the scoring grid, checked by the entities' own
 * rules after the one number parser: a criterion's name and weight, an area's dot votes.
 */
import { z } from 'zod'
import { Area, Criterion } from '@shared/entities'
import { numberAs, numberText } from '@renderer/forms'

/** One criterion's name and weight as typed (the weight as text: "2", "2,5"). */
export const CriterionFormSchema = z.object({
  name: z
    .string()
    .refine((text) => Criterion.shape.name.safeParse(text).success, 'prioritisation.criteria.nameRequired'),
  weight: numberAs(Criterion.shape.weight, 'prioritisation.criteria.weightInvalid')
})
export type CriterionFormValues = z.input<typeof CriterionFormSchema>

/** A stored criterion's name and weight as the fields show them (weight ungrouped, decimal comma in Swedish). */
export function criterionFormValues(
  criterion: Pick<Criterion, 'name' | 'weight'>,
  language: 'sv' | 'en'
): CriterionFormValues {
  return { name: criterion.name, weight: numberText(criterion.weight, language, { grouping: false }) }
}

/** Dot votes as typed: blank is none, else a whole number ≥ 0. */
export const votesInput = numberAs(Area.shape.votes, 'prioritisation.grid.votesInvalid')
