// `npm run bench [-- --size tiny|realistic|stress] [--runs N] [--only node|chromium]`:
// the Node benches (vitest bench, bench/*.bench.ts), then the Chromium figures through the harness
// (bench/browser/chromium.run.ts), which prints one table of both and writes it as JSON to bench-results/.
// The Chromium half needs a built renderer: it builds one into MATBAR_OUT (default out) when there is none.
// At --size tiny the Node benches are left out (their portfolio is fixed at 10 000 organisations).
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'

const root = new URL('..', import.meta.url).pathname
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'stress' },
    runs: { type: 'string', default: '5' },
    only: { type: 'string' }
  },
  strict: true
})
if (!['tiny', 'realistic', 'stress'].includes(values.size)) throw new Error('--size must be tiny, realistic or stress')
const runs = Number(values.runs)
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a whole number ≥ 1')

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal})`)
}

const node = values.only !== 'chromium' && values.size !== 'tiny'
const nodeJson = join(root, '.tmp', 'bench-results.json')
if (node) {
  rmSync(nodeJson, { force: true })
  run('npx', ['vitest', 'bench', '--run', '--config', 'bench/vitest.bench.config.mts'])
}
if (values.only !== 'node') {
  const out = process.env.MATBAR_OUT ?? 'out'
  if (!existsSync(join(root, out, 'renderer', 'index.html'))) run('npx', ['electron-vite', 'build'])
  run('npx', ['vitest', 'run', '--config', 'bench/vitest.chromium.config.mts', 'bench/browser/chromium.run.ts'], {
    BENCH_SIZE: values.size,
    BENCH_RUNS: String(runs),
    BENCH_NODE: node ? '1' : '0'
  })
  console.log(`\n${readFileSync(join(root, '.tmp', 'bench-table.md'), 'utf8')}`)
} else {
  run('node', ['bench/summary.mjs'])
}
