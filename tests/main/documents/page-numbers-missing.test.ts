/**
 * When no page number can be worked out at all (docx's layout stops even when guessing), the document asks Word to
 * update its fields on open, and only then. The layout module is replaced by one that never finishes.
 */
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it, vi } from 'vitest'
import { renderProposal } from '@main/documents'
import { sampleDocumentModels } from '../../helpers/document-fixtures'

vi.mock('docx/layout', () => {
  const stopped = Object.assign(() => ({ bookmarks: new Map<string, string>() }), { listNumbers: () => new Map() })
  return { estimatePageNumbers: stopped, estimatePageNumbersWith: () => stopped }
})

describe('a document whose page numbers cannot be worked out', () => {
  it('asks Word to update fields, so the contents page is filled in on open', async () => {
    const { proposal } = await sampleDocumentModels('sv')
    const files = unzipSync(await renderProposal(proposal))
    expect(strFromU8(files['word/settings.xml']!)).toMatch(/<w:updateFields(?: w:val="true")?\/>/)
    expect(strFromU8(files['word/document.xml']!)).toContain('TOC \\h \\o &quot;1-2&quot;')
  }, 60_000)
})
