/** The routes of this part of the product; App mounts them inside the shell. */
import { lazy } from 'react'
import { Route } from 'react-router'
import { PATTERNS } from '@renderer/lib/paths'

// Loaded when first visited, not with the first screen (the shell's Suspense shows "Laddar…" meanwhile).
const SettingsPage = lazy(() => import('./SettingsPage').then((m) => ({ default: m.SettingsPage })))

/** Route elements for settings: the settings page. */
export const settingsRoutes = [<Route key="settings" path={PATTERNS.settings} element={<SettingsPage />} />]
