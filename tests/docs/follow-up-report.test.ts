/**
 * The follow-up report opened by a real word processor: LibreOffice converts it to PDF, poppler reads the text and
 * lists the pictures. Skips with one loud line where soffice is missing, unless REQUIRE_REAL_CLIENTS=1.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderFollowUpReport } from '@main/documents'
import { loadSampleTables, sampleBranding, SAMPLE_ENGAGEMENT_ID } from '@main/documents/sample'
import { assembleFollowUpReport } from '@shared/document-assembly'
import type { AssemblyTables } from '@shared/document-assembly'
import type { FollowUpReportModel } from '@shared/document-model'
import { formatSek } from '@shared/format'
import { REPO_ROOT, sampleDocumentModels } from '../helpers/document-fixtures'
import { docxToPdf, sofficeOrSkip } from '../helpers/libreoffice'

const run = promisify(execFile)

const soffice = sofficeOrSkip('follow-up report tests', ['pdftotext', 'pdfimages'])
/** Spaces as pdftotext gives them (Intl uses no-break spaces in "68 000 kr"), folded to one plain space. */
const norm = (s: string) => s.replace(/[\u00a0\u202f\s]+/g, ' ')

/**
 * The sample with more happening, as of 2026-11-26: solar power (140 → 1 200 MWh by 2029-12-31) measured at 150 on
 * 2026-10-31, far behind its plan; the energy stewards (2 450 → 2 200 by 2027-12-31) measured at 2 150 on 2026-09-30,
 * past their target; and the ventilation area without its indicator.
 */
function variedTables(tables: AssemblyTables): AssemblyTables {
  const at = '2026-11-01T08:00:00.000Z'
  const extra = (id: string, areaId: string, date: string, value: number) => ({
    id,
    createdAt: at,
    updatedAt: at,
    areaId,
    date,
    value,
    source: '',
    note: ''
  })
  return {
    ...tables,
    areas: tables.areas.map((a) => (a.id === 'area-energi-3' ? { ...a, indicator: null } : a)),
    measurements: [
      ...tables.measurements,
      extra('m-sol', 'area-energi-4', '2026-10-31', 150),
      extra('m-ombud', 'area-energi-5', '2026-09-30', 2150)
    ]
  }
}

