/**
 * The built document worker (out/main/document-worker.js, as the app and `npm run web` start it): it renders
 * the same document as the inline renderer, and main's event loop stays free while it works.
 * Runs with the browser tests because it needs the build; no browser is started.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderDocument, type RenderJob } from '@main/documents/render'
import { DOCUMENT_WORKER_FILE } from '@main/services'
import { createTaskWorker, type TaskWorker } from '@main/workers/task-worker'
import { sampleDocumentModels } from '../helpers/document-fixtures'
import { RENDERER_DIR } from './harness'

const WORKER = join(RENDERER_DIR, '..', 'main', DOCUMENT_WORKER_FILE)

describe('the built document worker', () => {
  let worker: TaskWorker<RenderJob, Uint8Array>
  let job: RenderJob

  beforeAll(async () => {
    if (!existsSync(WORKER)) throw new Error(`${WORKER} is missing: run \`npx electron-vite build\` first`)
    worker = createTaskWorker<RenderJob, Uint8Array>(WORKER, { name: 'document worker' })
    const { proposal } = await sampleDocumentModels('sv')
    const { branding, ...model } = proposal
    job = { request: { kind: 'proposal', engagementId: 'e-1', workshopId: null, model }, branding }
  })
  afterAll(async () => {
    await worker?.close()
  })

  it('renders the same proposal as the inline renderer, the bytes transferred back', async () => {
    const fromWorker = await worker.run(job)
    expect(fromWorker).toBeInstanceOf(Uint8Array)
    const documentXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']!)
    expect(documentXml(fromWorker)).toBe(documentXml(await renderDocument(job)))
  })

  it("leaves main's event loop free: timers fire while the proposal renders", async () => {
    let ticks = 0
    const timer = setInterval(() => ticks++, 5)
    const started = worker.run(job)
    let ticksWhileRendering = -1
    // The first tick after the task was sent, taken while the render is still running.
    await new Promise<void>((resolve) => setTimeout(resolve, 20))
    ticksWhileRendering = ticks
    await started
    clearInterval(timer)
    expect(ticksWhileRendering).toBeGreaterThan(0)
  })
})
