import { useEffect, useId, useState, type ReactNode } from 'react'
import { DataTable } from './DataTable'
import { FormSection, type FormDone } from './FormSection'
import { Section } from './Section'
import type { Column } from './TableHead'

/**
 * A section that is one table (a client's contacts, a person's workshops): the heading names both the
 * section and the table, and a section without rows says its empty line instead. With `add`, the
 * section's button opens a form for a new row above the table; once saved, the new row takes the focus
 * (its first link or button, else its row header) as soon as it is in the table.
 */
export function TableSection<T>({
  heading,
  rows,
  columns,
  rowKey,
  empty,
  compact,
  add,
  action
}: {
  heading: string
  /** The rows; undefined while they load. */
  rows: readonly T[] | undefined
  columns: readonly Column<T>[]
  /** A row's key; a row's id when not given. */
  rowKey?: (row: T) => string
  /** The line shown when there are no rows, translated; none for a table whose rows are fixed (e.g. one a status). */
  empty?: string
  /** Tighter rows, for figures on the overview. */
  compact?: boolean
  /** The "new" button, what is announced once a new row is saved, and the form. */
  add?: { label: string; saved: (row: T) => string; form: (done: FormDone<T>) => ReactNode }
  /** What goes beside the heading instead, e.g. a link to the page where a new row is made. */
  action?: ReactNode
}) {
  const headingId = useId()
  const [savedKey, setSavedKey] = useState<string | null>(null)
  useEffect(() => {
    if (savedKey === null || !rows) return
    const section = document.getElementById(headingId)?.closest('section')
    const row = section?.querySelector<HTMLElement>(`tr[data-row-key="${CSS.escape(savedKey)}"]`)
    if (!row) return
    setSavedKey(null)
    const control = row.querySelector<HTMLElement>('a[href], button:not(:disabled)')
    if (control) return control.focus()
    const header = row.querySelector<HTMLElement>('th')
    if (header) {
      header.tabIndex = -1
      header.focus()
    }
  }, [savedKey, rows, headingId])
  const table = (
    <DataTable labelledBy={headingId} rows={rows} columns={columns} rowKey={rowKey} empty={empty} compact={compact} />
  )
  if (!add) {
    return (
      <Section id={headingId} heading={heading} action={action}>
        {table}
      </Section>
    )
  }
  return (
    <FormSection
      id={headingId}
      heading={heading}
      openLabel={add.label}
      saved={add.saved}
      form={add.form}
      onSaved={(row) => setSavedKey(rowKey ? rowKey(row) : (row as { id: string }).id)}
    >
      {table}
    </FormSection>
  )
}
