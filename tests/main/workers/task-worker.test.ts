import { afterEach, describe, expect, it } from 'vitest'
// The document worker itself is tested built (tests/e2e/document-worker.test.ts): its sources use Vite's
// import.meta.glob, which only the build resolves.
import { createTaskWorker, type TaskWorker } from '@main/workers/task-worker'

/** A plain-JS worker speaking the task protocol: doubles a number after busy-waiting that many ms, or fails. */
const ECHO_WORKER = `
const { parentPort } = require('node:worker_threads')
parentPort.on('message', ({ id, input }) => {
  if (input === 'crash') process.exit(3)
  if (input === 'fail') return parentPort.postMessage({ id, ok: false, message: 'the task failed' })
  const end = Date.now() + input
  while (Date.now() < end) {}
  parentPort.postMessage({ id, ok: true, value: input * 2 })
})
`

const open: TaskWorker<unknown, unknown>[] = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((w) => w.close()))
})
function echoWorker(idleMs?: number) {
  const worker = createTaskWorker<number | string, number>(ECHO_WORKER, { workerOptions: { eval: true }, idleMs })
  open.push(worker as TaskWorker<unknown, unknown>)
  return worker
}

describe('createTaskWorker', () => {
  it('answers each task and reuses one worker for several', async () => {
    const worker = echoWorker()
    expect(await Promise.all([worker.run(1), worker.run(2), worker.run(3)])).toEqual([2, 4, 6])
    expect(worker.started).toBe(1)
  })

  it("keeps main's event loop free: a timer set after a 400 ms task started fires before the task ends", async () => {
    const worker = echoWorker()
    const order: string[] = []
    const task = worker.run(400).then(() => order.push('task'))
    await new Promise<void>((resolve) => setTimeout(() => (order.push('timer'), resolve()), 10))
    await task
    expect(order).toEqual(['timer', 'task'])
  })

  it("passes a task's error on, and a crashed worker fails its task clearly and is replaced", async () => {
    const worker = echoWorker()
    await expect(worker.run('fail')).rejects.toThrow('the task failed')
    await expect(worker.run('crash')).rejects.toThrow(/worker stopped \(exit code 3\)/)
    expect(await worker.run(1)).toBe(2)
    expect(worker.started).toBe(2)
  })

  it('ends an idle worker after its quiet spell and starts a new one for the next task', async () => {
    const worker = echoWorker(50)
    expect(await worker.run(1)).toBe(2)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(await worker.run(2)).toBe(4)
    expect(worker.started).toBe(2)
  })
})
