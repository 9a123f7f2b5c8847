import { describe, expect, it, vi } from 'vitest'
import { listSort, oneOf } from '@renderer/ui'

describe('oneOf()', () => {
  it('keeps an allowed value and replaces anything else by the fallback', () => {
    expect(oneOf('won', ['lead', 'won'] as const, '')).toBe('won')
    expect(oneOf('bogus', ['lead', 'won'] as const, '')).toBe('')
    expect(oneOf('', ['lead', 'won'] as const, 'lead')).toBe('lead')
  })
})

describe('listSort()', () => {
  const keys = ['name', 'kind'] as const

  it('reads the sort from the address, with the defaults for unknown columns and directions', () => {
    const set = vi.fn()
    expect(listSort({ sort: 'kind', dir: 'desc' }, set, keys, { sort: 'name', dir: 'asc' })).toMatchObject({
      sort: 'kind',
      direction: 'desc'
    })
    expect(listSort({ sort: 'x', dir: 'up' }, set, keys, { sort: 'name', dir: 'desc' })).toMatchObject({
      sort: 'name',
      direction: 'desc'
    })
  })

  it('sorts by a new column ascending, and turns the sorted column round', () => {
    const set = vi.fn()
    const { onSort } = listSort({ sort: 'name', dir: 'asc' }, set, keys, { sort: 'name', dir: 'asc' })
    onSort('kind')
    expect(set).toHaveBeenLastCalledWith({ sort: 'kind', dir: 'asc' })
    onSort('name')
    expect(set).toHaveBeenLastCalledWith({ sort: 'name', dir: 'desc' })
  })
})
