/** Renders the whole app on a fresh database and a fake main process. */
import { render, type RenderResult } from '@testing-library/react'
import { App } from '@renderer/app/App'
import type { MatbarDb } from '@renderer/db/db'
import { createApi } from '@renderer/platform/api'
import { freshDb } from './db'
import { createFakeMain, type FakeMain } from './fake-transport'

/** Renders <App> at the given hash route. */
export function renderApp(
  options: { db?: MatbarDb; main?: FakeMain; route?: string } = {}
): RenderResult & { db: MatbarDb; main: FakeMain } {
  const db = options.db ?? freshDb()
  const main = options.main ?? createFakeMain()
  window.location.hash = `#${options.route ?? '/'}`
  const result = render(<App services={{ db, api: createApi(main.transport) }} />)
  return { ...result, db, main }
}
