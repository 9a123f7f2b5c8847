/**
 * LibreOffice and poppler for the docs tests (tests/docs): finding them, skipping loudly or failing under
 * REQUIRE_REAL_CLIENTS=1 when they are missing, and turning .docx files into PDF pages.
 */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** The program's full path when it is on PATH, else null. */
export function onPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter))
    if (dir && existsSync(join(dir, name))) return join(dir, name)
  return null
}

/**
 * soffice, when it and every one of `tools` are on PATH. Otherwise the suite is skipped with one loud line, or,
 * under REQUIRE_REAL_CLIENTS=1 (as in CI), the run fails naming what to install.
 */
export function sofficeOrSkip(
  suite: string,
  tools: readonly string[] = ['pdftotext'],
  packages = 'libreoffice-writer-nogui poppler-utils'
): string | null {
  const soffice = onPath('soffice') ?? onPath('libreoffice')
  if (soffice && tools.every((tool) => onPath(tool))) return soffice
  const names = ['soffice', ...tools]
  const list = `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`
  if (process.env.REQUIRE_REAL_CLIENTS === '1')
    throw new Error(`REQUIRE_REAL_CLIENTS=1 but ${list} is missing (apt-get install ${packages})`)
  console.warn(`\n*** SKIPPED ${suite}: no ${list} found ***\n`)
  return null
}

/**
 * Converts `<dir>/<name>.docx` to `<dir>/<name>.pdf` for each name, in one LibreOffice run with a profile of its
 * own, so a LibreOffice already running cannot interfere.
 */
export async function docxToPdf(
  soffice: string,
  dir: string,
  names: readonly string[],
  timeoutMs = 180_000
): Promise<void> {
  await run(
    soffice,
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      ...names.map((n) => join(dir, `${n}.docx`))
    ],
    { timeout: timeoutMs }
  )
}
