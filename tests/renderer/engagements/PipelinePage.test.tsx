import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { formatSek } from '@shared/format'
import { renderApp } from '../helpers/render-app'
import { engagementRow, organisationRow } from '../helpers/rows'

const T0 = '2026-01-01T09:00:00.000Z'

async function board() {
  const rendered = renderApp({ route: '/engagements/pipeline' })
  const org = organisationRow({ name: 'Norrviks kommun' })
  const lead = engagementRow(org.id, {
    title: 'Energiworkshop',
    status: 'lead',
    statusHistory: [{ status: 'lead', at: T0 }],
    valueSek: 45_000
  })
  const other = engagementRow(org.id, {
    title: 'Utbildning',
    status: 'proposal-sent',
    statusHistory: [{ status: 'proposal-sent', at: T0 }],
    valueSek: 10_000
  })
  await rendered.db.organisations.put(org)
  await rendered.db.engagements.bulkPut([lead, other])
  return { ...rendered, lead }
}

const column = (name: string) => screen.getByRole('region', { name })
const sum = (status: string) => screen.getByTestId(`pipeline-sum-${status}`).textContent

describe('features/engagements', () => {
  describe('PipelinePage()', () => {
    it('shows each status with its count and summed value', async () => {
      await board()
      await waitFor(() => expect(sum('lead')).toBe(formatSek(45_000, 'sv')))
      expect(sum('proposal-sent')).toBe(formatSek(10_000, 'sv'))
      expect(sum('won')).toBe(formatSek(0, 'sv'))
      expect(within(column('Intresse')).getByText('1 uppdrag')).toBeTruthy()
    })

    it('moves a card to the next status with Alt+Right, keeps the date in the history, announces it and keeps focus on it', async () => {
      const user = userEvent.setup()
      const { db, lead } = await board()
      const link = await within(await waitFor(() => column('Intresse'))).findByRole('link', { name: 'Energiworkshop' })
      link.focus()
      await user.keyboard('{Alt>}{ArrowRight}{/Alt}')
      await waitFor(() => expect(sum('proposal-sent')).toBe(formatSek(55_000, 'sv')))
      expect(sum('lead')).toBe(formatSek(0, 'sv'))
      const stored = await db.engagements.get(lead.id)
      expect(stored?.statusHistory.map((h) => h.status)).toEqual(['lead', 'proposal-sent'])
      expect(Date.parse(stored!.statusHistory[1]!.at)).toBeGreaterThan(Date.parse(T0))
      expect(screen.getByRole('status').textContent).toBe('”Energiworkshop” har flyttats till Förslag skickat.')
      await waitFor(() => expect(document.activeElement?.textContent).toBe('Energiworkshop'))
      expect(column('Förslag skickat').contains(document.activeElement)).toBe(true)
    })

    it('moves a card through the "Flytta till…" menu by keyboard', async () => {
      const user = userEvent.setup()
      const { db, lead } = await board()
      const button = await screen.findByRole('button', { name: 'Flytta till… – Energiworkshop' })
      button.focus()
      await user.keyboard('{Enter}')
      const menu = await screen.findByRole('menu')
      expect(document.activeElement).toBe(within(menu).getAllByRole('menuitem')[0])
      await user.keyboard('{ArrowDown}{Enter}')
      await waitFor(async () => expect((await db.engagements.get(lead.id))?.status).toBe('won'))
    })

    it('moves a card dropped on another column', async () => {
      const { db, lead } = await board()
      const card = (await screen.findByRole('link', { name: 'Energiworkshop' })).closest('article')!
      const data = new Map<string, string>()
      const dataTransfer = {
        setData: (k: string, v: string) => data.set(k, v),
        getData: (k: string) => data.get(k) ?? '',
        effectAllowed: '',
        dropEffect: ''
      }
      fireEvent.dragStart(card, { dataTransfer })
      fireEvent.dragOver(column('Pågående'), { dataTransfer })
      fireEvent.drop(column('Pågående'), { dataTransfer })
      await waitFor(async () => expect((await db.engagements.get(lead.id))?.status).toBe('active'))
    })
  })
})
