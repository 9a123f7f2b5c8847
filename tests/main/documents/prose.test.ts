/**
 * What the client reads: the two proposals and the report say each thing once, in the right words, with the
 * structure a signed document needs (issue 12 points 1, 2, 6, 7). Read from the document XML, no word processor.
 */
import { strFromU8, unzipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { renderProposal, renderWorkshopReport } from '@main/documents'
import { countWord, listOf, oneFullStop, percentText, timeOfDay } from '@main/documents/texts'
import { loadSampleTables, sampleBranding, sampleModels } from '@main/documents/sample'
import { assembleProposal } from '@shared/document-assembly'
import type { AssemblyTables } from '@shared/document-assembly'
import type { DocumentBranding, ProposalModel, WorkshopReportModel } from '@shared/document-model'
import { REPO_ROOT, SAMPLE_DATE } from '../../helpers/document-fixtures'

function documentXml(bytes: Uint8Array): string {
  return strFromU8(unzipSync(bytes)['word/document.xml']!)
}

/** The visible text, one paragraph a line, XML entities decoded. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((m) => m[1]!)
      .join('')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&')
  )
}

const NO_SENDER: DocumentBranding = {
  ...sampleBranding(),
  consultantName: '',
  company: '',
  orgNumber: '',
  contactLines: []
}

describe('documents as the client reads them', () => {
  let tables: AssemblyTables
  let implementation: ProposalModel
  let workshop: ProposalModel
  let report: WorkshopReportModel
  let implText: string[]
  let implXml: string
  let workshopText: string[]
  let reportText: string[]

  beforeAll(async () => {
    tables = await loadSampleTables(REPO_ROOT)
    const sample = sampleModels(tables, 'sv', SAMPLE_DATE)
    implementation = sample.proposal
    report = sample.report
    workshop = {
      ...assembleProposal(tables, 'eng-energi', { language: 'sv', date: '2026-02-01', kind: 'workshop' }),
      branding: sampleBranding()
    }
    implXml = documentXml(await renderProposal(implementation))
    implText = paragraphs(implXml)
    workshopText = paragraphs(documentXml(await renderProposal(workshop)))
    reportText = paragraphs(documentXml(await renderWorkshopReport(report)))
  }, 60_000)

  it('opens each document with a summary, right after the table of contents', () => {
    for (const text of [implText, workshopText, reportText]) {
      const toc = text.indexOf('Innehåll')
      const body = text.slice(toc + 1).filter((p) => p !== '' && !/\d$/.test(p))
      expect(body[0]).toBe('Sammanfattning')
    }
  })

  it('gives the workshop proposal no results, and the workshop fee against the dated direct-procurement limit', () => {
    const all = workshopText.join('\n')
    for (const area of implementation.areas) expect(all).not.toContain(area.title)
    expect(all).not.toContain('Prioriterade områden')
    expect(all).toContain(
      'Arvodet, 68\u00A0000\u00A0kr exklusive moms, understiger gränsen för direktupphandling, 700\u00A0000\u00A0kr, som gäller sedan den 1 februari 2022 enligt LOU (2016:1145) 19 a kap. Norrviks kommun kan därför'
    )
    expect(all).toContain('Totalt inklusive moms')
    expect(all).not.toContain('Att betala')
    expect(all).toContain('överbrygga glappet')
    expect(all).not.toContain('sluta glappet')
  })

  it('ends both proposals with next steps, how to accept and signature lines for the client', () => {
    for (const text of [implText, workshopText]) {
      const at = text.indexOf('Nästa steg och godkännande')
      expect(at).toBeGreaterThan(0)
      const rest = text.slice(at)
      expect(rest.some((p) => p.startsWith('Godkänn förslaget genom att underteckna nedan'))).toBe(true)
      for (const field of ['Underskrift', 'Namnförtydligande', 'Befattning', 'Datum']) expect(rest).toContain(field)
    }
  })

  it('explains each route the areas use with its threshold, and the innovation approaches apart', () => {
    const all = implText.join('\n')
    const procedures = implText.indexOf('Förfaranden')
    const innovation = implText.indexOf('Innovationsinriktade arbetssätt')
    expect(procedures).toBeGreaterThan(0)
    expect(innovation).toBeGreaterThan(procedures)
    const proceduresPart = implText.slice(procedures, innovation).join('\n')
    expect(proceduresPart).toContain('Öppet förfarande: alla leverantörer får lämna anbud')
    expect(proceduresPart).toContain('2\u00A0389\u00A0585\u00A0kr')
    // Functional, pre-commercial and innovation partnership are never listed as procedures.
    for (const r of ['Funktionsupphandling', 'Förkommersiell upphandling', 'Innovationspartnerskap'])
      expect(proceduresPart).not.toContain(`${r}:`)
    expect(all).toContain('Funktionsupphandling: kraven beskriver')
    // The 2024 EU values were due for revision on 1 January 2026: the document says so.
    expect(all).toContain('en ny revision gäller från den 1 januari 2026')
  })

  it('says the role of procurement as a fact, and gives no route for an area that needs none', () => {
    const all = implText.join('\n')
    expect(all).not.toMatch(/Upphandling (bidrar|behövs inte|är nödvändig)\./)
    const area = implementation.areas.find((a) => a.procurementNecessity === 'not-necessary')!
    const from = implText.indexOf(`${area.rank}. ${area.title}`)
    const next = implText.findIndex((p, i) => i > from && /^(\d+\. |Upphandlingsvägar)/.test(p))
    const section = implText.slice(from, next)
    expect(section).toContain('Behövs inte')
    expect(section).not.toContain('Lämplig upphandlingsväg')
  })

  it('never repeats a goal year the goal already names, and keeps numbers with their % and kr', () => {
    const all = implText.join('\n')
    expect(all).not.toMatch(/(\d{4}) \(till \1\)/)
    expect(all).toContain('Fossilfri kommunal organisation 2030')
    expect(all).toContain('20\u00A0% till 2030')
    expect(all).not.toMatch(/\d [%]|\d kr\b/)
    expect(all).not.toContain('är en kommun')
  })

  it('numbers the figure with a SEQ field and describes the matrix in its alt text', () => {
    expect(implXml).toMatch(/<w:instrText[^>]*>\s*SEQ Figur/)
    expect(implText.some((p) => /^Figur\u00A0\d*\. Värde mot genomförbarhet\./.test(p))).toBe(true)
    const alt =
      /<wp:docPr [^>]*descr="([^"]*)"[^>]*title="Diagram[^"]*"/.exec(implXml) ??
      /<wp:docPr [^>]*descr="(Diagram[^"]*)"/.exec(implXml)
    expect(alt?.[1]).toMatch(/^Diagram med fem effektiviseringsområden som numrerade prickar/)
    expect(alt?.[1]).toContain('I fältet ”Gör först” ligger Energieffektiv gatubelysning.')
  })

  it('reports the head count and the named participants as such, a time as "kl. 09.00", weights adding to 100 %', () => {
    const all = reportText.join('\n')
    expect(all).toContain('Totalt medverkade åtta deltagare; i tabellen står de fem som är antecknade med namn.')
    expect(all).toContain('12 februari 2026 kl.\u00A009.00')
    expect(all).toContain('Viktad poäng (1–5)')
    const weights = [...all.matchAll(/^(\d+)\u00A0%$/gm)].map((m) => Number(m[1]))
    expect(weights.reduce((a, b) => a + b, 0)).toBe(100)
    expect(reportText.at(-1)).toContain('anders@berglund-upphandling.example')
    expect(reportText).toContain('Kontakt')
  })

  it('writes a tie as "A och B delar förstaplatsen"', async () => {
    const tie: WorkshopReportModel = {
      ...report,
      areas: report.areas.map((a, i) => (i < 2 ? { ...a, rank: 1 } : a)),
      prioritisation: {
        ...report.prioritisation!,
        sensitivity: { kind: 'tie', areas: [report.areas[0]!.title, report.areas[1]!.title] }
      }
    }
    const all = paragraphs(documentXml(await renderWorkshopReport(tie))).join('\n')
    expect(all).toContain(`”${report.areas[0]!.title}” och ”${report.areas[1]!.title}” delar förstaplatsen`)
  })

  it('does not count "noll områden" when an implementation proposal has no areas yet', async () => {
    const none = paragraphs(documentXml(await renderProposal({ ...implementation, areas: [], matrix: null }))).join(
      '\n'
    )
    expect(none).not.toContain('noll områden')
    expect(none).toContain('Områdena preciseras tillsammans med Norrviks kommun vid uppstarten.')
  })

  it('before the scoring calls no area prioritised and shows no rank, picture or stability (Lövsjö, session 8)', async () => {
    const unranked = implementation.areas.map((a) => ({ ...a, rank: null, score: null, annualEffectSek: null }))
    const unplotted = implementation.matrix && {
      ...implementation.matrix,
      points: implementation.matrix.points.map((p) => ({ ...p, x: null, y: null }))
    }
    const proposal = paragraphs(
      documentXml(await renderProposal({ ...implementation, areas: unranked, matrix: unplotted }))
    ).join('\n')
    expect(proposal).not.toContain('Prioriterade områden')
    expect(proposal).toContain('Områden från workshopen')
    expect(proposal).toContain('vi rangordnar dem tillsammans med Norrviks kommun vid uppstarten')
    expect(proposal).not.toContain('Värde mot genomförbarhet')
    expect(proposal).not.toMatch(/^Rang$/m)
    expect(proposal).not.toContain('Uppskattad effekt per år')
    expect(proposal).not.toMatch(/Bilden kan visas/)

    const unscored = paragraphs(
      documentXml(
        await renderWorkshopReport({
          ...report,
          areas: report.areas.map((a) => ({ ...a, rank: null, score: null })),
          matrix: null
        })
      )
    ).join('\n')
    expect(unscored).toContain('Områdena har ännu inte poängsatts.')
    expect(unscored).not.toContain('Områdena poängsattes 1–5')
    expect(unscored).not.toContain('Hur stabil är rangordningen?')
    expect(unscored).not.toContain('Värde mot genomförbarhet')
    expect(unscored).toContain('Kriterier och vikter')
  })

  it('names no threshold for a pre-commercial procurement, which is outside LOU', async () => {
    const first = implementation.areas.find((a) => a.contractValueSek !== null && a.band !== null)!
    const areas = implementation.areas.map((a) => (a === first ? { ...a, route: 'pre-commercial' as const } : a))
    const text = paragraphs(documentXml(await renderProposal({ ...implementation, areas })))
    const row = text.indexOf(
      first.title,
      text.indexOf('Så här förhåller sig områdenas uppskattade kontraktsvärden till gränserna:')
    )
    expect(row).toBeGreaterThan(0)
    expect(text[row + 2]).toBe('Utanför LOU (förkommersiell upphandling)')
  })

  it("keeps the sender's lines in one paragraph that a page break cannot split", () => {
    const contact = [...implXml.matchAll(/<w:p[ >].*?<\/w:p>/gs)]
      .map((m) => m[0])
      .find((p) => p.includes('Anders Berglund') && p.includes('@'))
    expect(contact).toBeDefined()
    expect(contact).toContain('<w:keepLines/>')
    expect(contact!.match(/<w:br\/>/g)?.length ?? 0).toBeGreaterThanOrEqual(3)
  })

  it('names what is offered on the cover and in the acceptance: the implementation after the workshop, or the engagement', () => {
    expect(implText).toContain('Genomförande: Minskad energianvändning')
    expect(implText.join('\n')).toContain('godkänner förslaget ”Genomförande: Minskad energianvändning”')
    expect(workshopText).toContain(workshop.title)
    expect(workshopText.join('\n')).toContain(`godkänner förslaget ”${workshop.title}”`)
  })

  it('puts each mean beside its scale', () => {
    expect(reportText).toContain('Medelvärde (1–6)')
  })

  it('leaves out the contact section, and never ends on its intro, when the branding has no sender', async () => {
    for (const bytes of [
      await renderProposal({ ...implementation, branding: NO_SENDER }),
      await renderWorkshopReport({ ...report, branding: NO_SENDER })
    ]) {
      const text = paragraphs(documentXml(bytes))
      expect(text).not.toContain('Kontakt')
      expect(text.join('\n')).not.toMatch(/besvaras av:$/m)
    }
    const noSender = paragraphs(documentXml(await renderProposal({ ...workshop, branding: NO_SENDER }))).join('\n')
    expect(noSender).toContain('skicka tillbaka det senast den')
  })
})

describe('documents/texts helpers', () => {
  it('writes small counts in words and larger ones in digits', () => {
    expect(countWord(8, 'sv')).toBe('åtta')
    expect(countWord(1, 'sv')).toBe('en')
    expect(countWord(1, 'sv', { neuter: true })).toBe('ett')
    expect(countWord(12, 'en')).toBe('twelve')
    expect(countWord(13, 'sv')).toBe('13')
    expect(countWord(1500, 'sv')).toBe('1\u00A0500')
  })

  it("lists, times, percentages and abbreviation stops the language's way", () => {
    expect(listOf(['A', 'B', 'C'], 'sv')).toBe('A, B och C')
    expect(listOf(['A', 'B'], 'en')).toBe('A and B')
    expect(timeOfDay('2026-02-12T09:00', 'sv')).toBe('kl.\u00A009.00')
    expect(timeOfDay('2026-02-12T13:30', 'en')).toBe('13:30')
    expect(percentText('20', 'sv')).toBe('20\u00A0%')
    expect(oneFullStop('enligt 19 a kap.. Sedan')).toBe('enligt 19 a kap. Sedan')
  })
})