describe.skipIf(!soffice)('follow-up report in LibreOffice', () => {
  let dir: string
  const models: Record<string, FollowUpReportModel> = {}
  const text: Record<string, string> = {}
  const docx: Record<string, Uint8Array> = {}

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'matbar-followup-'))
    models.sv = (await sampleDocumentModels('sv')).followUp
    models.en = (await sampleDocumentModels('en')).followUp
    const varied = variedTables(await loadSampleTables(REPO_ROOT))
    models.varied = {
      ...assembleFollowUpReport(varied, SAMPLE_ENGAGEMENT_ID, { language: 'sv', date: '2026-11-26' }),
      branding: sampleBranding()
    }
    for (const [name, model] of Object.entries(models)) {
      docx[name] = await renderFollowUpReport(model)
      await writeFile(join(dir, `${name}.docx`), docx[name])
    }
    // One conversion run for all files; an own profile so a LibreOffice already running cannot interfere.
    await docxToPdf(soffice!, dir, Object.keys(models))
    for (const name of Object.keys(models)) {
      const { stdout } = await run('pdftotext', ['-layout', join(dir, `${name}.pdf`), '-'])
      text[name] = norm(stdout)
    }
  }, 240_000)

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('sums up the sample in Swedish: counts per status and realised against estimated effect', () => {
    const t = text.sv!
    expect(t).toContain('UPPFÖLJNINGSRAPPORT')
    expect(t).toContain('Sammanfattning')
    expect(t).toMatch(/Målet nått 0 /)
    expect(t).toMatch(/På väg 3 /)
    expect(t).toMatch(/Efter plan 0 /)
    expect(t).toMatch(/Inget mätvärde 2 /)
    expect(t).toMatch(/Totalt 5 /)
    // Worked by hand from the sample: 2 100 000 × 160/1 700 + 3 200 000 × 2/34 + 900 000 × 16/58.
    expect(t).toContain(
      norm(
        `Realiserad effekt per år den 26 november 2026: ${formatSek(634_158, 'sv')} av uppskattade ${formatSek(7_250_000, 'sv')} (9 %).`
      )
    )
  })

  it('shows each area with its indicator, latest value and progress in words', () => {
    const t = text.sv!
    for (const area of models.sv!.areas) {
      expect(t).toContain(norm(area.title))
      expect(t).toContain(norm(area.indicator!.name))
    }
    expect(t).toContain('Senaste mätvärde 2 940 MWh/år (30 apr. 2026)')
    // (2 940 − 3 100) / (1 400 − 3 100) = 9 %; 120 of 1 461 days had passed on 30 April: 8 %.
    expect(t).toContain('9 % av vägen från nollvärde till mål, i fas med planen (väntat 8 % vid mätningen).')
    // (38 − 22) / (80 − 22) = 28 %; 89 of 1 065 days: 8 %.
    expect(t).toContain('28 % av vägen från nollvärde till mål, i fas med planen (väntat 8 % vid mätningen).')
    expect(t).toContain('Inget mätvärde ännu: läget kan bedömas när det första värdet är mätt.')
    // Captions name what their chart draws: no measurements for solar power yet.
    expect(t).toContain('Figur 1. Elanvändning för gatubelysning: nollvärde, mål, planerad väg och mätvärden.')
    expect(t).toContain('Figur 3. Egenproducerad solel: nollvärde, mål och planerad väg.')
    expect(t).toMatch(/Figur 5\. /)
  })

  it('says reached, behind plan and lists the area without an indicator', () => {
    const t = text.varied!
    expect(t).toMatch(/Målet nått 1 /)
    expect(t).toMatch(/Efter plan 1 /)
    expect(t).toMatch(/Ingen indikator 1 /)
    // (2 150 − 2 450) / (2 200 − 2 450) = 120 %.
    expect(t).toContain('Målet är nått: 120 % av vägen från nollvärde till mål.')
    // (150 − 140) / (1 200 − 140) = 1 %; 304 of 1 461 days had passed on 31 October: 21 %.
    expect(t).toContain('1 % av vägen från nollvärde till mål, efter planen: väntat var 21 % vid mätningen.')
    expect(t).toContain('Områden utan indikator')
    expect(t).toContain('Behovsstyrd ventilation och värme')
  })

  it('reads as a complete English document in English', () => {
    const t = text.en!
    expect(t).toContain('FOLLOW-UP REPORT')
    expect(t).toMatch(/On track 3 /)
    expect(t).toContain(
      '9% of the way from baseline to target, on track with the plan (8% expected at the measurement).'
    )
    expect(t).toContain('Latest measurement 2,940 MWh/år (30 Apr 2026)')
    expect(t).toMatch(/Page 2 of \d+/)
    for (const swedish of ['Sida', 'Sammanfattning', 'Nollvärde', 'Målvärde', 'Senaste', 'Läge', 'av vägen', 'Figur '])
      expect(t).not.toContain(swedish)
    // Every page has something on it besides its header and footer (a page break after a full page once left a
    // blank one).
    const model = models.en!
    const frame = [`${model.client.name} · ${model.engagementTitle}`, model.branding.company].map(norm)
    const pages = t.split(/Page \d+ of \d+/).slice(0, -1)
    expect(pages.length).toBeGreaterThan(4)
    for (const [i, page] of pages.entries()) {
      const body = frame.reduce((rest, f) => rest.replace(f, ''), page).trim()
      expect(body.length, `page ${i + 1}: ${body}`).toBeGreaterThan(20)
    }
  })

  it('has every chart as a picture: the logo and one per area with something to draw', async () => {
    for (const name of ['sv', 'en', 'varied']) {
      const media = Object.keys(unzipSync(docx[name]!)).filter((p) => p.startsWith('word/media/'))
      const charted = models[name]!.areas.filter((a) => a.indicator !== null).length
      expect(media, name).toHaveLength(1 + charted)
      const { stdout } = await run('pdfimages', ['-list', join(dir, `${name}.pdf`)])
      const images = stdout.split('\n').filter((l) => /^\s*\d+\s+\d+\s+image/.test(l))
      expect(images.length, name).toBe(1 + charted)
    }
  })

  it('leaves no placeholder, "null", "undefined" or "NaN" in the text', () => {
    for (const [name, t] of Object.entries(text)) {
      expect(t, name).not.toMatch(/\{\{|\}\}|\$t\(|\bnull\b|\bundefined\b|\bNaN\b|\[object/)
      // No long float tails such as 0.7800000001.
      expect(t, name).not.toMatch(/\d[.,]\d{4,}/)
    }
  })
})
