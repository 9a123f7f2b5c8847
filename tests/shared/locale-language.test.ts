/**
 * Each language's texts are in that language (issue 14 point 7): no English function word in a Swedish text, no
 * Swedish letter or word in an English one. Placeholders ({{name}}), reused keys ($t(…)) and the product's name are
 * not words of the text. The pages are checked the same way in Chromium (tests/e2e/ui-language.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ENGLISH_WORDS, SWEDISH_WORDS, words } from '../helpers/ui-language'

const LOCALES = join(__dirname, '..', '..', 'src-shared', 'locales')
type Tree = { [key: string]: string | Tree }

function texts(language: 'sv' | 'en'): [string, string][] {
  const leaves = (node: Tree, prefix: string): [string, string][] =>
    Object.entries(node).flatMap(([key, value]) =>
      typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`)
    )
  return readdirSync(join(LOCALES, language)).flatMap((file) =>
    leaves(JSON.parse(readFileSync(join(LOCALES, language, file), 'utf8')) as Tree, '')
  )
}

describe('locale texts are in their language', () => {
  it('no Swedish text holds an English word', () => {
    const english = texts('sv').filter(([, text]) => ENGLISH_WORDS.test(words(text)))
    expect(english.map(([key, text]) => `${key}: ${text}`)).toEqual([])
  })

  it('no English text holds a Swedish letter or word', () => {
    const swedish = texts('en').filter(([, text]) => SWEDISH_WORDS.test(words(text)))
    expect(swedish.map(([key, text]) => `${key}: ${text}`)).toEqual([])
  })

  it('the checks find what they look for', () => {
    expect(ENGLISH_WORDS.test(words('Spara {{name}} with care'))).toBe(true)
    expect(SWEDISH_WORDS.test(words('Save the file för later'))).toBe(true)
    expect(SWEDISH_WORDS.test(words('Welcome to Mätbar, {{användare}}'))).toBe(false)
  })
})
