/**
 * The generated documents opened by a real word processor: LibreOffice converts them to PDF, poppler reads the
 * text back, and mammoth reads the Word structure. Skips with one loud line where soffice is missing, unless
 * REQUIRE_REAL_CLIENTS=1.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import mammoth from 'mammoth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderProposal, renderWorkshopReport } from '@main/documents'
import { loadSampleTables, sampleBranding } from '@main/documents/sample'
import { assembleProposal } from '@shared/document-assembly'
import type { ProposalModel, WorkshopReportModel } from '@shared/document-model'
import { HOSTILE, hostileProposal, REPO_ROOT, sampleDocumentModels } from '../helpers/document-fixtures'
import { docxToPdf, sofficeOrSkip } from '../helpers/libreoffice'

const run = promisify(execFile)

const soffice = sofficeOrSkip('Word document tests')
/** Spaces as pdftotext gives them (Intl uses no-break spaces in "68 000 kr"), folded to one plain space. */
const norm = (s: string) => s.replace(/[\u00a0\u202f\s]+/g, ' ')

describe.skipIf(!soffice)('documents in LibreOffice', () => {
  let dir: string
  let sv: { proposal: ProposalModel; report: WorkshopReportModel }
  /** The sample engagement's workshop proposal, dated before its workshop. */
  let workshopProposal: ProposalModel
  const pdfText: Record<string, string> = {}
  const docx: Record<string, Buffer> = {}

  async function pages(name: string, first: number, last: number): Promise<string> {
    const { stdout } = await run('pdftotext', [
      '-layout',
      '-f',
      String(first),
      '-l',
      String(last),
      join(dir, `${name}.pdf`),
      '-'
    ])
    return norm(stdout)
  }

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'matbar-docs-'))
    sv = await sampleDocumentModels('sv')
    const en = await sampleDocumentModels('en')
    const tables = await loadSampleTables(REPO_ROOT)
    workshopProposal = {
      ...assembleProposal(tables, 'eng-energi', { language: 'sv', date: '2026-02-01', kind: 'workshop' }),
      branding: sampleBranding()
    }
    const files: Record<string, Uint8Array> = {
      proposal: await renderProposal(sv.proposal),
      'proposal-workshop': await renderProposal(workshopProposal),
      report: await renderWorkshopReport(sv.report),
      hostile: await renderProposal(hostileProposal(sv.proposal)),
      'proposal-en': await renderProposal(en.proposal)
    }
    for (const [name, bytes] of Object.entries(files)) {
      docx[name] = Buffer.from(bytes)
      await writeFile(join(dir, `${name}.docx`), bytes)
    }
    // One conversion run for all files; an own profile so a LibreOffice already running cannot interfere.
    await docxToPdf(soffice!, dir, Object.keys(files))
    for (const name of Object.keys(files)) {
      const { stdout } = await run('pdftotext', ['-layout', join(dir, `${name}.pdf`), '-'])
      pdfText[name] = norm(stdout)
    }
  }, 240_000)

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('converts the implementation proposal: summary first, every area, the routes, acceptance block, "Sida 1 av"', () => {
    const text = pdfText.proposal!
    expect(sv.proposal.kind).toBe('implementation')
    expect(text).toContain(sv.proposal.client.name)
    for (const area of sv.proposal.areas) expect(text).toContain(norm(area.title))
    expect(text).toMatch(/[åäöÅÄÖ]/)
    // The summary comes before every other section of the body.
    const body = text.slice(text.indexOf('Sida 2 av'))
    expect(body.indexOf('Sammanfattning')).toBeLessThan(body.indexOf('Bakgrund och mål'))
    expect(text).toContain('Prioriterade områden')
    // The threshold sentence: the limit with its date, and each route explained with the threshold behind it.
    expect(text).toContain('Gränsen för direktupphandling är 700 000 kr, som gäller sedan den 1 februari 2022')
    expect(text).toContain('Öppet förfarande: alla leverantörer får lämna anbud')
    expect(text).toContain('minst EU:s tröskelvärde, 2 389 585 kr')
    expect(text).toContain('Innovationsinriktade arbetssätt')
    // Next steps, how to accept, and the acceptance block for the client.
    expect(text).toContain('Nästa steg och godkännande')
    for (const field of ['Underskrift', 'Namnförtydligande', 'Befattning', 'Datum']) expect(text).toContain(field)
    expect(text).toMatch(/Sida 1 av \d+/)
    expect(text).toMatch(/Sida 2 av \d+/)
  })

  it('converts the workshop proposal: no results, the fee against the direct-procurement limit, no own quotes', () => {
    const text = pdfText['proposal-workshop']!
    expect(workshopProposal.kind).toBe('workshop')
    for (const area of sv.proposal.areas) expect(text).not.toContain(norm(area.title))
    expect(text).not.toContain('Prioriterade områden')
    expect(text).toContain('Sammanfattning')
    expect(text).toContain(
      'Arvodet, 68 000 kr exklusive moms, understiger gränsen för direktupphandling, 700 000 kr, som gäller sedan den 1 februari 2022'
    )
    expect(text).toContain('Totalt inklusive moms 85 000 kr')
    // The client's own participants are never quoted back to it.
    expect(text).not.toContain('Genomfördes proffsigt')
    for (const field of ['Underskrift', 'Namnförtydligande', 'Befattning', 'Datum']) expect(text).toContain(field)
  })

  it('converts the workshop report with the starting question, every area and the sensitivity sentence', () => {
    const text = pdfText.report!
    expect(text).toContain(norm(sv.report.workshop.startingQuestion))
    for (const area of sv.report.areas) expect(text).toContain(norm(area.title))
    expect(text).toMatch(/procentenheter/)
    expect(text).toMatch(/Sida \d+ av \d+/)
    // A summary first and a contact section last; the head count and the named participants, said as such.
    const body = text.slice(text.indexOf('Sida 2 av'))
    expect(body.indexOf('Sammanfattning')).toBeLessThan(body.indexOf('Workshopen'))
    expect(body.lastIndexOf('Kontakt')).toBeGreaterThan(body.lastIndexOf('Nästa steg'))
    expect(text).toContain('Totalt medverkade åtta deltagare; i tabellen står de fem som är antecknade med namn.')
    expect(text).toContain('12 februari 2026 kl. 09.00')
  })

  it('writes a TOC whose page numbers are the pages the headings are on', async () => {
    const toc = await pages('proposal', 2, 2)
    const entries = [...toc.matchAll(/ ((?:[A-ZÅÄÖ\d][^.]*?)) ?\.{3,} ?(\d+)/g)].map((m) => ({
      title: m[1]!.trim(),
      page: Number(m[2])
    }))
    expect(entries.length).toBeGreaterThan(8)
    // The page numbers are worked out for Arial's metrics; LibreOffice lays out the same pages only with an
    // Arial-metric font (Liberation Sans). Without one the numbers are still checked to be there.
    const arial = await run('fc-match', ['Arial']).then(
      (r) => r.stdout,
      () => ''
    )
    if (!/Liberation Sans|Arial/.test(arial)) {
      console.warn(
        `\n*** TOC page check limited: no Arial-metric font (fc-match Arial: ${arial.trim()}); apt-get install fonts-liberation2 ***\n`
      )
      return
    }
    for (const entry of entries.filter((e) =>
      [
        'Sammanfattning',
        'Bakgrund och mål',
        'Prioriterade områden',
        'Upphandlingsvägar',
        'Plan',
        'Arvode',
        'Villkor',
        'Kontakt'
      ].includes(e.title)
    )) {
      expect(await pages('proposal', entry.page, entry.page), `${entry.title} on page ${entry.page}`).toContain(
        entry.title
      )
    }
  })

  it('has Heading 1 and Heading 2 structure and real tables, as mammoth reads them', async () => {
    const { value: html } = await mammoth.convertToHtml({ buffer: docx.proposal! })
    // Headings carry their TOC bookmark as an empty anchor: only the text is compared.
    const strip = (h: string) => h.replace(/<[^>]+>/g, '')
    const h1 = [...html.matchAll(/<h1>(.*?)<\/h1>/g)].map((m) => strip(m[1]!))
    expect(h1).toEqual([
      'Sammanfattning',
      'Bakgrund och mål',
      'Prioriterade områden',
      'Upphandlingsvägar',
      'Genomförandet',
      'Plan',
      'Arvode',
      'Villkor',
      'Nästa steg och godkännande',
      'Kontakt'
    ])
    const h2 = [...html.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => strip(m[1]!))
    for (const area of sv.proposal.areas) expect(h2.some((h) => h?.endsWith(area.title))).toBe(true)
    expect((html.match(/<table>/g) ?? []).length).toBeGreaterThan(10)
    expect(html).toMatch(/<table>.*?Rang.*?Område.*?Upphandlingsväg/)
  })

  it('keeps hostile text intact and the file still opens', () => {
    const text = pdfText.hostile!
    expect(text).toContain(norm(HOSTILE.xml))
    expect(text).toContain(HOSTILE.controlsClean)
    expect(text).toContain('ÅÄÖ åäö')
    expect(text).toContain('Lång text. Lång text.')
    // Right-to-left words come back from the PDF (pdftotext may reorder them, so each word is looked for).
    for (const word of HOSTILE.rtl.split(' ')) expect(text).toContain(word)
  })

  it('reads as a complete English document in English', () => {
    const text = pdfText['proposal-en']!
    expect(text).toMatch(/Page 2 of \d+/)
    for (const swedish of ['Sida', 'Bakgrund och mål', 'Arvode', 'Villkor']) expect(text).not.toContain(swedish)
  })
})
