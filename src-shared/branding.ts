/**
 * The consultant's branding for Word documents, as kept in the settings file. Its own module, free of
 * settings.ts, so settings.ts and document-model.ts can both import it without a cycle.
 */
import { z } from 'zod'

const Text = (max: number) => z.string().max(max)

/** Fonts Word has on every Windows and Mac install; LibreOffice has metric-compatible stand-ins for most. */
export const BODY_FONTS = ['Arial', 'Calibri', 'Cambria', 'Georgia', 'Garamond', 'Times New Roman', 'Verdana'] as const
export const BodyFont = z.enum(BODY_FONTS)
export type BodyFont = z.infer<typeof BodyFont>

/** Accent colour as six hex digits, without '#', as Word writes colours. */
export const AccentColor = z
  .string()
  .regex(/^[0-9A-Fa-f]{6}$/, 'expected six hex digits such as 1F4E79')
  .transform((value) => value.toUpperCase())

/** The only file names a stored logo can have: the path is built by main, never taken from outside. */
export const LogoFileName = z.enum(['logo.png', 'logo.jpg'])
export type LogoFileName = z.infer<typeof LogoFileName>

/** Branding as kept in the settings file; every field defaulted so older settings files still parse. */
export const BrandingSettings = z.strictObject({
  consultantName: Text(200).default(''),
  company: Text(200).default(''),
  orgNumber: Text(20).default(''),
  /** Address, phone, e-mail, web: one line each, as printed under "Kontakt". */
  contactLines: z.array(Text(200)).max(8).default([]),
  accentColor: AccentColor.default('1F4E79'),
  bodyFont: BodyFont.default('Arial'),
  logoFile: LogoFileName.nullable().default(null)
})
export type BrandingSettings = z.infer<typeof BrandingSettings>

/** The branding of a fresh install. */
export const DEFAULT_BRANDING: BrandingSettings = BrandingSettings.parse({})

/** Largest logo accepted, in bytes: a cover logo, not a photo album. */
export const MAX_LOGO_BYTES = 5 * 1024 * 1024
