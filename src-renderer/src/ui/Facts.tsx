import { Fragment, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/** One fact of a row: its term and its value; an empty value (null, '', false) reads "Ej angivet". */
export type Fact = {
  term: string
  value: ReactNode
  /** Text typed on several lines (notes, an address) keeps its line breaks. */
  preLine?: boolean
}

/** A row's facts as a definition list (the details of an organisation, an engagement, a person). */
export function Facts({ items }: { items: readonly Fact[] }) {
  const { t } = useTranslation()
  return (
    <dl className="facts">
      {items.map(({ term, value, preLine }) => (
        <Fragment key={term}>
          <dt>{term}</dt>
          <dd className={preLine ? 'pre-line' : undefined}>
            {value === null || value === undefined || value === '' || value === false ? t('common.notGiven') : value}
          </dd>
        </Fragment>
      ))}
    </dl>
  )
}
