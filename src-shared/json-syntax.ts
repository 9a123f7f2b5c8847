/**
 * Locates the first syntax error in a JSON text.
 * JSON.parse's messages differ between engines (Node's V8 and Electron's Chromium) and often
 * omit the position, so the portfolio import finds it itself to say where the file is broken.
 */

/** Where a JSON text first breaks, and why. */
export interface JsonSyntaxError {
  /** 0-based offset into the text. */
  position: number
  /** 1-based line and column of `position`. */
  line: number
  column: number
  reason: string
}

type State = 'value' | 'key' | 'colon' | 'after-value'

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const SIMPLE_ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't'])
const HEX4 = /^[0-9a-fA-F]{4}$/

/** Returns the first syntax error of `text`, or null when it is valid JSON (RFC 8259). */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  // Iterative, with an explicit stack: a hostile file nested a million levels deep must not
  // overflow the call stack.
  const stack: Array<'{' | '['> = []
  let state: State = 'value'
  let allowClose = false
  let i = 0
  const fail = (position: number, reason: string): JsonSyntaxError => ({
    position,
    ...lineAndColumn(text, position),
    reason
  })

  for (;;) {
    while (i < text.length && isWhitespace(text.charCodeAt(i))) i++
    if (i >= text.length) {
      if (state === 'after-value' && stack.length === 0) return null
      return fail(i, 'unexpected end of the file')
    }
    const c = text.charAt(i)
    const top = stack[stack.length - 1]
    // A closing bracket ends the open container right after its opening one (`[]`, `{}`) or after a value.
    if (top !== undefined && c === closerOf(top) && (allowClose || state === 'after-value')) {
      stack.pop()
      i++
      state = 'after-value'
      allowClose = false
      continue
    }
    switch (state) {
      case 'value': {
        if (c === '{' || c === '[') {
          stack.push(c)
          i++
          state = c === '{' ? 'key' : 'value'
          allowClose = true
          continue
        }
        allowClose = false
        if (c === '"') {
          const end = scanString(text, i)
          if (typeof end !== 'number') return fail(end.position, end.reason)
          i = end
        } else if (c === '-' || (c >= '0' && c <= '9')) {
          NUMBER.lastIndex = i
          const match = NUMBER.exec(text)
          if (!match) return fail(i, 'invalid number')
          i += match[0].length
        } else if (text.startsWith('true', i)) {
          i += 4
        } else if (text.startsWith('false', i)) {
          i += 5
        } else if (text.startsWith('null', i)) {
          i += 4
        } else {
          return fail(i, `unexpected ${describeChar(c)}, expected a value`)
        }
        state = 'after-value'
        continue
      }
      case 'key': {
        allowClose = false
        if (c !== '"') return fail(i, `unexpected ${describeChar(c)}, expected a property name in double quotes`)
        const end = scanString(text, i)
        if (typeof end !== 'number') return fail(end.position, end.reason)
        i = end
        state = 'colon'
        continue
      }
      case 'colon': {
        if (c !== ':') return fail(i, `unexpected ${describeChar(c)}, expected ':'`)
        i++
        state = 'value'
        continue
      }
      case 'after-value': {
        if (top === undefined) return fail(i, `unexpected ${describeChar(c)} after the end of the JSON value`)
        if (c === ',') {
          i++
          state = top === '{' ? 'key' : 'value'
          continue
        }
        return fail(i, `unexpected ${describeChar(c)}, expected ',' or '${closerOf(top)}'`)
      }
    }
  }
}

/** Scans a string starting at the quote at `start`; returns the index after its closing quote. */
function scanString(text: string, start: number): number | { position: number; reason: string } {
  let j = start + 1
  while (j < text.length) {
    const code = text.charCodeAt(j)
    if (code === 0x22) return j + 1
    if (code === 0x5c) {
      const next = text.charAt(j + 1)
      if (SIMPLE_ESCAPES.has(next)) {
        j += 2
        continue
      }
      if (next === 'u' && HEX4.test(text.slice(j + 2, j + 6))) {
        j += 6
        continue
      }
      return { position: j, reason: 'invalid escape sequence in a string' }
    }
    if (code < 0x20) return { position: j, reason: 'control character (such as a line break) inside a string' }
    j++
  }
  return { position: start, reason: 'string is never closed' }
}

function closerOf(open: '{' | '['): '}' | ']' {
  return open === '{' ? '}' : ']'
}

function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d
}

function describeChar(c: string): string {
  return JSON.stringify(c)
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let k = text.indexOf('\n'); k !== -1 && k < position; k = text.indexOf('\n', k + 1)) {
    line++
    lineStart = k + 1
  }
  return { line, column: position - lineStart + 1 }
}
