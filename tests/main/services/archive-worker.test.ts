/**
 * Issue 13, point 1: archives from outside are read in a worker thread (archive-worker.ts), so main's
 * event loop stays free while one is inflated, checked and hashed. The tests run the real worker
 * (bundled from source when there is no build, see archive.ts).
 */
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { strToU8, zipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { readArchive } from '@main/services/archive'
import { honestCpuBomb } from './zip-bombs'

describe('services/archive readArchive() in a worker thread', () => {
  // The first read of a process bundles the worker from source (no build here): not part of any measure.
  beforeAll(async () => {
    await readArchive(zipSync({ 'portfolio.json': strToU8('{}') }))
  }, 60_000)

  it('leaves main’s event loop free while a CPU bomb is inflated, checked and hashed', async () => {
    const zip = honestCpuBomb(6, 40)
    let ticks = 0
    const ticker = setInterval(() => ticks++, 20)
    const before = performance.eventLoopUtilization()
    const started = performance.now()
    const read = await readArchive(zip)
    const elapsed = performance.now() - started
    const busy = performance.eventLoopUtilization(before)
    clearInterval(ticker)
    console.log(
      `CPU bomb (${(zip.length / 1024).toFixed(0)} KiB, 240 MiB unpacked): read in ${elapsed.toFixed(0)} ms, ` +
        `main's event loop busy ${busy.active.toFixed(0)} ms (${(busy.utilization * 100).toFixed(1)} %), ${ticks} timer ticks`
    )
    expect(read.ok).toBe(true)
    if (read.ok) expect(read.attachments.map((a) => a.data.length)).toEqual(new Array(6).fill(40 * 1024 * 1024))
    // Read on main (as before the worker), the same archive kept its loop busy for about 4 s of 6.
    expect(busy.active).toBeLessThan(300)
    expect(ticks).toBeGreaterThan(3)
  }, 120_000)

  it('gives the caller’s bytes to the worker only when asked to transfer them', async () => {
    const zip = zipSync({ 'portfolio.json': strToU8('{"format":"matbar-portfolio"}') })
    const kept = new Uint8Array(zip)
    expect(await readArchive(kept)).toMatchObject({ ok: true })
    expect(kept.byteLength).toBe(zip.byteLength) // copied once, the caller keeps its bytes
    const buffer = Buffer.from(zip) // Buffer#slice() makes a view, not a copy: must not be what is sent
    expect(await readArchive(buffer)).toMatchObject({ ok: true })
    expect(buffer.byteLength).toBe(zip.byteLength)
    const moved = new Uint8Array(zip)
    expect(await readArchive(moved, { transfer: true })).toMatchObject({ ok: true })
    expect(moved.byteLength).toBe(0) // transferred, not copied
    // A view into a larger buffer is copied, never transferred: the rest of that buffer is not its to give.
    const pool = new Uint8Array(zip.length + 16)
    pool.set(zip, 8)
    const view = pool.subarray(8, 8 + zip.length)
    expect(await readArchive(view, { transfer: true })).toMatchObject({ ok: true })
    expect(pool.byteLength).toBe(zip.length + 16)
  })

  it('terminates a reader stuck past the time budget and refuses the file as too slow', async () => {
    const zip = zipSync({ 'portfolio.json': strToU8('{}') })
    let ticks = 0
    const ticker = setInterval(() => ticks++, 20)
    const started = performance.now()
    const read = await readArchive(zip, { timeBudgetMs: 300, workerFile: join(__dirname, 'stuck-worker.mjs') })
    const elapsed = performance.now() - started
    clearInterval(ticker)
    expect(read).toEqual({
      ok: false,
      path: '(archive)',
      message: 'reading the archive took longer than Mätbar allows',
      code: 'too-slow'
    })
    // The budget plus the second of grace the worker gets to name the entry itself.
    expect(elapsed).toBeGreaterThanOrEqual(1300 - 50)
    expect(elapsed).toBeLessThan(5000)
    expect(ticks).toBeGreaterThan(10) // main was free while the worker spun
  })

  it('refuses what the directory alone refuses at once, without starting a thread', async () => {
    const zip = zipSync({ 'portfolio.json': strToU8('{}'), 'other.txt': strToU8('x') })
    const started = performance.now()
    expect(await readArchive(zip)).toMatchObject({ ok: false, path: 'other.txt', code: 'unexpected-entry' })
    expect(performance.now() - started).toBeLessThan(100)
  })
})
