/**
 * The value/effort matrix in the Word documents, read back as a client gets them: the picture across the text
 * width, the rule for a score on a quadrant line, and the legend table that names every area with its number
 * and quadrant. LibreOffice converts to PDF and poppler reads the text; the Word structure is read from the file.
 * Skips with one loud line where soffice is missing, unless REQUIRE_REAL_CLIENTS=1.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderWorkshopReport } from '@main/documents'
import { TEXT_WIDTH_PX } from '@main/documents/blocks'
import { documentTexts } from '@main/documents/texts'
import type { DocumentMatrix, WorkshopReportModel } from '@shared/document-model'
import { quadrantOf } from '@shared/matrix'
import { sampleDocumentModels } from '../helpers/document-fixtures'
import { docxToPdf, sofficeOrSkip } from '../helpers/libreoffice'

const run = promisify(execFile)

const soffice = sofficeOrSkip('matrix document tests')
/** Spaces and line breaks as pdftotext gives them, folded to one plain space; soft hyphens dropped. */
const norm = (s: string) => s.replace(/\u00ad/g, '').replace(/[\u00a0\u202f\s]+/g, ' ')
const EMU_PER_PX = 9525

/** 150 areas with long names, crowded into a few cells: the case that used to cut names and drop dots. */
function crowdedMatrix(): DocumentMatrix {
  const words = ['Energiprestandakontrakt', 'för', 'skolor', 'och', 'förskolor', 'i', 'hela', 'kommunen']
  return {
    points: Array.from({ length: 150 }, (_, i) => ({
      id: `area-crowded-${i}`,
      label: `${i + 1}: ${words.slice(0, 2 + (i % 7)).join(' ')}`,
      x: i % 11 === 0 ? null : [3, 4, 5, 4][i % 4]!,
      y: [4, 3, 5][i % 3]!,
      marker: String(i + 1)
    }))
  }
}

/** The rows of the document's legend table (the table whose header starts with the number column), as cell texts. */
async function legendRows(docx: Uint8Array, numberHeader: string): Promise<string[][]> {
  const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string')
  const text = (fragment: string) =>
    [...fragment.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((m) => m[1]!)
      .join('')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
  for (const table of xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []) {
    const rows = (table.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []).map((row) =>
      (row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map(text)
    )
    if (rows[0]?.[0] === numberHeader && rows[0].length === 6) return rows
  }
  throw new Error(`no legend table with header "${numberHeader}"`)
}

/** The size of the first picture wider than half the text column, in px at 96 dpi. */
async function matrixExtent(docx: Uint8Array): Promise<{ width: number; height: number }> {
  const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string')
  const extents = [...xml.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map((m) => ({
    width: Number(m[1]) / EMU_PER_PX,
    height: Number(m[2]) / EMU_PER_PX
  }))
  const found = extents.find((e) => e.width > TEXT_WIDTH_PX / 2)
  if (!found) throw new Error('no matrix picture')
  return found
}

describe.skipIf(!soffice)('the matrix in the Word documents', () => {
  let dir: string
  const models: Record<string, WorkshopReportModel> = {}
  const docx: Record<string, Uint8Array> = {}
  const pdfText: Record<string, string> = {}

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'matbar-matrix-'))
    const sv = (await sampleDocumentModels('sv')).report
    const en = (await sampleDocumentModels('en')).report
    models.sv = sv
    models.en = en
    models.crowded = { ...sv, matrix: crowdedMatrix() }
    for (const [name, model] of Object.entries(models)) {
      docx[name] = await renderWorkshopReport(model)
      await writeFile(join(dir, `${name}.docx`), docx[name])
    }
    await docxToPdf(soffice!, dir, Object.keys(models))
    for (const name of Object.keys(models)) {
      const { stdout } = await run('pdftotext', [join(dir, `${name}.pdf`), '-'])
      pdfText[name] = norm(stdout)
    }
  }, 240_000)

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  for (const [name, language] of [
    ['sv', 'sv'],
    ['en', 'en'],
    ['crowded', 'sv']
  ] as const) {
    it(`${name}: the legend table lists every area once, numbered, with the quadrant of its scores`, async () => {
      const t = documentTexts(language)
      const points = models[name]!.matrix!.points
      const rows = await legendRows(docx[name]!, t('common.matrix.legend.number'))
      const [header, ...body] = rows
      expect(header!.map(norm)).toEqual(
        ['number', 'area', 'rank', 'effect', 'feasibility', 'quadrant'].map((k) => norm(t(`common.matrix.legend.${k}`)))
      )
      expect(body).toHaveLength(points.length)
      expect(body.map((r) => r[1]).sort()).toEqual(points.map((p) => norm(p.label)).sort())
      const plotted = points.filter((p) => p.x !== null && p.y !== null)
      expect(body.filter((r) => r[0] !== '–').map((r) => r[0])).toEqual(plotted.map((_, i) => String(i + 1)))
      for (const row of body) {
        const point = points.find((p) => norm(p.label) === row[1])!
        const quadrant =
          point.x === null || point.y === null
            ? t('common.matrix.legend.notPlotted')
            : t(`common.matrix.quadrants.${quadrantOf(point.x, point.y)}`)
        expect(row[5]).toBe(quadrant)
      }
      // Every name reaches the printed page whole.
      for (const p of points) expect(pdfText[name]).toContain(norm(p.label))
      expect(pdfText[name]).toContain(norm(t('common.matrix.rule')))
    })

    it(`${name}: the picture fills the text width`, async () => {
      const { width } = await matrixExtent(docx[name]!)
      expect(Math.abs(width - TEXT_WIDTH_PX)).toBeLessThanOrEqual(1)
    })
  }
})
