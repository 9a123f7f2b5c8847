import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../helpers/render-app'

const NAV = ['Översikt', 'Organisationer', 'Uppdrag', 'Workshops', 'Områden', 'Dokument', 'Inställningar']

describe('app/App', () => {
  describe('App()', () => {
    it('shows the main navigation with all seven pages in order', async () => {
      renderApp()
      const nav = screen.getByRole('navigation', { name: 'Huvudmeny' })
      const links = within(nav).getAllByRole('link')
      expect(links.map((l) => l.textContent)).toEqual(NAV)
      expect(await screen.findByRole('heading', { level: 1, name: 'Översikt' })).toBeTruthy()
    })

    it('navigates to each page, marks the current link and gives each page one h1', async () => {
      const user = userEvent.setup()
      renderApp()
      const nav = screen.getByRole('navigation', { name: 'Huvudmeny' })
      // Last to first, so every click leaves the page it is on (Översikt is where the app starts).
      for (const name of [...NAV].reverse()) {
        await user.click(within(nav).getByRole('link', { name }))
        const heading = await screen.findByRole('heading', { level: 1, name })
        expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1)
        expect(within(nav).getByRole('link', { name }).getAttribute('aria-current')).toBe('page')
        // Focus moves to the new page's heading for keyboard and screen-reader users.
        await waitFor(() => expect(document.activeElement).toBe(heading))
      }
    })

    it('has a skip link that moves focus to the page heading', async () => {
      const user = userEvent.setup()
      renderApp({ route: '/documents' })
      const heading = await screen.findByRole('heading', { level: 1, name: 'Dokument' })
      await user.tab()
      const skip = screen.getByRole('link', { name: 'Hoppa till innehållet' })
      expect(document.activeElement).toBe(skip)
      await user.keyboard('{Enter}')
      expect(document.activeElement).toBe(heading)
      expect(screen.getByRole('main').contains(heading)).toBe(true)
    })

    it('shows an honest empty state on every list page of an empty database', async () => {
      for (const [route, text] of [
        ['/organisations', /Inga organisationer finns ännu/],
        ['/engagements', /Inga uppdrag finns ännu/],
        ['/workshops', /Inga workshops finns ännu/],
        ['/areas', /Här samlas effektiviseringsområdena från alla workshops/],
        ['/documents', /Word-dokument/]
      ] as const) {
        const view = renderApp({ route })
        expect(await screen.findByText(text)).toBeTruthy()
        view.unmount()
      }
    })
  })
})
