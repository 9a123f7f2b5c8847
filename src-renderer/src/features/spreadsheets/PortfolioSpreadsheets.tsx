import { useTranslation } from 'react-i18next'
import { SPREADSHEET_FORMATS } from '@shared/ipc/spreadsheets'
import { useSpreadsheetRunner } from './commands'

/** Inställningar → Kalkylark: the whole portfolio as one .xlsx (a sheet per table) or as CSV files in a .zip. */
export function PortfolioSpreadsheets() {
  const { t } = useTranslation()
  const { run, busy, error } = useSpreadsheetRunner()
  return (
    <section aria-labelledby="spreadsheets-heading" className="panel spreadsheets-panel">
      <h2 id="spreadsheets-heading">{t('spreadsheets.portfolio.heading')}</h2>
      <p className="help">{t('spreadsheets.portfolio.lead')}</p>
      <div className="button-row">
        {SPREADSHEET_FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            className="button button-secondary"
            // aria-disabled, not disabled: a disabled button would drop the keyboard focus while the file is made.
            aria-disabled={busy}
            onClick={() => {
              if (!busy) void run({ scope: 'portfolio', format })
            }}
          >
            {t(`spreadsheets.portfolio.${format}`)}
          </button>
        ))}
      </div>
      {error && (
        <p role="alert" className="error-box">
          {error}
        </p>
      )}
    </section>
  )
}
