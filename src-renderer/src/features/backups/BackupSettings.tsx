/** Backups, export and import settings, shown on the settings page. */
export function BackupSettings() {
  // Slot: the owning feature renders here; nothing to show until it does.
  return null
}
