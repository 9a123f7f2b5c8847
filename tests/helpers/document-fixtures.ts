/** Document models for tests: the sample portfolio's, and a hostile one built from it. */
import { resolve } from 'node:path'
import type { FollowUpReportModel, ProposalModel, WorkshopReportModel } from '@shared/document-model'
import type { Language } from '@shared/settings'
import { loadSampleTables, sampleModels } from '@main/documents/sample'

export const REPO_ROOT = resolve(__dirname, '../..')
export const SAMPLE_DATE = '2026-11-26'

/** The sample proposal, workshop report and follow-up report in one language. */
export async function sampleDocumentModels(
  language: Language = 'sv'
): Promise<{ proposal: ProposalModel; report: WorkshopReportModel; followUp: FollowUpReportModel }> {
  return sampleModels(await loadSampleTables(REPO_ROOT), language, SAMPLE_DATE)
}

/** Text a client could type: XML specials, emoji, right-to-left script, Swedish letters. */
export const HOSTILE = {
  xml: `<w:p>&amp; "quoted" 'single' </w:body>]]>`,
  emoji: 'Energi 🔋⚡️ 👩🏽‍💼 klart ✅',
  rtl: 'مرحبا بالعالم שלום עולם',
  swedish: 'ÅÄÖ åäö é ü – ”citat”',
  /** Control characters Word refuses (dolanmiu/docx#1390); they must be stripped, the letters around them kept. */
  controls: 'före\u0000\u0001\u0008\u000B\u000C\u001F\u007F\uFFFEefter',
  controlsClean: 'föreefter',
  long: 'Lång text. '.repeat(2000).trim()
}

/** The sample proposal with hostile text in the client name, an area title, the problem and the goals. */
export function hostileProposal(base: ProposalModel): ProposalModel {
  const [first, ...rest] = base.areas
  return {
    ...base,
    client: { ...base.client, name: `Kund ${HOSTILE.xml} ${HOSTILE.controls}` },
    title: `Titel ${HOSTILE.emoji}`,
    goals: [
      { text: HOSTILE.rtl, targetYear: 2030 },
      { text: HOSTILE.swedish, targetYear: null }
    ],
    purpose: HOSTILE.long,
    areas: first
      ? [
          { ...first, title: `Område ${HOSTILE.emoji}`, problem: `${HOSTILE.xml}\n${HOSTILE.rtl}\n\n${HOSTILE.long}` },
          ...rest
        ]
      : []
  }
}
