/**
 * What the user reads when a call to the main process fails: a sentence in the app's language for every kind of
 * failure, never the technical text of the other side ("ENOSPC: no space left on device, write …", "settings:set:
 * language: Invalid option"). The technical text stays on the error (PlatformError.detail) for the console.
 */
import { i18n } from '@renderer/i18n/i18n'
import type { PlatformErrorCode } from './api'

/** Node's file-system error codes that a user can act on, and the sentence each becomes. */
const FILE_ERRORS = {
  ENOSPC: 'diskFull',
  EDQUOT: 'diskFull',
  EACCES: 'noAccess',
  EPERM: 'noAccess',
  EROFS: 'readOnly',
  ENOENT: 'notFound',
  EBUSY: 'busy',
  EMFILE: 'busy',
  ETIMEDOUT: 'slow'
} as const

const BY_CODE: Record<Exclude<PlatformErrorCode, 'internal'>, string> = {
  'invalid-input': 'common.errors.invalidInput',
  'too-large': 'app.errors.tooLarge',
  forbidden: 'common.errors.forbidden',
  'unknown-channel': 'common.errors.versions',
  transport: 'common.errors.transport'
}

/** The i18n key of the sentence that says what went wrong with a call that failed with `code`. */
export function userMessageKey(code: PlatformErrorCode, technical: string): string {
  if (code !== 'internal') return BY_CODE[code]
  const errno = /\b(E[A-Z]{3,9})\b/.exec(technical)?.[1]
  if (errno && Object.hasOwn(FILE_ERRORS, errno))
    return `common.errors.${FILE_ERRORS[errno as keyof typeof FILE_ERRORS]}`
  return 'common.errors.internal'
}

/** The sentence for a failed call, in the app's current language. */
export function userMessage(code: PlatformErrorCode, technical: string): string {
  return i18n.t(userMessageKey(code, technical))
}
