import { useTranslation } from 'react-i18next'
import { SPREADSHEET_FORMATS } from '@shared/ipc/spreadsheets'
import type { SheetKind } from '@shared/spreadsheet-sheets'
import { classNames } from '@renderer/lib/class-names'
import { MenuButton, type MenuItem } from '@renderer/ui'
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
  const what = t(`spreadsheets.sheet.${sheet}`).toLocaleLowerCase()
  // One item per sheet and format; with one sheet the format alone names the item.
  const sheets = [sheet, ...related]
  const items: MenuItem[] = sheets.flatMap((kind) =>
    SPREADSHEET_FORMATS.map((format) => ({
      key: `${kind}-${format}`,
      onSelect: () => void run({ scope: 'list', sheet: kind, ids, format }),
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
}
