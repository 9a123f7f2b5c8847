import { createHash } from 'node:crypto'
import { crc32 } from 'node:zlib'
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { MAX_PORTFOLIO_ENTRY_BYTES, readArchive } from '@main/services/archive'
import { MAX_PORTFOLIO_TEXT_LENGTH } from '@shared/portfolio-file'
import { patchEntry, zerosDeflate, zipNative, zipWithDeflated } from './zip-bombs'

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
  it('refuses a second portfolio.json instead of letting the last one win', async () => {
    const zip = rename(
      zipSync({ 'portfolio.json': portfolio, 'portfolio.jsoX': strToU8('{"format":"hostile"}') }),
      'portfolio.jsoX',
      'portfolio.json'
    )
    const read = await readArchive(zip)
    expect(read).toMatchObject({ ok: false, path: 'portfolio.json' })
    if (!read.ok) expect(read.message).toMatch(/twice/)
  })

  it('refuses a second manifest.json and the same attachment entry twice', async () => {
    const data = strToU8('photo')
    const hash = sha(data)
    const manifest = rename(
      zipSync({ 'manifest.json': strToU8('{}'), 'manifest.jsoX': strToU8('{}'), 'portfolio.json': portfolio }),
      'manifest.jsoX',
      'manifest.json'
    )
    expect(await readArchive(manifest)).toMatchObject({ ok: false, path: 'manifest.json' })
    const twice = rename(
      zipSync({
        'portfolio.json': portfolio,
        [`attachments/${hash}/a.jpg`]: data,
        [`attachments/${hash}/b.jpg`]: data
      }),
      'b.jpg',
      'a.jpg'
    )
    expect(await readArchive(twice)).toMatchObject({ ok: false, path: `attachments/${hash}/a.jpg` })
  })

  it('refuses one attachment stored under two names', async () => {
    const data = strToU8('photo')
    const hash = sha(data)
    const zip = zipSync({
      'portfolio.json': portfolio,
      [`attachments/${hash}/a.jpg`]: data,
      [`attachments/${hash}/b.jpg`]: data
    })
    const read = await readArchive(zip)
    expect(read).toMatchObject({ ok: false, path: `attachments/${hash}/b.jpg` })
  })

  it.each(['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString'])(
    'refuses an entry named %s (it was silently dropped)',
    async (name) => {
      const placeholder = 'x'.repeat(name.length)
      const zip = rename(
        zipSync({ 'portfolio.json': portfolio, [placeholder]: strToU8('{"polluted":true}') }),
        placeholder,
        name
      )
      const read = await readArchive(zip)
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
  ])('refuses any other unexpected entry: %j', async (name) => {
    const zip = zipSync({ 'portfolio.json': portfolio, [name]: strToU8('') })
    expect(await readArchive(zip)).toMatchObject({ ok: false, path: name })
  })

  it('accepts the folder entries other zip tools add, and only empty ones', async () => {
    const data = strToU8('photo')
    const hash = sha(data)
    const zip = zipSync({
      'portfolio.json': portfolio,
      'attachments/': new Uint8Array(0),
      [`attachments/${hash}/`]: new Uint8Array(0),
      [`attachments/${hash}/foto.jpg`]: data
    })
    const read = await readArchive(zip)
    expect(read.ok).toBe(true)
    if (read.ok) expect(read.attachments.map((a) => a.name)).toEqual(['foto.jpg'])
    expect(await readArchive(zipSync({ 'portfolio.json': portfolio, 'attachments/': strToU8('data') }))).toMatchObject({
      ok: false,
      path: 'attachments/'
    })
  })

  it('shows a hostile entry name without control characters and cut short', async () => {
    const name = `evil\u0007${'a'.repeat(300)}`
    const read = await readArchive(zipSync({ 'portfolio.json': portfolio, [name]: strToU8('') }))
    expect(read.ok).toBe(false)
    if (!read.ok) {
      expect(read.path).not.toMatch(/\u0007/)
      expect(read.path.length).toBeLessThanOrEqual(120)
    }
  })

  it('inflates nothing after the first refused entry', async () => {
    // A refused name first, then a large entry: the large one is never inflated (fast, small).
    const big = new Uint8Array(100 * 1024 * 1024)
    const zip = zipNative({ 'other.txt': strToU8('x'), 'portfolio.json': big })
    const started = performance.now()
    expect(await readArchive(zip)).toMatchObject({ ok: false, path: 'other.txt' })
    expect(performance.now() - started).toBeLessThan(300)
  })
})

