/** Means of the participants' 1–6 ratings, as shown on Översikt and later quoted in proposals. */
import type { Evaluation } from '../../../../src-shared/entities'

export type RatingMean = { mean: number; n: number } | null

export type EvaluationSummary = {
  /** Number of evaluations, answered or not. */
  count: number
  overall: RatingMean
  content: RatingMean
  delivery: RatingMean
}

function meanOf(values: (number | null)[]): RatingMean {
  const given = values.filter((v): v is number => v !== null)
  if (given.length === 0) return null
  return { mean: given.reduce((sum, v) => sum + v, 0) / given.length, n: given.length }
}

/** Mean of each rating over the evaluations that gave it (a skipped rating is not a zero). */
export function summariseEvaluations(
  evaluations: readonly Pick<Evaluation, 'overall' | 'content' | 'delivery'>[]
): EvaluationSummary {
  return {
    count: evaluations.length,
    overall: meanOf(evaluations.map((e) => e.overall)),
    content: meanOf(evaluations.map((e) => e.content)),
    delivery: meanOf(evaluations.map((e) => e.delivery))
  }
}
