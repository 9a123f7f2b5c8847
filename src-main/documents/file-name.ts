/** The default file name of a saved document, safe on Windows, macOS and Linux file systems. */
import type { Language } from '@shared/settings'
import { cleanLine, documentTexts } from './texts'

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

/** "Förslag – Västerås stad – 2026-11-26.docx" (or the English equivalent), sanitised. */
export function defaultDocumentFileName(
  kind: 'proposal' | 'workshop-report',
  language: Language,
  client: string,
  date: string
): string {
  const t = documentTexts(language)
  const key = kind === 'proposal' ? 'proposal.fileName' : 'report.fileName'
  return `${sanitizeFileName(t(key, { client: cleanLine(client), date }))}.docx`
}