describe('services/archive readArchive(): zip bombs and damaged entries (issue 13 point 1)', () => {
  it('refuses an entry that declares 1 KiB but inflates to 8 GiB within seconds, memory bounded', async () => {
    const deflated = zerosDeflate(8)
    const hash = sha(Buffer.alloc(1024))
    const zip = zipWithDeflated(`attachments/${hash}/bomb.pdf`, deflated, 1024, crc32(Buffer.alloc(1024)))
    // The old reader (unzipSync) inflated all 8 GiB on the main thread, for minutes.
    const rssBefore = process.memoryUsage().rss
    const started = performance.now()
    const read = await readArchive(zip)
    const elapsed = performance.now() - started
    const rssGrowth = process.memoryUsage().rss - rssBefore
    console.log(
      `CPU bomb (${(zip.length / 1e6).toFixed(1)} MB, 8 GiB inside): refused in ${elapsed.toFixed(0)} ms, rss +${(rssGrowth / 1e6).toFixed(0)} MB`
    )
    expect(read).toMatchObject({ ok: false, code: 'entry-damaged', path: `attachments/${hash}/bomb.pdf` })
    if (!read.ok) expect(read.message).toMatch(/more than its header says/)
    expect(elapsed).toBeLessThan(10_000)
    expect(rssGrowth).toBeLessThan(300 * 1024 * 1024)
  }, 60_000)

  it('refuses an honest bomb (true sizes beyond the caps) before inflating anything', async () => {
    // 4 GiB of zeros would be 4 GiB of memory; the declared size is over the attachment limit.
    const deflated = zerosDeflate(1)
    const size = 1024 * 1024 * 1024
    const hash = '0'.repeat(64)
    const zip = zipWithDeflated(`attachments/${hash}/bomb.pdf`, deflated, size, 0)
    const started = performance.now()
    const read = await readArchive(zip)
    const elapsed = performance.now() - started
    console.log(`honest bomb (${(zip.length / 1e6).toFixed(1)} MB, 1 GiB inside): refused in ${elapsed.toFixed(0)} ms`)
    expect(read).toMatchObject({ ok: false, code: 'too-large' })
    expect(elapsed).toBeLessThan(500)
  }, 60_000)

  it('refuses honest entries within their own caps whose sum is far beyond what the archive could hold', async () => {
    // 8 attachments of 40 MiB of zeros (true sizes, each under the 45 MB limit): 320 MiB from 320 KB.
    const files: Record<string, Uint8Array> = { 'portfolio.json': portfolio }
    const zeros = new Uint8Array(40 * 1024 * 1024)
    for (let i = 0; i < 8; i++) files[`attachments/${'0'.repeat(63)}${i}/z.bin`] = zeros
    const zip = zipNative(files)
    const started = performance.now()
    const read = await readArchive(zip)
    expect(read).toMatchObject({ ok: false, code: 'too-large' })
    expect(performance.now() - started).toBeLessThan(500)
  }, 60_000)

  it('keeps the event loop turning while a large valid archive is inflated', async () => {
    const text = `{"format":"matbar-portfolio","pad":"${' '.repeat(100 * 1024 * 1024)}"}`
    const zip = zipNative({ 'portfolio.json': Buffer.from(text, 'utf8') })
    let last = performance.now()
    let longestGap = 0
    let ticks = 0
    const ticker = setInterval(() => {
      const now = performance.now()
      longestGap = Math.max(longestGap, now - last)
      last = now
      ticks++
    }, 5)
    const started = performance.now()
    const read = await readArchive(zip)
    const elapsed = performance.now() - started
    clearInterval(ticker)
    longestGap = Math.max(longestGap, performance.now() - last)
    console.log(
      `100 MB portfolio: read in ${elapsed.toFixed(0)} ms, ${ticks} timer ticks, longest gap ${longestGap.toFixed(0)} ms`
    )
    expect(read.ok).toBe(true)
    if (read.ok) expect(read.text.length).toBe(text.length)
    // unzipSync held the thread for the whole inflate; now timers run between chunks.
    expect(ticks).toBeGreaterThan(3)
  }, 60_000)

  it('refuses a portfolio entry larger than the largest valid portfolio', async () => {
    const zip = patchEntry(zipSync({ 'portfolio.json': portfolio }), 'portfolio.json', 'size', 0xfffffff0)
    expect(await readArchive(zip)).toMatchObject({ ok: false, code: 'too-large', path: 'portfolio.json' })
    expect(MAX_PORTFOLIO_ENTRY_BYTES).toBe(MAX_PORTFOLIO_TEXT_LENGTH * 3)
  })

  it('refuses a wrong CRC-32, deflated or stored', async () => {
    const deflated = zipSync({
      'portfolio.json': strToU8('{"format":"matbar-portfolio","x":"' + 'a'.repeat(1000) + '"}')
    })
    expect(await readArchive(deflated)).toMatchObject({ ok: true })
    const bad = patchEntry(deflated, 'portfolio.json', 'crc', 0x12345678)
    expect(await readArchive(bad)).toMatchObject({ ok: false, code: 'entry-damaged', path: 'portfolio.json' })
    const stored = patchEntry(zipSync({ 'portfolio.json': portfolio }, { level: 0 }), 'portfolio.json', 'crc', 1)
    const read = await readArchive(stored)
    expect(read).toMatchObject({ ok: false, code: 'entry-damaged' })
    if (!read.ok) expect(read.message).toMatch(/CRC-32/)
  })

  it('refuses an entry shorter than its declared size', async () => {
    const zip = zipSync({ 'portfolio.json': strToU8('{"format":"matbar-portfolio","x":"' + 'a'.repeat(1000) + '"}') })
    const read = await readArchive(patchEntry(zip, 'portfolio.json', 'size', 5000))
    expect(read).toMatchObject({ ok: false, code: 'entry-damaged' })
    if (!read.ok) expect(read.message).toMatch(/shorter/)
  })

  it('gives up when the time budget is spent', async () => {
    // A true 40 MiB entry (within every cap) and a budget of 1 ms.
    const zip = zipNative({ 'portfolio.json': new Uint8Array(40 * 1024 * 1024).fill(0x20) })
    const read = await readArchive(zip, { timeBudgetMs: 1 })
    expect(read).toMatchObject({ ok: false, code: 'too-slow' })
  })

  it('refuses what is not a whole zip file', async () => {
    const zip = zipSync({ 'portfolio.json': portfolio })
    expect(await readArchive(zip.subarray(0, zip.length - 10))).toMatchObject({ ok: false, code: 'not-zip' })
    expect(await readArchive(strToU8('PK\u0003\u0004 not really'))).toMatchObject({ ok: false, code: 'not-zip' })
  })
})
