/**
 * No word of a document is broken in the middle, in tables above all: LibreOffice converts each document to PDF,
 * pdftotext reads the words back, and every word it reads must be a word of the document (a word broken across a
 * cell's lines comes back as two pieces, "Energiprestandako" and "ntrakt", that are not). A hyphen is a place a
 * line may break, so "CO₂-" and "utsläppen" are words. The sample documents in Swedish and English, and a proposal
 * whose areas have long compound titles, in Arial (32–35 letters), and in Verdana and Georgia (20–23 letters, in
 * faces a sixth to a third wider; LibreOffice draws them in DejaVu Sans and Serif, which the widths are taken from).
 * A word longer than fits beside the other columns' longest words, even at 8 pt, still breaks, in its own column only.
 * Skips with one loud line where soffice or pdftotext is missing, unless REQUIRE_REAL_CLIENTS=1.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { strFromU8, unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderFollowUpReport, renderProposal, renderWorkshopReport } from '@main/documents'
import type { ProposalModel } from '@shared/document-model'
import { sampleDocumentModels } from '../helpers/document-fixtures'
import { docxToPdf, sofficeOrSkip } from '../helpers/libreoffice'

const run = promisify(execFile)

const soffice = sofficeOrSkip('table word tests')

/**
 * Words as a line may break them: at spaces (not no-break ones), after a hyphen and at a soft hyphen (a word with
 * one counts whole and in its parts); punctuation around them off.
 */
function words(text: string): string[] {
  const whole = text.replace(/\u00ad/g, '')
  const parts = text.includes('\u00ad') ? text.replace(/\u00ad/g, '\u00ad ') : ''
  return `${whole} ${parts}`
    .split(/[\s]+|(?<=[-\u2010])/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => /\p{L}/u.test(w))
}

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')

/** Every word the document holds: body, headers, footers, and the text of its SVG pictures (the matrix). */
function documentWords(docx: Uint8Array): Set<string> {
  const out = new Set<string>()
  for (const [name, data] of Object.entries(unzipSync(docx))) {
    if (/^word\/(document|header\d*|footer\d*)\.xml$/.test(name)) {
      for (const paragraph of strFromU8(data).split('</w:p>')) {
        const text = [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:(?:br|tab|cr)(?: [^>]*)?\/>/g)]
          .map((m) => (m[1] === undefined ? ' ' : unescapeXml(m[1])))
          .join('')
        for (const w of words(text)) out.add(w)
      }
    } else if (name.endsWith('.svg')) {
      for (const m of strFromU8(data).matchAll(/>([^<]+)</g)) for (const w of words(unescapeXml(m[1]!))) out.add(w)
    }
  }
  return out
}

/** Long Swedish compounds: 32–35 letters, and 20–23 letters (what fits beside the other columns in a wide font). */
const LONG = [
  'Energiprestandakontraktsuppföljning',
  'Fastighetsautomationsupphandling',
  'Livscykelkostnadsberäkningsmodell',
  'Solcellsanläggningsentreprenader',
  'Ventilationsaggregatsutbyten'
]
const LONGISH = [
  'Energiprestandakontrakt',
  'Livscykelkostnadsanalys',
  'Solcellsentreprenader',
  'Ventilationsaggregat',
  'Fastighetsautomation'
]

/** Areas whose titles start with long compounds, as Swedish has them: the columns must give them room. */
function longWords(model: ProposalModel, long: readonly string[]): ProposalModel {
  return {
    ...model,
    areas: model.areas.map((a, i) => ({ ...a, title: `${long[i % long.length]!} i ${a.title.toLowerCase()}` }))
  }
}

describe.skipIf(!soffice)('words in tables are never broken', () => {
  let dir: string
  const docx: Record<string, Uint8Array> = {}
  const pdfText: Record<string, string> = {}

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'matbar-words-'))
    for (const lang of ['sv', 'en'] as const) {
      const m = await sampleDocumentModels(lang)
      docx[`proposal-${lang}`] = await renderProposal(m.proposal)
      docx[`report-${lang}`] = await renderWorkshopReport(m.report)
      docx[`followup-${lang}`] = await renderFollowUpReport(m.followUp)
      if (lang === 'sv') {
        docx['long-words'] = await renderProposal(longWords(m.proposal, LONG))
        for (const bodyFont of ['Verdana', 'Georgia'] as const)
          docx[`long-words-${bodyFont}`] = await renderProposal({
            ...longWords(m.proposal, LONGISH),
            branding: { ...m.proposal.branding, bodyFont }
          })
      }
    }
    for (const [name, bytes] of Object.entries(docx)) await writeFile(join(dir, `${name}.docx`), bytes)
    await docxToPdf(soffice!, dir, Object.keys(docx), 300_000)
    for (const name of Object.keys(docx)) {
      const { stdout } = await run('pdftotext', [join(dir, `${name}.pdf`), '-'])
      // The contents page's dot leaders and page numbers are not words.
      pdfText[name] = stdout.replace(/\.{3,}\s*\d*/g, ' ')
    }
  }, 420_000)

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('every word LibreOffice prints is a word of the document', () => {
    const broken: Record<string, string[]> = {}
    for (const name of Object.keys(docx)) {
      const known = documentWords(docx[name]!)
      const pieces = [...new Set(words(pdfText[name]!).filter((w) => !known.has(w)))]
      if (pieces.length > 0) broken[name] = pieces
    }
    expect(broken).toEqual({})
  })

  it('prints every long area title word whole', () => {
    for (const [name, long] of [
      ['long-words', LONG],
      ['long-words-Verdana', LONGISH],
      ['long-words-Georgia', LONGISH]
    ] as const) {
      for (const w of long) expect(words(pdfText[name]!), `${name}: ${w}`).toContain(w)
    }
  })
})
