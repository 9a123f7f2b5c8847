/** What the documents feature reads, live from the database. */
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import type { DocumentRecord, Workshop } from '@shared/entities'
import { engagementLabel } from '@renderer/lib/labels'
import { useDb } from '@renderer/platform/services'

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
