import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { TABLES, TABLE_NAMES } from '@shared/entities'
import type { TableName } from '@shared/entities'
import { createPortfolio, emptyPortfolioTables, parsePortfolioFile, toJsonPath } from '@shared/portfolio-file'
import type { Portfolio, PortfolioError } from '@shared/portfolio-file'
import { makeFixture } from '../fixtures/portfolio-fixture'

type Mutable = Record<string, unknown>

const SAMPLE_PATH = fileURLToPath(new URL('../../resources/sample-portfolio.json', import.meta.url))

/** The rows of a table as loosely typed records, for tests that break them on purpose. */
function rowsOf(portfolio: Portfolio, table: TableName): Mutable[] {
  return portfolio.tables[table] as unknown as Mutable[]
}

function errorsOf(text: string): PortfolioError[] {
  const result = parsePortfolioFile(text)
  if (result.ok) throw new Error('expected the file to be refused')
  return result.errors
}

function mutated(mutate: (p: Portfolio) => void): string {
  const portfolio = makeFixture()
  mutate(portfolio)
  return JSON.stringify(portfolio)
}

describe('portfolio-file', () => {
  describe('parsePortfolioFile()', () => {
    it('accepts a valid file and returns every row', () => {
      const fixture = makeFixture()
      const result = parsePortfolioFile(JSON.stringify(fixture, null, 2))
      expect(result).toEqual({ ok: true, portfolio: fixture })
    })

    it('accepts a file that starts with a byte-order mark', () => {
      expect(parsePortfolioFile(`\uFEFF${JSON.stringify(makeFixture())}`).ok).toBe(true)
    })

    it('reads a file written before measurements had a source, giving each an empty one', () => {
      const sample = JSON.parse(readFileSync(SAMPLE_PATH, 'utf8')) as Portfolio
      const old = rowsOf(sample, 'measurements')
      expect(old.length).toBeGreaterThan(0)
      expect(old.some((m) => m['source'] !== '')).toBe(true)
      for (const m of old) delete m['source']
      const result = parsePortfolioFile(JSON.stringify(sample))
      if (!result.ok) throw new Error(JSON.stringify(result.errors))
      expect(result.portfolio.tables.measurements.map((m) => m.source)).toEqual(old.map(() => ''))
      expect(result.portfolio.tables.measurements.map(({ source: _source, ...rest }) => rest)).toEqual(old)
    })

    it('refuses a measurement source longer than 500 characters, naming the field', () => {
      const text = mutated((p) => {
        p.tables.measurements[0]!.source = 'x'.repeat(501)
      })
      expect(errorsOf(text).map((e) => e.path)).toEqual(['$.tables.measurements[0].source'])
    })

    const cases: Array<{ name: string; text: () => string; path: string; message?: RegExp }> = [
      {
        name: 'broken JSON, naming line, column and position',
        text: () => '{\n  "format": "matbar-portfolio",\n  "formatVersion": 1,\n}',
        path: '$',
        message: /not valid JSON.*line 4, column 1 \(position \d+\)/
      },
      { name: 'an empty file', text: () => '', path: '$', message: /not valid JSON/ },
      { name: 'a JSON array instead of an object', text: () => '[]', path: '$', message: /expected a JSON object/ },
      { name: 'JSON null', text: () => 'null', path: '$', message: /found null/ },
      {
        name: 'a missing format name',
        text: () => mutated((p) => delete (p as Partial<Portfolio>).format),
        path: '$.format',
        message: /missing/
      },
      {
        name: 'another format name',
        text: () => mutated((p) => ((p as Mutable).format = 'other-app')),
        path: '$.format',
        message: /unknown format "other-app"/
      },
      {
        name: 'a missing format version',
        text: () => mutated((p) => delete (p as Partial<Portfolio>).formatVersion),
        path: '$.formatVersion',
        message: /reads format version 1/
      },
      {
        name: 'a newer format version',
        text: () => mutated((p) => ((p as Mutable).formatVersion = 2)),
        path: '$.formatVersion',
        message:
          /unsupported format version 2 \(the file was written by a newer version of Mätbar\); this version of Mätbar reads format version 1/
      },
      {
        name: 'a format version that is not a number',
        text: () => mutated((p) => ((p as Mutable).formatVersion = '1')),
        path: '$.formatVersion',
        message: /unsupported format version "1"/
      },
      {
        name: 'a bad export time',
        text: () => mutated((p) => (p.exportedAt = 'yesterday')),
        path: '$.exportedAt'
      },
      {
        name: 'a missing table',
        text: () => mutated((p) => delete (p.tables as Partial<Portfolio['tables']>).scores),
        path: '$.tables.scores',
        message: /missing required field \(expected array\)/
      },
      {
        name: 'an unknown table',
        text: () => mutated((p) => ((p.tables as unknown as Mutable).secrets = [])),
        path: '$.tables.secrets',
        message: /unknown field/
      },
      {
        name: 'an unknown top-level field',
        text: () => mutated((p) => ((p as Mutable).extra = true)),
        path: '$.extra',
        message: /unknown field/
      },
      {
        name: 'a table that is not an array',
        text: () => mutated((p) => ((p.tables as unknown as Mutable).contacts = {})),
        path: '$.tables.contacts'
      },
      {
        name: 'a row that is not an object',
        text: () => mutated((p) => (rowsOf(p, 'contacts')[0] = null as unknown as Mutable)),
        path: '$.tables.contacts[0]'
      },
      {
        name: 'a field of the wrong type',
        text: () => mutated((p) => (rowsOf(p, 'organisations')[0]!.name = 42)),
        path: '$.tables.organisations[0].name',
        message: /expected string/
      },
      {
        name: 'a missing field',
        text: () => mutated((p) => delete rowsOf(p, 'areas')[0]!.route),
        path: '$.tables.areas[0].route',
        message: /missing required field/
      },
      {
        name: 'a bad value deep inside a row',
        text: () => mutated((p) => ((rowsOf(p, 'areas')[0]!.indicator as Mutable).baselineDate = '2025-13-01')),
        path: '$.tables.areas[0].indicator.baselineDate'
      },
      {
        name: 'an extra field in a row',
        text: () => mutated((p) => (rowsOf(p, 'contacts')[0]!.nickname = 'Åsa')),
        path: '$.tables.contacts[0].nickname',
        message: /unknown field/
      },
      {
        name: 'an evaluation grade out of range',
        text: () => mutated((p) => (rowsOf(p, 'evaluations')[0]!.overall = 7)),
        path: '$.tables.evaluations[0].overall'
      },
      {
        name: 'a duplicate id, naming the first row',
        text: () => mutated((p) => p.tables.contacts.push({ ...p.tables.contacts[0]! })),
        path: '$.tables.contacts[1].id',
        message: /duplicate id "contact-1": row \[0\]/
      },
      {
        name: 'a reference to a missing row',
        text: () => mutated((p) => (rowsOf(p, 'areas')[0]!.workshopId = 'ws-missing')),
        path: '$.tables.areas[0].workshopId',
        message: /refers to workshops id "ws-missing", which is not in the file/
      },
      {
        name: 'a reference to "constructor", which a plain-object lookup would find',
        text: () => mutated((p) => (rowsOf(p, 'contacts')[0]!.organisationId = 'constructor')),
        path: '$.tables.contacts[0].organisationId'
      },
      {
        name: 'a reference to "__proto__"',
        text: () => mutated((p) => (rowsOf(p, 'scores')[0]!.criterionId = '__proto__')),
        path: '$.tables.scores[0].criterionId'
      },
      {
        name: 'a "__proto__" key in a row',
        text: () =>
          JSON.stringify(makeFixture()).replace('{"id":"org-1",', '{"__proto__":{"polluted":true},"id":"org-1",'),
        path: '$.tables.organisations[0].__proto__',
        message: /unknown field/
      },
      {
        name: 'a "__proto__" key at the top level',
        text: () => JSON.stringify(makeFixture()).replace(/^\{/, '{"__proto__":{"polluted":true},'),
        path: '$.__proto__'
      },
      {
        name: 'a "constructor" key in the tables',
        text: () => JSON.stringify(makeFixture()).replace('"tables":{', '"tables":{"constructor":[],'),
        path: '$.tables.constructor'
      },
      {
        name: 'a status history that ends in another status',
        text: () => mutated((p) => (p.tables.engagements[0]!.status = 'lost')),
        path: '$.tables.engagements[0].status',
        message: /"lost" differs from the last entry of statusHistory \("won"\)/
      },
      {
        name: "an area goal that is not among its organisation's goals",
        text: () => mutated((p) => (p.tables.areas[0]!.goalId = 'goal-other')),
        path: '$.tables.areas[0].goalId'
      },
      {
        name: 'two goals with one id',
        text: () => mutated((p) => p.tables.organisations[0]!.goals.push({ ...p.tables.organisations[0]!.goals[0]! })),
        path: '$.tables.organisations[0].goals[1].id'
      },
      {
        name: 'two scores for the same area and criterion',
        text: () => mutated((p) => p.tables.scores.push({ ...p.tables.scores[0]!, id: 'score-2' })),
        path: '$.tables.scores[1]',
        message: /duplicate score/
      },
      {
        name: 'an attachment whose owner is missing',
        text: () => mutated((p) => (p.tables.attachments[0]!.ownerType = 'workshop')),
        path: '$.tables.attachments[0].ownerId',
        message: /refers to workshops id "area-1"/
      }
    ]

    it.each(cases)('refuses $name with an error at $path', ({ text, path, message }) => {
      const errors = errorsOf(text())
      const match = errors.find((error) => error.path === path)
      expect(match, JSON.stringify(errors)).toBeDefined()
      if (message) expect(match!.message).toMatch(message)
    })

    it('does not pollute Object.prototype through "__proto__" keys', () => {
      const text = JSON.stringify(makeFixture())
        .replace(/^\{/, '{"__proto__":{"polluted":true},')
        .replace('"tables":{', '"tables":{"__proto__":{"polluted":true},')
        .replace('{"id":"org-1",', '{"__proto__":{"polluted":true},"id":"org-1",')
      errorsOf(text)
      expect(({} as Mutable).polluted).toBeUndefined()
      expect(Object.prototype).not.toHaveProperty('polluted')
    })

    it('accepts ids such as "__proto__" and "constructor" as ordinary ids', () => {
      const portfolio = makeFixture()
      portfolio.tables.organisations[0]!.id = '__proto__'
      portfolio.tables.contacts[0]!.organisationId = '__proto__'
      portfolio.tables.engagements[0]!.organisationId = '__proto__'
      portfolio.tables.criteria[0]!.id = 'constructor'
      portfolio.tables.scores[0]!.criterionId = 'constructor'
      const result = parsePortfolioFile(JSON.stringify(portfolio))
      expect(result.ok ? [] : result.errors).toEqual([])
    })

    it('gives only the version error for an unknown version, however broken the rows are', () => {
      const errors = errorsOf(
        mutated((p) => {
          ;(p as Mutable).formatVersion = 99
          rowsOf(p, 'organisations')[0]!.name = 42
          ;(p.tables as unknown as Mutable).areas = 'nonsense'
        })
      )
      expect(errors).toHaveLength(1)
      expect(errors[0]!.path).toBe('$.formatVersion')
    })

    it('collects every error, not only the first', () => {
      const errors = errorsOf(
        mutated((p) => {
          rowsOf(p, 'organisations')[0]!.kind = 'planet'
          rowsOf(p, 'contacts')[0]!.email = 5
          p.exportedAt = 'later'
        })
      )
      expect(errors.map((error) => error.path)).toEqual(
        expect.arrayContaining(['$.exportedAt', '$.tables.organisations[0].kind', '$.tables.contacts[0].email'])
      )
    })

    it('does not report the children of a parent row that fails on another field as dangling', () => {
      const errors = errorsOf(mutated((p) => (rowsOf(p, 'organisations')[0]!.name = '')))
      expect(errors.map((error) => error.path)).toEqual(['$.tables.organisations[0].name'])
    })

    it('refuses a text longer than the limit before parsing it', () => {
      const text = JSON.stringify(makeFixture())
      expect(parsePortfolioFile(text, { maxLength: text.length }).ok).toBe(true)
      const result = parsePortfolioFile(text, { maxLength: text.length - 1 })
      expect(result).toEqual({ ok: false, errors: [{ path: '$', message: expect.stringMatching(/too large/) }] })
    })

    it('lists at most the maximum number of errors and counts the rest', () => {
      const badRows = 1500
      const text = mutated((p) => {
        ;(p.tables as unknown as Mutable).contacts = Array.from({ length: badRows }, () => null)
        p.tables.evaluations[0]!.contactId = null
        p.tables.participants[0]!.contactId = null
      })
      const errors = errorsOf(text)
      expect(errors).toHaveLength(1001)
      expect(errors[1000]).toEqual({ path: '$', message: `and ${badRows - 1000} more errors` })
    })

    it('refuses a file whose row loses any required field, naming that row', () => {
      const sample = JSON.parse(readFileSync(SAMPLE_PATH, 'utf8')) as Portfolio
      const targets: Array<{ table: TableName; index: number; field: string }> = []
      for (const table of TABLE_NAMES) {
        const shape = TABLES[table].shape as Record<string, { safeParse: (v: unknown) => { success: boolean } }>
        const required = Object.keys(shape).filter((field) => !shape[field]!.safeParse(undefined).success)
        rowsOf(sample, table).forEach((_, index) => {
          for (const field of required) targets.push({ table, index, field })
        })
      }
      expect(targets.length).toBeGreaterThan(100)
      fc.assert(
        fc.property(fc.constantFrom(...targets), ({ table, index, field }) => {
          const copy = structuredClone(sample)
          delete rowsOf(copy, table)[index]![field]
          const result = parsePortfolioFile(JSON.stringify(copy))
          expect(result.ok).toBe(false)
          const rowPath = `$.tables.${table}[${index}]`
          const paths = result.ok ? [] : result.errors.map((error) => error.path)
          expect(paths).toContain(`${rowPath}.${field}`)
        }),
        { numRuns: 300 }
      )
    })

    describe('deep nesting (it threw a RangeError although it promises never to throw)', () => {
      const deep = '['.repeat(100_000) + ']'.repeat(100_000)
      const head =
        '"format":"matbar-portfolio","formatVersion":1,"exportedAt":"2026-01-01T00:00:00.000Z","appVersion":"1"'
      it.each([
        ['as the format', `{"format":${deep}}`, '$.format[0]'],
        ['as the format version', `{"format":"matbar-portfolio","formatVersion":${deep}}`, '$.formatVersion[0]'],
        ['as a table', `{${head},"tables":{"organisations":${deep}}}`, '$.tables.organisations[0]'],
        [
          'in a row',
          `{${head},"tables":{"organisations":[{"id":"o1","goals":${deep}}]}}`,
          '$.tables.organisations[0].goals[0]'
        ],
        ['as nested objects', '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000), '$.a.a']
      ])('gives a clear error result for a 100 000-deep value %s', (_label, text, pathStart) => {
        let result: ReturnType<typeof parsePortfolioFile> | undefined
        expect(() => (result = parsePortfolioFile(text))).not.toThrow()
        expect(result?.ok).toBe(false)
        if (result && !result.ok) {
          expect(result.errors).toHaveLength(1)
          expect(result.errors[0]!.path.startsWith(pathStart)).toBe(true)
          expect(result.errors[0]!.message).toMatch(/nested more than 64 levels deep/)
        }
      })

      it('still reads the sample portfolio and keeps previews of values short', () => {
        expect(parsePortfolioFile(readFileSync(SAMPLE_PATH, 'utf8')).ok).toBe(true)
        const errors = errorsOf(`{"format":${JSON.stringify('x'.repeat(1_000_000))}}`)
        expect(errors[0]!.message.length).toBeLessThan(150)
        expect(errorsOf('{"format":[[1,2],{"a":1}]}')[0]!.message).toMatch(/unknown format an array of 2/)
      })
    })
  })

  describe('emptyPortfolioTables()', () => {
    it('has every table, each empty', () => {
      const tables = emptyPortfolioTables()
      expect(Object.keys(tables)).toEqual(TABLE_NAMES)
      for (const name of TABLE_NAMES) expect(tables[name]).toEqual([])
    })
  })

  describe('createPortfolio()', () => {
    it('makes a file that parsePortfolioFile accepts, stamped with version and time', () => {
      const now = new Date('2026-05-04T12:34:56.789Z')
      const portfolio = createPortfolio(makeFixture().tables, '9.8.7', now)
      const result = parsePortfolioFile(JSON.stringify(portfolio))
      expect(result.ok).toBe(true)
      if (!result.ok) return
      expect(result.portfolio.exportedAt).toBe(now.toISOString())
      expect(result.portfolio.appVersion).toBe('9.8.7')
      expect(result.portfolio.tables).toEqual(makeFixture().tables)
    })

    it('makes a valid file from empty tables', () => {
      const portfolio = createPortfolio(emptyPortfolioTables(), '0.1.0', new Date(0))
      expect(parsePortfolioFile(JSON.stringify(portfolio)).ok).toBe(true)
    })
  })

  describe('toJsonPath()', () => {
    it('writes names with dots, indexes in brackets and odd keys quoted', () => {
      expect(toJsonPath([])).toBe('$')
      expect(toJsonPath(['tables', 'areas', 3, 'indicator', 'unit'])).toBe('$.tables.areas[3].indicator.unit')
      expect(toJsonPath(['tables', 'a b', 'x"y'])).toBe('$.tables["a b"]["x\\"y"]')
      expect(toJsonPath(['__proto__'])).toBe('$.__proto__')
    })
  })
})
