/** The routes of this part of the product; App mounts them inside the shell. */
import { Route } from 'react-router'
import { PATTERNS } from '@renderer/lib/paths'
import { SettingsPage } from './SettingsPage'

/** Route elements for settings: the settings page. */
export const settingsRoutes = [<Route key="settings" path={PATTERNS.settings} element={<SettingsPage />} />]
