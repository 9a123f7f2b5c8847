/**
 * Writes a generated portfolio file that the app imports (Inställningar → Importera):
 *
 *   npm run seed -- --size realistic|stress|tiny --out <file> [--seed <n>]
 *
 * The file is written table by table, never as one string (the stress portfolio is hundreds of MB), to a
 * temporary name that is renamed into place when complete. The generator is scripts/seed/generate-portfolio.ts.
 */
import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { rename, rm, stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { TABLE_NAMES } from '../src-shared/entities'
import {
  DEFAULT_SEED,
  generatePortfolio,
  portfolioJsonChunks,
  SEED_SIZES,
  type SeedSizeName
} from './seed/generate-portfolio'

const USAGE = 'usage: npm run seed -- --size realistic|stress|tiny --out <file> [--seed <n>]'

async function main(): Promise<void> {
  let values: { size?: string; out?: string; seed?: string }
  try {
    values = parseArgs({
      options: { size: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' } },
      strict: true
    }).values
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${USAGE}`)
  }
  const sizeName = values.size as SeedSizeName | undefined
  if (!sizeName || !Object.hasOwn(SEED_SIZES, sizeName))
    throw new Error(`--size must be one of ${Object.keys(SEED_SIZES).join(', ')}\n${USAGE}`)
  if (!values.out) throw new Error(`--out <file> is required\n${USAGE}`)
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed)
  if (!Number.isSafeInteger(seed)) throw new Error(`--seed must be a whole number, got "${values.seed}"`)

  const started = performance.now()
  const portfolio = generatePortfolio(SEED_SIZES[sizeName], seed)
  const out = resolve(values.out)
  const temp = `${out}.${process.pid}.tmp`
  const stream = createWriteStream(temp, { encoding: 'utf8' })
  try {
    for (const chunk of portfolioJsonChunks(portfolio)) {
      if (!stream.write(chunk)) await once(stream, 'drain')
    }
    stream.end()
    await once(stream, 'finish')
    await rename(temp, out)
  } catch (error) {
    stream.destroy()
    await rm(temp, { force: true })
    throw error
  }
  const bytes = (await stat(out)).size
  const counts = TABLE_NAMES.map((name) => `${name} ${portfolio.tables[name].length}`).join(', ')
  console.log(
    `Wrote ${out}: ${sizeName} portfolio (seed ${seed}), ${(bytes / 1024 / 1024).toFixed(1)} MB in ${Math.round(performance.now() - started)} ms\n${counts}`
  )
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
})
