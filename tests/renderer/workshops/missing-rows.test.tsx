import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { freshDb } from '../helpers/db'
import { renderApp } from '../helpers/render-app'

describe('pages of a workshop or an area that is gone', () => {
  it.each([
    ['the workshop page', '/workshops/gone', 'Workshoppen finns inte'],
    ['the area page', '/areas/gone', 'Området finns inte']
  ])('%s says so and links back to the workshops', async (_page, route, heading) => {
    renderApp({ db: freshDb(), route })
    expect((await screen.findByRole('heading', { level: 1, name: heading })).tagName).toBe('H1')
    expect(screen.getByRole('link', { name: 'Till alla workshops' }).getAttribute('href')).toBe('#/workshops')
  })
})
