/** The branding form: its values as typed (strings) and the schema that turns them into branding settings. */
import { z } from 'zod'
import { BodyFont, BrandingSettings, type BrandingSettings as Branding } from '@shared/branding'
import { FORM_ERRORS, withValue } from '@renderer/forms'

/** As many contact lines, and as long, as BrandingSettings allows (its array check is not readable from outside). */
const MAX_LINES = 8
const MAX_LINE = 200

/** One field of branding text: trimmed, as long as the settings file allows. */
const text = (schema: z.ZodDefault<z.ZodString>) => z.string().trim().pipe(schema.unwrap())

/** The form's values to the branding the settings keep (without the logo, which has its own buttons). */
export const BrandingForm = z.object({
  consultantName: text(BrandingSettings.shape.consultantName),
  company: text(BrandingSettings.shape.company),
  orgNumber: text(BrandingSettings.shape.orgNumber),
  /** One contact detail per line; blank lines are dropped. */
  contactLines: z
    .string()
    .transform((value) =>
      value
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
    )
    .refine((lines) => lines.length <= MAX_LINES, 'branding.tooManyLines')
    .refine((lines) => lines.every((line) => line.length <= MAX_LINE), withValue(FORM_ERRORS.tooLong, MAX_LINE)),
  /** The colour input's "#1f4e79" to Word's "1F4E79". */
  accentColor: z
    .string()
    .regex(/^#[0-9a-f]{6}$/i, FORM_ERRORS.format)
    .transform((value) => value.slice(1).toUpperCase()),
  bodyFont: BodyFont
})
export type BrandingFormValues = z.input<typeof BrandingForm>

/** Saved branding as the form shows it. */
export function brandingToForm(branding: Branding): BrandingFormValues {
  return {
    consultantName: branding.consultantName,
    company: branding.company,
    orgNumber: branding.orgNumber,
    contactLines: branding.contactLines.join('\n'),
    accentColor: `#${branding.accentColor.toLowerCase()}`,
    bodyFont: branding.bodyFont
  }
}
