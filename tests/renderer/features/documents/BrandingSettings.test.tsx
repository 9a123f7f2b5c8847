import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../../helpers/render-app'

describe('features/documents', () => {
  describe('BrandingSettings()', () => {
    it('saves the branding: trimmed texts, one contact line per non-blank line, the colour as Word writes it', async () => {
      const user = userEvent.setup()
      const { main } = renderApp({ route: '/settings' })
      const panel = await screen.findByRole('region', { name: 'Dokumentens utseende och avsändare' })
      await user.type(within(panel).getByLabelText('Ditt namn'), '  Anders Berglund ')
      await user.type(within(panel).getByLabelText('Kontaktuppgifter'), 'Kungsgatan 12{Enter}{Enter}070-123 45 67')
      await user.click(within(panel).getByRole('button', { name: 'Spara uppgifterna' }))

      expect((await within(panel).findByRole('status')).textContent).toBe('Uppgifterna för dokumenten är sparade.')
      expect(main.settings().branding).toMatchObject({
        consultantName: 'Anders Berglund',
        contactLines: ['Kungsgatan 12', '070-123 45 67'],
        accentColor: '1F4E79',
        bodyFont: 'Arial',
        logoFile: null
      })
    })

    it('refuses more than eight contact lines, under the field, and saves nothing', async () => {
      const user = userEvent.setup()
      const { main } = renderApp({ route: '/settings' })
      const panel = await screen.findByRole('region', { name: 'Dokumentens utseende och avsändare' })
      const lines = within(panel).getByLabelText('Kontaktuppgifter')
      await user.type(lines, Array.from({ length: 9 }, (_, i) => `Rad ${i + 1}`).join('{Enter}'))
      await user.click(within(panel).getByRole('button', { name: 'Spara uppgifterna' }))

      expect(await within(panel).findByText('Högst 8 rader med kontaktuppgifter.')).toBeTruthy()
      await waitFor(() => expect(lines.getAttribute('aria-invalid')).toBe('true'))
      expect(main.calls.some((c) => c.channel === 'settings:set')).toBe(false)
    })
  })
})
