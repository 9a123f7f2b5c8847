import { render, screen, within } from '@testing-library/react'
import { MemoryRouter } from 'react-router'
import { describe, expect, it, vi } from 'vitest'
import type { Workshop } from '@shared/entities'
import { summariseEvaluations } from '@shared/evaluations'
import { EvaluationSummaryTable } from '@renderer/features/evaluations/EvaluationSummaryTable'
import { EvaluationTrend } from '@renderer/features/evaluations/EvaluationTrend'
import type { EvaluationGroup } from '@renderer/features/evaluations/queries'
import { evaluationRow } from '../helpers/rows'

/** `count` workshops from 2024-01-05 on, one every `everyDays` days, each with two evaluations (overall 4 and 6). */
function groups(count: number, everyDays: number): EvaluationGroup[] {
  return Array.from({ length: count }, (_, i) => {
    const startsAt = new Date(Date.UTC(2024, 0, 5) + i * everyDays * 86_400_000).toISOString().slice(0, 16)
    const workshop = { id: `w${i}`, title: `Workshop ${i}`, startsAt, startingQuestion: '' } as Workshop
    return {
      workshop,
      client: 'Norrviks kommun',
      evaluations: [evaluationRow(workshop.id, { overall: 4 }), evaluationRow(workshop.id, { overall: 6 })]
    }
  })
}

function renderTrend(list: EvaluationGroup[], perMonth: boolean) {
  return render(
    <MemoryRouter>
      <EvaluationTrend groups={list} perMonth={perMonth} />
    </MemoryRouter>
  )
}

describe('EvaluationTrend', () => {
  it('sums the portfolio by calendar month: 3 000 workshops make a table of 50 months, not 3 000 rows', () => {
    // One workshop every half day: 3 000 workshops from January 2024 over 50 months.
    renderTrend(groups(3000, 0.5), true)
    const table = screen.getByRole('table', { name: 'Medelvärden per månad, äldst först' })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(50)
    expect(within(rows[0]!).getByRole('rowheader').textContent).toBe('jan. 2024')
    // January 2024 from the 5th, two workshops a day: 54 workshops, 108 answers, mean 5.0.
    expect(rows[0]!.textContent).toContain('54')
    expect(rows[0]!.textContent).toContain('108')
    expect(rows[0]!.textContent).toContain('5,0')
    // At most five dates under the chart, and a legend saying what a dot is.
    const chart = screen.getByRole('img', { name: /Helhetsbetyg per månad/ })
    expect(chart.querySelectorAll('circle')).toHaveLength(50)
    expect(chart.querySelectorAll('text.trend-axis')).toHaveLength(6 + 5)
    expect(screen.getByText(/Varje punkt visar det genomsnittliga helhetsbetyget/)).toBeTruthy()
  })

  it('draws a narrower picture in a narrow window, with at most three dates, so its text stays readable at 320 px', () => {
    const matchMedia = vi.spyOn(window, 'matchMedia').mockImplementation(
      (query: string) =>
        ({
          matches: query === '(max-width: 48rem)',
          addEventListener: () => undefined,
          removeEventListener: () => undefined
        }) as unknown as MediaQueryList
    )
    try {
      renderTrend(groups(3000, 0.5), true)
      const chart = screen.getByRole('img', { name: /Helhetsbetyg per månad/ })
      expect(chart.getAttribute('viewBox')).toBe('0 0 300 180')
      expect(chart.querySelectorAll('text.trend-axis')).toHaveLength(6 + 3)
      // Every dot inside the picture.
      const xs = [...chart.querySelectorAll('circle')].map((c) => Number(c.getAttribute('cx')))
      expect(Math.max(...xs)).toBeLessThanOrEqual(300)
    } finally {
      matchMedia.mockRestore()
    }
  })

  it('shows one workshop as a dot with its value and a legend, per workshop for one client', () => {
    renderTrend(groups(1, 1), false)
    const table = screen.getByRole('table', { name: 'Medelvärden per workshop, äldst först' })
    expect(within(table).getAllByRole('row')).toHaveLength(2)
    expect(within(table).getByRole('link', { name: 'Workshop 0' })).toBeTruthy()
    const chart = screen.getByRole('img', { name: /Helhetsbetyg per workshop/ })
    expect(chart.querySelector('text.trend-value')?.textContent).toBe('5,0')
    expect(screen.getByText(/Varje punkt visar en workshops genomsnittliga helhetsbetyg/)).toBeTruthy()
  })

  it('counts the evaluations behind the summary with a thousands separator', () => {
    const rows = Array.from({ length: 12_345 }, () => ({ overall: 5, content: null, delivery: 4 }))
    render(<EvaluationSummaryTable summary={summariseEvaluations(rows)} caption="Hela portföljen" />)
    expect(screen.getByRole('table').querySelector('caption')?.textContent).toMatch(
      /^Hela portföljen \(12[\u00a0\u202f ]345 utvärderingar\)$/
    )
  })
})
