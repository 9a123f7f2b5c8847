/**
 * The contents page's numbers against the pages LibreOffice puts the headings on (its PDF, read page by page with
 * pdftotext), for the sample documents, an area titled with "CO₂" and every body font the settings offer.
 *
 * What "equal" means depends on the font LibreOffice draws with (fc-match):
 * - the font itself or a metric-compatible stand-in (Arial → Liberation Sans, Times New Roman → Liberation Serif,
 *   Calibri → Carlito, Cambria → Caladea): every number equals LibreOffice's page;
 * - another font (Georgia, Garamond, Verdana, and Calibri/Cambria without Carlito/Caladea: DejaVu here): the shipped
 *   document is measured for Word's own font, which LibreOffice does not draw, so comparing them says nothing. The
 *   document is then also written with its text measured in the file LibreOffice draws instead (page-numbers.ts,
 *   measureWithFontFiles) and compared: every number within one page of LibreOffice's, and at least 80 % equal. Word
 *   and LibreOffice place a heading near the foot of a page differently for some fonts (DejaVu Serif: 3 of 20).
 * In every case each entry has a number, and the file does not ask Word to update fields.
 * Skips with one loud line where soffice, pdftotext or fc-match is missing, unless REQUIRE_REAL_CLIENTS=1.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { strFromU8, unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderProposal, renderWorkshopReport } from '@main/documents'
import { measureWithFontFiles } from '@main/documents/page-numbers'
import { BODY_FONTS } from '@shared/branding'
import type { ProposalModel } from '@shared/document-model'
import { sampleDocumentModels } from '../helpers/document-fixtures'
import { docxToPdf, sofficeOrSkip } from '../helpers/libreoffice'

const run = promisify(execFile)

const soffice = sofficeOrSkip(
  'TOC page-number tests',
  ['pdftotext', 'pdffonts', 'fc-match'],
  'libreoffice-writer-nogui poppler-utils fontconfig'
)

/** Fonts LibreOffice may draw instead of a body font with the same widths, so the same pages. */
const SAME_WIDTHS: Record<string, string[]> = {
  Arial: ['Liberation Sans', 'Arimo'],
  'Times New Roman': ['Liberation Serif', 'Tinos'],
  Calibri: ['Carlito'],
  Cambria: ['Caladea']
}

const norm = (s: string) => s.replace(/[\u00a0\u202f\s]+/g, ' ').trim()
const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')

type Entry = { title: string; page: string }

