/** File sizes for people, shared by the backups list and the attachments. */
import type { TFunction } from 'i18next'
import { formatNumber } from '@shared/format'
import type { Language } from '@shared/settings'

/** A file size for people: "812 byte", "14 kB", "3,2 MB". */
export function formatBytes(bytes: number, t: TFunction, lang: Language): string {
  if (bytes < 1024) return t('backups.size.b', { n: formatNumber(bytes, lang) })
  if (bytes < 1024 * 1024) return t('backups.size.kb', { n: formatNumber(Math.round(bytes / 1024), lang) })
  return t('backups.size.mb', { n: formatNumber(Math.round((bytes / (1024 * 1024)) * 10) / 10, lang, 1) })
}
