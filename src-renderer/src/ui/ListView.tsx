import { memo, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { formatNumber } from '@shared/format'
import { useLanguage } from '@renderer/platform/use-language'
import { EmptyState } from './EmptyState'
import { SearchField } from './SearchField'
import { SelectField } from './SelectField'
import { oneOf, type ListParamsChange } from './use-list-params'

/** A drop-down filter of a list, kept in the address under `param`, with an "all" choice (value '') first. */
export type ListFilter = {
  param: string
  id: string
  /** The label, translated. */
  label: string
  options: readonly string[]
  /** An option's label, translated. */
  optionLabel: (option: string) => string
  allLabel: string
}

/**
 * A register's list (organisations, engagements): "Loading…", then the register's empty state when it
 * holds nothing, else the toolbar (search as you type, filters from the address, the main action),
 * "showing x of y" (read out politely) and the table of the matching rows, or "no match".
 */
export function ListView<T>({
  params,
  setParams,
  total,
  rows,
  search,
  filters,
  action,
  empty,
  children
}: {
  /** The list's parameters in the address: `q` is the search text, each filter's `param` its value. */
  params: Record<string, string> & { q: string }
  setParams: (patch: Record<string, string>, change?: ListParamsChange) => void
  /** How many rows the register holds; undefined while counting. */
  total: number | undefined
  /** The matching rows; undefined while they load. */
  rows: readonly T[] | undefined
  search: { id: string; placeholder: string }
  filters: readonly ListFilter[]
  action: ReactNode
  /** What the page shows when the register is empty (its EmptyState with the ways to fill it). */
  empty: ReactNode
  /** The table of the matching rows (at least one). */
  children: (rows: readonly T[]) => ReactNode
}) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  if (total === undefined) return <p>{t('app.loading')}</p>
  if (total === 0) return empty
  return (
    <>
      <div className="list-toolbar">
        <SearchField
          id={search.id}
          label={t('clients.list.search')}
          placeholder={search.placeholder}
          value={params.q}
          onChange={(q) => setParams({ q }, { typing: true })}
        />
        <ListFilters
          filters={filters}
          values={filters.map((filter) => oneOf(params[filter.param] ?? '', filter.options, ''))}
          setParams={setParams}
        />
        {action}
      </div>
      {/* data-search: the text the rows were found for, so a benchmark can tell when a key's results are shown. */}
      <p className="list-count" aria-live="polite" data-search={params.q}>
        {rows === undefined
          ? t('app.loading')
          : t('clients.list.showing', {
              shown: formatNumber(rows.length, language),
              total: formatNumber(total, language)
            })}
      </p>
      {rows === undefined ? null : rows.length > 0 ? (
        children(rows)
      ) : (
        <EmptyState message={t('clients.list.noMatch')} />
      )}
    </>
  )
}

/**
 * The list's drop-down filters, drawn again only when a filter's value or wording changes: a page renders again
 * with every key typed in its search box, and its `filters` are a new array each time, with new `optionLabel`
 * functions. Those translate the options, so they change only with the language, when the labels change too.
 */
const ListFilters = memo(
  function ListFilters({
    filters,
    values,
    setParams
  }: {
    filters: readonly ListFilter[]
    /** Each filter's value, in the filters' order. */
    values: readonly string[]
    setParams: (patch: Record<string, string>, change?: ListParamsChange) => void
  }) {
    return filters.map((filter, i) => (
      <SelectField
        key={filter.param}
        id={filter.id}
        label={filter.label}
        value={values[i] ?? ''}
        onChange={(event) => setParams({ [filter.param]: event.target.value })}
        emptyOption={filter.allLabel}
        options={filter.options.map((option) => ({ value: option, label: filter.optionLabel(option) }))}
      />
    ))
  },
  (a, b) =>
    a.values.length === b.values.length &&
    a.values.every((value, i) => value === b.values[i]) &&
    a.setParams === b.setParams &&
    a.filters.length === b.filters.length &&
    a.filters.every((f, i) => {
      const g = b.filters[i]!
      return (
        f.param === g.param &&
        f.id === g.id &&
        f.label === g.label &&
        f.options === g.options &&
        f.allLabel === g.allLabel
      )
    })
)
