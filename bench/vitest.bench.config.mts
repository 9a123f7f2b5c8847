// `npm run bench`: speed benchmarks, kept apart from the test projects in vitest.config.mts and out of CI.
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  resolve: {
    alias: {
      '@renderer': fileURLToPath(new URL('../src-renderer/src', import.meta.url)),
      '@shared': fileURLToPath(new URL('../src-shared', import.meta.url)),
      '@main': fileURLToPath(new URL('../src-main', import.meta.url)),
      '@resources': fileURLToPath(new URL('../resources', import.meta.url))
    }
  },
  test: {
    include: [],
    environment: 'node',
    // One file at a time: on a two-core machine, parallel files would measure each other.
    fileParallelism: false,
    // Building and loading the large portfolio takes a while before the first sample.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    benchmark: {
      include: ['bench/**/*.bench.ts'],
      // Read by bench/summary.mjs, which prints medians and ratios (.tmp/ is git-ignored).
      outputJson: '.tmp/bench-results.json'
    }
  }
})
