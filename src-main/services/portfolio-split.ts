/**
 * Cuts a portfolio file's bytes into pieces for the renderer (issue 15, point 2): the envelope (the file
 * with every table's rows left out) and, per table, runs of whole rows of about `pieceBytes` each. Only
 * the structure is walked here (brackets, braces, strings): the renderer parses each piece with
 * JSON.parse and checks the rows with the same schemas as a whole file (portfolio-file.ts), so the
 * file's content is judged in one place. Anything this walk does not expect (not an object, no
 * "tables", a table named twice, text after the end) gives null: the caller then hands the whole text
 * over as before, and the renderer's parser says what is wrong with it.
 *
 * The walk is a byte-level state machine fed window by window (createPortfolioSplitter), so a file is
 * split from disk without ever being whole in memory (splitPortfolioFile): the pieces are offsets into
 * the file, read one at a time when the renderer asks for them. What it keeps is the envelope (at most
 * `maxEnvelopeBytes`, or it gives up) and the list of pieces.
 */
import { isUtf8 } from 'node:buffer'
import { open } from 'node:fs/promises'

/** A run of whole rows of one table: bytes [start, end) of the file, the first row's index. */
export type PortfolioPiece = { table: string; first: number; start: number; end: number }

export type SplitPortfolio = { envelope: Uint8Array; pieces: PortfolioPiece[] }

const QUOTE = 0x22
const BACKSLASH = 0x5c
const COMMA = 0x2c
const COLON = 0x3a
const OPEN_BRACE = 0x7b
const CLOSE_BRACE = 0x7d
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d

/** A copy (a Buffer's slice() is a view, and the caller reuses its window). */
function copyOf(part: Uint8Array): Uint8Array {
  const copy = new Uint8Array(part.length)
  copy.set(part)
  return copy
}

function isSpace(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09
}

// The walk's states. Every state but the byte-order mark, the strings and a skipped value first skips
// white space. TOP_* are the file's own members, TABLES_* the members of "tables", ROW* a table's rows.
const S_BOM = 0
const S_BEFORE_OPEN = 1
const S_TOP_MEMBER = 2
const S_TOP_KEY = 3
const S_TOP_COLON = 4
const S_TOP_VALUE = 5
const S_TOP_AFTER = 6
const S_TABLES_MEMBER = 7
const S_TABLES_NAME = 8
const S_TABLES_COLON = 9
const S_TABLES_VALUE = 10
const S_TABLES_AFTER = 11
const S_ROWS_FIRST = 12
const S_ROW_NEXT = 13
const S_ROW_AFTER = 14
const S_END = 15
/** Inside a value that is only followed (skipKind says which), then back to `skipReturn`. */
const S_SKIP = 16

const K_STRING = 0
const K_NEST = 1
const K_SCALAR = 2

const BOM = [0xef, 0xbb, 0xbf]

export type PortfolioSplitter = {
  /** Walks the next window of the file; false once the file is known not to be shaped like a portfolio. */
  push(window: Uint8Array): boolean
  /** The file has ended: its envelope and pieces, or null. */
  end(): SplitPortfolio | null
}

/**
 * A walk fed window by window: any cut between two windows (inside a string, an escape, a key, a
 * byte-order mark) gives the same result as the whole file at once. Windows are copied from where
 * they must be kept (the envelope, a key), so the caller may reuse its buffer.
 */
