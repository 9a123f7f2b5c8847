import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { contract, describeZodError } from '@shared/contract'
import { CHANNELS, methodName } from '@shared/channels'

describe('contract', () => {
  it('has exactly one entry per channel name the preload knows', () => {
    expect(Object.keys(contract).sort()).toEqual([...CHANNELS].sort())
  })

  it('names every channel namespace:verb', () => {
    for (const channel of CHANNELS) expect(channel).toMatch(/^[a-z]+:[a-z][A-Za-z]*$/)
  })

  describe('methodName()', () => {
    it('turns namespace:verb into namespaceVerb, unique per channel', () => {
      expect(methodName('settings:get')).toBe('settingsGet')
      expect(methodName('app:info')).toBe('appInfo')
      const names = CHANNELS.map(methodName)
      expect(new Set(names).size).toBe(names.length)
    })
  })

  describe('settings:set input', () => {
    it.each([[{ language: 'fr' }], [{ language: 'sv', extra: 1 }], ['sv'], [null]])('refuses %j', (input) => {
      expect(contract['settings:set'].input.safeParse(input).success).toBe(false)
    })
    it('accepts a partial patch', () => {
      expect(contract['settings:set'].input.parse({ language: 'en' })).toEqual({ language: 'en' })
    })
  })

  describe('describeZodError()', () => {
    it('names the path of each issue', () => {
      const result = z.strictObject({ a: z.object({ b: z.number() }) }).safeParse({ a: { b: 'x' } })
      expect(result.success).toBe(false)
      if (!result.success) expect(describeZodError(result.error)).toMatch(/^a\.b: /)
    })
  })
})
