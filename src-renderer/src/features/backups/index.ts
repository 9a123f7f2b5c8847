/** The backups feature's public face: the settings slot and what main.tsx runs before the first query. */
import { lazy } from 'react'
export { prepareDatabase } from './start'

// Slots of pages off the first screen: loaded with the page that shows them, not with the app's first screen
// (a static export here would put them, and all they import, in the first chunk: App imports this index).
export const BackupSettings = lazy(() => import('./BackupSettings').then((m) => ({ default: m.BackupSettings })))
