/**
 * The worker side of src-main/workers/task-worker.ts: answers each task message with its result or its
 * error. Kept apart from the worker entries so that each entry is three lines and the protocol one file.
 */
import type { MessagePort } from 'node:worker_threads'
import type { TaskReply, TaskRequest } from './task-worker'

/** A result's ArrayBuffer is transferred when it is a whole, detachable buffer (a .docx always is). */
function transferList(result: unknown): ArrayBuffer[] {
  if (result instanceof Uint8Array && result.byteOffset === 0 && result.buffer instanceof ArrayBuffer) {
    if (result.byteLength === result.buffer.byteLength) return [result.buffer]
  }
  return []
}

export function serveTasks<Input, Output>(
  port: Pick<MessagePort, 'on' | 'postMessage'>,
  run: (input: Input) => Promise<Output> | Output
): void {
  port.on('message', (message: TaskRequest<Input>) => {
    void (async () => {
      let reply: TaskReply<Output>
      try {
        reply = { id: message.id, ok: true, value: await run(message.input) }
      } catch (error) {
        reply = { id: message.id, ok: false, message: error instanceof Error ? error.message : String(error) }
      }
      try {
        port.postMessage(reply, reply.ok ? transferList(reply.value) : [])
      } catch {
        // A pooled or shared buffer cannot be transferred: copy it instead.
        port.postMessage(reply)
      }
    })()
  })
}