export function createPortfolioSplitter(pieceBytes: number, maxEnvelopeBytes = Infinity): PortfolioSplitter {
  let state = S_BOM
  let failed = false
  /** Absolute offset of the current window's first byte. */
  let base = 0
  let bomAt = 0
  // The envelope: kept ranges copied as the walk passes them.
  const envelopeParts: Uint8Array[] = []
  let envelopeLength = 0
  let keeping = false
  // A key or table name being read (its quotes included), and whether its string is in an escape.
  const keyParts: Uint8Array[] = []
  let keyLength = 0
  let escape = false
  let key: string | null = null
  let sawTables = false
  const names = new Set<string>()
  // The value being skipped.
  let skipKind = K_SCALAR
  let skipReturn = S_TOP_AFTER
  let depth = 0
  let inString = false
  // The rows of the current table.
  let table = ''
  let index = 0
  let rowStart = 0
  let piece: PortfolioPiece | null = null
  const pieces: PortfolioPiece[] = []

  const keep = (part: Uint8Array) => {
    if (part.length === 0) return
    envelopeLength += part.length
    if (envelopeLength > maxEnvelopeBytes) failed = true
    else envelopeParts.push(copyOf(part))
  }
  const addKey = (part: Uint8Array) => {
    keyLength += part.length
    if (keyLength > maxEnvelopeBytes) failed = true
    else keyParts.push(copyOf(part))
  }
  const takeKey = (): string | null => {
    const bytes = keyParts.length === 1 ? keyParts[0]! : Buffer.concat(keyParts)
    keyParts.length = 0
    keyLength = 0
    try {
      const parsed: unknown = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8'))
      return typeof parsed === 'string' ? parsed : null
    } catch {
      return null
    }
  }
  /** A row (or a skipped value) ended just before absolute offset `end`. */
  const rowDone = (end: number) => {
    if (piece === null) piece = { table, first: index, start: rowStart, end }
    else piece.end = end
    index++
    if (piece.end - piece.start >= pieceBytes) {
      pieces.push(piece)
      piece = null
    }
  }

  function push(w: Uint8Array): boolean {
    if (failed) return false
    const n = w.length
    let i = 0
    let keepFrom = 0
    let keyFrom = 0
    /** Starts following the value whose first byte is at i; false when no value starts there. */
    const startValue = (then: number): boolean => {
      const b = w[i]!
      skipReturn = then
      if (b === QUOTE) {
        skipKind = K_STRING
        escape = false
        i++
      } else if (b === OPEN_BRACE || b === OPEN_BRACKET) {
        skipKind = K_NEST
        depth = 0
        inString = false
        escape = false
      } else if (b === COMMA || b === CLOSE_BRACE || b === CLOSE_BRACKET) return false
      else skipKind = K_SCALAR
      state = S_SKIP
      return true
    }
    while (i < n && !failed) {
      const b = w[i]!
      if (state !== S_BOM && state !== S_TOP_KEY && state !== S_TABLES_NAME && state !== S_SKIP && isSpace(b)) {
        i++
        continue
      }
      switch (state) {
        case S_BOM:
          // A byte-order mark is left out, as parsePortfolioFile does.
          if (bomAt === 0 && b !== BOM[0]) state = S_BEFORE_OPEN
          else if (b !== BOM[bomAt]) failed = true
          else {
            i++
            if (++bomAt === BOM.length) state = S_BEFORE_OPEN
          }
          break
        case S_BEFORE_OPEN:
          if (b !== OPEN_BRACE) failed = true
          else {
            keeping = true
            keepFrom = i
            i++
            state = S_TOP_MEMBER
          }
          break
        case S_TOP_MEMBER:
        case S_TABLES_MEMBER:
          if (b === CLOSE_BRACE) {
            i++
            state = state === S_TOP_MEMBER ? S_END : S_TOP_AFTER
          } else if (b === QUOTE) {
            keyFrom = i
            escape = false
            i++
            state = state === S_TOP_MEMBER ? S_TOP_KEY : S_TABLES_NAME
          } else failed = true
          break
        case S_TOP_KEY:
        case S_TABLES_NAME: {
          let closed = false
          for (; i < n; i++) {
            const c = w[i]
            if (escape) escape = false
            else if (c === BACKSLASH) escape = true
            else if (c === QUOTE) {
              i++
              closed = true
              break
            }
          }
          if (!closed) break
          addKey(w.subarray(keyFrom, i))
          if (failed) break
          const name = takeKey()
          if (state === S_TOP_KEY) {
            key = name
            state = S_TOP_COLON
          } else {
            if (name === null || names.has(name)) failed = true
            else {
              names.add(name)
              table = name
              state = S_TABLES_COLON
            }
          }
          break
        }
        case S_TOP_COLON:
        case S_TABLES_COLON:
          if (b !== COLON) failed = true
          else {
            i++
            state = state === S_TOP_COLON ? S_TOP_VALUE : S_TABLES_VALUE
          }
          break
        case S_TOP_VALUE:
          if (key === 'tables' && b === OPEN_BRACE) {
            if (sawTables) failed = true
            else {
              sawTables = true
              i++
              state = S_TABLES_MEMBER
            }
          } else if (!startValue(S_TOP_AFTER)) failed = true
          break
        case S_TOP_AFTER:
          if (b === COMMA) {
            i++
            state = S_TOP_MEMBER
          } else if (b === CLOSE_BRACE) {
            i++
            state = S_END
          } else failed = true
          break
        case S_TABLES_VALUE:
          if (b === OPEN_BRACKET) {
            // The rows: the envelope keeps "[" and "]", the pieces take what lies between.
            i++
            keep(w.subarray(keepFrom, i))
            keeping = false
            index = 0
            piece = null
            state = S_ROWS_FIRST
          } else if (!startValue(S_TABLES_AFTER)) failed = true
          break
        case S_TABLES_AFTER:
          if (b === COMMA) {
            i++
            state = S_TABLES_MEMBER
          } else if (b === CLOSE_BRACE) {
            i++
            state = S_TOP_AFTER
          } else failed = true
          break
        case S_ROWS_FIRST:
        case S_ROW_NEXT:
          if (state === S_ROWS_FIRST && b === CLOSE_BRACKET) {
            endRows()
            break
          }
          rowStart = base + i
          if (!startValue(S_ROW_AFTER)) failed = true
          break
        case S_ROW_AFTER:
          if (b === COMMA) {
            i++
            state = S_ROW_NEXT
          } else if (b === CLOSE_BRACKET) endRows()
          else failed = true
          break
        case S_END:
          failed = true
          break
        case S_SKIP: {
          let done = false
          if (skipKind === K_STRING) {
            for (; i < n; i++) {
              const c = w[i]
              if (escape) escape = false
              else if (c === BACKSLASH) escape = true
              else if (c === QUOTE) {
                i++
                done = true
                break
              }
            }
          } else if (skipKind === K_NEST) {
            // The hot loop (nearly every byte of a file is inside a row): its state in locals, not in the
            // closure, which makes it about twice as fast.
            let str = inString
            let esc = escape
            let d = depth
            let j = i
            for (; j < n; j++) {
              const c = w[j]!
              if (str) {
                if (esc) esc = false
                else if (c === BACKSLASH) esc = true
                else if (c === QUOTE) str = false
              } else if (c === QUOTE) str = true
              else if (c === OPEN_BRACE || c === OPEN_BRACKET) d++
              else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
                if (--d === 0) {
                  j++
                  done = true
                  break
                }
              }
            }
            inString = str
            escape = esc
            depth = d
            i = j
          } else {
            for (; i < n; i++) {
              const c = w[i]
              if (isSpace(c) || c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET) {
                done = true
                break
              }
            }
          }
          if (done) {
            if (skipReturn === S_ROW_AFTER) rowDone(base + i)
            state = skipReturn
          }
          break
        }
      }
    }
    /** The rows' "]" is at i: the last piece is kept, the envelope keeps from the "]" on. */
    function endRows() {
      if (piece) pieces.push(piece)
      piece = null
      keeping = true
      keepFrom = i
      i++
      state = S_TABLES_AFTER
    }
    if (!failed) {
      if (keeping) keep(w.subarray(keepFrom, n))
      if (state === S_TOP_KEY || state === S_TABLES_NAME) addKey(w.subarray(keyFrom, n))
    }
    base += n
    return !failed
  }

  function end(): SplitPortfolio | null {
    // A scalar value running to the end of the file ends there (and then the file ends too early).
    if (failed || state !== S_END || !sawTables) return null
    const envelope = new Uint8Array(envelopeLength)
    let at = 0
    for (const part of envelopeParts) {
      envelope.set(part, at)
      at += part.length
    }
    return { envelope, pieces }
  }

  return { push, end }
}

