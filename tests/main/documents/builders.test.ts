import { strFromU8, unzipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { ZodError } from 'zod'
import { renderProposal, renderWorkshopReport } from '@main/documents'
import type { ProposalModel, WorkshopReportModel } from '@shared/document-model'
import { HOSTILE, hostileProposal, sampleDocumentModels } from '../../helpers/document-fixtures'

function parts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes)
  return Object.fromEntries(
    Object.entries(files)
      .filter(([name]) => name.endsWith('.xml'))
      .map(([name, data]) => [name, strFromU8(data)])
  )
}

/** The visible text of document.xml: the w:t runs joined, XML entities decoded. */
function visibleText(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1]!)
    .join('')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}

describe('documents', () => {
  let sv: { proposal: ProposalModel; report: WorkshopReportModel }
  let en: { proposal: ProposalModel; report: WorkshopReportModel }
  let proposalXml: Record<string, string>
  let proposalFiles: Record<string, Uint8Array>
  let reportXml: Record<string, string>

  beforeAll(async () => {
    sv = await sampleDocumentModels('sv')
    en = await sampleDocumentModels('en')
    const proposalBytes = await renderProposal(sv.proposal)
    proposalFiles = unzipSync(proposalBytes)
    proposalXml = parts(proposalBytes)
    reportXml = parts(await renderWorkshopReport(sv.report))
  })

  describe('renderProposal()', () => {
    it('writes a .docx package with the main parts', () => {
      for (const name of [
        'word/document.xml',
        'word/styles.xml',
        'word/settings.xml',
        'docProps/core.xml',
        '[Content_Types].xml'
      ]) {
        expect(proposalXml[name], name).toBeDefined()
      }
    })

    it('uses the built-in Title and Heading 1–3 styles, each heading with its outline level', () => {
      const doc = proposalXml['word/document.xml']!
      for (const style of ['Title', 'Heading1', 'Heading2', 'Heading3'])
        expect(doc).toContain(`<w:pStyle w:val="${style}"/>`)
      const styles = proposalXml['word/styles.xml']!
      for (const [id, level] of [
        ['Heading1', 0],
        ['Heading2', 1],
        ['Heading3', 2]
      ] as const) {
        const style = styles.slice(styles.indexOf(`w:styleId="${id}"`))
        expect(style.slice(0, style.indexOf('</w:style>'))).toContain(`<w:outlineLvl w:val="${level}"/>`)
      }
    })

    it('has a TOC field with page numbers, does not ask Word to update fields, and marks the document Swedish', () => {
      const doc = proposalXml['word/document.xml']!
      expect(doc).toContain('TOC \\h \\o &quot;1-2&quot;')
      // Each TOC entry is a PAGEREF to a heading bookmark with its estimated page number already written in.
      const numbers = [
        ...doc.matchAll(
          /PAGEREF _Toc\w+ \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t[^>]*>(\d+)<\/w:t>/g
        )
      ].map((m) => Number(m[1]))
      expect(numbers.length).toBeGreaterThan(10)
      expect(numbers[0]).toBe(3)
      expect([...numbers].sort((a, b) => a - b)).toEqual(numbers)
      // Every number is known, so Word is not asked to update fields (its prompt reads as a security warning).
      expect(proposalXml['word/settings.xml']).not.toContain('updateFields')
      expect(proposalXml['word/styles.xml']).toContain('<w:lang w:val="sv-SE"/>')
    })

    it('repeats table header rows and keeps rows whole', () => {
      const doc = proposalXml['word/document.xml']!
      expect(doc).toContain('<w:tblHeader/>')
      expect(doc).toContain('<w:cantSplit/>')
    })

    it('puts client and title in the header and "Sida X av Y" with live fields in the footer, A4 page', () => {
      const headers = Object.entries(proposalXml)
        .filter(([n]) => n.startsWith('word/header'))
        .map(([, x]) => visibleText(x))
        .join('|')
      expect(headers).toContain(sv.proposal.client.name)
      // The sample proposal offers the implementation after the workshop, and its title says so.
      expect(headers).toContain(`Genomförande: ${sv.report.workshop.title}`)
      const footers = Object.entries(proposalXml)
        .filter(([n]) => n.startsWith('word/footer'))
        .map(([, x]) => x)
        .join('')
      expect(visibleText(footers)).toContain('Sida')
      expect(footers).toContain('PAGE')
      expect(footers).toContain('NUMPAGES')
      expect(proposalXml['word/document.xml']).toContain('w:w="11906" w:h="16838"')
    })

    it('sets title, author and subject in the document properties', () => {
      const core = proposalXml['docProps/core.xml']!
      expect(core).toContain(`<dc:title>Genomförande: ${sv.report.workshop.title}</dc:title>`)
      expect(core).toContain(`<dc:creator>${sv.proposal.branding.consultantName}</dc:creator>`)
      expect(core).toContain(sv.proposal.client.name)
    })

    it('shows every area, the fee total including VAT, the logo and the matrix picture', () => {
      const text = visibleText(proposalXml['word/document.xml']!)
      for (const area of sv.proposal.areas) expect(text).toContain(area.title)
      const subtotal = sv.proposal.fee.lines.reduce((s, l) => s + l.amountSek, 0)
      const total = subtotal + Math.round(subtotal * sv.proposal.fee.vatRate)
      expect(text.replace(/\s/g, '')).toContain(`${total}kr`)
      expect(Object.keys(proposalFiles).filter((n) => n.startsWith('word/media/'))).toHaveLength(2)
    })

    it('is complete in English: no Swedish fixed text, en-GB language, "Page X of Y"', async () => {
      const xml = parts(await renderProposal(en.proposal))
      const text = visibleText(xml['word/document.xml']!)
      for (const swedish of ['Bakgrund', 'Metod', 'Arvode', 'Villkor', 'Innehåll', 'Rang', 'Nollvärde', 'Sida'])
        expect(text).not.toContain(swedish)
      expect(text).toContain('Background and goals')
      expect(xml['word/styles.xml']).toContain('<w:lang w:val="en-GB"/>')
      const footers = Object.entries(xml)
        .filter(([n]) => n.startsWith('word/footer'))
        .map(([, x]) => visibleText(x))
        .join('')
      expect(footers).toContain('Page')
    })

    it('strips control characters and keeps XML specials, emoji, right-to-left and 20 000-character text intact', async () => {
      const xml = parts(await renderProposal(hostileProposal(sv.proposal)))
      const doc = xml['word/document.xml']!
      expect(doc).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE]/)
      const text = visibleText(doc)
      for (const s of [HOSTILE.xml, HOSTILE.emoji, HOSTILE.rtl, HOSTILE.swedish, HOSTILE.controlsClean, HOSTILE.long])
        expect(text).toContain(s)
      expect(visibleText(xml['docProps/core.xml'] ?? '')).not.toContain('\u0000')
    })

    it('refuses an invalid model with a ZodError', async () => {
      await expect(renderProposal({ ...sv.proposal, title: '' })).rejects.toBeInstanceOf(ZodError)
      await expect(renderProposal({ ...sv.proposal, extra: 1 })).rejects.toBeInstanceOf(ZodError)
    })
  })

  describe('renderWorkshopReport()', () => {
    it('shows the starting question, participants, every area, the sensitivity sentence and evaluation comments', () => {
      const text = visibleText(reportXml['word/document.xml']!)
      expect(text).toContain(sv.report.workshop.startingQuestion)
      for (const p of sv.report.participants) expect(text).toContain(p.name)
      for (const a of sv.report.areas) expect(text).toContain(a.title)
      for (const c of sv.report.evaluations!.comments) expect(text).toContain(c)
      expect(sv.report.prioritisation?.sensitivity.kind).toBe('takeover')
      expect(text).toMatch(/procentenheter går .* förbi/)
    })

    it('has a grade-count table with one column per grade', () => {
      const text = visibleText(reportXml['word/document.xml']!)
      for (const grade of ['6 utmärkt', '5 mycket bra', '4 bra', '3 godkänt', '2 mindre bra', '1 dåligt'])
        expect(text).toContain(grade)
    })

    it('is complete in English', async () => {
      const text = visibleText(parts(await renderWorkshopReport(en.report))['word/document.xml']!)
      for (const swedish of [
        'Nästa steg',
        'procentenheter',
        'Fördelning av betygen',
        'Kriterier och vikter',
        'Effektiviseringsområden'
      ])
        expect(text).not.toContain(swedish)
      expect(text).toContain('Next steps')
    })
  })
})
