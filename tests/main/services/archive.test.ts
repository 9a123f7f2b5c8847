import { createHash } from 'node:crypto'
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { readArchive } from '@main/services/archive'

const sha = (data: Uint8Array) => createHash('sha256').update(data).digest('hex')
const portfolio = strToU8('{"format":"matbar-portfolio"}')

/**
 * Renames every entry called `from` to `to` (same length) in the local headers and the central
 * directory: fflate writes an object, so names that JavaScript keys cannot hold twice, or that an
 * object literal would treat specially, are made by patching the bytes afterwards.
 */
function rename(zip: Uint8Array, from: string, to: string): Uint8Array {
  const a = Buffer.from(from, 'utf8')
  const b = Buffer.from(to, 'utf8')
  if (a.length !== b.length) throw new Error('same length only')
  const out = Buffer.from(zip)
  let at = out.indexOf(a)
  let count = 0
  while (at !== -1) {
    b.copy(out, at)
    count++
    at = out.indexOf(a, at + a.length)
  }
  if (count === 0) throw new Error(`no entry ${from}`)
  return out
}

describe('services/archive readArchive(): entry names', () => {
  it('refuses a second portfolio.json instead of letting the last one win', () => {
    const zip = rename(
      zipSync({ 'portfolio.json': portfolio, 'portfolio.jsoX': strToU8('{"format":"hostile"}') }),
      'portfolio.jsoX',
      'portfolio.json'
    )
    const read = readArchive(zip)
    expect(read).toMatchObject({ ok: false, path: 'portfolio.json' })
    if (!read.ok) expect(read.message).toMatch(/twice/)
  })

  it('refuses a second manifest.json and the same attachment entry twice', () => {
    const data = strToU8('photo')
    const hash = sha(data)
    const manifest = rename(
      zipSync({ 'manifest.json': strToU8('{}'), 'manifest.jsoX': strToU8('{}'), 'portfolio.json': portfolio }),
      'manifest.jsoX',
      'manifest.json'
    )
    expect(readArchive(manifest)).toMatchObject({ ok: false, path: 'manifest.json' })
    const twice = rename(
      zipSync({
        'portfolio.json': portfolio,
        [`attachments/${hash}/a.jpg`]: data,
        [`attachments/${hash}/b.jpg`]: data
      }),
      'b.jpg',
      'a.jpg'
    )
    expect(readArchive(twice)).toMatchObject({ ok: false, path: `attachments/${hash}/a.jpg` })
  })

  it('refuses one attachment stored under two names', () => {
    const data = strToU8('photo')
    const hash = sha(data)
    const zip = zipSync({
      'portfolio.json': portfolio,
      [`attachments/${hash}/a.jpg`]: data,
      [`attachments/${hash}/b.jpg`]: data
    })
    const read = readArchive(zip)
    expect(read).toMatchObject({ ok: false, path: `attachments/${hash}/b.jpg` })
  })

  it.each(['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString'])(
    'refuses an entry named %s (it was silently dropped)',
    (name) => {
      const placeholder = 'x'.repeat(name.length)
      const zip = rename(
        zipSync({ 'portfolio.json': portfolio, [placeholder]: strToU8('{"polluted":true}') }),
        placeholder,
        name
      )
      const read = readArchive(zip)
      expect(read).toMatchObject({ ok: false, path: name })
      if (!read.ok) expect(read.message).toMatch(/unexpected entry/)
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    }
  )

  it.each([
    'attachments/__proto__',
    'attachments/other/',
    'Portfolio.json',
    'portfolio.json/',
    'manifest.json.bak',
    'attachments\\x.txt',
    '__MACOSX/portfolio.json'
  ])('refuses any other unexpected entry: %j', (name) => {
    const zip = zipSync({ 'portfolio.json': portfolio, [name]: strToU8('') })
    expect(readArchive(zip)).toMatchObject({ ok: false, path: name })
  })

  it('accepts the folder entries other zip tools add, and only empty ones', () => {
    const data = strToU8('photo')
    const hash = sha(data)
    const zip = zipSync({
      'portfolio.json': portfolio,
      'attachments/': new Uint8Array(0),
      [`attachments/${hash}/`]: new Uint8Array(0),
      [`attachments/${hash}/foto.jpg`]: data
    })
    const read = readArchive(zip)
    expect(read.ok).toBe(true)
    if (read.ok) expect(read.attachments.map((a) => a.name)).toEqual(['foto.jpg'])
    expect(readArchive(zipSync({ 'portfolio.json': portfolio, 'attachments/': strToU8('data') }))).toMatchObject({
      ok: false,
      path: 'attachments/'
    })
  })

  it('shows a hostile entry name without control characters and cut short', () => {
    const name = `evil\u0007${'a'.repeat(300)}`
    const read = readArchive(zipSync({ 'portfolio.json': portfolio, [name]: strToU8('') }))
    expect(read.ok).toBe(false)
    if (!read.ok) {
      expect(read.path).not.toMatch(/\u0007/)
      expect(read.path.length).toBeLessThanOrEqual(120)
    }
  })

  it('inflates nothing after the first refused entry', () => {
    // A refused name first, then a large entry: the large one is never inflated (fast, small).
    const big = new Uint8Array(100 * 1024 * 1024)
    const zip = zipSync({ 'other.txt': strToU8('x'), 'portfolio.json': big }, { level: 1 })
    const started = performance.now()
    expect(readArchive(zip)).toMatchObject({ ok: false, path: 'other.txt' })
    expect(performance.now() - started).toBeLessThan(300)
  })
})
