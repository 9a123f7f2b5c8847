/**
 * Cuts a portfolio file's bytes into pieces for the renderer (issue 15, point 2): the envelope (the file
 * with every table's rows left out) and, per table, runs of whole rows of about `pieceBytes` each. Only
 * the structure is walked here (brackets, braces, strings): the renderer parses each piece with
 * JSON.parse and checks the rows with the same schemas as a whole file (portfolio-file.ts), so the
 * file's content is judged in one place. Anything this walk does not expect (not an object, no
 * "tables", a table named twice, text after the end) gives null: the caller then hands the whole text
 * over as before, and the renderer's parser says what is wrong with it.
 */

/** A run of whole rows of one table: bytes [start, end) of the file, the first row's index. */
export type PortfolioPiece = { table: string; first: number; start: number; end: number }

export type SplitPortfolio = { envelope: Uint8Array; pieces: PortfolioPiece[] }

const QUOTE = 0x22
const BACKSLASH = 0x5c

function isSpace(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09
}

/** Walks the file's top two levels; null when it is not shaped like a portfolio file. */
export function splitPortfolio(bytes: Uint8Array, pieceBytes: number): SplitPortfolio | null {
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
