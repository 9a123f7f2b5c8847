/** The backups feature's public face: the settings slot and what main.tsx runs before the first query. */
export { BackupSettings } from './BackupSettings'
export { prepareDatabase } from './start'
