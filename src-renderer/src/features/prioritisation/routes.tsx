/** The routes of prioritisation (criteria, scoring grid, matrix, sensitivity); App mounts them inside the shell. */
import type { ReactElement } from 'react'

/** Route elements for prioritisation, e.g. /engagements/:id/prioritisation. None yet. */
export const prioritisationRoutes: ReactElement[] = []
