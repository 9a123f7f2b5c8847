import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

// Custom folders (src-main, src-renderer, src-shared) instead of electron-vite's src/* defaults.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        // index: the Electron main process. bridge: the loopback HTTP harness, plain Node, no electron.
        input: {
          index: resolve(__dirname, 'src-main/index.ts'),
          bridge: resolve(__dirname, 'src-main/bridge/cli.ts')
        }
      }
    }
  },
  preload: {
    build: {
      outDir: 'out/preload',
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
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      // Smaller bundle loads faster on the consultant's laptop; sourcemaps keep stack traces readable.
      minify: true,
      sourcemap: true,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src-renderer/index.html') }
      }
    }
  }
})
