/** The default file name of a saved document, safe on Windows, macOS and Linux file systems. */
import type { DocumentRecord } from '@shared/entities'
import { removeInvisibleCharacters } from '@shared/file-names'
import type { Language } from '@shared/settings'
import { cleanLine, documentTexts } from './texts'

type DocumentKind = DocumentRecord['kind']

/** Longest name we suggest (without ".docx"): well under every file system's 255, with room for a " (2)". */
const MAX_NAME = 150

// Windows refuses these as a name with or without an extension: "CON", "nul.docx", "COM1 – 2026".
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(?=$|[. ])/i

/**
 * Makes any text usable as a file name: characters Windows forbids (\ / : * ? " < > |) and control
 * characters become nothing or a space, characters that show nothing but can reorder what is shown (bidi
 * overrides such as U+202E, zero-width spaces) go, a Windows device name ("CON") gets a "_" in front,
 * and leading and trailing dots and spaces go (Windows drops trailing ones silently).
 */
export function sanitizeFileName(name: string): string {
  const cleaned = cleanLine(removeInvisibleCharacters(name.normalize('NFC')))
    .replace(/[\\/:*?"<>|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  const cut = Array.from(cleaned).slice(0, MAX_NAME).join('')
  const trimmed = cut.replace(/[. ]+$/, '').replace(/^[. ]+/, '')
  if (!trimmed) return 'Dokument'
  return WINDOWS_RESERVED.test(trimmed) ? `_${trimmed}` : trimmed
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
