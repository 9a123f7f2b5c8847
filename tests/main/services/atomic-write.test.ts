import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeFileAtomic } from '@main/services/atomic-write'

describe('services/atomic-write', () => {
  describe('writeFileAtomic()', () => {
    let dir: string
    beforeEach(async () => {
      dir = await mkdtemp(join(tmpdir(), 'matbar-atomic-'))
    })
    afterEach(async () => {
      await rm(dir, { recursive: true, force: true })
    })

    it('writes text and bytes', async () => {
      await writeFileAtomic(join(dir, 'a.txt'), 'hej på dig')
      await writeFileAtomic(join(dir, 'b.bin'), new Uint8Array([0, 1, 255]))
      expect(await readFile(join(dir, 'a.txt'), 'utf8')).toBe('hej på dig')
      expect([...(await readFile(join(dir, 'b.bin')))]).toEqual([0, 1, 255])
    })

    it('replaces an existing file and leaves no temp file behind', async () => {
      const file = join(dir, 'settings.json')
      await writeFile(file, 'old content that is longer than the new one')
      await writeFileAtomic(file, 'new')
      expect(await readFile(file, 'utf8')).toBe('new')
      expect(await readdir(dir)).toEqual(['settings.json'])
    })

    it('creates missing folders', async () => {
      const file = join(dir, 'x', 'y', 'z.txt')
      await writeFileAtomic(file, 'deep')
      expect(await readFile(file, 'utf8')).toBe('deep')
    })

    it.skipIf(process.platform === 'win32')('creates the file readable by its owner only', async () => {
      const file = join(dir, 'private.json')
      await writeFileAtomic(file, '{}')
      expect((await stat(file)).mode & 0o777).toBe(0o600)
    })

    it('throws, cleans up its temp file and keeps the target when the rename fails', async () => {
      const target = join(dir, 'occupied')
      await mkdir(join(target, 'child'), { recursive: true })
      await expect(writeFileAtomic(target, 'data')).rejects.toThrow()
      expect(await readdir(dir)).toEqual(['occupied'])
      expect(await readdir(target)).toEqual(['child'])
    })

    it('leaves one complete version when writes race', async () => {
      const file = join(dir, 'race.txt')
      const versions = Array.from({ length: 20 }, (_, i) => `version ${i} `.repeat(2000))
      await Promise.all(versions.map((v) => writeFileAtomic(file, v)))
      expect(versions).toContain(await readFile(file, 'utf8'))
      expect(await readdir(dir)).toEqual(['race.txt'])
    })
  })
})
