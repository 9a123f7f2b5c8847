/** The area page's form: the area as editable strings, and the zod schema that turns it back into a row. */
import { z } from 'zod'
import { Area, AreaStatus, Indicator, ProcurementNecessity, ProcurementRoute } from '@shared/entities'
import { targetOnWrongSide } from '@shared/follow-up'
import type { Language } from '@shared/settings'
import {
  FORM_ERRORS,
  FORM_PARSE_OPTIONS,
  dateField,
  fieldErrors,
  numberField,
  numberText,
  type FieldErrors
} from '@renderer/forms'

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

/** The form values for an area (numbers as Swedish or English text that reads back unchanged). */
export function areaToForm(area: Area, language: Language): AreaFormValues {
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

const DATE_FIELDS = new Set<PropertyKey>(['baselineDate', 'targetDate'])

/**
 * The form schema: each field's own check (the entity's where it has one), and the indicator's dates in
 * order. zod skips an object's refinement once any field has failed; `when` runs it as long as both dates
 * themselves are readable, so the date problem shows together with any other problem.
 */
export const areaFormSchema = z
  .object({
    title: Area.shape.title,
    problem: Area.shape.problem,
    costPerYearSek: numberField({ min: 0 }),
    costEstimateNote: Area.shape.costEstimateNote,
    indicatorName: z.string().trim().pipe(Indicator.shape.name),
    unit: z.string().trim().pipe(Indicator.shape.unit),
    direction: Indicator.shape.direction,
    baselineValue: numberField(),
    baselineDate: dateField,
    targetValue: numberField(),
    targetDate: dateField,
    dataSource: z.string().trim().pipe(Indicator.shape.dataSource),
    owner: z.string().trim().pipe(Indicator.shape.owner),
    goalId: z.string(),
    procurementNecessity: z.union([z.literal(''), ProcurementNecessity]),
    necessityRationale: Area.shape.necessityRationale,
    route: ProcurementRoute,
    needsDevelopment: z.boolean(),
    contractValueSek: numberField({ min: 0 }),
    annualEffectSek: numberField({ min: 0 }),
    annualEffectIndicator: numberField(),
    status: AreaStatus
  })
  .superRefine(
    (v, ctx) => {
      if (v.baselineDate !== null && v.targetDate !== null && v.targetDate < v.baselineDate) {
        ctx.addIssue({ code: 'custom', path: ['targetDate'], message: FORM_ERRORS.targetBeforeBaseline })
      }
      // A target that would make things worse cannot be followed up (src-shared/follow-up.ts calls it incomplete).
      const numbers = typeof v.baselineValue === 'number' && typeof v.targetValue === 'number'
      if (numbers && targetOnWrongSide(v.direction, v.baselineValue, v.targetValue)) {
        ctx.addIssue({ code: 'custom', path: ['targetValue'], message: FORM_ERRORS.targetWrongSide })
      }
    },
    { when: (payload) => !payload.issues.some((issue) => DATE_FIELDS.has(issue.path?.[0] ?? '')) }
  )

export type AreaFormOutput = z.output<typeof areaFormSchema>

/** The area with the form's checked values (the indicator only when one of its fields is filled). */
export function applyAreaForm(area: Area, v: AreaFormOutput): Area {
  const indicatorGiven =
    [v.indicatorName, v.unit, v.dataSource, v.owner].some((s) => s !== '') ||
    [v.baselineValue, v.baselineDate, v.targetValue, v.targetDate].some((x) => x !== null)
  return {
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
}

/** The area with the form's values, or the problems per field as error keys (nothing is written either way). */
export function formToArea(
  area: Area,
  values: AreaFormValues
): { ok: true; area: Area } | { ok: false; errors: FieldErrors } {
  const parsed = areaFormSchema.safeParse(values, FORM_PARSE_OPTIONS)
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) }
  return checkArea(applyAreaForm(area, parsed.data))
}

/** The whole row against the entity schema, the last word before saving; problems per top-level field. */
export function checkArea(next: Area): { ok: true; area: Area } | { ok: false; errors: FieldErrors } {
  const checked = Area.safeParse(next, FORM_PARSE_OPTIONS)
  return checked.success ? { ok: true, area: checked.data } : { ok: false, errors: fieldErrors(checked.error) }
}
