/**
 * The worker thread that reads an archive from outside (issue 13, point 1): archive.ts readArchive
 * starts one per archive, posts the bytes and the limits, and terminates it after the answer or the
 * time budget. Everything costly (inflating, CRC-32, SHA-256, UTF-8 decoding) happens here, off main's
 * event loop. Built as its own entry (electron.vite.config.ts) beside index.js and bridge.js; it
 * imports only the reader, so it starts in a few tens of milliseconds.
 */
import { parentPort } from 'node:worker_threads'
import type { ArchiveWorkerRequest } from './archive'
import { readArchiveEntries } from './archive-reader'

const port = parentPort
if (!port) throw new Error('archive-worker.ts runs only as a worker thread')

port.once('message', (request: ArchiveWorkerRequest) => {
  void readArchiveEntries(request.data, request.limits).then((result) => {
    // The attachments' bytes go back transferred, not copied (each has a buffer of its own).
    const owned = result.ok
      ? [...result.attachments.map((a) => a.data), ...(result.portfolioBytes ? [result.portfolioBytes] : [])]
      : []
    const buffers = [...new Set(owned.map((bytes) => bytes.buffer as ArrayBuffer))]
    port.postMessage(result, buffers)
  })
})
