import type { Column } from './TableHead'

/**
 * A table's last column of one small button a row ("Ändra", "Återställ", "Ta bort"): its heading is read
 * out but not shown, and each button's accessible name says which row it acts on.
 */
export function buttonColumn<T, S extends string = string>({
  key,
  label,
  text,
  ariaLabel,
  onClick
}: {
  key: string
  /** The column's heading, read out only, translated. */
  label: string
  /** The button's visible text, translated. */
  text: string
  /** The button's accessible name for a row, e.g. "Ta bort rad 3". */
  ariaLabel: (row: T) => string
  onClick: (row: T) => void
}): Column<T, S> {
  return {
    key,
    label,
    labelHidden: true,
    render: (row) => (
      <button
        type="button"
        className="button button-secondary button-small"
        aria-label={ariaLabel(row)}
        onClick={() => onClick(row)}
      >
        {text}
      </button>
    )
  }
}
