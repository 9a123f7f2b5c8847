/**
 * The renderer's build configuration: react-router's package exports name only its development build, so builds
 * alias it to the production one (electron.vite.config.ts). The dev server keeps the exports' choice.
 */
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import config from '../../electron.vite.config'

type Alias = { find: string | RegExp; replacement: string }

function rendererAliases(command: 'build' | 'serve'): Alias[] {
  const resolved = (
    config as (env: { command: string; mode: string }) => { renderer: { resolve: { alias: Alias[] } } }
  )({ command, mode: command === 'build' ? 'production' : 'development' })
  return resolved.renderer.resolve.alias
}

/** The replacement an import of `id` gets, as Vite picks it (the first alias whose `find` matches). */
function aliasFor(aliases: Alias[], id: string): string | undefined {
  const hit = aliases.find((a) =>
    typeof a.find === 'string' ? id === a.find || id.startsWith(`${a.find}/`) : a.find.test(id)
  )
  return hit?.replacement
}

describe('renderer build configuration', () => {
  it('builds take react-router from its production files, which exist', () => {
    const target = aliasFor(rendererAliases('build'), 'react-router')
    expect(target).toMatch(/react-router[/\\]dist[/\\]production[/\\]index\.mjs$/)
    expect(existsSync(target!)).toBe(true)
  })

  it('leaves react-router subpaths and the dev server to the package exports', () => {
    expect(aliasFor(rendererAliases('build'), 'react-router/dom')).toBeUndefined()
    expect(aliasFor(rendererAliases('serve'), 'react-router')).toBeUndefined()
  })

  it('keeps the path aliases of tsconfig.base.json', () => {
    expect(aliasFor(rendererAliases('build'), '@renderer/App')).toMatch(/src-renderer[/\\]src$/)
    expect(aliasFor(rendererAliases('serve'), '@shared/entities')).toMatch(/src-shared$/)
  })
})
