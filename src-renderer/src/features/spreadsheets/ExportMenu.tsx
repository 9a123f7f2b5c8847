import { memo, useCallback, useLayoutEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { SPREADSHEET_FORMATS } from '@shared/ipc/spreadsheets'
import type { SheetKind } from '@shared/spreadsheet-sheets'
import { classNames } from '@renderer/lib/class-names'
import { MenuButton, type MenuItem } from '@renderer/ui'
import { useSpreadsheetRunner } from './commands'

/** No related sheets: one array for every render, so the memoised menu is not drawn again for a new `[]`. */
const NO_RELATED: readonly SheetKind[] = []

/**
 * "Exportera": a menu button offering the list as an Excel file or as CSV (WAI-ARIA menu button pattern: Enter,
 * Space or arrow down opens it, arrow keys move, Enter picks, Escape closes and returns focus to the button).
 * `ids` gives the ids of the rows the list shows, in its order; without it the whole table is exported. `related`
 * adds sheets of the same rows' children (the shown areas' measurements), each offered in both formats.
 * The shown rows change with every key typed in the list's search box, but their ids are needed only when an item
 * is picked: the menu calls the latest `ids` then (kept in a ref), so a keystroke neither maps 30 000 rows to their
 * ids nor draws the menu and its labels again.
 */
export function ExportMenu({
  ids,
  related = NO_RELATED,
  ...rest
}: {
  sheet: SheetKind
  /** The ids of the rows the list shows, in its order (called when an item is picked). */
  ids?: () => readonly string[] | undefined
  related?: readonly SheetKind[]
  /** Extra classes for its place on the page (toolbar-action in a list toolbar). */
  className?: string
}) {
  const latest = useRef(ids)
  useLayoutEffect(() => {
    latest.current = ids
  })
  const shownIds = useCallback(() => latest.current?.(), [])
  return <SheetMenu {...rest} related={related} shownIds={shownIds} />
}

const SheetMenu = memo(function SheetMenu({
  sheet,
  shownIds,
  related,
  className
}: {
  sheet: SheetKind
  shownIds: () => readonly string[] | undefined
  related: readonly SheetKind[]
  className?: string
}) {
  const { t } = useTranslation()
  const { run, busy, error } = useSpreadsheetRunner()
  const what = t(`spreadsheets.sheet.${sheet}`).toLocaleLowerCase()
  // One item per sheet and format; with one sheet the format alone names the item.
  const sheets = [sheet, ...related]
  const items: MenuItem[] = sheets.flatMap((kind) =>
    SPREADSHEET_FORMATS.map((format) => ({
      key: `${kind}-${format}`,
      onSelect: () => void run({ scope: 'list', sheet: kind, ids: shownIds(), format }),
      label:
        sheets.length === 1
          ? t(`spreadsheets.export.${format}`)
          : t('spreadsheets.export.sheetItem', {
              sheet: t(`spreadsheets.sheet.${kind}`),
              format: t(`spreadsheets.export.${format}`)
            })
    }))
  )

  return (
    <MenuButton
      className={classNames('export-menu', className)}
      label={t('spreadsheets.export.button')}
      buttonLabel={t('spreadsheets.export.buttonLabel', { what })}
      menuLabel={t('spreadsheets.export.buttonLabel', { what })}
      busy={busy}
      items={items}
    >
      {error && (
        <p role="alert" className="error-box export-menu-error">
          {error}
        </p>
      )}
    </MenuButton>
  )
})
