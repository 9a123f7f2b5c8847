/** The one hashing helper of the main process: attachments, archives and documents are named and checked by it. */
import { createHash } from 'node:crypto'

/** SHA-256 of bytes, lower-case hex. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** SHA-256 fed piece by piece (an archive entry as it is inflated); `digest()` gives lower-case hex. */
export function sha256Hasher(): { update: (bytes: Uint8Array) => void; digest: () => string } {
  const hash = createHash('sha256')
  return { update: (bytes) => void hash.update(bytes), digest: () => hash.digest('hex') }
}
