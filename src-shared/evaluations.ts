/**
 * The evaluation maths: every place that shows evaluation figures (workshop, organisation, portfolio,
 * proposals) goes through summariseEvaluations, so the numbers agree everywhere. Pure: no Node, no DOM.
 */

/** The 1–6 scale: 6 utmärkt, 5 mycket bra, 4 bra, 3 godkänt, 2 mindre bra, 1 dåligt. */
export const GRADES = [1, 2, 3, 4, 5, 6] as const
export type Grade = (typeof GRADES)[number]

/** The rated aspects of a workshop, in display order. */
export const ASPECTS = ['overall', 'content', 'delivery'] as const
export type Aspect = (typeof ASPECTS)[number]

/** One participant's answers; null is an unanswered aspect. */
export type EvaluationAnswers = { overall: number | null; content: number | null; delivery: number | null }

export type GradeCounts = [number, number, number, number, number, number]

export type AspectSummary = {
  /** Rows that answered this aspect. */
  answered: number
  /** Exact mean of the answered grades; null when nobody answered. The UI rounds for display. */
  mean: number | null
  /** counts[g − 1] is the number of answers with grade g. */
  counts: GradeCounts
}

export type EvaluationSummary = { n: number; aspects: Record<Aspect, AspectSummary> }

function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'bigint') return `${value}n`
  if (typeof value === 'object' && value !== null) return 'an object'
  return String(value)
}

/**
 * n, and per aspect the answered count, exact mean and count per grade.
 * Throws a RangeError naming the value, aspect and row of any grade that is not an integer 1–6.
 */
export function summariseEvaluations(rows: readonly EvaluationAnswers[]): EvaluationSummary {
  const counts: Record<Aspect, GradeCounts> = {
    overall: [0, 0, 0, 0, 0, 0],
    content: [0, 0, 0, 0, 0, 0],
    delivery: [0, 0, 0, 0, 0, 0]
  }
  rows.forEach((row: unknown, index) => {
    if (typeof row !== 'object' || row === null) {
      throw new RangeError(`Evaluation row ${index} is ${describeValue(row)}, not a set of answers`)
    }
    for (const aspect of ASPECTS) {
      const value: unknown = (row as Record<string, unknown>)[aspect]
      if (value === null) continue
      // Checked at runtime because rows may come from an import or a cast, whatever the type says.
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 6) {
        throw new RangeError(
          `Grade ${describeValue(value)} for ${aspect} in evaluation row ${index} is not an integer 1–6`
        )
      }
      counts[aspect][value - 1]! += 1
    }
  })
  const summarise = (aspect: Aspect): AspectSummary => {
    const c = counts[aspect]
    const answered = c.reduce((a, b) => a + b, 0)
    // Integer sum divided once: the mean is as exact as a float allows, with no accumulated error.
    const sum = c.reduce((acc, count, i) => acc + count * (i + 1), 0)
    return { answered, mean: answered === 0 ? null : sum / answered, counts: c }
  }
  return {
    n: rows.length,
    aspects: { overall: summarise('overall'), content: summarise('content'), delivery: summarise('delivery') }
  }
}

/**
 * Rounds to one decimal, half away from zero, as people round by hand (4.25 → 4.3, 5.45 → 5.5).
 * The product x·10 is first cut to 15 significant digits so binary noise lands on the decimal value the
 * user means before rounding: 0.3 + 0.35 is 0.6499999999999999 in floating point, and must give 0.7.
 */
export function roundToOneDecimal(x: number): number {
  if (!Number.isFinite(x)) throw new RangeError(`Cannot round ${String(x)} to one decimal`)
  const scaled = Number((Math.abs(x) * 10).toPrecision(15))
  const rounded = Math.round(scaled) / 10
  // Math.round rounds -0.5 toward +∞, so round the magnitude and put the sign back; avoid returning -0.
  return x < 0 && rounded !== 0 ? -rounded : rounded
}
