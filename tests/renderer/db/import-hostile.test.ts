/**
 * Hostile portfolio files: fast-check builds at least 10 000 of them (broken JSON, wrong types,
 * missing and extra fields, unknown format versions, 10 MB strings, duplicate ids, dangling
 * references, prototype-pollution keys). Every one must be refused with an error that names a
 * JSON path, and the database must be exactly as before (its digest is compared).
 */
import sampleText from '../../../resources/sample-portfolio.json?raw'
import fc from 'fast-check'
import type { z } from 'zod'
import { beforeAll, describe, expect, it } from 'vitest'
import { REFERENCES, TABLES, TABLE_NAMES, type TableName } from '@shared/entities'
import { importPortfolioText } from '@renderer/db/export-import'
import { freshDb } from '../helpers/db'
import { makeFixture } from '../../fixtures/portfolio-fixture'
import { databaseDigest } from './db-digest'

const SAMPLE = JSON.parse(sampleText)
const RUNS = 10_000

type Json = Record<string, unknown>
type Hostile = { text: string; expectPath: string; label: string }

const shapeOf = (table: TableName) => (TABLES[table] as unknown as z.ZodObject).shape as Record<string, z.ZodType>
const tablesWithRows = (p: Json) => TABLE_NAMES.filter((n) => ((p['tables'] as Json)[n] as unknown[]).length > 0)
const pick = <T>(list: readonly T[], n: number): T => list[n % list.length]!
const rowPath = (table: string, index: number) => `$.tables.${table}[${index}]`

/** A value of another JSON type than `value`, checked to be refused by the field's schema. */
function wrongValues(value: unknown): unknown[] {
  if (typeof value === 'string') return [42, true, null, {}, [value]]
  if (typeof value === 'number') return [String(value), true, {}, [value]]
  if (typeof value === 'boolean') return [String(value), 1, null, {}]
  if (value === null) return [{}, [], 'x'.repeat(600), -1, 'not-a-date']
  if (Array.isArray(value)) return ['[]', 1, {}, null]
  return [1, 'object', [], true]
}

const base = (large: boolean) => structuredClone(large ? SAMPLE : makeFixture()) as Json

const mutation = fc.record({ a: fc.nat(), b: fc.nat(), c: fc.nat(), large: fc.nat({ max: 99 }).map((n) => n === 0) })

