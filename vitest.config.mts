import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/main/**/*.test.ts', 'tests/shared/**/*.test.ts'],
          environment: 'node'
        }
      },
      {
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
