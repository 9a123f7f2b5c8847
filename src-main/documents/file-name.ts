/** The default file name of a saved document, safe on Windows, macOS and Linux file systems. */
import type { DocumentRecord } from '@shared/entities'
import type { Language } from '@shared/settings'
import { cleanLine, documentTexts } from './texts'

type DocumentKind = DocumentRecord['kind']

/** Longest name we suggest (without ".docx"): well under every file system's 255, with room for a " (2)". */
const MAX_NAME = 150

/**
 * Makes any text usable as a file name: characters Windows forbids (\ / : * ? " < > |) and control
 * characters become nothing or a space, and trailing dots and spaces go (Windows drops them silently).
 */
export function sanitizeFileName(name: string): string {
  const cleaned = cleanLine(name)
    .replace(/[\\/:*?"<>|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  const cut = Array.from(cleaned).slice(0, MAX_NAME).join('')
  const trimmed = cut.replace(/[. ]+$/, '').replace(/^[. ]+/, '')
  return trimmed || 'Dokument'
}

const FILE_NAME_KEYS: Record<DocumentKind, string> = {
  proposal: 'proposal.fileName',
  'workshop-report': 'report.fileName',
  'follow-up-report': 'followUp.fileName'
}

/** "Förslag – Västerås stad – 2026-11-26.docx" (or the English equivalent), sanitised. */
export function defaultDocumentFileName(kind: DocumentKind, language: Language, client: string, date: string): string {
  const t = documentTexts(language)
  return `${sanitizeFileName(t(FILE_NAME_KEYS[kind], { client: cleanLine(client), date }))}.docx`
}
