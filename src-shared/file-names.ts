/**
 * Safe names for files that come from outside (attachments, imported archives) and the names of
 * backup files. Pure string logic, shared by main (which writes the files) and the renderer (which
 * shows the names).
 */

/** A SHA-256 in lower-case hex: the only way an attachment's file is named on disk. */
export const SHA256_PATTERN = /^[0-9a-f]{64}$/

/** Longest shown file name, in UTF-8 bytes (most file systems allow 255; room is left for suffixes). */
export const MAX_FILE_NAME_BYTES = 200

/** The name used when nothing of the original name survives. */
export const FALLBACK_FILE_NAME = 'bilaga'

// Windows refuses these as file names with or without an extension: CON, CON.txt, com1.pdf ...
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(\..*)?$/i
// Control characters (NUL included) and the characters Windows forbids in names; "/" and "\" are
// separators everywhere, so a name holding them could point into another folder.
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f<>:"/\\|?*]/g
/**
 * Characters a file name must not hold although they show nothing: the bidirectional marks, embeddings, overrides
 * and isolates (U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069), which make "gpj.exe" read as "exe.jpg"; zero-width
 * space, word joiner and invisible operators (U+200B, U+2060–U+2064); the byte-order mark (U+FEFF); soft hyphen
 * (U+00AD); the non-characters U+FFFE/U+FFFF; and lone surrogates, which no file system can store. Zero-width
 * (non-)joiners stay: emoji sequences and Persian need them.
 */
const INVISIBLE =
  /[\u00ad\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g
// Line and paragraph separators break a name over lines in a file list: they become a space.
const SEPARATORS = /[\u2028\u2029]/g

/** A name with the characters that show nothing (see INVISIBLE) taken out and line separators made spaces. */
export function removeInvisibleCharacters(name: string): string {
  return name.replace(INVISIBLE, '').replace(SEPARATORS, ' ')
}

/**
 * Makes a file name from outside safe to show and to use as one path segment: no separators,
 * no control characters or NUL, no leading dots ("..", hidden files), no trailing dots or spaces,
 * no Windows reserved device names, at most MAX_FILE_NAME_BYTES bytes with the extension kept.
 */
export function sanitizeFileName(raw: string): string {
  let name = removeInvisibleCharacters(String(raw).normalize('NFC')).replace(FORBIDDEN, '_')
  name = name.replace(/\s+/g, ' ').trim()
  // Leading dots: "..", "..." or ".bashrc"; trailing dots and spaces are dropped by Windows.
  name = name
    .replace(/^[.\s_]+(?=[^.\s_])/, '')
    .replace(/^[.\s]+$/, '')
    .replace(/[.\s]+$/, '')
  if (/^_*$/.test(name)) name = ''
  if (WINDOWS_RESERVED.test(name)) name = `_${name}`
  name = truncateKeepingExtension(name, MAX_FILE_NAME_BYTES)
  return name === '' ? FALLBACK_FILE_NAME : name
}

/** True when the name is what sanitizeFileName would make of it (so it can be used as is). */
export function isSafeFileName(name: string): boolean {
  return typeof name === 'string' && name.length > 0 && sanitizeFileName(name) === name
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length
}

/** Cuts a name to `maxBytes` UTF-8 bytes, keeping a short extension, never splitting a character. */
function truncateKeepingExtension(name: string, maxBytes: number): string {
  if (utf8Length(name) <= maxBytes) return name
  const dot = name.lastIndexOf('.')
  const ext = dot > 0 && name.length - dot <= 16 ? name.slice(dot) : ''
  const stem = ext ? name.slice(0, dot) : name
  let out = ''
  for (const char of stem) {
    if (utf8Length(out + char + ext) > maxBytes) break
    out += char
  }
  return (out.replace(/[.\s]+$/, '') || FALLBACK_FILE_NAME) + ext
}

// ---------- backup file names ----------

export const BACKUP_PREFIX = 'matbar-backup-'
export const PLAIN_EXTENSION = '.zip'
export const ENCRYPTED_EXTENSION = '.zip.enc'

/** Why a backup was written; kept in its name so the list can say so. */
export const BACKUP_REASONS = ['auto', 'manual', 'quit', 'before-restore', 'before-upgrade'] as const
export type BackupReason = (typeof BACKUP_REASONS)[number]

/** A backup's file name: matbar-backup-2026-05-04T08-00-00-000Z-auto.zip(.enc). */
export const BACKUP_NAME_PATTERN =
  /^matbar-backup-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-(auto|manual|quit|before-restore|before-upgrade)\.zip(\.enc)?$/

/** The file name of a backup written at `at`. */
export function backupFileName(at: Date, reason: BackupReason, encrypted: boolean): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-')
  return `${BACKUP_PREFIX}${stamp}-${reason}${encrypted ? ENCRYPTED_EXTENSION : PLAIN_EXTENSION}`
}

/** Reads a backup's time, reason and encryption from its name; null for any other file. */
export function parseBackupFileName(
  name: string
): { createdAt: Date; reason: BackupReason; encrypted: boolean } | null {
  const match = BACKUP_NAME_PATTERN.exec(name)
  if (!match) return null
  const [, stamp, reason, enc] = match
  const iso = stamp!.replace(/^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, '$1T$2:$3:$4.$5Z')
  const createdAt = new Date(iso)
  if (Number.isNaN(createdAt.getTime())) return null
  return { createdAt, reason: reason as BackupReason, encrypted: enc !== undefined }
}
