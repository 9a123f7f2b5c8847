/** Small formatting helpers of the backups feature. */
import type { TFunction } from 'i18next'
import { formatDateTime, formatNumber } from '@shared/format'
import type { Language } from '@shared/settings'

/** A file size for people: "812 B", "14 kB", "3,2 MB". */
export function formatBytes(bytes: number, t: TFunction, lang: Language): string {
  if (bytes < 1024) return t('backups.size.b', { n: formatNumber(bytes, lang) })
  if (bytes < 1024 * 1024) return t('backups.size.kb', { n: formatNumber(Math.round(bytes / 1024), lang) })
  return t('backups.size.mb', { n: formatNumber(Math.round((bytes / (1024 * 1024)) * 10) / 10, lang, 1) })
}

/** Date and time of a backup, in the user's language. */
export function formatWhen(iso: string, lang: Language): string {
  return formatDateTime(iso, lang)
}

/** The message of an unknown error. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
