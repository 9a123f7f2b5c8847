/** The area page's form: the area as editable strings, and the zod schema that turns it back into a row. */
import { z } from 'zod'
import {
  Area,
  AreaStatus,
  ProcurementNecessity,
  ProcurementRoute,
  type Indicator
} from '@shared/entities'
import { dateField, fieldErrors, numberField, type FieldErrors } from './form-input'

export type AreaFormValues = {
  title: string
  problem: string
  costPerYearSek: string
  costEstimateNote: string
  indicatorName: string
  unit: string
  direction: Indicator['direction']
  baselineValue: string
  baselineDate: string
  targetValue: string
  targetDate: string
  dataSource: string
  owner: string
  goalId: string
  procurementNecessity: string
  necessityRationale: string
  route: Area['route']
  needsDevelopment: boolean
  contractValueSek: string
  annualEffectSek: string
  annualEffectIndicator: string
  status: Area['status']
}

const SV_NUMBER = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 20, useGrouping: true })

/**
 * Numbers shown in a field so that they read back unchanged: Swedish digit groups and decimal comma
 * ("1 200 000", "12,5"); English without grouping, since a comma there would read as a decimal sign.
 */
export function numberText(value: number | null, language: 'sv' | 'en'): string {
  if (value === null) return ''
  return language === 'sv' ? SV_NUMBER.format(value).replace(/\u2212/g, '-') : String(value)
}

/** The form values for an area. */
export function areaToForm(area: Area, language: 'sv' | 'en'): AreaFormValues {
  const ind = area.indicator
  return {
    title: area.title,
    problem: area.problem,
    costPerYearSek: numberText(area.costPerYearSek, language),
    costEstimateNote: area.costEstimateNote,
    indicatorName: ind?.name ?? '',
    unit: ind?.unit ?? '',
    direction: ind?.direction ?? 'lower-is-better',
    baselineValue: numberText(ind?.baselineValue ?? null, language),
    baselineDate: ind?.baselineDate ?? '',
    targetValue: numberText(ind?.targetValue ?? null, language),
    targetDate: ind?.targetDate ?? '',
    dataSource: ind?.dataSource ?? '',
    owner: ind?.owner ?? '',
    goalId: area.goalId ?? '',
    procurementNecessity: area.procurementNecessity ?? '',
    necessityRationale: area.necessityRationale,
    route: area.route,
    needsDevelopment: area.needsDevelopment,
    contractValueSek: numberText(area.contractValueSek, language),
    annualEffectSek: numberText(area.annualEffectSek, language),
    annualEffectIndicator: numberText(area.annualEffectIndicator, language),
    status: area.status
  }
}

const required = (key: string) => z.string().trim().min(1, key)

/** The form schema: each field's own check. */
export const areaFormSchema = z.object({
  title: required('inputError.required').max(300, 'inputError.tooLong'),
  problem: z.string(),
  costPerYearSek: numberField({ min: 0 }),
  costEstimateNote: z.string(),
  indicatorName: z.string().trim(),
  unit: z.string().trim(),
  direction: z.enum(['higher-is-better', 'lower-is-better']),
  baselineValue: numberField(),
  baselineDate: dateField,
  targetValue: numberField(),
  targetDate: dateField,
  dataSource: z.string().trim(),
  owner: z.string().trim(),
  goalId: z.string(),
  procurementNecessity: z.union([z.literal(''), ProcurementNecessity]),
  necessityRationale: z.string(),
  route: ProcurementRoute,
  needsDevelopment: z.boolean(),
  contractValueSek: numberField({ min: 0 }),
  annualEffectSek: numberField({ min: 0 }),
  annualEffectIndicator: numberField(),
  status: AreaStatus
})

/**
 * The cross-field rule on the indicator's dates, as its own schema: zod skips an object's refinements
 * once a field has failed, and the date problem must show together with any other problem.
 */
export const indicatorDatesSchema = z
  .object({ baselineDate: dateField, targetDate: dateField })
  .refine((v) => v.baselineDate === null || v.targetDate === null || v.targetDate >= v.baselineDate, {
    path: ['targetDate'],
    message: 'inputError.targetBeforeBaseline'
  })

/** The area with the form's values, or the problems per field (nothing is written either way). */
export function formToArea(area: Area, values: AreaFormValues): { ok: true; area: Area } | { ok: false; errors: FieldErrors } {
  const parsed = areaFormSchema.safeParse(values)
  const dates = indicatorDatesSchema.safeParse(values)
  if (!parsed.success || !dates.success) {
    const errors = dates.success ? {} : fieldErrors(dates.error)
    return { ok: false, errors: { ...errors, ...(parsed.success ? {} : fieldErrors(parsed.error)) } }
  }
  const v = parsed.data
  const indicatorGiven =
    [v.indicatorName, v.unit, v.dataSource, v.owner].some((s) => s !== '') ||
    [v.baselineValue, v.baselineDate, v.targetValue, v.targetDate].some((x) => x !== null)
  const next: Area = {
    ...area,
    title: v.title,
    problem: v.problem,
    costPerYearSek: v.costPerYearSek,
    costEstimateNote: v.costEstimateNote,
    indicator: indicatorGiven
      ? {
          name: v.indicatorName,
          unit: v.unit,
          direction: v.direction,
          baselineValue: v.baselineValue,
          baselineDate: v.baselineDate,
          targetValue: v.targetValue,
          targetDate: v.targetDate,
          dataSource: v.dataSource,
          owner: v.owner
        }
      : null,
    goalId: v.goalId === '' ? null : v.goalId,
    procurementNecessity: v.procurementNecessity === '' ? null : v.procurementNecessity,
    necessityRationale: v.necessityRationale,
    route: v.route,
    needsDevelopment: v.needsDevelopment,
    contractValueSek: v.contractValueSek,
    annualEffectSek: v.annualEffectSek,
    annualEffectIndicator: v.annualEffectIndicator,
    status: v.status
  }
  const checked = Area.safeParse(next)
  if (!checked.success) return { ok: false, errors: fieldErrors(checked.error) }
  return { ok: true, area: checked.data }
}
