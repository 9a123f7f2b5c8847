import { afterEach, describe, expect, it } from 'vitest'
import { i18n } from '@renderer/i18n/i18n'
import { createApi, PlatformError } from '@renderer/platform/api'
import { userMessage, userMessageKey } from '@renderer/platform/user-message'

describe('platform/user-message', () => {
  afterEach(async () => {
    await i18n.changeLanguage('sv')
  })

  describe('userMessageKey()', () => {
    it.each([
      [
        'internal',
        "ENOSPC: no space left on device, write '(data folder)/settings.json.tmp'",
        'common.errors.diskFull'
      ],
      ['internal', "EACCES: permission denied, open '…/backup.json'", 'common.errors.noAccess'],
      ['internal', 'EPERM: operation not permitted, rename', 'common.errors.noAccess'],
      ['internal', 'EROFS: read-only file system', 'common.errors.readOnly'],
      ['internal', "ENOENT: no such file or directory, open 'x.docx'", 'common.errors.notFound'],
      ['internal', 'EBUSY: resource busy or locked', 'common.errors.busy'],
      ['internal', 'Cannot read properties of undefined', 'common.errors.internal'],
      ['internal', 'EWEIRD: something new', 'common.errors.internal'],
      ['invalid-input', 'settings:set: language: Invalid option', 'common.errors.invalidInput'],
      ['too-large', 'Request body over 67108864 bytes', 'app.errors.tooLarge'],
      ['forbidden', 'Forbidden host or origin', 'common.errors.forbidden'],
      ['unknown-channel', 'Unknown channel: x:y', 'common.errors.versions'],
      ['transport', 'Failed to fetch', 'common.errors.transport']
    ] as const)('%s "%s" → %s', (code, technical, key) => {
      expect(userMessageKey(code, technical)).toBe(key)
    })
  })

  it('says every failure as a sentence in the app language, never the technical text', async () => {
    const api = createApi(async () => ({
      ok: false,
      error: { code: 'internal', message: "ENOSPC: no space left on device, write '(data folder)/settings.json'" }
    }))
    const error = (await api.settingsGet().catch((e: unknown) => e)) as PlatformError
    expect(error).toBeInstanceOf(PlatformError)
    expect(error.message).toBe('Det finns inte plats på disken. Frigör utrymme och försök igen.')
    expect(error.detail).toContain('ENOSPC')
    await i18n.changeLanguage('en')
    expect(userMessage('internal', 'ENOSPC')).toBe('There is no space left on the disk. Free some space and try again.')
    expect(userMessage('internal', 'boom')).not.toMatch(/[åäö]|boom/)
  })
})
