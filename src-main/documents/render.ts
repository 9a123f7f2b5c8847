/**
 * One function from a document request and the branding to .docx bytes, for every kind of document.
 * Runs in the document worker (render-worker.ts) in the app and the harness, and inline where no worker
 * is built (unit tests, the docs:sample command line).
 */
import type { DocumentBranding } from '@shared/document-model'
import type { DocumentRequest } from '@shared/ipc/documents'
import { renderFollowUpReport } from './follow-up-report'
import { renderProposal } from './proposal'
import { renderWorkshopReport } from './workshop-report'

/** What a render needs: the parsed request and the branding main adds from its settings. */
export type RenderJob = { request: DocumentRequest; branding: DocumentBranding }

/** The .docx bytes of a request's content with the branding added. */
export async function renderDocument({ request, branding }: RenderJob): Promise<Uint8Array> {
  switch (request.kind) {
    case 'proposal':
      return renderProposal({ ...request.model, branding })
    case 'workshop-report':
      return renderWorkshopReport({ ...request.model, branding })
    case 'follow-up-report':
      return renderFollowUpReport({ ...request.model, branding })
  }
}
