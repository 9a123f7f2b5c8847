import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Evaluation } from '@shared/entities'
import { parsePortfolioFile } from '@shared/portfolio-file'
import type { Portfolio } from '@shared/portfolio-file'

const SAMPLE_PATH = fileURLToPath(new URL('../../resources/sample-portfolio.json', import.meta.url))
const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const GENERATOR_PATH = fileURLToPath(new URL('../../scripts/make-sample.ts', import.meta.url))

/** Luhn over the first nine digits with weights 2,1,2,1,... as Skatteverket defines it. */
function isValidOrgNumber(orgNumber: string): boolean {
  const match = /^(\d{6})-(\d{4})$/.exec(orgNumber)
  if (!match) return false
  const digits = (match[1]! + match[2]!).split('').map(Number)
  if (digits[2]! < 2) return false
  const sum = digits.slice(0, 9).reduce((total, digit, i) => {
    const product = digit * (i % 2 === 0 ? 2 : 1)
    return total + Math.floor(product / 10) + (product % 10)
  }, 0)
  return (10 - (sum % 10)) % 10 === digits[9]
}

function mean(values: Array<number | null>): number {
  const present = values.filter((value): value is number => value !== null)
  return present.reduce((total, value) => total + value, 0) / present.length
}

const REAL_COMMENTS = ['Genomfördes proffsigt med kunskap och engagemang!', 'Mycket lärorik']

