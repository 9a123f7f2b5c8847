/** The spreadsheets feature's public face: the list pages' "Exportera" menu and the settings page's portfolio panel. */
import './spreadsheets.css'

export { ExportMenu } from './ExportMenu'
export { PortfolioSpreadsheets } from './PortfolioSpreadsheets'
