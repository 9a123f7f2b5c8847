/**
 * The walk of a file read in windows (issue 15, point 2) against the walk of session 5 over the whole
 * buffer, kept here as the reference: for random portfolios, formatted and broken in random ways, and
 * cut into random windows (inside strings, escapes, keys, multi-byte characters, the byte-order mark),
 * the envelope and the pieces are exactly the same, or both walks say null. splitPortfolioFile reads a
 * file from disk in windows and gives the same.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPortfolioSplitter, splitPortfolioFile } from '@main/services/portfolio-split'
import type { PortfolioPiece, SplitPortfolio } from '@main/services/portfolio-split'

type RefSplit = { envelope: Uint8Array; pieces: PortfolioPiece[] }

// ---- The reference: splitPortfolio as it was before the windowed walk (commit edcf328), unchanged. ----
const QUOTE = 0x22
const BACKSLASH = 0x5c

function isSpace(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09
}

/** Walks the file's top two levels; null when it is not shaped like a portfolio file. */
function referenceSplit(bytes: Uint8Array, pieceBytes: number): RefSplit | null {
  const n = bytes.length
  let i = 0
  const ws = () => {
    while (i < n && isSpace(bytes[i])) i++
  }
  /** Index just past the string starting at `at` (a quote), or -1. */
  const endOfString = (at: number): number => {
    for (let j = at + 1; j < n; j++) {
      const b = bytes[j]
      if (b === BACKSLASH) j++
      else if (b === QUOTE) return j + 1
    }
    return -1
  }
  /** Index just past the value starting at `at`, or -1 (only brackets and strings are followed). */
  const endOfValue = (at: number): number => {
    const b = bytes[at]
    if (b === QUOTE) return endOfString(at)
    if (b === 0x7b || b === 0x5b) {
      let depth = 0
      for (let j = at; j < n; j++) {
        const c = bytes[j]
        if (c === QUOTE) {
          j = endOfString(j) - 1
          if (j < 0) return -1
        } else if (c === 0x7b || c === 0x5b) depth++
        else if (c === 0x7d || c === 0x5d) {
          depth--
          if (depth === 0) return j + 1
        }
      }
      return -1
    }
    let j = at
    while (j < n && !isSpace(bytes[j]) && bytes[j] !== 0x2c && bytes[j] !== 0x7d && bytes[j] !== 0x5d) j++
    return j > at ? j : -1
  }
  const keyAt = (at: number, end: number): string | null => {
    try {
      const key: unknown = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset + at, end - at).toString('utf8'))
      return typeof key === 'string' ? key : null
    } catch {
      return null
    }
  }

  // A byte-order mark is left out, as parsePortfolioFile does.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3
  ws()
  if (bytes[i] !== 0x7b) return null
  const kept: Array<[number, number]> = []
  let keepFrom = i
  const pieces: PortfolioPiece[] = []
  let sawTables = false
  i++
  for (;;) {
    ws()
    if (bytes[i] === 0x7d) {
      i++
      break
    }
    if (bytes[i] !== QUOTE) return null
    const keyEnd = endOfString(i)
    if (keyEnd < 0) return null
    const key = keyAt(i, keyEnd)
    i = keyEnd
    ws()
    if (bytes[i] !== 0x3a) return null
    i++
    ws()
    if (key === 'tables' && bytes[i] === 0x7b) {
      if (sawTables) return null
      sawTables = true
      i++
      const names = new Set<string>()
      for (;;) {
        ws()
        if (bytes[i] === 0x7d) {
          i++
          break
        }
        if (bytes[i] !== QUOTE) return null
        const nameEnd = endOfString(i)
        if (nameEnd < 0) return null
        const name = keyAt(i, nameEnd)
        if (name === null || names.has(name)) return null
        names.add(name)
        i = nameEnd
        ws()
        if (bytes[i] !== 0x3a) return null
        i++
        ws()
        if (bytes[i] === 0x5b) {
          // The rows: the envelope keeps "[" and "]", the pieces take what lies between.
          i++
          kept.push([keepFrom, i])
          ws()
          let index = 0
          let piece: PortfolioPiece | null = null
          if (bytes[i] !== 0x5d) {
            for (;;) {
              ws()
              const start = i
              const end = endOfValue(i)
              if (end < 0) return null
              if (piece === null) piece = { table: name, first: index, start, end }
              else piece.end = end
              index++
              if (piece.end - piece.start >= pieceBytes) {
                pieces.push(piece)
                piece = null
              }
              i = end
              ws()
              if (bytes[i] === 0x2c) i++
              else if (bytes[i] === 0x5d) break
              else return null
            }
          }
          if (piece) pieces.push(piece)
          keepFrom = i
          i++
        } else {
          const end = endOfValue(i)
          if (end < 0) return null
          i = end
        }
        ws()
        if (bytes[i] === 0x2c) i++
        else if (bytes[i] !== 0x7d) return null
      }
    } else {
      const end = endOfValue(i)
      if (end < 0) return null
      i = end
    }
    ws()
    if (bytes[i] === 0x2c) i++
    else if (bytes[i] !== 0x7d) return null
  }
  ws()
  if (i !== n || !sawTables) return null
  kept.push([keepFrom, n])
  let length = 0
  for (const [a, b] of kept) length += b - a
  const envelope = new Uint8Array(length)
  let at = 0
  for (const [a, b] of kept) {
    envelope.set(bytes.subarray(a, b), at)
    at += b - a
  }
  return { envelope, pieces }
}
// ---- end of the reference ----

