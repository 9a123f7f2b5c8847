import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

// MATBAR_OUT lets parallel builds (several engineers, one checkout) write to separate folders.
const OUT = process.env.MATBAR_OUT ?? 'out'

// The path aliases of tsconfig.base.json, for every bundle.
const alias = {
  '@renderer': resolve(__dirname, 'src-renderer/src'),
  '@shared': resolve(__dirname, 'src-shared'),
  '@main': resolve(__dirname, 'src-main'),
  '@resources': resolve(__dirname, 'resources')
}

/**
 * react-router's package exports name only its development build (upstream remix-run/react-router#12532, #14753):
 * a production build would ship its dev warnings and checks, which showed in the renderer's profiles. Its own
 * dist/production build is the same code without them; builds take it, the dev server and tests keep the exports'.
 */
const reactRouterProduction = {
  find: /^react-router$/,
  replacement: resolve(__dirname, 'node_modules/react-router/dist/production/index.mjs')
}

// Custom folders (src-main, src-renderer, src-shared) instead of electron-vite's src/* defaults.
export default defineConfig(({ command }) => ({
  main: {
    resolve: { alias },
    build: {
      outDir: `${OUT}/main`,
      rolldownOptions: {
        // index: the Electron main process. bridge: the loopback HTTP harness, plain Node, no electron.
        input: {
          index: resolve(__dirname, 'src-main/index.ts'),
          bridge: resolve(__dirname, 'src-main/bridge/cli.ts'),
          // `npm run docs:sample`: the sample Word documents, written without the app.
          'docs-sample': resolve(__dirname, 'src-main/documents/docs-sample-cli.ts'),
          // The worker thread that renders Word documents off main's event loop (src-main/workers).
          'document-worker': resolve(__dirname, 'src-main/documents/render-worker.ts'),
          // The worker thread that reads archives from outside (src-main/services/archive.ts readArchive).
          'archive-worker': resolve(__dirname, 'src-main/services/archive-worker.ts')
        }
      }
    }
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: `${OUT}/preload`,
      // A sandboxed preload cannot require() node_modules: bundle everything it imports.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src-main/preload.ts') }
      }
    }
  },
  renderer: {
    root: resolve(__dirname, 'src-renderer'),
    plugins: [react()],
    resolve: {
      alias: [
        ...Object.entries(alias).map(([find, replacement]) => ({ find, replacement })),
        ...(command === 'build' ? [reactRouterProduction] : [])
      ]
    },
    build: {
      outDir: resolve(__dirname, OUT, 'renderer'),
      // Smaller bundle loads faster on the consultant's laptop; sourcemaps keep stack traces readable.
      minify: true,
      sourcemap: true,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src-renderer/index.html') }
      }
    }
  }
}))
