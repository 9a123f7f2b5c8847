import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Settings, SettingsPatch, DEFAULT_SETTINGS } from '../../src-shared/settings'
import { writeFileAtomic } from './atomic-write'

export const SETTINGS_FILE = 'settings.json'

/** Reads and writes settings.json in the given data folder; no Electron needed. */
export function createSettingsStore(dataFolder: string, log: (msg: string) => void = () => undefined) {
  const file = join(dataFolder, SETTINGS_FILE)
  // Serialise writes so two quick patches cannot interleave read-modify-write.
  let queue: Promise<unknown> = Promise.resolve()

  async function read(): Promise<Settings> {
    let text: string
    try {
      text = await readFile(file, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ...DEFAULT_SETTINGS }
      throw error
    }
    try {
      const parsed = Settings.safeParse(JSON.parse(text))
      if (parsed.success) return parsed.data
      log(`settings.json is invalid, using defaults: ${parsed.error.message}`)
    } catch {
      log('settings.json is not valid JSON, using defaults')
    }
    return { ...DEFAULT_SETTINGS }
  }

  function update(patch: SettingsPatch): Promise<Settings> {
    const run = queue.then(async () => {
      const current = await read()
      const next = Settings.parse({ ...current, ...stripUndefined(SettingsPatch.parse(patch)) })
      await writeFileAtomic(file, JSON.stringify(next, null, 2) + '\n')
      return next
    })
    queue = run.catch(() => undefined)
    return run
  }

  return { file, read, update }
}
export type SettingsStore = ReturnType<typeof createSettingsStore>

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
}
