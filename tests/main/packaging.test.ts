/**
 * The installer configuration, read the way `npm run dist` reads it: electron-builder's own loader
 * (electron-builder.yml merged with package.json) and its schema check, then the security-relevant
 * parts checked one by one: every Electron fuse, the resvg native module outside the asar, and no
 * sources or tests in the package.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

const root = resolve(__dirname, '../..')
const require = createRequire(join(root, 'package.json'))

type FileSet = { filter?: string[] } | string
type BuilderConfig = {
  files?: FileSet[]
  asar?: boolean
  asarUnpack?: string[]
  electronFuses?: Record<string, boolean>
  npmRebuild?: boolean
  win?: { target?: (string | { target: string })[]; signAndEditExecutable?: boolean }
  mac?: { target?: (string | { target: string })[] }
  linux?: { target?: (string | { target: string })[] }
}
type Matcher = { createFilter(): (file: string, stat: { isDirectory(): boolean }) => boolean }

// Deep imports of electron-builder's library: the same loader, schema and file matcher `dist` uses.
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig(projectDir: string, configPath: string | null, fromOptions: null): Promise<BuilderConfig>
  validateConfiguration(config: BuilderConfig, logger: unknown): Promise<void>
}
const { FileMatcher } = require('app-builder-lib/out/fileMatcher') as {
  FileMatcher: new (from: string, to: string, expand: (s: string) => string, patterns: string[]) => Matcher
}
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown }

/** What each fuse must be: issue 13 point 9 and Electron's security checklist item 19. */
const EXPECTED_FUSES = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableCookieEncryption: true,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false
}

/** electron-builder's `${/*}` macro: the folder itself and everything in it. */
const expand = (pattern: string) => pattern.replaceAll('${/*}', '{,/**/*}')

/** A filter over paths relative to the project, as electron-builder applies a list of patterns. */
function matcherOf(patterns: string[]) {
  const filter = new FileMatcher(root, root, expand, patterns).createFilter()
  return (path: string) => filter(join(root, path), { isDirectory: () => false })
}

function targetsOf(platform: { target?: (string | { target: string })[] } | undefined): string[] {
  return (platform?.target ?? []).map((t) => (typeof t === 'string' ? t : t.target))
}

/** Every file below a folder, relative to the project root. */
function filesBelow(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name)
    return entry.isDirectory() ? filesBelow(full) : [relative(root, full).replaceAll('\\', '/')]
  })
}

let config: BuilderConfig

beforeAll(async () => {
  config = await getConfig(root, null, null)
})

describe('electron-builder configuration', () => {
  it('passes electron-builder’s own schema check', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined()
  })

  it('sets every fuse the security review asks for, each to the right value', () => {
    const fuses = config.electronFuses ?? {}
    for (const [fuse, value] of Object.entries(EXPECTED_FUSES)) {
      expect(fuses[fuse], `fuse ${fuse}`).toBe(value)
    }
  })

  it('lets electron-builder write the asar hash into the Windows executable (the integrity fuse needs it)', () => {
    // With signAndEditExecutable false the exe carries no integrity resource and will not start.
    expect(config.win?.signAndEditExecutable).not.toBe(false)
  })

  it('builds NSIS for Windows, dmg for macOS, AppImage and deb for Linux, into an asar', () => {
    expect(config.asar).not.toBe(false)
    expect(targetsOf(config.win)).toContain('nsis')
    expect(targetsOf(config.mac)).toContain('dmg')
    expect(targetsOf(config.linux)).toEqual(expect.arrayContaining(['AppImage', 'deb']))
  })

  it('unpacks the resvg native module (its .node binary and JS wrapper) from the asar', () => {
    const unpacked = matcherOf(config.asarUnpack ?? [])
    const resvg = filesBelow(join(root, 'node_modules/@resvg'))
    const binaries = resvg.filter((path) => path.endsWith('.node'))
    // The platform package of this machine must be installed, or the check below proves nothing.
    expect(binaries.length).toBeGreaterThan(0)
    for (const path of [...binaries, 'node_modules/@resvg/resvg-js/index.js']) {
      expect(unpacked(path), path).toBe(true)
    }
    // Only resvg: the rest of node_modules stays inside the asar, covered by its integrity check.
    expect(unpacked('node_modules/zod/index.js')).toBe(false)
  })

  it('packs the built app and package.json, and no sources, tests or development tools', () => {
    const sets = config.files ?? []
    expect(sets).toHaveLength(1)
    const patterns = typeof sets[0] === 'string' ? [sets[0]] : (sets[0]?.filter ?? [])
    const packed = matcherOf([...patterns, 'package.json'])
    for (const path of [
      'out/main/index.js',
      // The worker thread that reads archives from outside (services/archive.ts), and the chunks it shares.
      'out/main/archive-worker.js',
      'out/main/chunks/archive-reader-abc123.js',
      'out/preload/index.js',
      'out/renderer/index.html',
      'package.json'
    ]) {
      expect(packed(path), path).toBe(true)
    }
    for (const path of [
      'src-main/index.ts',
      'src-main/services/attachments.ts',
      'src-renderer/src/main.tsx',
      'src-shared/entities.ts',
      'tests/main/packaging.test.ts',
      'tests/fixtures/anything.json',
      'bench/summary.mjs',
      'scripts/start.mjs',
      'resources/sample-portfolio.json',
      'electron-builder.yml',
      'README.md',
      'tsconfig.json',
      '.ci/run',
      // The loopback browser harness and the sample-documents CLI are development tools.
      'out/main/bridge.js',
      'out/main/docs-sample.js'
    ]) {
      expect(packed(path), path).toBe(false)
    }
  })

  it('needs no native rebuild (resvg is a prebuilt Node-API module), so dist fetches no Electron headers', () => {
    expect(config.npmRebuild).toBe(false)
  })
})

describe('package.json scripts', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>
    dependencies: Record<string, string>
    devDependencies: Record<string, string>
  }

  it('has `npm run dist`: build, then electron-builder for this platform, publishing nothing', () => {
    expect(pkg.scripts['dist']).toMatch(/electron-vite build && electron-builder\b/)
    expect(pkg.scripts['dist']).toMatch(/--publish never/)
    expect(pkg.devDependencies['electron-builder']).toBeDefined()
  })

  it('lists as dependencies only what main loads at run time (the renderer is bundled; the rest stays out of the asar)', () => {
    // Every bare import of the main-side code (src-main, and src-shared which main bundles).
    const imported = new Set<string>()
    for (const file of [...filesBelow(join(root, 'src-main')), ...filesBelow(join(root, 'src-shared'))]) {
      if (!file.endsWith('.ts')) continue
      // Type-only imports are erased by the build, so they need nothing at run time.
      const imports = readFileSync(join(root, file), 'utf8').matchAll(/^import (?!type )[^;]*?from '([^.'][^']*)'/gm)
      for (const [, spec] of imports) {
        const [first, second] = spec!.split('/')
        if (first!.startsWith('node:') || ['electron', '@shared', '@main', '@resources'].includes(first!)) continue
        imported.add(first!.startsWith('@') ? `${first}/${second}` : first!)
      }
    }
    expect(Object.keys(pkg.dependencies).sort()).toEqual([...imported].sort())
  })

  it('runs nothing at install time (npm ci must not download Electron or rebuild modules)', () => {
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) {
      expect(pkg.scripts[hook], hook).toBeUndefined()
    }
  })
})
