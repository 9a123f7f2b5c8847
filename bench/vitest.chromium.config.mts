// The Chromium runs of the benches, not a test project: `npm run bench`'s Chromium half (bench/browser/chromium.run.ts,
// which bench/run.mjs names) and the portfolio transport by hand (bench/browser/transport.run.ts):
// TRANSPORT_FILE=<file> npx vitest run --config bench/vitest.chromium.config.mts bench/browser/transport.run.ts
// and the list pages under Chrome traces by hand (bench/browser/lists-trace.run.ts, see its header).
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const at = (folder: string) => fileURLToPath(new URL(folder, import.meta.url))

export default defineConfig({
  root: at('..'),
  resolve: {
    alias: {
      '@renderer': at('../src-renderer/src'),
      '@shared': at('../src-shared'),
      '@main': at('../src-main'),
      '@resources': at('../resources')
    }
  },
  test: {
    include: ['bench/browser/chromium.run.ts', 'bench/browser/transport.run.ts', 'bench/browser/lists-trace.run.ts'],
    environment: 'node',
    // The stress portfolio's five imports through the UI alone take minutes.
    testTimeout: 3 * 60 * 60_000,
    hookTimeout: 600_000
  }
})
