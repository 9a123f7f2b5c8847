/** The routes of this part of the product; App mounts them inside the shell. */
import { Route } from 'react-router'
import { ROUTES } from '@renderer/lib/paths'
import { DocumentsPage } from './DocumentsPage'

/** Route elements for documents: the list page and, later, detail pages under ROUTES.documents. */
export const documentsRoutes = [<Route key="documents" path={ROUTES.documents} element={<DocumentsPage />} />]