/** The TOC entries of a .docx: the text of each TOC1/TOC2 paragraph and the number written after its tab. */
function tocEntries(docx: Uint8Array): { entries: Entry[]; settings: string } {
  const files = unzipSync(docx)
  const xml = strFromU8(files['word/document.xml']!)
  const entries = xml
    .split('</w:p>')
    .filter((p) => /<w:pStyle w:val="TOC[12]"\/>/.test(p))
    .map((p) => {
      const texts = [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescapeXml(m[1]!))
      const fieldResult =
        /PAGEREF[^<]*<\/w:instrText>.*?<w:fldChar w:fldCharType="separate"\/>(.*?)<w:fldChar w:fldCharType="end"/.exec(
          p
        )
      const page = fieldResult
        ? [...fieldResult[1]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')
        : ''
      const title = norm(page && texts.at(-1) === page ? texts.slice(0, -1).join('') : texts.join(''))
      return { title, page }
    })
  return { entries, settings: strFromU8(files['word/settings.xml']!) }
}

/** The page (from 1) each title is on as a heading line of its own (or the start of a wrapped one), in order. */
async function headingPages(pdf: string, titles: string[]): Promise<number[]> {
  // One pdftotext run: pages are separated by form feeds.
  const { stdout } = await run('pdftotext', [pdf, '-'])
  const pages = stdout.split('\f').map((page) => page.split('\n').map(norm).filter(Boolean))
  const count = pages.length
  // Headings start after the contents page (page 2); each comes at or after the one before.
  let from = 3
  return titles.map((title) => {
    const isHeading = (line: string) => line === title || (line.length >= 12 && title.startsWith(line))
    for (let page = from; page <= count; page++)
      if (pages[page - 1]!.some(isHeading)) {
        from = page
        return page
      }
    return -1
  })
}

/** The family LibreOffice draws `font` with, and the files of its four faces, as fontconfig chooses them. */
async function drawnAs(font: string): Promise<{ family: string; files: string[] }> {
  const match = async (pattern: string) => (await run('fc-match', ['-f', '%{family[0]}|%{file}', pattern])).stdout
  const [family] = (await match(font)).split('|')
  const files = await Promise.all(
    ['', ':bold', ':italic', ':bold:italic'].map(async (face) => (await match(`${font}${face}`)).split('|')[1]!)
  )
  return { family: family!, files: [...new Set(files)] }
}

type Case = {
  name: string
  render: () => Promise<Uint8Array>
  /** LibreOffice draws what the estimate measured: numbers must be equal. Otherwise within a page. */
  exact: boolean
  /** The font family the PDF must be drawn in, when the case depends on it. */
  drawnIn?: string
}

describe.skipIf(!soffice)('TOC page numbers against LibreOffice', () => {
  let dir: string
  const cases: Case[] = []
  const docx: Record<string, Uint8Array> = {}
  const shipped: Record<string, Uint8Array> = {}

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'matbar-toc-'))
    const sv = await sampleDocumentModels('sv')
    const en = await sampleDocumentModels('en')
    const withFont = (model: ProposalModel, bodyFont: string): ProposalModel => ({
      ...model,
      branding: { ...model.branding, bodyFont: bodyFont as ProposalModel['branding']['bodyFont'] }
    })
    const co2: ProposalModel = {
      ...sv.proposal,
      areas: sv.proposal.areas.map((a, i) =>
        i === 0 ? { ...a, title: 'Minska CO₂-utsläppen från kommunens fordon och maskiner' } : a
      )
    }
    cases.push(
      { name: 'proposal-sv', render: () => renderProposal(sv.proposal), exact: true },
      { name: 'proposal-en', render: () => renderProposal(en.proposal), exact: true },
      { name: 'report-sv', render: () => renderWorkshopReport(sv.report), exact: true },
      { name: 'proposal-co2', render: () => renderProposal(co2), exact: true }
    )
    for (const font of BODY_FONTS) {
      const name = `font-${font.replace(/ /g, '')}`
      const { family, files } = await drawnAs(font)
      shipped[name] = await renderProposal(withFont(sv.proposal, font))
      if (family === font || (SAME_WIDTHS[font] ?? []).includes(family)) {
        cases.push({ name, render: async () => shipped[name]!, exact: true })
        continue
      }
      // LibreOffice draws another font: measure the text in that font's files, under the body font's name.
      const data = await Promise.all(files.map((f) => readFile(f)))
      cases.push({
        name,
        exact: false,
        drawnIn: family.replace(/ /g, ''),
        render: async () => {
          measureWithFontFiles(data.map((d) => ({ data: d, name: font })))
          try {
            return await renderProposal(withFont(sv.proposal, font))
          } finally {
            measureWithFontFiles(undefined)
          }
        }
      })
    }
    for (const c of cases) {
      docx[c.name] = await c.render()
      await writeFile(join(dir, `${c.name}.docx`), docx[c.name]!)
    }
    await docxToPdf(
      soffice!,
      dir,
      cases.map((c) => c.name),
      300_000
    )
  }, 420_000)

  afterAll(async () => {
    measureWithFontFiles(undefined)
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('writes a number for every entry of every document and body font, without asking Word to update fields', () => {
    for (const [name, bytes] of Object.entries({ ...docx, ...shipped })) {
      const { entries, settings } = tocEntries(bytes)
      expect(entries.length, name).toBeGreaterThan(8)
      expect(
        entries.filter((e) => !/^\d+$/.test(e.page)).map((e) => e.title),
        `${name}: entries without a number`
      ).toEqual([])
      expect(settings, name).not.toContain('updateFields')
    }
  })

  it('puts the CO₂ area in the contents with a number', () => {
    const { entries } = tocEntries(docx['proposal-co2']!)
    expect(entries.some((e) => e.title.includes('CO₂') && /^\d+$/.test(e.page))).toBe(true)
  })

  it('numbers equal the pages LibreOffice puts the headings on (within one page for a substituted font)', async () => {
    const report: string[] = []
    for (const c of cases) {
      const pdf = join(dir, `${c.name}.pdf`)
      if (c.drawnIn) {
        const { stdout } = await run('pdffonts', [pdf])
        expect(stdout, `${c.name} drawn in ${c.drawnIn}`).toContain(c.drawnIn)
      }
      const { entries } = tocEntries(docx[c.name]!)
      const found = await headingPages(
        pdf,
        entries.map((e) => e.title)
      )
      const written = entries.map((e) => Number(e.page))
      expect(found.filter((p) => p < 0).length, `${c.name}: headings not found in the PDF`).toBe(0)
      const equal = written.filter((p, i) => p === found[i]).length
      report.push(`${c.name}: ${equal}/${written.length} equal`)
      if (c.exact) expect(written, c.name).toEqual(found)
      else {
        for (const [i, p] of written.entries())
          expect(Math.abs(p - found[i]!), `${c.name}: ${entries[i]!.title}`).toBeLessThanOrEqual(1)
        expect(equal / written.length, c.name).toBeGreaterThanOrEqual(0.8)
      }
    }
    console.log(`TOC numbers against LibreOffice: ${report.join('; ')}`)
  }, 120_000)
})
