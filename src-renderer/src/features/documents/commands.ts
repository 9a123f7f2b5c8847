/** Creating a document: read the rows, assemble the model, let main build and save it, record it in the database. */
import { useCallback } from 'react'
import {
  assembleFollowUpReport,
  assembleProposal,
  assembleWorkshopReport,
  pastPlanSteps
} from '@shared/document-assembly'
import type { AssemblyTables } from '@shared/document-assembly'
import type { PlanStep, ProposalKind } from '@shared/document-model'
import type { Language } from '@shared/settings'
import type { DocumentRecord } from '@shared/entities'
import type { DocumentRequest } from '@shared/ipc/documents'
import type { MatbarDb } from '@renderer/db/db'
import { downloadBase64 } from '@renderer/lib/base64'
import type { PlatformApi } from '@renderer/platform/api'
import { useApi, useDb } from '@renderer/platform/services'
import { localToday } from '@shared/format'

export type ExportRequest = {
  kind: DocumentRecord['kind']
  engagementId: string
  workshopId: string | null
  language: Language
  /** What a proposal offers; by default what the engagement's state calls for. */
  proposalKind?: ProposalKind
  /** Write a proposal even when its plan has dates before the document's date (the user has seen them). */
  allowPastDates?: boolean
}
export type ExportOutcome =
  | { outcome: 'saved' | 'download'; record: DocumentRecord }
  | { outcome: 'cancelled' }
  /** Nothing written: the proposal's plan has these steps dated before the document's date. */
  | { outcome: 'past-dates'; steps: PlanStep[] }

/**
 * The rows a document of this engagement draws on. Evaluations, workshops, engagements and organisations
 * are read whole: a proposal's references summarise the consultant's whole portfolio.
 */
async function readTables(db: MatbarDb, engagementId: string): Promise<AssemblyTables> {
  return db.transaction(
    'r',
    [
      db.organisations,
      db.engagements,
      db.workshops,
      db.participants,
      db.areas,
      db.criteria,
      db.scores,
      db.evaluations,
      db.measurements,
      db.thresholds
    ],
    async () => {
      const areas = await db.areas.where('engagementId').equals(engagementId).toArray()
      const workshops = await db.workshops.toArray()
      const own = new Set(workshops.filter((w) => w.engagementId === engagementId).map((w) => w.id))
      return {
        organisations: await db.organisations.toArray(),
        engagements: await db.engagements.toArray(),
        workshops,
        participants: await db.participants
          .where('workshopId')
          .anyOf([...own])
          .toArray(),
        areas,
        criteria: await db.criteria.where('engagementId').equals(engagementId).toArray(),
        scores: await db.scores
          .where('areaId')
          .anyOf(areas.map((a) => a.id))
          .toArray(),
        evaluations: await db.evaluations.toArray(),
        measurements: await db.measurements
          .where('areaId')
          .anyOf(areas.map((a) => a.id))
          .toArray(),
        // The consultant's threshold corrections: a proposal sets its fee and routes against them.
        thresholds: await db.thresholds.toArray()
      }
    }
  )
}

/** What main is asked to build: the kind, the rows it belongs to and its content (the follow-up report as of today). */
function documentRequest(
  tables: AssemblyTables,
  request: ExportRequest,
  options: { language: Language; date: string }
): DocumentRequest {
  switch (request.kind) {
    case 'proposal':
      return {
        kind: 'proposal',
        engagementId: request.engagementId,
        workshopId: request.workshopId,
        model: assembleProposal(tables, request.engagementId, {
          ...options,
          ...(request.proposalKind ? { kind: request.proposalKind } : {})
        })
      }
    case 'workshop-report':
      return {
        kind: 'workshop-report',
        engagementId: request.engagementId,
        workshopId: request.workshopId ?? '',
        model: assembleWorkshopReport(tables, request.workshopId ?? '', options)
      }
    case 'follow-up-report':
      return {
        kind: 'follow-up-report',
        engagementId: request.engagementId,
        workshopId: null,
        model: assembleFollowUpReport(tables, request.engagementId, options)
      }
  }
}

/** Builds, saves and records one document. In the browser harness the file is also downloaded. */
export async function exportDocument(
  db: MatbarDb,
  api: PlatformApi,
  request: ExportRequest,
  now: Date = new Date()
): Promise<ExportOutcome> {
  const tables = await readTables(db, request.engagementId)
  // No branding here: main adds its own from the settings file when it builds the document.
  const options = { language: request.language, date: localToday(now) }
  const documentReq = documentRequest(tables, request, options)
  // A plan dated in the past is flagged before anything is written; the user may then write it anyway.
  if (documentReq.kind === 'proposal' && !request.allowPastDates) {
    const steps = pastPlanSteps(documentReq.model)
    if (steps.length > 0) return { outcome: 'past-dates', steps }
  }
  const result = await api.documentsSave(documentReq)
  if (result.outcome === 'cancelled') return result
  await db.documents.put(result.record)
  if (result.outcome === 'download')
    downloadBase64(result.record.fileName, (await api.documentsRead({ id: result.record.id })).base64, DOCX_TYPE)
  return result
}

/** The MIME type of a Word document, for the browser harness's download. */
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** Builds, saves and records one document with the app's database and API (see exportDocument). */
export function useExportDocument(): (request: ExportRequest) => Promise<ExportOutcome> {
  const db = useDb()
  const api = useApi()
  return useCallback((request: ExportRequest) => exportDocument(db, api, request), [db, api])
}