/** Walks the file's top two levels; null when it is not shaped like a portfolio file. */
export function splitPortfolio(bytes: Uint8Array, pieceBytes: number): SplitPortfolio | null {
  const splitter = createPortfolioSplitter(pieceBytes)
  splitter.push(bytes)
  return splitter.end()
}

/** How much of a file one step of splitPortfolioFile reads. */
export const SPLIT_WINDOW_BYTES = 1024 * 1024

export type SplitFileResult = {
  /** The envelope and pieces, or null when the file is not shaped like a portfolio. */
  split: SplitPortfolio | null
  /** False when the file is not UTF-8 (then the split is null: the walk stops there). */
  utf8: boolean
  size: number
}

/**
 * Splits a file on disk window by window (never whole in memory) and checks on the way that it is
 * UTF-8 (unless `checkUtf8` is false: then `utf8` is always true). The event loop gets a turn between
 * windows. `maxEnvelopeBytes`: past it the walk gives up. `size` is the file's size.
 */
export async function splitPortfolioFile(
  path: string,
  pieceBytes: number,
  options: { windowBytes?: number; maxEnvelopeBytes?: number; checkUtf8?: boolean } = {}
): Promise<SplitFileResult> {
  const checkUtf8 = options.checkUtf8 ?? true
  const windowBytes = Math.max(4, options.windowBytes ?? SPLIT_WINDOW_BYTES)
  const splitter = createPortfolioSplitter(pieceBytes, options.maxEnvelopeBytes)
  const handle = await open(path, 'r')
  try {
    // Up to 3 bytes of a character cut by the window's end are carried to the front of the next.
    const buffer = Buffer.alloc(windowBytes + 3)
    let carry = 0
    let size = 0
    for (;;) {
      const { bytesRead } = await handle.read(buffer, carry, windowBytes, null)
      if (bytesRead === 0) break
      size += bytesRead
      const going = splitter.push(buffer.subarray(carry, carry + bytesRead))
      // Without the UTF-8 check there is nothing more to learn once the walk has given up.
      if (!checkUtf8) {
        if (!going) return { split: null, utf8: true, size: (await handle.stat()).size }
        continue
      }
      const total = carry + bytesRead
      const whole = utf8Boundary(buffer, total)
      if (!isUtf8(buffer.subarray(0, whole))) return { split: null, utf8: false, size }
      buffer.copy(buffer, 0, whole, total)
      carry = total - whole
    }
    if (carry > 0) return { split: null, utf8: false, size }
    return { split: splitter.end(), utf8: true, size }
  } finally {
    await handle.close()
  }
}

/** How many of the first `length` bytes hold only whole UTF-8 sequences (a cut one may go on in the next window). */
function utf8Boundary(bytes: Uint8Array, length: number): number {
  for (let k = 1; k <= Math.min(4, length); k++) {
    const c = bytes[length - k]!
    if ((c & 0xc0) === 0x80) continue
    const need = c < 0x80 ? 1 : c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1
    return need > k ? length - k : length
  }
  return length
}
