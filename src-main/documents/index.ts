/** Word generation: pure functions from a validated document model to .docx bytes. */
export { renderProposal } from './proposal'
export { renderWorkshopReport } from './workshop-report'
export { renderFollowUpReport } from './follow-up-report'
export { defaultDocumentFileName, sanitizeFileName } from './file-name'
export { cleanText } from './texts'