const generators: Array<[number, fc.Arbitrary<Hostile>]> = [
  // Broken JSON: the valid text cut short, or arbitrary text.
  [
    10,
    fc.tuple(fc.nat(), fc.boolean()).map(([n, large]) => {
      const text = JSON.stringify(base(large))
      return { text: text.slice(0, 1 + (n % (text.length - 1))), expectPath: '$', label: 'truncated' }
    })
  ],
  [5, fc.string({ maxLength: 200 }).map((text) => ({ text, expectPath: '$', label: 'arbitrary text' }))],
  [
    3,
    fc
      .jsonValue({ maxDepth: 3 })
      .map((v) => ({ text: JSON.stringify(v) ?? 'null', expectPath: '$', label: 'other JSON' }))
  ],
  // Wrong types.
  [
    20,
    mutation.chain(({ a, b, c, large }) => {
      const p = base(large)
      const table = pick(tablesWithRows(p), a)
      const rows = (p['tables'] as Json)[table] as Json[]
      const index = b % rows.length
      const key = pick(Object.keys(shapeOf(table)), c)
      const candidates = wrongValues(rows[index]![key]).filter((v) => !shapeOf(table)[key]!.safeParse(v).success)
      return fc.constantFrom(...candidates).map((wrong) => {
        // A fresh copy per value: fast-check may map the same base more than once.
        const q = structuredClone(p)
        ;((q['tables'] as Json)[table] as Json[])[index]![key] = wrong
        return {
          text: JSON.stringify(q),
          expectPath: `${rowPath(table, index)}.${key}`,
          label: `wrong type ${table}.${key}`
        }
      })
    })
  ],
  // Missing fields (only those the schema requires).
  [
    15,
    mutation.map(({ a, b, c, large }) => {
      const p = base(large)
      const table = pick(tablesWithRows(p), a)
      const rows = (p['tables'] as Json)[table] as Json[]
      const index = b % rows.length
      const required = Object.keys(shapeOf(table)).filter((k) => !shapeOf(table)[k]!.safeParse(undefined).success)
      const key = pick(required, c)
      delete rows[index]![key]
      return {
        text: JSON.stringify(p),
        expectPath: `${rowPath(table, index)}.${key}`,
        label: `missing ${table}.${key}`
      }
    })
  ],
  // Missing tables and envelope fields.
  [
    5,
    fc.nat().map((n) => {
      const p = base(false)
      const keys = [
        ...TABLE_NAMES.map((t) => `tables.${t}`),
        'exportedAt',
        'appVersion',
        'tables',
        'format',
        'formatVersion'
      ]
      const key = pick(keys, n)
      if (key.startsWith('tables.')) delete (p['tables'] as Json)[key.slice(7)]
      else delete p[key]
      return { text: JSON.stringify(p), expectPath: '$', label: `missing ${key}` }
    })
  ],
  // Extra fields in a row, in tables, or at the top.
  [
    15,
    fc
      .tuple(mutation, fc.string({ minLength: 1, maxLength: 20 }), fc.jsonValue({ maxDepth: 1 }))
      .map(([{ a, b, c, large }, key, value]) => {
        const p = base(large)
        const table = pick(tablesWithRows(p), a)
        const rows = (p['tables'] as Json)[table] as Json[]
        const index = b % rows.length
        const where = c % 3
        const known = where === 0 ? Object.keys(shapeOf(table)) : where === 1 ? TABLE_NAMES : Object.keys(p)
        const extra = known.includes(key) ? `${key}_extra` : key
        const target = where === 0 ? rows[index]! : where === 1 ? (p['tables'] as Json) : p
        Object.defineProperty(target, extra, { value, enumerable: true, configurable: true, writable: true })
        return { text: JSON.stringify(p), expectPath: '$', label: `extra ${extra}` }
      })
  ],
  // Unknown format versions and formats.
  [
    8,
    fc
      .oneof(
        fc
          .integer()
          .filter((n) => n !== 1)
          .map((v) => ['formatVersion', v] as const),
        fc
          .double()
          .filter((n) => n !== 1)
          .map((v) => ['formatVersion', v] as const),
        fc.string().map((v) => ['formatVersion', v] as const),
        fc
          .string()
          .filter((s) => s !== 'matbar-portfolio')
          .map((v) => ['format', v] as const)
      )
      .map(([key, value]) => {
        const p = base(false)
        p[key] = value
        return { text: JSON.stringify(p), expectPath: `$.${key}`, label: `unknown ${key}` }
      })
  ],
  // 10 MB strings (few: they are slow to build).
  [
    1,
    fc
      .nat()
      .chain((n) => (n % 50 === 0 ? fc.constant(n) : fc.constant(-1)))
      .map((n) => {
        const p = base(false)
        const orgs = (p['tables'] as Json)['organisations'] as Json[]
        if (n >= 0) orgs[0]!['notes'] = 'x'.repeat(10 * 1024 * 1024)
        else orgs[0]!['name'] = 'x'.repeat(301)
        return {
          text: JSON.stringify(p),
          expectPath: `${rowPath('organisations', 0)}.${n >= 0 ? 'notes' : 'name'}`,
          label: 'huge string'
        }
      })
  ],
  // Duplicate ids.
  [
    8,
    mutation.map(({ a, b, large }) => {
      const p = base(large)
      const table = pick(tablesWithRows(p), a)
      const rows = (p['tables'] as Json)[table] as Json[]
      const copy = structuredClone(rows[b % rows.length]!)
      // A score copy would also be a duplicate pair; either error names a path in the table.
      rows.push(copy)
      return { text: JSON.stringify(p), expectPath: rowPath(table, rows.length - 1), label: `duplicate id in ${table}` }
    })
  ],
  // Dangling references.
  [
    8,
    fc.tuple(mutation, fc.stringMatching(/^[a-z0-9-]{1,20}$/)).map(([{ a, b, large }, id]) => {
      const p = base(large)
      const refs = REFERENCES.filter((r) =>
        ((p['tables'] as Json)[r.table] as Json[]).some((row) => row[r.field] !== null)
      )
      const ref = pick(refs, a)
      const rows = ((p['tables'] as Json)[ref.table] as Json[])
        .map((row, index) => ({ row, index }))
        .filter(({ row }) => row[ref.field] !== null)
      const { row, index } = pick(rows, b)
      row[ref.field] = `missing-${id}`
      return {
        text: JSON.stringify(p),
        expectPath: `${rowPath(ref.table, index)}.${ref.field}`,
        label: `dangling ${ref.table}.${ref.field}`
      }
    })
  ],
  // Prototype-pollution keys, written into the text (JSON.parse makes them own properties).
  [
    10,
    fc.tuple(fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.nat(), fc.nat()).map(([key, a, where]) => {
      const p = base(false)
      const table = pick(tablesWithRows(p), a)
      const marker = '"__MARK__":0'
      const rows = (p['tables'] as Json)[table] as Json[]
      const target = where % 3 === 0 ? rows[0]! : where % 3 === 1 ? (p['tables'] as Json) : p
      target['__MARK__'] = 0
      const text = JSON.stringify(p).replace(marker, `"${key}":{"polluted":true,"isAdmin":true}`)
      return { text, expectPath: '$', label: `${key} key` }
    })
  ]
]