describe('sample-portfolio.json', () => {
  const text = readFileSync(SAMPLE_PATH, 'utf8')
  let sample: Portfolio

  beforeAll(() => {
    const result = parsePortfolioFile(text)
    if (!result.ok) throw new Error(`sample refused: ${JSON.stringify(result.errors.slice(0, 10))}`)
    sample = result.portfolio
  })

  // Starts a Node process that compiles the generator: slower than the other checks, hence its own timeout.
  it('is what scripts/make-sample.ts generates (regenerate it with npm run sample after editing the script)', () => {
    // The generator is TypeScript: Node runs it through tsx's loader, resolved from the repository root.
    const generated = execFileSync(process.execPath, ['--import', 'tsx', GENERATOR_PATH, '--stdout'], {
      cwd: ROOT,
      encoding: 'utf8'
    })
    expect(text).toBe(generated)
  }, 30_000)

  it('parses as a valid portfolio file', () => {
    expect(parsePortfolioFile(text).ok).toBe(true)
  })

  it('holds five clients: three municipalities, one region and one company', () => {
    const kinds = sample.tables.organisations.map((organisation) => organisation.kind).sort()
    expect(kinds).toEqual(['company', 'municipality', 'municipality', 'municipality', 'region'])
  })

  it('gives every organisation a valid organisation number with the right group digit', () => {
    for (const organisation of sample.tables.organisations) {
      expect(organisation.orgNumber, organisation.name).not.toBeNull()
      expect(isValidOrgNumber(organisation.orgNumber!), organisation.orgNumber!).toBe(true)
      const group = organisation.orgNumber![0]
      expect(group, organisation.name).toBe(organisation.kind === 'company' ? '5' : '2')
    }
  })

  it('has the five starting questions of DOMAIN.md, built in, one per workshop', () => {
    const questions = sample.tables.questions
    expect(questions).toHaveLength(5)
    expect(questions.every((question) => question.builtIn)).toBe(true)
    const byId = new Map(questions.map((question) => [question.id, question]))
    const used = new Set<string>()
    for (const workshop of sample.tables.workshops) {
      const question = byId.get(workshop.questionId ?? '')
      expect(question, workshop.id).toBeDefined()
      expect(workshop.startingQuestion).toBe(question!.text)
      used.add(question!.id)
    }
    expect(used.size).toBe(5)
    expect(questions.map((question) => question.text).join(' ')).toMatch(
      /energianvändning.*vården.*skolan.*vandal.*10 %/s
    )
  })

  it('gives every organisation goals, contacts, one engagement and one workshop with evaluations', () => {
    for (const organisation of sample.tables.organisations) {
      expect(organisation.goals.length, organisation.name).toBeGreaterThan(0)
      const contacts = sample.tables.contacts.filter((contact) => contact.organisationId === organisation.id)
      expect(contacts.length, organisation.name).toBeGreaterThanOrEqual(1)
      expect(contacts.length, organisation.name).toBeLessThanOrEqual(2)
      const engagements = sample.tables.engagements.filter(
        (engagement) => engagement.organisationId === organisation.id
      )
      expect(engagements, organisation.name).toHaveLength(1)
      const workshops = sample.tables.workshops.filter((workshop) => workshop.engagementId === engagements[0]!.id)
      expect(workshops, organisation.name).toHaveLength(1)
      const evaluations = sample.tables.evaluations.filter((evaluation) => evaluation.workshopId === workshops[0]!.id)
      expect(evaluations.length, organisation.name).toBeGreaterThanOrEqual(3)
    }
  })

  it('uses several engagement statuses, each with a dated history', () => {
    const statuses = new Set(sample.tables.engagements.map((engagement) => engagement.status))
    expect(statuses.size).toBeGreaterThanOrEqual(2)
    for (const engagement of sample.tables.engagements) {
      expect(engagement.statusHistory.length).toBeGreaterThanOrEqual(2)
      const times = engagement.statusHistory.map((change) => change.at)
      expect(times).toEqual([...times].sort())
    }
  })

  it('gives each workshop three to six areas, each with a full indicator', () => {
    for (const workshop of sample.tables.workshops) {
      const areas = sample.tables.areas.filter((area) => area.workshopId === workshop.id)
      expect(areas.length, workshop.id).toBeGreaterThanOrEqual(3)
      expect(areas.length, workshop.id).toBeLessThanOrEqual(6)
      for (const area of areas) {
        const indicator = area.indicator
        expect(indicator, area.id).not.toBeNull()
        for (const [field, value] of Object.entries(indicator!)) {
          expect(value === null || value === '', `${area.id}.indicator.${field}`).toBe(false)
        }
        expect(area.procurementNecessity, area.id).not.toBeNull()
        expect(area.votes, area.id).not.toBeNull()
      }
    }
  })

  it('scores every area against the six default criteria on at least one engagement', () => {
    const names = [
      'Effekt',
      'Mätbarhet',
      'Upphandlingens nödvändighet',
      'Genomförbarhet',
      'Strategisk koppling',
      'Risk'
    ]
    const fullyScored = sample.tables.engagements.filter((engagement) => {
      const criteria = sample.tables.criteria
        .filter((criterion) => criterion.engagementId === engagement.id)
        .sort((a, b) => a.order - b.order)
      if (criteria.length === 0) return false
      expect(criteria.map((criterion) => criterion.name)).toEqual(names)
      expect(criteria.find((criterion) => criterion.name === 'Risk')!.direction).toBe('cost')
      const areas = sample.tables.areas.filter((area) => area.engagementId === engagement.id)
      return areas.every((area) =>
        criteria.every((criterion) =>
          sample.tables.scores.some((score) => score.areaId === area.id && score.criterionId === criterion.id)
        )
      )
    })
    expect(fullyScored.length).toBeGreaterThanOrEqual(1)
  })

  it('reproduces the real evaluation in one workshop: means 5.5, 5.0 and 5.0 and its two comments', () => {
    const byWorkshop = new Map<string, Evaluation[]>()
    for (const evaluation of sample.tables.evaluations) {
      byWorkshop.set(evaluation.workshopId, [...(byWorkshop.get(evaluation.workshopId) ?? []), evaluation])
    }
    const matching = [...byWorkshop.values()].filter((evaluations) => {
      const comments = evaluations.map((evaluation) => evaluation.comment).filter((comment) => comment !== '')
      return comments.length === 2 && REAL_COMMENTS.every((comment) => comments.includes(comment))
    })
    expect(matching).toHaveLength(1)
    const evaluations = matching[0]!
    expect(mean(evaluations.map((evaluation) => evaluation.overall))).toBe(5.5)
    expect(mean(evaluations.map((evaluation) => evaluation.content))).toBe(5)
    expect(mean(evaluations.map((evaluation) => evaluation.delivery))).toBe(5)
    for (const evaluation of evaluations.filter((e) => e.comment !== '')) expect(evaluation.quotable).toBe(true)
  })

  it('has measurements for follow-up', () => {
    expect(sample.tables.measurements.length).toBeGreaterThan(0)
  })

  it('writes Swedish with å, ä and ö, not stripped to a and o', () => {
    expect(text).toMatch(/å/)
    expect(text).toMatch(/ä/)
    expect(text).toMatch(/ö/)
    expect(text).toContain('Mätbarhet')
  })

  it('uses fixed dates in 2026 for its records', () => {
    for (const table of Object.values(sample.tables)) {
      for (const row of table as Array<{ createdAt: string; updatedAt: string }>) {
        expect(row.createdAt.slice(0, 4)).toBe('2026')
        expect(row.updatedAt.slice(0, 4)).toBe('2026')
      }
    }
    expect(sample.exportedAt.slice(0, 4)).toBe('2026')
  })
})
