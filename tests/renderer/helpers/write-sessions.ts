/**
 * A stand-in for main's write sessions (portfolio:writeBegin / writeChunk / writeAbort, then
 * backups:finish or portfolio:writeFinish): it joins the pieces, so a test sees the whole text written.
 */
import type { WritePurpose } from '@shared/ipc/portfolio'

export type FakeWrite = { purpose: WritePurpose; text: string; attachments: string[]; aborted: boolean }

/**
 * Answers for the write channels; `finish` gives what backups:finish or portfolio:writeFinish answers.
 * Returns null for any other channel.
 */
export function createFakeWrites(finish: (write: FakeWrite) => unknown) {
  const writes = new Map<string, FakeWrite>()
  const done: FakeWrite[] = []
  let next = 0
  function answer(channel: string, input: unknown): { value: unknown } | null {
    const data = input as {
      token: string
      text?: string
      data?: Uint8Array
      attachments: string[]
      purpose: WritePurpose
    }
    switch (channel) {
      case 'portfolio:writeBegin': {
        const token = (next++).toString(16).padStart(32, '0')
        writes.set(token, { purpose: data.purpose, text: '', attachments: [], aborted: false })
        return { value: { outcome: 'begun', token } }
      }
      case 'portfolio:writeChunk': {
        const write = writes.get(data.token)
        if (!write) return { value: { outcome: 'expired' } }
        // The app sends each piece as its text (the bridge carries it as UTF-8 bytes); bytes must be whole UTF-8.
        write.text += data.data ? new TextDecoder('utf-8', { fatal: true }).decode(data.data) : (data.text ?? '')
        return { value: { outcome: 'written', bytes: write.text.length } }
      }
      case 'portfolio:writeAbort': {
        const write = writes.get(data.token)
        if (write) write.aborted = true
        writes.delete(data.token)
        return { value: { outcome: write ? 'aborted' : 'expired' } }
      }
      case 'backups:finish':
      case 'portfolio:writeFinish': {
        const write = writes.get(data.token)
        if (!write) return { value: { outcome: 'expired' } }
        writes.delete(data.token)
        write.attachments = data.attachments
        done.push(write)
        return { value: finish(write) }
      }
    }
    return null
  }
  return { answer, done }
}