const hostileFile = fc.oneof(...generators.map(([weight, arbitrary]) => ({ weight, arbitrary })))

describe('db/export-import', () => {
  describe('importPortfolioText() with hostile files', () => {
    let db: ReturnType<typeof freshDb>
    let before: string
    beforeAll(async () => {
      db = freshDb()
      const loaded = await importPortfolioText(db, JSON.stringify(SAMPLE), 'replace')
      expect(loaded.ok).toBe(true)
      before = await databaseDigest(db)
    })

    it(`refuses ${RUNS} hostile files, each with an error naming a path, and the database never changes`, async () => {
      let run = 0
      const labels = new Map<string, number>()
      await fc.assert(
        fc.asyncProperty(hostileFile, fc.constantFrom('merge', 'replace' as const), async (file, mode) => {
          run++
          const kind = file.label.split(' ')[0]!
          labels.set(kind, (labels.get(kind) ?? 0) + 1)
          const result = await importPortfolioText(db, file.text, mode)
          expect(result.ok, file.label).toBe(false)
          if (result.ok || result.kind === 'write') throw new Error(`${file.label}: not refused as a file`)
          expect(result.errors.length).toBeGreaterThan(0)
          for (const error of result.errors) expect(error.path).toMatch(/^\$/)
          expect(
            result.errors.some((e) => e.path.startsWith(file.expectPath)),
            `${file.label}: expected a path under ${file.expectPath}, got ${JSON.stringify(result.errors.slice(0, 3))}`
          ).toBe(true)
          if (run % 1000 === 0) expect(await databaseDigest(db)).toBe(before)
        }),
        { numRuns: RUNS }
      )
      expect(run).toBeGreaterThanOrEqual(RUNS)
      expect(await databaseDigest(db)).toBe(before)
      // Nothing leaked onto Object.prototype from a "__proto__" key.
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
      expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined()
      // Every kind of hostile file was generated.
      for (const kind of [
        'truncated',
        'arbitrary',
        'other',
        'wrong',
        'missing',
        'extra',
        'unknown',
        'huge',
        'duplicate',
        'dangling'
      ]) {
        expect(labels.get(kind) ?? 0, kind).toBeGreaterThan(0)
      }
    }, 120_000)
  })
})
