/** The routes of this part of the product; App mounts them inside the shell. */
import { Route } from 'react-router'
import { ROUTES } from '@renderer/lib/paths'
import { SettingsPage } from './SettingsPage'

/** Route elements for settings: the list page and, later, detail pages under ROUTES.settings. */
export const settingsRoutes = [<Route key="settings" path={ROUTES.settings} element={<SettingsPage />} />]
