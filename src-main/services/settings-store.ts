import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Settings, SettingsPatch, DEFAULT_SETTINGS } from '@shared/settings'
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
    let raw: unknown
    try {
      raw = JSON.parse(text)
    } catch {
      log('settings.json is not valid JSON, using defaults')
      await keepDamagedCopy(text)
      return { ...DEFAULT_SETTINGS }
    }
    const parsed = Settings.safeParse(raw)
    if (parsed.success) return parsed.data
    // One bad or unknown field (a newer version's file, a hand edit) must not cost the consultant
    // every other setting, his branding included: keep each field that is valid on its own.
    log(`settings.json has invalid fields, keeping the valid ones: ${parsed.error.message}`)
    await keepDamagedCopy(text)
    return salvageSettings(raw)
  }

  /** Keeps the file as it was before the next write replaces it, so nothing is lost for good. */
  async function keepDamagedCopy(text: string): Promise<void> {
    await writeFileAtomic(`${file}.damaged`, text).catch((error: unknown) =>
      log(`could not keep settings.json.damaged: ${String(error)}`)
    )
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

/** The settings made of every field of `raw` that is valid on its own, defaults for the rest. */
export function salvageSettings(raw: unknown): Settings {
  const kept: Record<string, unknown> = {}
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
    for (const [key, schema] of Object.entries(Settings.shape)) {
      if (!Object.hasOwn(raw, key)) continue
      const field = schema.safeParse((raw as Record<string, unknown>)[key])
      if (field.success && field.data !== undefined) kept[key] = field.data
    }
  }
  return Settings.parse(kept)
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
}
