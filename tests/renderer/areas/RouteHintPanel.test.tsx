import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ServicesContext } from '@renderer/platform/services'
import { RouteHintPanel } from '@renderer/features/areas/RouteHintPanel'
import { createApi } from '@renderer/platform/api'
import type { OrganisationKind } from '@shared/entities'
import { BUILT_IN_THRESHOLDS, type ThresholdKey } from '@shared/thresholds'
import { freshDb } from '../helpers/db'
import { createFakeMain } from '../helpers/fake-transport'

const value = (key: ThresholdKey) => BUILT_IN_THRESHOLDS.find((t) => t.key === key)!.valueSek
const DIRECT = value('direct-procurement')
const EU_OTHER = value('eu-goods-services-other')
const EU_CENTRAL = value('eu-goods-services-central')
const EU_WORKS = value('eu-works')

function renderHint(props: {
  contractValueSek: number | null
  organisationKind?: OrganisationKind
  today?: string
  needsDevelopment?: boolean
}) {
  const db = freshDb()
  render(
    <ServicesContext value={{ db, api: createApi(createFakeMain().transport) }}>
      <RouteHintPanel
        contractValueSek={props.contractValueSek}
        needsDevelopment={props.needsDevelopment ?? false}
        organisationKind={props.organisationKind ?? 'municipality'}
        today={props.today ?? '2025-06-01'}
      />
    </ServicesContext>
  )
  return db
}

const BAND = {
  direct: /direktupphandling är möjlig/,
  'below-eu': /under EU:s tröskelvärde/,
  eu: /över EU:s tröskelvärde/
} as const

describe('RouteHintPanel', () => {
  describe('the band shown for a contract value', () => {
    it.each<[string, OrganisationKind, number, keyof typeof BAND]>([
      ['just below the direct-procurement limit', 'municipality', DIRECT - 1, 'direct'],
      ['at the direct-procurement limit', 'municipality', DIRECT, 'below-eu'],
      ['just above the direct-procurement limit', 'municipality', DIRECT + 1, 'below-eu'],
      ['just below the EU threshold for a municipality', 'municipality', EU_OTHER - 1, 'below-eu'],
      ['at the EU threshold for a municipality', 'municipality', EU_OTHER, 'eu'],
      ['just above the EU threshold for a municipality', 'region', EU_OTHER + 1, 'eu'],
      ['just below the EU threshold for a state agency', 'agency', EU_CENTRAL - 1, 'below-eu'],
      ['at the EU threshold for a state agency', 'agency', EU_CENTRAL, 'eu'],
      ['just above the EU threshold for a state agency', 'agency', EU_CENTRAL + 1, 'eu']
    ])('%s', async (_name, kind, contractValueSek, band) => {
      renderHint({ contractValueSek, organisationKind: kind })
      const panel = await screen.findByRole('region', { name: 'Vad lagen tillåter' })
      expect(panel.querySelector('.hint-band')?.textContent).toMatch(BAND[band])
    })

    it.each<[number, keyof typeof BAND]>([
      [EU_WORKS - 1, 'below-eu'],
      [EU_WORKS, 'eu'],
      [EU_WORKS + 1, 'eu']
    ])('uses the works threshold once works is chosen: %i', async (contractValueSek, band) => {
      renderHint({ contractValueSek })
      await userEvent.click(await screen.findByRole('radio', { name: 'Byggentreprenad' }))
      expect(document.querySelector('.hint-band')?.textContent).toMatch(BAND[band])
      expect(screen.getByRole('rowheader', { name: 'EU-tröskelvärde, byggentreprenader' })).toBeTruthy()
    })
  })

  it('shows each threshold with its amount and "gäller från" date in Swedish', async () => {
    renderHint({ contractValueSek: 1_000_000 })
    const table = await screen.findByRole('table', { name: 'Gränserna som avgör, med datum' })
    const direct = within(table).getByRole('row', { name: /Direktupphandlingsgräns/ })
    expect(direct.textContent?.replace(/\s/g, ' ')).toContain('700 000 kr')
    expect(direct.textContent).toContain('1 feb. 2022')
    expect(within(table).getByRole('row', { name: /övriga/ }).textContent).toContain('1 jan. 2024')
  })

  it('asks to check a value once its revision date has passed, and not before', async () => {
    renderHint({ contractValueSek: 1_000_000, today: '2026-11-26' })
    expect((await screen.findAllByText(/Kontrollera värdet/)).length).toBe(1)
  })

  it('has no check note before the revision date', async () => {
    renderHint({ contractValueSek: 1_000_000, today: '2025-06-01' })
    await screen.findByRole('table', { name: 'Gränserna som avgör, med datum' })
    expect(screen.queryByText(/Kontrollera värdet/)).toBeNull()
  })

  it('names the development routes only when the area needs development', async () => {
    renderHint({ contractValueSek: 5_000_000, needsDevelopment: true })
    const list = await screen.findByRole('list')
    expect(list.textContent).toContain('Innovationspartnerskap')
    expect(list.textContent).toContain('Förkommersiell upphandling')
  })

  it('lets the consultant correct a threshold; the correction decides from its date', async () => {
    const db = renderHint({ contractValueSek: 2_450_000, today: '2026-11-26' })
    await userEvent.click(
      await screen.findByRole('button', { name: /Ändra värde: EU-tröskelvärde, varor och tjänster, övriga/ })
    )
    const dialog = await screen.findByRole('dialog')
    const amount = within(dialog).getByLabelText('Nytt belopp (kr, exkl. moms)')
    await userEvent.type(amount, '-1')
    await userEvent.type(within(dialog).getByLabelText('Källa'), 'Upphandlingsmyndigheten 2026')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Spara värdet' }))
    expect(within(dialog).getByText('Värdet kan inte vara negativt.')).toBeTruthy()
    expect(await db.thresholds.count()).toBe(0)
    await userEvent.clear(amount)
    await userEvent.type(amount, '2 500 000')
    const from = within(dialog).getByLabelText('Gäller från')
    await userEvent.clear(from)
    await userEvent.type(from, '2026-01-01')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Spara värdet' }))
    await screen.findByText(/ditt värde/)
    expect((await db.thresholds.toArray()).map((t) => [t.key, t.valueSek, t.validFrom])).toEqual([
      ['eu-goods-services-other', 2_500_000, '2026-01-01']
    ])
    // 2 450 000 kr was above the old threshold and is below the corrected one.
    expect(document.querySelector('.hint-band')?.textContent).toMatch(BAND['below-eu'])
    expect(screen.queryByText(/Kontrollera värdet/)).toBeNull()
  })
})
