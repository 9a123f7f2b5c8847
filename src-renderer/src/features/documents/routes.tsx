/** The routes of this part of the product; App mounts them inside the shell. */
import { Route } from 'react-router'
import { PATTERNS } from '@renderer/lib/paths'
import { DocumentsPage } from './DocumentsPage'

/** Route elements for documents: the list page. */
export const documentsRoutes = [<Route key="documents" path={PATTERNS.documents} element={<DocumentsPage />} />]
