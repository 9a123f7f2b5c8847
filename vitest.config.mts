import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'
import { availableParallelism } from 'node:os'

// The path aliases of tsconfig.base.json; every project inherits them (extends: true).
const at = (folder: string) => fileURLToPath(new URL(folder, import.meta.url))

export default defineConfig({
  resolve: {
    alias: {
      '@renderer': at('./src-renderer/src'),
      '@shared': at('./src-shared'),
      '@main': at('./src-main'),
      '@resources': at('./resources')
    }
  },
  test: {
    // Vitest's default outside watch mode is one worker fewer than the cores: one worker on a two-core
    // machine, which leaves a core idle while most unit tests run and the docs tests wait on LibreOffice.
    // The browser project still runs one file at a time (fileParallelism: false below).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // Rendering the sample documents before a suite can take a while on a busy two-core machine.
          hookTimeout: 60_000,
          testTimeout: 30_000,
          include: ['tests/main/**/*.test.ts', 'tests/shared/**/*.test.ts'],
          environment: 'node'
        }
      },
      {
        extends: true,
        plugins: [react()],
        test: {
          name: 'renderer',
          testTimeout: 20_000,
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['tests/renderer/setup.ts']
        }
      },
      {
        extends: true,
        // The Word documents read back by LibreOffice and mammoth (slow: one soffice run per file).
        test: {
          name: 'docs',
          include: ['tests/docs/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 240_000
        }
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false
        }
      }
    ]
  }
})
