/** What the documents feature reads, live from the database. */
import { useEffect, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import type { DocumentRecord, Workshop } from '@shared/entities'
import { engagementLabel } from '@renderer/lib/labels'
import { useApi, useDb } from '@renderer/platform/services'

/** A document with its client's name, as the document tables show it. */
export type DocumentRow = { record: DocumentRecord; client: string }

/** Every document, or those of one engagement, with their client's name, newest first. */
export function useDocumentRows(engagementId?: string): DocumentRow[] | undefined {
  const db = useDb()
  const { t } = useTranslation()
  return useLiveQuery(async () => {
    const records = engagementId
      ? await db.documents.where('engagementId').equals(engagementId).toArray()
      : await db.documents.toArray()
    const engagements = await db.engagements.bulkGet([...new Set(records.map((r) => r.engagementId))])
    const orgIds = [...new Set(engagements.flatMap((e) => (e ? [e.organisationId] : [])))]
    const orgs = new Map((await db.organisations.bulkGet(orgIds)).flatMap((o) => (o ? [[o.id, o.name] as const] : [])))
    const clientOf = new Map(engagements.flatMap((e) => (e ? [[e.id, orgs.get(e.organisationId)] as const] : [])))
    return records
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .map((record) => ({ record, client: clientOf.get(record.engagementId) ?? t('documentsUi.unknownClient') }))
  }, [db, engagementId, t])
}

/** The engagements a document can be made for, labelled "client – engagement" and sorted; empty when `enabled` is false. */
export function useEngagementChoices(enabled: boolean): { id: string; label: string }[] | undefined {
  const db = useDb()
  return useLiveQuery(async () => {
    if (!enabled) return []
    const [rows, orgs] = await Promise.all([db.engagements.toArray(), db.organisations.toArray()])
    const names = new Map(orgs.map((o) => [o.id, o.name]))
    return rows
      .map((e) => ({ id: e.id, label: engagementLabel(names.get(e.organisationId) ?? '', e.title) }))
      .sort((a, b) => a.label.localeCompare(b.label, 'sv'))
  }, [db, enabled])
}

/** One engagement's workshops, earliest first (empty without an engagement). */
export function useEngagementWorkshops(engagementId: string): Workshop[] | undefined {
  const db = useDb()
  return useLiveQuery(
    async () => (engagementId ? await db.workshops.where('engagementId').equals(engagementId).sortBy('startsAt') : []),
    [db, engagementId]
  )
}

/** The parts of the sender a document needs: who sends it, for which company, and how to reach them. */
export const SENDER_PARTS = ['name', 'company', 'contact'] as const
export type SenderPart = (typeof SENDER_PARTS)[number]

/**
 * The sender parts missing from the branding settings (the documents' "Från" and contact section), read once when
 * the panel opens; undefined while reading, and [] when the branding cannot be read (the export then says why).
 */
export function useMissingSender(): SenderPart[] | undefined {
  const api = useApi()
  const [missing, setMissing] = useState<SenderPart[] | undefined>(undefined)
  useEffect(() => {
    let cancelled = false
    api
      .brandingGet()
      .then((b) => {
        if (cancelled) return
        const gaps: SenderPart[] = []
        if (!b.consultantName.trim()) gaps.push('name')
        if (!b.company.trim()) gaps.push('company')
        if (!b.contactLines.some((l) => l.trim() !== '')) gaps.push('contact')
        setMissing(gaps)
      })
      .catch(() => !cancelled && setMissing([]))
    return () => {
      cancelled = true
    }
  }, [api])
  return missing
}
