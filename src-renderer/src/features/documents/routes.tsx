/** The routes of this part of the product; App mounts them inside the shell. */
import { lazy } from 'react'
import { Route } from 'react-router'
import { PATTERNS } from '@renderer/lib/paths'

// Loaded when first visited, not with the first screen (the shell's Suspense shows "Laddar…" meanwhile).
const DocumentsPage = lazy(() => import('./DocumentsPage').then((m) => ({ default: m.DocumentsPage })))

/** Route elements for documents: the list page. */
export const documentsRoutes = [<Route key="documents" path={PATTERNS.documents} element={<DocumentsPage />} />]
