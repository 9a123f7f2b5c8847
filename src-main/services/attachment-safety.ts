/**
 * What keeps an attachment from running code: its name on disk must agree with its MIME type, only
 * documents and images are handed to the system to open (everything else is shown in its folder),
 * and on Windows every file written carries the mark of the web, so Office opens it in Protected
 * View and SmartScreen asks before anything runs. No `electron` import: unit-tested in Node.
 */
import { extname } from 'node:path'
import { writeFile } from 'node:fs/promises'

/**
 * The types "Öppna" hands to the system's app: documents and images whose usual apps do not run
 * code from the file without asking (Office opens marked files in Protected View). Anything else
 * (.exe, .bat, .cmd, .hta, .lnk, .js, .vbs, .msi, .scr, .command, .app, .html, .svg, macro-enabled
 * Office files, archives, ...) is shown in its folder instead.
 */
export const OPENABLE_EXTENSIONS: ReadonlySet<string> = new Set([
  '.pdf',
  '.docx',
  '.doc',
  '.xlsx',
  '.xls',
  '.pptx',
  '.ppt',
  '.odt',
  '.ods',
  '.odp',
  '.txt',
  '.csv',
  '.png',
  '.jpg',
  '.jpeg',
  '.gif',
  '.webp',
  '.heic',
  '.heif',
  '.bmp',
  '.tif',
  '.tiff'
])

/** True when the file's type is on the allow-list, so opening it with its app cannot run code. */
export function isOpenable(fileName: string): boolean {
  return OPENABLE_EXTENSIONS.has(extname(fileName).toLowerCase())
}

/**
 * The extensions each known MIME type may carry, including the variants browsers and operating
 * systems report (Windows reports a .csv as application/vnd.ms-excel when Excel is installed).
 */
const EXTENSIONS_OF_TYPE: Record<string, readonly string[]> = {
  'application/pdf': ['.pdf'],
  'application/x-pdf': ['.pdf'],
  'image/png': ['.png'],
  'image/jpeg': ['.jpg', '.jpeg', '.jpe', '.jfif'],
  'image/jpg': ['.jpg', '.jpeg'],
  'image/pjpeg': ['.jpg', '.jpeg', '.jfif'],
  'image/gif': ['.gif'],
  'image/webp': ['.webp'],
  'image/heic': ['.heic', '.heif'],
  'image/heif': ['.heic', '.heif'],
  'image/bmp': ['.bmp'],
  'image/tiff': ['.tif', '.tiff'],
  'text/plain': ['.txt', '.text', '.log', '.csv', '.md'],
  'text/csv': ['.csv'],
  'text/x-csv': ['.csv'],
  'application/csv': ['.csv'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['.pptx'],
  'application/msword': ['.doc', '.dot'],
  'application/vnd.ms-excel': ['.xls', '.xlt', '.csv'],
  'application/vnd.ms-powerpoint': ['.ppt', '.pps', '.pot'],
  'application/vnd.oasis.opendocument.text': ['.odt'],
  'application/vnd.oasis.opendocument.spreadsheet': ['.ods'],
  'application/vnd.oasis.opendocument.presentation': ['.odp']
}

/** 'Image/JPEG; charset=x' -> 'image/jpeg'. */
function normaliseType(mimeType: string): string {
  return mimeType.split(';')[0]!.trim().toLowerCase()
}

/**
 * False when the MIME type names a document or image type and the name's extension is not one of
 * that type's: a row saying application/pdf for "Offert-2026.pdf.exe". An empty or generic type
 * (application/octet-stream) claims nothing, nor does a type Mätbar does not know, and a name
 * without an extension cannot be opened as a program, so those agree.
 */
export function mimeTypeAgrees(fileName: string, mimeType: string): boolean {
  const type = normaliseType(mimeType)
  const allowed = EXTENSIONS_OF_TYPE[type]
  if (!allowed) return true
  const ext = extname(fileName).toLowerCase()
  return ext === '' || allowed.includes(ext)
}

/**
 * The Zone.Identifier stream Windows' Attachment Manager reads: zone 3 is the Internet zone, so
 * SmartScreen warns before a program runs and Office opens documents in Protected View.
 * HostUrl about:internet is what Windows itself writes for files that came from outside without a URL.
 */
export const ZONE_IDENTIFIER = '[ZoneTransfer]\r\nZoneId=3\r\nHostUrl=about:internet\r\n'

export type MarkOfTheWebOptions = {
  /** process.platform by default; tests pass 'win32' to see what would be written. */
  platform?: NodeJS.Platform
  /** Writes the alternate data stream; tests pass a recorder. */
  write?: (path: string, content: string) => Promise<void>
}

/**
 * Marks a file Mätbar wrote from outside data (an attachment added, uploaded or restored from an
 * archive) as coming from the Internet, by writing its Zone.Identifier alternate data stream.
 * Windows only: elsewhere a path with ':' would create a second file, so this does nothing. A file
 * system without alternate streams (FAT32, some network shares) cannot carry the mark: the error is
 * given back, never thrown, and the attachment stays stored.
 */
export async function markOfTheWeb(
  path: string,
  options: MarkOfTheWebOptions = {}
): Promise<'marked' | 'not-windows' | { error: string }> {
  if ((options.platform ?? process.platform) !== 'win32') return 'not-windows'
  const write = options.write ?? ((target, content) => writeFile(target, content, 'utf8'))
  try {
    await write(`${path}:Zone.Identifier`, ZONE_IDENTIFIER)
    return 'marked'
  } catch (error) {
    return { error: (error as Error).message }
  }
}
