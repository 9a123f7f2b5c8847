import { strFromU8, unzipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { ZodError } from 'zod'
import { renderFollowUpReport } from '@main/documents'
import { documentContext } from '@main/documents/blocks'
import { formatPercent, progressWords } from '@main/documents/follow-up-report'
import type { FollowUpArea, FollowUpReportModel } from '@shared/document-model'
import { HOSTILE, sampleDocumentModels } from '../../helpers/document-fixtures'

/** The visible text of document.xml: the w:t runs joined, XML entities decoded. */
function visibleText(bytes: Uint8Array): string {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']!)
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1]!)
    .join('')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}

describe('documents/follow-up-report', () => {
  let sv: FollowUpReportModel
  let en: FollowUpReportModel

  beforeAll(async () => {
    sv = (await sampleDocumentModels('sv')).followUp
    en = (await sampleDocumentModels('en')).followUp
  })

  describe('renderFollowUpReport()', () => {
    it('refuses an invalid model with a ZodError', async () => {
      await expect(renderFollowUpReport({ ...sv, summary: undefined })).rejects.toBeInstanceOf(ZodError)
      const bad = { ...sv, areas: [{ ...sv.areas[0]!, progress: Number.NaN }] }
      await expect(renderFollowUpReport(bad)).rejects.toBeInstanceOf(ZodError)
      await expect(
        renderFollowUpReport({ ...sv, areas: [{ ...sv.areas[0]!, status: 'great' }] })
      ).rejects.toBeInstanceOf(ZodError)
    })

    it('sets the document language and keeps hostile text intact but clean', async () => {
      const first = sv.areas[0]!
      const hostile: FollowUpReportModel = {
        ...sv,
        engagementTitle: `Uppdrag ${HOSTILE.xml}`,
        areas: [
          { ...first, title: `Område ${HOSTILE.controls} ${HOSTILE.emoji}` },
          ...sv.areas
            .slice(1)
            .map((a) => ({ ...a, measurements: a.measurements.map((m) => ({ ...m, note: HOSTILE.rtl })) }))
        ]
      }
      const bytes = await renderFollowUpReport(hostile)
      const text = visibleText(bytes)
      expect(text).toContain(HOSTILE.xml)
      expect(text).toContain(`Område ${HOSTILE.controlsClean} ${HOSTILE.emoji}`)
      expect(text).toContain(HOSTILE.rtl)
      const styles = strFromU8(unzipSync(bytes)['word/styles.xml']!)
      expect(styles).toContain('sv-SE')
      expect(strFromU8(unzipSync(await renderFollowUpReport(en))['word/styles.xml']!)).toContain('en-GB')
    })

    it('says so when the engagement has no areas and no estimated effect', async () => {
      const empty: FollowUpReportModel = {
        ...sv,
        areas: [],
        summary: {
          counts: Object.fromEntries(
            Object.keys(sv.summary.counts).map((k) => [k, 0])
          ) as FollowUpReportModel['summary']['counts'],
          realisedAnnualEffectSek: 0,
          estimatedAnnualEffectSek: 0
        }
      }
      const bytes = await renderFollowUpReport(empty)
      const text = visibleText(bytes)
      expect(text).toContain('Uppdraget har inga effektiviseringsområden än.')
      expect(text).toContain('Inget område har en uppskattad effekt i kronor')
      // The logo only: no chart without an area.
      expect(Object.keys(unzipSync(bytes)).filter((p) => p.startsWith('word/media/'))).toHaveLength(1)
    })
  })

  describe('contact', () => {
    it("closes, as the other documents do, with the sender's contact after how the status is worked out", async () => {
      const lines = sv.branding.contactLines
      expect(lines.length).toBeGreaterThan(0)
      const text = visibleText(await renderFollowUpReport(sv))
      const about = text.lastIndexOf('Så räknas läget')
      const contact = text.lastIndexOf('Kontakt')
      expect(about).toBeGreaterThan(-1)
      expect(contact).toBeGreaterThan(about)
      expect(text.slice(contact)).toContain('Frågor om rapporten besvaras av:')
      for (const line of lines) expect(text.slice(contact)).toContain(line)
      expect(visibleText(await renderFollowUpReport(en))).toContain('Questions about the report are answered by:')
    })

    it('leaves the contact section out when the branding names no sender', async () => {
      const noSender = { ...sv.branding, consultantName: '', company: '', orgNumber: '', contactLines: [] }
      const text = visibleText(await renderFollowUpReport({ ...sv, branding: noSender }))
      expect(text).toContain('Så räknas läget')
      expect(text).not.toContain('Frågor om rapporten besvaras av:')
    })
  })

  describe('progressWords()', () => {
    const area = (over: Partial<FollowUpArea>): FollowUpArea => ({ ...sv.areas[0]!, ...over })

    it('says how far, and against which plan, in each language', () => {
      const ctx = documentContext(sv)
      expect(progressWords(ctx, area({ status: 'on-track', progress: 0.78, expected: 0.7 }))).toMatch(
        /^78\s% av vägen från nollvärde till mål, i fas med planen \(väntat 70\s% vid mätningen\)\.$/
      )
      expect(progressWords(ctx, area({ status: 'off-track', progress: 0.2, expected: 0.5 }))).toMatch(
        /^20\s% av vägen från nollvärde till mål, efter planen: väntat var 50\s% vid mätningen\.$/
      )
      expect(progressWords(ctx, area({ status: 'on-track', progress: 0.4, expected: null }))).toMatch(
        /takten kan inte jämföras med en plan/
      )
      expect(progressWords(documentContext(en), area({ status: 'reached', progress: 1.25, expected: 1 }))).toBe(
        'Target reached: 125% of the way from baseline to target.'
      )
    })

    it('says plainly when the latest value is worse than the baseline', () => {
      const ctx = documentContext(sv)
      expect(progressWords(ctx, area({ status: 'off-track', progress: -0.2, expected: 0.5 }))).toMatch(
        /^Det senaste mätvärdet är sämre än nollvärdet \(−20\s% av vägen mot målet\)\.$/
      )
    })
  })

  describe('formatPercent()', () => {
    it('rounds to whole percent without float noise', () => {
      expect(formatPercent(0.7800000001, 'en')).toBe('78%')
      expect(formatPercent(0.0941, 'sv').replace(/\s/g, ' ')).toBe('9 %')
    })
  })
})
