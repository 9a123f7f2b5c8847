import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { contract, describeZodError } from '@shared/contract'
import { CHANNELS, methodName } from '@shared/ipc/channels'

const IPC_FOLDER = join(__dirname, '../../src-shared/ipc')

describe('contract', () => {
  it('has exactly one entry per channel name the preload knows', () => {
    expect(Object.keys(contract).sort()).toEqual([...CHANNELS].sort())
  })

  it('names every channel namespace:verb', () => {
    for (const channel of CHANNELS) expect(channel).toMatch(/^[a-z]+:[a-z][A-Za-z]*$/)
  })

  it('keeps the channel list free of any import (the sandboxed preload bundles it)', () => {
    const source = readFileSync(join(IPC_FOLDER, 'channels.ts'), 'utf8')
    expect(source).not.toMatch(/^\s*(import|export .* from)\b/m)
  })

  it('has one file per namespace in src-shared/ipc, each holding exactly the channels of its namespace', async () => {
    const namespaces = [...new Set(CHANNELS.map((c) => c.split(':')[0]!))].sort()
    const files = readdirSync(IPC_FOLDER).map((f) => f.replace(/\.ts$/, ''))
    expect(files.filter((f) => f !== 'channels' && f !== 'common').sort()).toEqual(namespaces)
    for (const namespace of namespaces) {
      const module = (await import(`../../src-shared/ipc/${namespace}.ts`)) as Record<string, unknown>
      const keys = Object.keys(module[`${namespace}Contract`] as object).sort()
      expect(keys, namespace).toEqual(CHANNELS.filter((c) => c.startsWith(`${namespace}:`)).sort())
    }
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
