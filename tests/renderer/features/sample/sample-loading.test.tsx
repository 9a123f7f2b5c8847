import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { loadPortfolioText, readSampleText } from '@renderer/features/sample/commands'
import { isDatabaseEmpty } from '@renderer/db/portfolio'
import { freshDb } from '../../helpers/db'
import { renderApp } from '../../helpers/render-app'

describe('features/sample', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  describe('LoadSampleButton()', () => {
    it('loads the sample portfolio from Översikt and lists five organisations', async () => {
      const user = userEvent.setup()
      const { db } = renderApp()
      const button = await screen.findByRole('button', { name: 'Ladda exempelportfölj' })
      await user.click(button)
      // The result is announced in the live region, and the offer gives way to the portfolio.
      await waitFor(() =>
        expect(screen.getByRole('status').textContent).toMatch(/Exempelportföljen är laddad: 5 organisationer/)
      )
      expect(await screen.findByRole('heading', { level: 2, name: 'Portföljen i siffror' })).toBeTruthy()
      expect(screen.queryByRole('button', { name: 'Ladda exempelportfölj' })).toBeNull()
      expect(await db.organisations.count()).toBe(5)

      await user.click(screen.getByRole('link', { name: 'Organisationer' }))
      const table = await screen.findByRole('table', { name: 'Alla organisationer' })
      const rows = within(table).getAllByRole('row').slice(1)
      expect(rows).toHaveLength(5)
      const names = (await db.organisations.toArray()).map((o) => o.name).sort()
      expect(rows.map((r) => within(r).getByRole('rowheader').textContent).sort()).toEqual(names)
    })

    it('shows the evaluation means with a Swedish decimal comma', async () => {
      // Översikt shows the last 12 months: a date when every sample workshop lies within them.
      vi.useFakeTimers({ toFake: ['Date'] })
      vi.setSystemTime(new Date('2026-06-01T12:00:00'))
      const user = userEvent.setup()
      const { db } = renderApp()
      await user.click(await screen.findByRole('button', { name: 'Ladda exempelportfölj' }))
      const table = await screen.findByRole('table', { name: /Medelvärden på skalan 1–6/ })
      const evaluations = await db.evaluations.toArray()
      const given = evaluations.map((e) => e.overall).filter((v): v is number => v !== null)
      const mean = given.reduce((a, b) => a + b, 0) / given.length
      const overallRow = within(table).getByRole('rowheader', { name: 'Helhet' }).closest('tr')!
      expect(overallRow.textContent).toContain(mean.toFixed(1).replace('.', ','))
    })

    it('can be started from the empty Organisationer page too', async () => {
      const user = userEvent.setup()
      renderApp({ route: '/organisations' })
      await user.click(await screen.findByRole('button', { name: 'Ladda exempelportfölj' }))
      const table = await screen.findByRole('table', { name: 'Alla organisationer' })
      expect(within(table).getAllByRole('row')).toHaveLength(6)
    })
  })

  describe('loadPortfolioText()', () => {
    it('stores nothing and names the problems when the file does not parse', async () => {
      const db = freshDb()
      const result = await loadPortfolioText(db, '{"format":"matbar-portfolio","formatVersion":99}')
      expect(result.ok).toBe(false)
      expect(result.ok === false && result.kind === 'parse' && result.errors.length).toBeGreaterThan(0)
      expect(await isDatabaseEmpty(db)).toBe(true)
    })

    it('loads the bundled sample and reports the counts it loaded', async () => {
      const db = freshDb()
      const result = await loadPortfolioText(db, await readSampleText())
      expect(result.ok).toBe(true)
      if (result.ok) expect(result.counts.organisations).toBe(await db.organisations.count())
    })
  })
})
