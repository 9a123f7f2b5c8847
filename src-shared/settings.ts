/** The settings file kept by the main process in the data folder. */
import { z } from 'zod'
import { BrandingSettings, DEFAULT_BRANDING } from './branding'

export const LANGUAGES = ['sv', 'en'] as const
export const Language = z.enum(LANGUAGES)
export type Language = z.infer<typeof Language>

/** Every field has a default, so an older or partial file still parses. */
export const Settings = z.strictObject({
  language: Language.default('sv'),
  /** Set once the first-start offer of the sample portfolio has been answered. */
  sampleOffered: z.boolean().default(false),
  /**
   * Consultant, company, logo, colour and font of the Word documents. Absent until first saved
   * (readers use brandingOf), so a settings file without it reads back exactly as written.
   */
  branding: BrandingSettings.optional()
})
export type Settings = z.infer<typeof Settings>

/** A change to some settings; fields left out keep their value. */
export const SettingsPatch = z.strictObject({
  language: Language.optional(),
  sampleOffered: z.boolean().optional(),
  /** The whole branding (the settings page edits it as one form); the logo is set through branding:setLogo. */
  branding: BrandingSettings.optional()
})
export type SettingsPatch = z.infer<typeof SettingsPatch>

/** The settings of a fresh install. */
export const DEFAULT_SETTINGS: Settings = Settings.parse({})

/** The branding of these settings, or the defaults when none has been saved yet. */
export function brandingOf(settings: Settings): BrandingSettings {
  return settings.branding ?? DEFAULT_BRANDING
}
