/**
 * Rounding shares to whole numbers that add up to an exact total (Hamilton's largest-remainder method): the
 * percentages a document prints for weights that sum to 100 %, never 99 % or 101 %. Pure: no Node, no DOM.
 */

/**
 * Whole-number shares of `total` in proportion to `weights`: each share is its exact quota rounded down, and the
 * units left over go one each to the largest remainders (ties to the earlier weight). The result adds up to
 * `total` exactly whenever some weight is positive; all zeros when none is. Throws a RangeError for a negative or
 * non-finite weight, or a total that is not a whole number of 0 or more.
 */
export function largestRemainder(weights: readonly number[], total = 100): number[] {
  if (!Number.isInteger(total) || total < 0) throw new RangeError(`total must be a whole number ≥ 0; got ${total}`)
  for (const [i, w] of weights.entries()) {
    if (!Number.isFinite(w) || w < 0) throw new RangeError(`weight ${i} must be a finite number ≥ 0; got ${w}`)
  }
  const max = Math.max(0, ...weights)
  if (max === 0) return weights.map(() => 0)
  // Scaling by the largest keeps the sum finite for huge weights and the quotas exact enough for tiny ones.
  const scaled = weights.map((w) => w / max)
  const sum = scaled.reduce((a, b) => a + b, 0)
  const quotas = scaled.map((w) => (w / sum) * total)
  const shares = quotas.map(Math.floor)
  let left = total - shares.reduce((a, b) => a + b, 0)
  const order = quotas.map((q, i) => ({ i, rest: q - Math.floor(q) })).sort((a, b) => b.rest - a.rest || a.i - b.i)
  // Float error can leave `left` one off what the remainders add up to; the loop hands out exactly `left`.
  for (let k = 0; left > 0; k = (k + 1) % order.length) {
    const { i } = order[k]!
    if (weights[i]! > 0) {
      shares[i]! += 1
      left -= 1
    }
  }
  while (left < 0) {
    // Only reachable through float error: take back from the largest share.
    const i = shares.indexOf(Math.max(...shares))
    shares[i]! -= 1
    left += 1
  }
  return shares
}
