// The portfolio transport by hand (bench/browser/transport.run.ts): TRANSPORT_FILE=<file> npx vitest run --config bench/vitest.transport.config.mts
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
    include: ['bench/browser/transport.run.ts'],
    environment: 'node',
    // The stress portfolio's five imports through the UI alone take minutes.
    testTimeout: 3 * 60 * 60_000,
    hookTimeout: 600_000
  }
})
