/**
 * The erasure log (GDPR, issue 13 point 7): which contact, participant and evaluation ids were erased,
 * and when. Ids only, no personal data. It lives in main's data folder as one small JSON file, written
 * atomically, because nothing an import or a restore does touches that folder's files: a Dexie table
 * would be one more table for a replace-import to reason about, would need a schema version, and would
 * be lost with the browser profile. The renderer reads it before an import and erases the same ids
 * again after it, so a backup taken before an erasure cannot bring the person back.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { ErasureLogEntry, type ErasureRecord } from '@shared/ipc/erasure'
import { writeFileAtomic } from './atomic-write'

export const ERASURE_LOG_FILE = 'erasure-log.json'
const FORMAT = 'matbar-erasure-log'

const ErasureLogFile = z.strictObject({
  format: z.literal(FORMAT),
  version: z.literal(1),
  entries: z.array(ErasureLogEntry).max(1_000_000)
})

/** Creates the log of one data folder; `now` is the clock entries are stamped with. */
export function createErasureLog(dataFolder: string, now: () => Date = () => new Date()) {
  const file = join(dataFolder, ERASURE_LOG_FILE)
  let queue: Promise<unknown> = Promise.resolve()

  /**
   * The entries, oldest first; none when there is no log yet. A damaged log is an error, never an empty
   * log: treating it as empty would let the next append overwrite every earlier erasure.
   */
  async function read(): Promise<ErasureLogEntry[]> {
    let text: string
    try {
      text = await readFile(file, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw new Error(`The erasure log cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`, {
        cause: error
      })
    }
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch {
      throw new Error(`The erasure log ${ERASURE_LOG_FILE} is damaged (not JSON)`)
    }
    const parsed = ErasureLogFile.safeParse(value)
    if (!parsed.success)
      throw new Error(`The erasure log ${ERASURE_LOG_FILE} is damaged (${parsed.error.issues[0]?.message})`)
    return parsed.data.entries
  }

  /** Appends one erasure; appends run one at a time so none is lost. Resolves to the number of entries. */
  function append(record: ErasureRecord): Promise<number> {
    const run = queue.then(async () => {
      const entries = [...(await read()), { ...record, at: now().toISOString() }]
      await writeFileAtomic(file, `${JSON.stringify({ format: FORMAT, version: 1, entries })}\n`)
      return entries.length
    })
    queue = run.catch(() => undefined)
    return run
  }

  return { read, append, file }
}
export type ErasureLog = ReturnType<typeof createErasureLog>
