import { describe, expect, it, vi } from 'vitest'
import { fireEvent, render, screen } from '@testing-library/react'
import { ENGAGEMENT_STATUSES } from '@shared/entities'
import { i18n } from '@renderer/i18n/i18n'
import { EnumSelect } from '@renderer/ui'

const options = () => screen.getAllByRole('option').map((o) => [o.getAttribute('value'), o.textContent])

describe('EnumSelect', () => {
  it('offers "all" first and then every value under its translated label', () => {
    render(
      <EnumSelect
        label="Status"
        value=""
        onChange={() => {}}
        options={ENGAGEMENT_STATUSES}
        labelKey={(s) => `engagementStatus.${s}`}
        allLabel="Alla statusar"
      />
    )
    expect(screen.getByRole('combobox', { name: 'Status' })).toBeTruthy()
    expect(options()).toEqual([
      ['', 'Alla statusar'],
      ...ENGAGEMENT_STATUSES.map((s) => [s, i18n.t(`engagementStatus.${s}`)])
    ])
    // The labels are texts, never the keys themselves.
    expect(options().some(([, label]) => label?.startsWith('engagementStatus.'))).toBe(false)
    expect(options()[1]).toEqual(['lead', 'Intresse'])
  })

  it('translates into the chosen language', async () => {
    await i18n.changeLanguage('en')
    render(
      <EnumSelect
        label="Status"
        value="won"
        onChange={() => {}}
        options={['won', 'lost'] as const}
        labelKey={(s) => `engagementStatus.${s}`}
      />
    )
    expect(options().map(([, label]) => label)).toEqual([
      i18n.t('engagementStatus.won'),
      i18n.t('engagementStatus.lost')
    ])
    expect(i18n.t('engagementStatus.won')).not.toBe(i18n.t('engagementStatus.won', { lng: 'sv' }))
  })

  it('has no "all" option unless asked, and reports the chosen value', () => {
    const onChange = vi.fn()
    render(
      <EnumSelect
        label="Status"
        value="won"
        onChange={onChange}
        options={ENGAGEMENT_STATUSES}
        labelKey={(s) => `engagementStatus.${s}`}
      />
    )
    expect(options().map(([value]) => value)).toEqual([...ENGAGEMENT_STATUSES])
    fireEvent.change(screen.getByRole('combobox', { name: 'Status' }), { target: { value: 'lost' } })
    expect(onChange).toHaveBeenCalledWith('lost')
  })
})
