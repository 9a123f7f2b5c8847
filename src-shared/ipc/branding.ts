/**
 * The branding namespace: the consultant's branding of the Word documents (its schema is
 * src-shared/branding.ts) and its logo, which main keeps in <dataFolder>/branding.
 */
import { z } from 'zod'
import { BrandingSettings, MAX_LOGO_BYTES } from '../branding'
import { DocumentImage } from '../document-model'
import { Settings } from '../settings'
import { base64Text, NoInput, type NamespaceContract } from './common'

/** A logo uploaded from the renderer (browser harness), checked again by main from its bytes. */
export const LogoUpload = z.strictObject({
  base64: base64Text(Math.ceil((MAX_LOGO_BYTES * 4) / 3) + 8, 'expected base64')
})

export const brandingContract = {
  /** The branding alone (the settings page's language must not be re-read by the branding form). */
  'branding:get': { input: NoInput, output: BrandingSettings },
  'branding:chooseLogo': {
    input: NoInput,
    output: z.strictObject({ outcome: z.enum(['chosen', 'cancelled', 'unsupported']), settings: Settings })
  },
  /** Sets (from uploaded bytes) or removes (null) the logo. */
  'branding:setLogo': { input: z.strictObject({ logo: LogoUpload.nullable() }), output: Settings },
  'branding:getLogo': { input: NoInput, output: DocumentImage.nullable() }
} as const satisfies NamespaceContract<'branding'>
