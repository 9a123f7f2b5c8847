import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { IpcResult } from '@shared/contract'
import type { SpreadsheetRequest } from '@shared/ipc/spreadsheets'
import { createFakeMain, type FakeMain } from '../helpers/fake-transport'
import { renderApp } from '../helpers/render-app'
import { engagementRow, organisationRow } from '../helpers/rows'

/** The fake main process, answering spreadsheets:save with `answer` (saved unless told otherwise). */
function mainSaving(answer: IpcResult<unknown> = { ok: true, value: { outcome: 'saved', fileName: 'val.xlsx' } }) {
  const inner = createFakeMain()
  const main: FakeMain = {
    ...inner,
    transport: async (channel, input) => {
      if (channel !== 'spreadsheets:save') return inner.transport(channel, input)
      inner.calls.push({ channel, input })
      return answer
    }
  }
  return main
}

const saves = (main: FakeMain) =>
  main.calls.filter((c) => c.channel === 'spreadsheets:save').map((c) => c.input as SpreadsheetRequest)

async function seeded(main: FakeMain) {
  const rendered = renderApp({ route: '/organisations', main })
  const a = organisationRow({ name: 'Östra kommun', kind: 'municipality', tags: ['energi'] })
  const b = organisationRow({ name: 'Ängby AB', kind: 'company', tags: ['skola'] })
  const c = organisationRow({ name: 'Alby region', kind: 'region', tags: ['energi'] })
  await rendered.db.organisations.bulkPut([a, b, c])
  await rendered.db.engagements.bulkPut([engagementRow(a.id)])
  return rendered
}

describe('features/spreadsheets', () => {
  describe('ExportMenu()', () => {
    it('exports what the list shows, in its order, as .xlsx, by keyboard only, and says where it went', async () => {
      const user = userEvent.setup()
      const main = mainSaving()
      await seeded(main)
      const table = await screen.findByRole('table', { name: 'Alla organisationer' })
      await user.type(screen.getByRole('searchbox', { name: 'Sök' }), 'by')
      await waitFor(() => expect(within(table).queryAllByRole('rowheader')).toHaveLength(2))

      const button = screen.getByRole('button', { name: 'Exportera organisationer' })
      button.focus()
      await user.keyboard('{Enter}')
      const menu = screen.getByRole('menu', { name: 'Exportera organisationer' })
      expect(
        within(menu)
          .getAllByRole('menuitem')
          .map((i) => i.textContent)
      ).toEqual(['Excel-fil (.xlsx)', 'CSV-fil (.csv)'])
      expect(document.activeElement?.textContent).toBe('Excel-fil (.xlsx)')
      await user.keyboard('{Enter}')

      await waitFor(() => expect(saves(main)).toHaveLength(1))
      const [request] = saves(main)
      expect(request!.format).toBe('xlsx')
      expect(request!.fileStem).toMatch(/^Organisationer \d{4}-\d{2}-\d{2}$/)
      const [sheet] = request!.workbook.sheets
      expect(sheet!.name).toBe('Organisationer')
      expect(sheet!.columns[0]).toEqual({ header: 'Namn', type: 'text' })
      // Only the two the search finds, in the list's order (by name, Swedish collation: Ä after A).
      expect(sheet!.rows.map((row) => row[0])).toEqual(['Alby region', 'Ängby AB'])
      expect(await screen.findByText('Sparad som val.xlsx.')).toBeTruthy()
      expect(document.activeElement).toBe(button)
      expect(screen.queryByRole('menu')).toBeNull()
    })

    it('closes with Escape and returns focus to the button, sending nothing', async () => {
      const user = userEvent.setup()
      const main = mainSaving()
      await seeded(main)
      const button = await screen.findByRole('button', { name: 'Exportera organisationer' })
      await user.click(button)
      await user.keyboard('{ArrowDown}')
      expect(document.activeElement?.textContent).toBe('CSV-fil (.csv)')
      await user.keyboard('{Escape}')
      expect(screen.queryByRole('menu')).toBeNull()
      expect(document.activeElement).toBe(button)
      expect(saves(main)).toEqual([])
    })

    it('says so when main refuses the export', async () => {
      const user = userEvent.setup()
      const main = mainSaving({ ok: false, error: { code: 'invalid-input', message: 'workbook.sheets.0: trasig' } })
      await seeded(main)
      await user.click(await screen.findByRole('button', { name: 'Exportera organisationer' }))
      await user.click(screen.getByRole('menuitem', { name: 'CSV-fil (.csv)' }))
      const alert = (await screen.findByRole('alert')).textContent
      expect(alert).toContain('Exporten gick inte: Uppgifterna kunde inte tas emot')
      expect(alert).not.toContain('workbook.sheets')
    })
  })

  describe('PortfolioSpreadsheets()', () => {
    it('exports every table of the portfolio as one workbook from Inställningar', async () => {
      const user = userEvent.setup()
      const main = mainSaving({ ok: true, value: { outcome: 'cancelled' } })
      const rendered = renderApp({ route: '/settings', main })
      await rendered.db.organisations.bulkPut([organisationRow({ name: 'Norrviks kommun' })])
      await user.click(await screen.findByRole('button', { name: 'Exportera som CSV (.zip)' }))
      await waitFor(() => expect(saves(main)).toHaveLength(1))
      const [request] = saves(main)
      expect(request!.format).toBe('csv')
      expect(request!.workbook.sheets.map((s) => s.name)).toEqual([
        'Områden',
        'Mätvärden',
        'Utvärderingar',
        'Organisationer',
        'Uppdrag'
      ])
      expect(request!.workbook.sheets[3]!.rows).toHaveLength(1)
    })
  })
})
