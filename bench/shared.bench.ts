/**
 * Pure shared code: reading a portfolio file, ranking areas, laying out the value/effort matrix and summarising evaluations.
 * Times are reported (bench/summary.mjs), never asserted; the checks below only make sure each bench measures real work.
 */
import { readFileSync } from 'node:fs'
import { bench, describe } from 'vitest'
import { summariseEvaluations, type EvaluationAnswers } from '@shared/evaluations'
import { parsePortfolioFile } from '@shared/portfolio-file'
import { layoutMatrix, matrixSvg, type MatrixPoint } from '@shared/matrix'
import { rankAreas, topSensitivity, type Criterion, type ScoreTable } from '@shared/prioritisation'
import { LARGE_SIZE, makeLargePortfolio, rowCounts, seededRandom } from './fixtures/large-portfolio'

const sampleText = readFileSync(new URL('../resources/sample-portfolio.json', import.meta.url), 'utf8')
const large = makeLargePortfolio(LARGE_SIZE)
const largeText = JSON.stringify(large)

// A bench over a file that fails to parse would time the error path: refuse to run instead.
for (const [name, text] of [
  ['sample', sampleText],
  ['large', largeText]
] as const) {
  const result = parsePortfolioFile(text)
  if (!result.ok) throw new Error(`${name} portfolio does not parse: ${JSON.stringify(result.errors.slice(0, 3))}`)
}
console.log(`large portfolio: ${(largeText.length / 1024 / 1024).toFixed(1)} MB of JSON,`, rowCounts(large))

describe('parsePortfolioFile', () => {
  bench('sample (5 organisations, 114 kB)', () => {
    parsePortfolioFile(sampleText)
  })
  // Seconds per call: a few samples are enough, and keep `npm run bench` short.
  bench(
    'large (10 000 organisations, 30 000 engagements)',
    () => {
      parsePortfolioFile(largeText)
    },
    { time: 0, iterations: 5, warmupTime: 0, warmupIterations: 1 }
  )
})

function prioritisationInput(areas: number): { criteria: Criterion[]; scores: ScoreTable } {
  const rnd = seededRandom(areas)
  const criteria: Criterion[] = Array.from({ length: 6 }, (_, k) => ({
    id: `crit-${k}`,
    weight: 1 + Math.floor(rnd() * 5),
    direction: k === 1 ? 'cost' : 'benefit'
  }))
  const scores: ScoreTable = {}
  for (let a = 0; a < areas; a++) {
    const row: Record<string, number> = {}
    for (const c of criteria) row[c.id] = 1 + Math.floor(rnd() * 5)
    scores[`area-${String(a).padStart(4, '0')}`] = row
  }
  return { criteria, scores }
}

for (const areas of [20, 200]) {
  const { criteria, scores } = prioritisationInput(areas)
  if (rankAreas(criteria, scores).length !== areas) throw new Error('rankAreas lost areas')
  describe(`prioritisation, 6 criteria × ${areas} areas`, () => {
    bench(`rankAreas (${areas} areas)`, () => {
      rankAreas(criteria, scores)
    })
    bench(`topSensitivity (${areas} areas)`, () => {
      topSensitivity(criteria, scores)
    })
  })
}

const evaluationRows: EvaluationAnswers[] = (() => {
  const rnd = seededRandom(10_000)
  const grade = () => (rnd() < 0.05 ? null : 1 + Math.floor(rnd() * 6))
  return Array.from({ length: 10_000 }, () => ({ overall: grade(), content: grade(), delivery: grade() }))
})()

describe('summariseEvaluations', () => {
  bench('10 000 rows', () => {
    summariseEvaluations(evaluationRows)
  })
})

// The value/effort matrix as the documents lay it out (the A4 text width, 13 px numbers): the target is
// 500 areas under 100 ms (the label placer it replaced took 70 ms, 1.3 s and 11.6 s at 30, 200 and 500 areas).
function matrixInput(areas: number): MatrixPoint[] {
  const rnd = seededRandom(areas + 1)
  return Array.from({ length: areas }, (_, i) => ({
    id: `area-${i}`,
    label: `Område ${i}`,
    x: 1 + Math.floor(rnd() * 5),
    y: 1 + Math.floor(rnd() * 5),
    marker: String(i + 1)
  }))
}
const MATRIX_TITLES = { doFirst: 'Gör först', plan: 'Planera', whenChance: 'Gör vid tillfälle', wait: 'Avvakta' }
const MATRIX_OPTIONS = { width: 604, fontSize: 13, maxHeight: 860, quadrantTitles: MATRIX_TITLES }
describe('value/effort matrix', () => {
  for (const areas of [30, 200, 500]) {
    const points = matrixInput(areas)
    if (layoutMatrix(points, MATRIX_OPTIONS).points.length !== areas) throw new Error('layoutMatrix lost dots')
    bench(`layoutMatrix + matrixSvg (${areas} areas)`, () => {
      const layout = layoutMatrix(points, MATRIX_OPTIONS)
      matrixSvg(layout, { title: 'T', description: 'D', xAxis: 'X', yAxis: 'Y', quadrants: MATRIX_TITLES })
    })
  }
})