function splitInWindows(bytes: Uint8Array, pieceBytes: number, cuts: number[]): SplitPortfolio | null {
  const splitter = createPortfolioSplitter(pieceBytes)
  let at = 0
  for (const cut of [...cuts.filter((c) => c > 0 && c < bytes.length)].sort((a, b) => a - b)) {
    // Each window in a buffer of its own that is overwritten after the push, as a reused read buffer is.
    const window = Buffer.from(bytes.slice(at, cut))
    splitter.push(window)
    window.fill(0x21)
    at = cut
  }
  splitter.push(Buffer.from(bytes.slice(at)))
  return splitter.end()
}

const text = fc.oneof(
  fc.string(),
  fc.constantFrom('a ] } [ { "q" \\ ,', '\\"]', 'åäö ÅÄÖ é', '😀 emoji', '\u0000\u001f', '"', '\\', '{[', ''),
  fc.string({ unit: 'grapheme' })
)
const scalar = fc.oneof(
  text,
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null)
)
const { row } = fc.letrec((tie) => ({
  row: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('row'), { maxLength: 4 }),
    fc.dictionary(text, tie('row'), { maxKeys: 4 })
  )
}))
const portfolio = fc.record({
  before: fc.dictionary(fc.string(), scalar, { maxKeys: 3 }),
  tables: fc.dictionary(
    fc.oneof(fc.constantFrom('areas', 'organisations', 'tables', 'a"b', 'å'), fc.string()),
    fc.oneof(fc.array(row, { maxLength: 12 }), scalar),
    { maxKeys: 5 }
  ),
  after: fc.dictionary(fc.string(), row, { maxKeys: 2 })
})

/** The portfolio as text, "tables" among the other keys, compact or indented. */
function render(p: { before: object; tables: object; after: object }, indent: number, bom: boolean): string {
  const body = JSON.stringify({ ...p.before, tables: p.tables, ...p.after }, null, indent)
  return (bom ? '\uFEFF' : '') + body
}

const encode = (s: string) => new TextEncoder().encode(s)
const same = (a: RefSplit | null, b: SplitPortfolio | null) => {
  expect(b === null).toBe(a === null)
  if (a && b) {
    expect(Buffer.from(b.envelope).toString('latin1')).toBe(Buffer.from(a.envelope).toString('latin1'))
    expect(b.pieces).toEqual(a.pieces)
  }
}

