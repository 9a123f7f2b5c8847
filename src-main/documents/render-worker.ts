/**
 * The document worker: a Node worker thread that renders Word documents, so that laying out a proposal
 * of 500 areas (seconds of CPU) never blocks main's event loop, the window or any other IPC call.
 * Built as its own entry (out/main/document-worker.js, see electron.vite.config.ts); started and fed by
 * src-main/workers/task-worker.ts. One job at a time; the bytes go back transferred, not copied.
 */
import { parentPort } from 'node:worker_threads'
import { renderDocument, type RenderJob } from './render'
import { serveTasks } from '../workers/serve-tasks'

if (!parentPort) throw new Error('render-worker.ts runs only as a worker thread')
serveTasks<RenderJob, Uint8Array>(parentPort, renderDocument)
