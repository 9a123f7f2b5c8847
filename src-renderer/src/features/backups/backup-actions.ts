/** Writing a backup and exporting: the renderer exports the database, main adds files and writes. */
import type { BackupReason } from '../../../../src-shared/file-names'
import type { MatbarDb } from '../../db/db'
import { exportPortfolio } from '../../db/export-import'
import type { PlatformApi } from '../../platform/api'

let appVersion: string | null = null

/** The app version stamped into files; asked once. */
export async function getAppVersion(api: PlatformApi): Promise<string> {
  if (appVersion === null) appVersion = (await api.appInfo()).version
  return appVersion
}

/** Exports the database and has main write it as a backup. */
export async function writeBackup(db: MatbarDb, api: PlatformApi, reason: BackupReason) {
  const { text, attachments } = await exportPortfolio(db, await getAppVersion(api))
  return api.backupsCreate({ text, attachments, reason })
}

/** Turns base64 from main into a file download (the browser harness has no save dialog). */
export function downloadBase64(fileName: string, dataBase64: string, doc: Document = document): void {
  const binary = atob(dataBase64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/octet-stream' }))
  const link = doc.createElement('a')
  link.href = url
  link.download = fileName
  doc.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/** Reads a File as base64 (for uploads to main in the browser harness and for dropped files). */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ''
  const step = 0x8000
  for (let i = 0; i < bytes.length; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step))
  return btoa(binary)
}
