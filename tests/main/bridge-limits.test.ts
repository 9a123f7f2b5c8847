import { connect } from 'node:net'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBridge } from '@main/bridge/server'
import { backupFileName } from '@shared/file-names'
import type { Bridge } from '@main/bridge/server'

const LIMIT = 64 * 1024
let dir: string
let bridge: Bridge

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'matbar-bridge-limits-'))
  const renderer = join(dir, 'renderer')
  await mkdir(renderer, { recursive: true })
  await writeFile(join(renderer, 'index.html'), '<!doctype html><html><head></head><body></body></html>')
  bridge = await startBridge({
    rendererDir: renderer,
    dataFolder: join(dir, 'data'),
    appVersion: '9.9.9',
    maxBodyBytes: LIMIT
  })
})

afterAll(async () => {
  await bridge.close()
  await rm(dir, { recursive: true, force: true })
})

/**
 * Sends a request over a raw socket and keeps writing body chunks until the server closes the
 * connection or `maxBytes` are written; says how much was written and what came back.
 */
function flood(
  headers: string[],
  maxBytes: number
): Promise<{ written: number; closedByServer: boolean; response: string }> {
  return new Promise((resolve) => {
    const socket = connect(bridge.port, '127.0.0.1')
    const chunk = Buffer.alloc(64 * 1024, 0x61)
    let written = 0
    let closed = false
    let response = ''
    socket.on('data', (d: Buffer) => (response += d.toString('latin1')))
    const finish = (closedByServer: boolean) => {
      if (closed) return
      closed = true
      socket.destroy()
      resolve({ written, closedByServer, response })
    }
    socket.on('close', () => finish(true))
    socket.on('error', () => finish(true))
    socket.on('connect', () => {
      socket.write(
        [
          'POST /api/settings:set HTTP/1.1',
          `Host: 127.0.0.1:${bridge.port}`,
          `X-Matbar-Token: ${bridge.token}`,
          'Content-Type: application/json',
          ...headers,
          '',
          ''
        ].join('\r\n')
      )
      const pump = () => {
        while (!closed) {
          if (written >= maxBytes) return finish(false)
          const chunked = headers.includes('Transfer-Encoding: chunked')
          const ok = socket.write(
            chunked
              ? Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')])
              : chunk
          )
          written += chunk.length
          if (!ok) {
            socket.once('drain', pump)
            return
          }
        }
      }
      pump()
    })
  })
}

describe('bridge/server request body limit', () => {
  it('cuts an over-limit body that has no Content-Length instead of draining it (413, connection closed)', async () => {
    const result = await flood(['Transfer-Encoding: chunked'], 256 * 1024 * 1024)
    expect(result.closedByServer).toBe(true)
    // The old code read all 256 MB before answering; now the socket closes after the limit
    // (plus whatever the kernel buffers on the way).
    expect(result.written).toBeLessThan(64 * 1024 * 1024)
    if (result.response) expect(result.response).toMatch(/^HTTP\/1\.1 413/)
  }, 60_000)

  it('answers 413 and closes at once when Content-Length is over the limit', async () => {
    const result = await flood([`Content-Length: ${1024 * 1024 * 1024}`], 256 * 1024 * 1024)
    expect(result.closedByServer).toBe(true)
    expect(result.written).toBeLessThan(64 * 1024 * 1024)
    if (result.response) {
      expect(result.response).toMatch(/^HTTP\/1\.1 413/)
      expect(result.response.toLowerCase()).toContain('connection: close')
      // Its own code, so the renderer can say it in the user's language.
      expect(result.response).toContain('"code":"too-large"')
    }
  }, 60_000)

  it('closes the connection of a call with a wrong token instead of draining its body', async () => {
    const socketResult = await new Promise<{ written: number; closed: boolean }>((resolve) => {
      const socket = connect(bridge.port, '127.0.0.1')
      let written = 0
      let done = false
      const finish = (closed: boolean) => {
        if (done) return
        done = true
        socket.destroy()
        resolve({ written, closed })
      }
      socket.on('close', () => finish(true))
      socket.on('error', () => finish(true))
      socket.on('data', () => undefined)
      socket.on('connect', () => {
        socket.write(
          `POST /api/settings:set HTTP/1.1\r\nHost: 127.0.0.1:${bridge.port}\r\nX-Matbar-Token: wrong\r\nContent-Length: ${1024 * 1024 * 1024}\r\n\r\n`
        )
        const chunk = Buffer.alloc(64 * 1024)
        const pump = () => {
          while (!done) {
            if (written >= 256 * 1024 * 1024) return finish(false)
            written += chunk.length
            if (!socket.write(chunk)) return void socket.once('drain', pump)
          }
        }
        pump()
      })
    })
    expect(socketResult.closed).toBe(true)
    expect(socketResult.written).toBeLessThan(64 * 1024 * 1024)
  }, 60_000)

  it('still answers a body within the limit', async () => {
    const body = JSON.stringify({ language: 'en' })
    const res = await fetch(`${bridge.url}api/settings:set`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Matbar-Token': bridge.token },
      body
    })
    expect(res.status).toBe(200)
  })
})

describe('bridge/server error answers', () => {
  async function call(channel: string, input: unknown) {
    const res = await fetch(`${bridge.url}api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Matbar-Token': bridge.token },
      body: JSON.stringify(input)
    })
    return { status: res.status, text: await res.text() }
  }

  it.each([
    ['documents:read', { id: 'no-such-document' }],
    ['backups:open', { name: backupFileName(new Date('2026-05-20T10:00:00.000Z'), 'manual', false) }]
  ])('%s: a failed call names no absolute path (not the data folder)', async (channel, input) => {
    const { status, text } = await call(channel, input)
    expect(status).not.toBe(200)
    expect(text).not.toContain(dir)
    expect(text).not.toContain(tmpdir())
    expect(text).not.toMatch(/'\/[^']*'/)
  })

  it('says what is missing in words for documents:read and backups:open', async () => {
    expect((await call('documents:read', { id: 'gone' })).text).toContain('no longer in the documents folder')
    const name = backupFileName(new Date('2026-05-20T10:00:00.000Z'), 'auto', false)
    expect((await call('backups:open', { name })).text).toContain(`${name} is no longer in the backup folder`)
  })
})