describe('createPortfolioSplitter() in windows', () => {
  it('gives exactly the pieces and envelope of the whole-buffer walk, wherever the windows cut', () => {
    fc.assert(
      fc.property(
        portfolio,
        fc.constantFrom(0, 1, 2),
        fc.boolean(),
        fc.integer({ min: 1, max: 400 }),
        fc.array(fc.nat({ max: 4000 }), { maxLength: 30 }),
        (p, indent, bom, pieceBytes, cuts) => {
          const bytes = encode(render(p, indent, bom))
          same(referenceSplit(bytes, pieceBytes), splitInWindows(bytes, pieceBytes, cuts))
        }
      ),
      { numRuns: 400 }
    )
  })

  it('says null exactly when the whole-buffer walk does, for files broken at any byte', () => {
    fc.assert(
      fc.property(
        portfolio,
        fc.nat(),
        fc.constantFrom('', ',', ']', '}', '"', '\\', ' ', '[', '{', 'x', '\u00e5', ':', '\uFEFF'),
        fc.boolean(),
        fc.array(fc.nat({ max: 4000 }), { maxLength: 20 }),
        (p, where, insert, cutHere, cuts) => {
          const whole = render(p, 0, false)
          const at = where % (whole.length + 1)
          // Either a character inserted at a random place, or the text cut off there.
          const broken = cutHere ? whole.slice(0, at) : whole.slice(0, at) + insert + whole.slice(at)
          const bytes = encode(broken)
          same(referenceSplit(bytes, 50), splitInWindows(bytes, 50, cuts))
        }
      ),
      { numRuns: 600 }
    )
  })

  it('cuts every window size through one file, byte by byte included', () => {
    const bytes = encode(
      '\uFEFF {"format":"x", "a\\"b":{"tables":1}, "tables" : { "areas" : [ {"t":"a ] } [ { \\"q\\" \\\\ ,"} , "\\"]", [1,[2]], -1.5e3 , true, null ], "empty":[], "n":3, "å\\u00e5":[ "😀" ] }, "after":[1] } \n'
    )
    const reference = referenceSplit(bytes, 10)
    expect(reference).not.toBeNull()
    for (let size = 1; size <= bytes.length; size++) {
      const cuts: number[] = []
      for (let at = size; at < bytes.length; at += size) cuts.push(at)
      same(reference, splitInWindows(bytes, 10, cuts))
    }
  })

  it('gives up once the envelope passes its limit (the caller then refuses or reads the file whole)', () => {
    const big = encode(JSON.stringify({ note: 'x'.repeat(5000), tables: { areas: [1, 2] } }))
    expect(createPortfolioSplitter(10).push(big)).toBe(true)
    const limited = createPortfolioSplitter(10, 1000)
    expect(limited.push(big)).toBe(false)
    expect(limited.end()).toBeNull()
  })
})

describe('splitPortfolioFile()', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'matbar-split-file-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('reads the file in windows and gives the whole-buffer walk, and says when it is not UTF-8', async () => {
    const samples = fc.sample(portfolio, { numRuns: 30, seed: 15 })
    let n = 0
    for (const p of samples) {
      const bytes = encode(render(p, n % 3, n % 2 === 0))
      const path = join(dir, `p${n}.json`)
      await writeFile(path, bytes)
      for (const windowBytes of [4, 5, 7, 64, 1 << 20]) {
        const read = await splitPortfolioFile(path, 40, { windowBytes })
        expect(read.utf8).toBe(true)
        expect(read.size).toBe(bytes.length)
        same(referenceSplit(bytes, 40), read.split)
      }
      n++
    }
    // Bytes that are not UTF-8, in the middle and cut at the very end.
    const good = encode('{"tables":{"areas":["åäö"]}}')
    for (const bad of [
      Buffer.concat([good.subarray(0, 22), Buffer.from([0xff]), good.subarray(22)]),
      Buffer.concat([good, Buffer.from([0xc3])]),
      Buffer.concat([good.subarray(0, 23), good.subarray(24)])
    ]) {
      await writeFile(join(dir, 'bad.json'), bad)
      for (const windowBytes of [4, 5, 6, 1024])
        expect((await splitPortfolioFile(join(dir, 'bad.json'), 40, { windowBytes })).utf8).toBe(false)
    }
  })
})
