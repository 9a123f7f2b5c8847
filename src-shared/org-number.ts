/**
 * Swedish organisation numbers (organisationsnummer): 10 digits written NNNNNN-NNNN, third digit at
 * least 2, last digit a Luhn check over the first nine. Pure: no Node, no DOM.
 *
 * Decisions:
 * - Surrounding whitespace (any Unicode whitespace, as String.prototype.trim sees it) is ignored, because
 *   pasted values often carry it. Whitespace inside the number is refused ('spaces') rather than
 *   silently removed: "556036 0793" is probably fine, but "55603 60793" is a typo we should not guess at.
 * - Only ASCII digits count. Other scripts' digits (Arabic-Indic, full-width, ...) are refused
 *   ('invalid-characters'): the stored value must be the plain ASCII form other systems expect.
 * - The separator may be the ASCII hyphen or a typographic dash (Word turns hyphens into non-breaking
 *   hyphens or en dashes); it is normalised to '-'.
 * - The 12-digit form with a century prefix ("16" + number) is refused ('too-long'): the issue asks for
 *   the 10-digit form.
 * - Checks run in this order, so the reason names the first rule a user needs to fix: empty, spaces,
 *   invalid-characters, too-short, too-long, misplaced-hyphen, third-digit, check-digit.
 */

/** Why an input is not an organisation number. The UI translates each code through i18n. */
export type OrgNumberReason =
  | 'empty'
  | 'spaces'
  | 'invalid-characters'
  | 'too-short'
  | 'too-long'
  | 'misplaced-hyphen'
  | 'third-digit'
  | 'check-digit'

/** Every reason code, in the order the checks run (for i18n completeness tests). */
export const ORG_NUMBER_REASONS: readonly OrgNumberReason[] = [
  'empty',
  'spaces',
  'invalid-characters',
  'too-short',
  'too-long',
  'misplaced-hyphen',
  'third-digit',
  'check-digit'
]

export type OrgNumberResult = { ok: true; value: string } | { ok: false; reason: OrgNumberReason }

/**
 * What the first digit says about the legal form (Bolagsverket / Skatteverket grouping).
 * 0 and 4 are not in use: 'unknown'.
 */
export type OrgNumberGroup =
  | 'estate' // 1 dödsbon
  | 'public' // 2 stat, regioner, kommuner, församlingar
  | 'foreign' // 3 utländska företag med filial i Sverige
  | 'limited-company' // 5 aktiebolag
  | 'simple-partnership' // 6 enkla bolag
  | 'economic-association' // 7 ekonomiska föreningar, bostadsrättsföreningar
  | 'non-profit' // 8 ideella föreningar, stiftelser
  | 'partnership' // 9 handelsbolag, kommanditbolag
  | 'unknown'

const GROUP_BY_DIGIT: Readonly<Record<string, OrgNumberGroup>> = {
  '1': 'estate',
  '2': 'public',
  '3': 'foreign',
  '5': 'limited-company',
  '6': 'simple-partnership',
  '7': 'economic-association',
  '8': 'non-profit',
  '9': 'partnership'
}

// Hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash, em dash, minus sign.
const DASHES = /[-\u2010\u2011\u2012\u2013\u2014\u2212]/g
const ASCII_DIGITS_AND_DASH = /^[0-9-]*$/
const NINE_DIGITS = /^[0-9]{9}$/

/** The Luhn check digit (weights 2,1,2,1,... from the left) for exactly nine ASCII digits. */
export function luhnCheckDigit(nineDigits: string): number {
  if (!NINE_DIGITS.test(nineDigits)) {
    throw new RangeError(`luhnCheckDigit needs exactly nine ASCII digits, got ${JSON.stringify(nineDigits)}`)
  }
  let sum = 0
  for (let i = 0; i < 9; i++) {
    const product = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1)
    // A two-digit product contributes the sum of its digits (at most 18 -> 1 + 8).
    sum += product > 9 ? product - 9 : product
  }
  return (10 - (sum % 10)) % 10
}

/** Parses and normalises an organisation number to NNNNNN-NNNN, or names the first rule it breaks. */
export function parseOrgNumber(input: string): OrgNumberResult {
  const trimmed = input.trim()
  if (trimmed === '') return { ok: false, reason: 'empty' }
  if (/\s/.test(trimmed)) return { ok: false, reason: 'spaces' }
  const dashed = trimmed.replace(DASHES, '-')
  if (!ASCII_DIGITS_AND_DASH.test(dashed)) return { ok: false, reason: 'invalid-characters' }
  const digits = dashed.replaceAll('-', '')
  if (digits.length < 10) return { ok: false, reason: 'too-short' }
  if (digits.length > 10) return { ok: false, reason: 'too-long' }
  if (dashed !== digits && dashed !== `${digits.slice(0, 6)}-${digits.slice(6)}`) {
    return { ok: false, reason: 'misplaced-hyphen' }
  }
  if (Number(digits[2]) < 2) return { ok: false, reason: 'third-digit' }
  if (luhnCheckDigit(digits.slice(0, 9)) !== Number(digits[9])) return { ok: false, reason: 'check-digit' }
  return { ok: true, value: `${digits.slice(0, 6)}-${digits.slice(6)}` }
}

/** The legal-form group of a valid organisation number (by its first digit), or null when it is not valid. */
export function orgNumberGroup(value: string): OrgNumberGroup | null {
  const parsed = parseOrgNumber(value)
  if (!parsed.ok) return null
  return GROUP_BY_DIGIT[parsed.value[0] ?? ''] ?? 'unknown'
}

/**
 * True when the input is refused only because its third digit is below 2 while its Luhn check holds:
 * it then looks like a personal identity number (a sole trader's), which is personal data under GDPR.
 */
export function isLikelyPersonalNumber(input: string): boolean {
  const parsed = parseOrgNumber(input)
  if (parsed.ok || parsed.reason !== 'third-digit') return false
  const digits = input.trim().replace(DASHES, '').replaceAll('-', '')
  return luhnCheckDigit(digits.slice(0, 9)) === Number(digits[9])
}
