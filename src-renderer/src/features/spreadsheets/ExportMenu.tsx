import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { SPREADSHEET_FORMATS, type SpreadsheetFormat } from '@shared/ipc/spreadsheets'
import type { SheetKind } from '@shared/spreadsheet-sheets'
import { useSpreadsheetRunner } from './commands'

/**
 * "Exportera": a menu button offering the list as an Excel file or as CSV (WAI-ARIA menu button pattern: Enter,
 * Space or arrow down opens it, arrow keys move, Enter picks, Escape closes and returns focus to the button).
 * `ids` are the rows the list shows, in its order; without them the whole table is exported. `related` adds
 * sheets of the same rows' children (the shown areas' measurements), each offered in both formats.
 */
export function ExportMenu({
  sheet,
  ids,
  related = [],
  className
}: {
  sheet: SheetKind
  ids?: readonly string[]
  related?: readonly SheetKind[]
  /** Extra classes for its place on the page (toolbar-action in a list toolbar). */
  className?: string
}) {
  const { t } = useTranslation()
  const { run, busy, error } = useSpreadsheetRunner()
  const [open, setOpen] = useState(false)
  const menuId = useId()
  const rootRef = useRef<HTMLDivElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const itemsRef = useRef<(HTMLButtonElement | null)[]>([])
  const what = t(`spreadsheets.sheet.${sheet}`).toLocaleLowerCase()
  // One item per sheet and format; with one sheet the format alone names the item.
  const sheets = [sheet, ...related]
  const items = sheets.flatMap((kind) =>
    SPREADSHEET_FORMATS.map((format) => ({
      kind,
      format,
      label:
        sheets.length === 1
          ? t(`spreadsheets.export.${format}`)
          : t('spreadsheets.export.sheetItem', {
              sheet: t(`spreadsheets.sheet.${kind}`),
              format: t(`spreadsheets.export.${format}`)
            })
    }))
  )

  useEffect(() => {
    if (open) itemsRef.current[0]?.focus()
  }, [open])

  useEffect(() => {
    if (!open) return
    const close = (event: MouseEvent) => {
      if (!(event.target instanceof Node) || !rootRef.current?.contains(event.target)) setOpen(false)
    }
    document.addEventListener('mousedown', close)
    return () => document.removeEventListener('mousedown', close)
  }, [open])

  const onMenuKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const items = itemsRef.current.filter((el): el is HTMLButtonElement => el !== null)
    const index = items.indexOf(document.activeElement as HTMLButtonElement)
    const focusAt = (i: number) => items[(i + items.length) % items.length]?.focus()
    if (event.key === 'ArrowDown') focusAt(index + 1)
    else if (event.key === 'ArrowUp') focusAt(index - 1)
    else if (event.key === 'Home') focusAt(0)
    else if (event.key === 'End') focusAt(items.length - 1)
    else if (event.key === 'Escape' || event.key === 'Tab') {
      setOpen(false)
      if (event.key === 'Escape') buttonRef.current?.focus()
    } else return
    event.preventDefault()
    event.stopPropagation()
  }

  const pick = (kind: SheetKind, format: SpreadsheetFormat) => {
    setOpen(false)
    buttonRef.current?.focus()
    void run({ scope: 'list', sheet: kind, ids, format })
  }

  return (
    <div className={className ? `export-menu ${className}` : 'export-menu'} ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="button button-secondary"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={t('spreadsheets.export.buttonLabel', { what })}
        // aria-disabled, not disabled: a disabled button drops the keyboard focus the menu has just given back.
        aria-disabled={busy}
        onClick={() => {
          if (!busy) setOpen((o) => !o)
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !e.altKey && !busy) {
            e.preventDefault()
            setOpen(true)
          }
        }}
      >
        {t('spreadsheets.export.button')}
      </button>
      {open ? (
        <ul
          id={menuId}
          role="menu"
          className="export-menu-list"
          aria-label={t('spreadsheets.export.buttonLabel', { what })}
          onKeyDown={onMenuKey}
        >
          {items.map((item, i) => (
            <li key={`${item.kind}-${item.format}`} role="none">
              <button
                ref={(el) => {
                  itemsRef.current[i] = el
                }}
                type="button"
                role="menuitem"
                tabIndex={-1}
                onClick={() => pick(item.kind, item.format)}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {error && (
        <p role="alert" className="error-box export-menu-error">
          {error}
        </p>
      )}
    </div>
  )
}
