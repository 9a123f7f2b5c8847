/** Document rows with their client's name, newest first, live from the database. */
import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppInfo } from '@shared/contract'
import { useApi, useDb } from '@renderer/platform/services'
import type { DocumentRow } from './DocumentList'

/** Every document, or those of one engagement. */
export function useDocumentRows(engagementId?: string): DocumentRow[] | undefined {
  const db = useDb()
  const { t } = useTranslation()
  return useLiveQuery(async () => {
    const records = engagementId ? await db.documents.where('engagementId').equals(engagementId).toArray() : await db.documents.toArray()
    const engagements = await db.engagements.bulkGet([...new Set(records.map((r) => r.engagementId))])
    const orgIds = [...new Set(engagements.flatMap((e) => (e ? [e.organisationId] : [])))]
    const orgs = new Map((await db.organisations.bulkGet(orgIds)).flatMap((o) => (o ? [[o.id, o.name] as const] : [])))
    const clientOf = new Map(engagements.flatMap((e) => (e ? [[e.id, orgs.get(e.organisationId)] as const] : [])))
    return records
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .map((record) => ({ record, client: clientOf.get(record.engagementId) ?? t('documentsUi.unknownClient') }))
  }, [db, engagementId, t])
}

/** Whether the app runs as the desktop app or in the browser harness (null while asking). */
export function useShellKind(): AppInfo['shell'] | null {
  const api = useApi()
  const [shell, setShell] = useState<AppInfo['shell'] | null>(null)
  useEffect(() => {
    let cancelled = false
    api
      .appInfo()
      .then((info) => !cancelled && setShell(info.shell))
      .catch(() => !cancelled && setShell('browser'))
    return () => {
      cancelled = true
    }
  }, [api])
  return shell
}
