/** Loading the bundled sample portfolio (resources/sample-portfolio.json) into the database. */
import { useCallback } from 'react'
import { TABLE_NAMES, type TableName } from '@shared/entities'
import { parsePortfolioFile } from '@shared/portfolio-file'
import type { MatbarDb } from '@renderer/db/db'
import { loadPortfolio } from '@renderer/db/portfolio'
import { errorMessage } from '@renderer/lib/errors'
import { useDb } from '@renderer/platform/services'

export type SampleResult =
  | { ok: true; counts: Record<TableName, number> }
  | { ok: false; kind: 'parse'; errors: { path: string; message: string }[] }
  | { ok: false; kind: 'write'; message: string }

/** The sample file's text, fetched lazily so it stays out of the main bundle. */
export async function readSampleText(): Promise<string> {
  const module = await import('@resources/sample-portfolio.json?raw')
  return module.default
}

/** Parses a portfolio file and writes it in one transaction; never throws, says what went wrong. */
export async function loadPortfolioText(db: MatbarDb, text: string): Promise<SampleResult> {
  const parsed = parsePortfolioFile(text)
  if (!parsed.ok) return { ok: false, kind: 'parse', errors: parsed.errors }
  try {
    await loadPortfolio(db, parsed.portfolio)
  } catch (error) {
    return { ok: false, kind: 'write', message: errorMessage(error) }
  }
  const counts = Object.fromEntries(TABLE_NAMES.map((name) => [name, parsed.portfolio.tables[name].length])) as Record<
    TableName,
    number
  >
  return { ok: true, counts }
}

/** Loads the bundled sample portfolio. */
export async function loadSamplePortfolio(
  db: MatbarDb,
  readText: () => Promise<string> = readSampleText
): Promise<SampleResult> {
  return loadPortfolioText(db, await readText())
}

/** loadSamplePortfolio bound to the app's database, for components. */
export function useLoadSample(): () => Promise<SampleResult> {
  const db = useDb()
  return useCallback(() => loadSamplePortfolio(db), [db])
}
