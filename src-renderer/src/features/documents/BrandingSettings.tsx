/** Branding for Word documents (consultant, company, logo, colour, font), shown on the settings page. */
export function BrandingSettings() {
  // Slot: the owning feature renders here; nothing to show until it does.
  return null
}
