import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { PlatformError } from '@renderer/platform/api'
import { createFakeMain, FAKE_APP_INFO } from '../../helpers/fake-transport'
import { renderApp } from '../../helpers/render-app'

describe('features/settings', () => {
  describe('SettingsPage()', () => {
    it('switches the app to English, saves the choice and sets <html lang>', async () => {
      const user = userEvent.setup()
      const { main } = renderApp({ route: '/settings' })
      const select = await screen.findByRole('combobox', { name: 'Språk i appen' })
      await user.selectOptions(select, 'en')

      const nav = await screen.findByRole('navigation', { name: 'Main menu' })
      expect(
        within(nav)
          .getAllByRole('link')
          .map((l) => l.textContent)
      ).toEqual(['Overview', 'Organisations', 'Engagements', 'Workshops', 'Areas', 'Documents', 'Settings'])
      expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy()
      expect(document.documentElement.lang).toBe('en')
      await waitFor(() => expect(main.settings().language).toBe('en'))
      expect(main.calls).toContainEqual({ channel: 'settings:set', input: { language: 'en' } })
      expect(screen.getByRole('status').textContent).toBe('The language is saved.')
      // The saved language is read once at start, never again: a re-read racing the save would switch back.
      expect(main.calls.filter((c) => c.channel === 'settings:get')).toHaveLength(1)
    })

    it('keeps the language the user picked when the saved one arrives later', async () => {
      const user = userEvent.setup()
      const main = createFakeMain({ language: 'sv' })
      const inner = main.transport
      let answerGet: () => void = () => {}
      // settings:get reads the settings when asked (still Swedish) but answers only when told to.
      main.transport = async (channel, input) => {
        const answer = await inner(channel, input)
        if (channel === 'settings:get') await new Promise<void>((resolve) => (answerGet = resolve))
        return answer
      }
      renderApp({ main, route: '/settings' })
      await user.selectOptions(await screen.findByRole('combobox', { name: 'Språk i appen' }), 'en')
      await screen.findByRole('heading', { level: 1, name: 'Settings' })
      answerGet()
      await new Promise((resolve) => setTimeout(resolve, 20))
      expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy()
    })

    it('restores the saved language at start', async () => {
      renderApp({ main: createFakeMain({ language: 'en' }) })
      expect(await screen.findByRole('navigation', { name: 'Main menu' })).toBeTruthy()
      expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeTruthy()
    })

    it('shows the app version and data folder from the main process', async () => {
      renderApp({ route: '/settings' })
      expect(await screen.findByText(FAKE_APP_INFO.dataFolder)).toBeTruthy()
      expect(screen.getByText(FAKE_APP_INFO.version)).toBeTruthy()
    })

    it('says so when the choice cannot be saved', async () => {
      const user = userEvent.setup()
      const main = createFakeMain()
      const transport = main.transport
      main.transport = async (channel, input) => {
        if (channel === 'settings:set') return { ok: false, error: { code: 'internal', message: 'disk is read-only' } }
        return transport(channel, input)
      }
      renderApp({ main, route: '/settings' })
      await user.selectOptions(await screen.findByRole('combobox', { name: 'Språk i appen' }), 'en')
      // Said as a sentence in the app's language (English by now), not in main's technical words.
      const alert = (await screen.findByRole('alert')).textContent
      expect(alert).toContain('Something went wrong in the app and the action was not completed.')
      expect(alert).not.toContain('disk is read-only')
      expect(PlatformError).toBeDefined()
    })
  })
})
