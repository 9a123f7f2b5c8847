/** The one hashing helper of the main process: attachments, archives and documents are named and checked by it. */
import { createHash } from 'node:crypto'

/** SHA-256 of bytes, lower-case hex. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}
