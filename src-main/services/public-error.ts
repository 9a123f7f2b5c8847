/**
 * The message of a failed call as the renderer sees it: never an absolute path. Node's file errors
 * read "ENOENT: no such file or directory, open '/home/anna/.config/Mätbar/documents/x.docx'";
 * the renderer (and a page in the browser harness) learns nothing from the folder but where the
 * user's data lives and their account name. Paths are replaced by their last part, the data folder
 * by a word, and anything else that looks like an absolute path by an ellipsis.
 */
import { basename } from 'node:path'
import { homedir, tmpdir } from 'node:os'

const DATA_FOLDER_WORD = '(data folder)'
/** An absolute path at the start or after a space, quote, bracket, '=' or ':' (POSIX, Windows drive or UNC). */
const ABSOLUTE_PATH = /(^|[\s'"`(=:[])(?:[A-Za-z]:[\\/]|\\\\|\/)[^\s'"`)\]]*/g

export function publicErrorMessage(error: unknown, dataFolder: string): string {
  let message = error instanceof Error ? error.message : String(error)
  const known: string[] = []
  const withPaths = error as { path?: unknown; dest?: unknown } | null
  for (const value of [withPaths?.path, withPaths?.dest]) if (typeof value === 'string' && value) known.push(value)
  // Longest first, so a file inside the data folder keeps its own name rather than the folder's word.
  for (const path of known.sort((a, b) => b.length - a.length)) message = message.split(path).join(basename(path))
  for (const folder of [dataFolder, homedir(), tmpdir()].filter((f) => f.length > 1)) {
    message = message.split(folder).join(folder === dataFolder ? DATA_FOLDER_WORD : '…')
  }
  return message.replace(ABSOLUTE_PATH, (_match, before: string) => `${before}…`).slice(0, 1000)
}
