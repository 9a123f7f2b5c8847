/**
 * Whether a backup folder is one others may read: a folder a cloud client synchronises, or any folder
 * the user chose. Clear backups there carry the whole portfolio (personal data included) to every
 * device and person the folder reaches, so the settings page warns while encryption is off.
 * Pure string logic on the path main reports; nothing here touches the disk.
 */

/** The sync clients recognised by a folder name in the path; 'other' is the macOS CloudStorage folder. */
export const SYNC_SERVICES = [
  'OneDrive',
  'Dropbox',
  'Google Drive',
  'iCloud Drive',
  'Nextcloud',
  'Box',
  'other'
] as const
export type SyncService = (typeof SYNC_SERVICES)[number]

// Each tested against one path segment, lower-cased. The clients name their folders so on Windows,
// macOS and Linux: "OneDrive - Norrviks kommun", "Dropbox (Personal)", "Google Drive" or G:\My Drive
// ("Min enhet" in Swedish), ~/Library/Mobile Documents/com~apple~CloudDocs, iCloudDrive on Windows,
// "Nextcloud", "Box" or "Box Sync", and macOS's File Provider folders ~/Library/CloudStorage/<Client>-<account>.
const SEGMENT_RULES: ReadonlyArray<readonly [RegExp, SyncService]> = [
  [/^onedrive(\b|_)/, 'OneDrive'],
  [/^dropbox(\b|_)/, 'Dropbox'],
  [/^(google ?drive|googledrive-.*|my drive|min enhet)$/, 'Google Drive'],
  [/^(mobile documents|com~apple~clouddocs|icloud ?drive)$/, 'iCloud Drive'],
  [/^nextcloud(\b|_)/, 'Nextcloud'],
  [/^(box|box sync|box-.*)$/, 'Box']
]

/** The sync client whose folder `path` lies in (matched on whole path segments, any case), or null. */
export function syncServiceOf(path: string): SyncService | null {
  const segments = path
    .split(/[\\/]+/)
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)
  for (const segment of segments) for (const [rule, service] of SEGMENT_RULES) if (rule.test(segment)) return service
  return segments.includes('cloudstorage') ? 'other' : null
}

/** Why clear backups in this folder may be read by others; null for the app's own default folder outside any sync client. */
export type FolderExposure = { kind: 'synced'; service: SyncService } | { kind: 'custom' } | null

/** How exposed a backup folder is: synced (named client) before custom (any folder the user chose). */
export function folderExposure(folder: string, isDefaultFolder: boolean): FolderExposure {
  const service = syncServiceOf(folder)
  if (service) return { kind: 'synced', service }
  return isDefaultFolder ? null : { kind: 'custom' }
}
