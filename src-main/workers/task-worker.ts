/**
 * Runs CPU-heavy tasks (rendering a Word document) in a Node worker thread, so main's event loop, the
 * window and every other IPC call stay responsive meanwhile. The worker is started on the first task,
 * kept while tasks come, and ended after a quiet spell so that it holds no memory between documents.
 * A worker that crashes fails the tasks it held with a clear message; the next task starts a new one.
 */
import { Worker, type WorkerOptions } from 'node:worker_threads'

export type TaskRequest<Input> = { id: number; input: Input }
export type TaskReply<Output> = { id: number; ok: true; value: Output } | { id: number; ok: false; message: string }

export type TaskWorkerOptions = {
  /** Ends an idle worker after this many milliseconds (default 30 s). */
  idleMs?: number
  /** Passed to `new Worker` (tests start the TypeScript entry through tsx's loader). */
  workerOptions?: WorkerOptions
  /** Names the worker in messages: "the document worker stopped…". */
  name?: string
}

export type TaskWorker<Input, Output> = {
  run: (input: Input) => Promise<Output>
  /** Ends the worker now; tasks still running fail. */
  close: () => Promise<void>
  /** How many workers have been started so far (tests: reuse and restart). */
  readonly started: number
}

type Pending<Output> = { resolve: (value: Output) => void; reject: (error: Error) => void }

export function createTaskWorker<Input, Output>(
  file: string | URL,
  options: TaskWorkerOptions = {}
): TaskWorker<Input, Output> {
  const idleMs = options.idleMs ?? 30_000
  const name = options.name ?? 'worker'
  const pending = new Map<number, Pending<Output>>()
  let worker: Worker | null = null
  let nextId = 1
  let started = 0
  let idleTimer: NodeJS.Timeout | null = null

  function failAll(error: Error): void {
    for (const entry of pending.values()) entry.reject(error)
    pending.clear()
  }

  function spawn(): Worker {
    const w = new Worker(file, options.workerOptions)
    started++
    w.on('message', (reply: TaskReply<Output>) => {
      const entry = pending.get(reply.id)
      if (!entry) return
      pending.delete(reply.id)
      if (reply.ok) entry.resolve(reply.value)
      else entry.reject(new Error(reply.message))
      if (pending.size === 0) rest()
    })
    w.on('error', (error) => {
      if (worker === w) worker = null
      failAll(new Error(`The ${name} stopped: ${error.message}`, { cause: error }))
    })
    w.on('exit', (code) => {
      if (worker === w) worker = null
      if (pending.size > 0) failAll(new Error(`The ${name} stopped (exit code ${code})`))
    })
    return w
  }

  /** Nothing to do: let the process exit if it wants to, and end the worker after the quiet spell. */
  function rest(): void {
    worker?.unref()
    if (idleTimer) clearTimeout(idleTimer)
    idleTimer = setTimeout(() => {
      idleTimer = null
      if (pending.size === 0 && worker) {
        const w = worker
        worker = null
        void w.terminate()
      }
    }, idleMs)
    idleTimer.unref()
  }

  function run(input: Input): Promise<Output> {
    if (idleTimer) {
      clearTimeout(idleTimer)
      idleTimer = null
    }
    worker ??= spawn()
    worker.ref()
    const id = nextId++
    const w = worker
    return new Promise<Output>((resolve, reject) => {
      pending.set(id, { resolve, reject })
      try {
        w.postMessage({ id, input } satisfies TaskRequest<Input>)
      } catch (error) {
        pending.delete(id)
        reject(error instanceof Error ? error : new Error(String(error)))
      }
    })
  }

  async function close(): Promise<void> {
    if (idleTimer) clearTimeout(idleTimer)
    const w = worker
    worker = null
    failAll(new Error(`The ${name} was closed`))
    if (w) await w.terminate()
  }

  return {
    run,
    close,
    get started() {
      return started
    }
  }
}
