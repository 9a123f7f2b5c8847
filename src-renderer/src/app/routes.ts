/** The app's pages in sidebar order: path and the i18n key of their name. */
export const ROUTES = {
  overview: '/',
  organisations: '/organisations',
  engagements: '/engagements',
  workshops: '/workshops',
  areas: '/areas',
  documents: '/documents',
  settings: '/settings'
} as const

export type PageKey = keyof typeof ROUTES

export const NAV_ORDER: readonly PageKey[] = [
  'overview',
  'organisations',
  'engagements',
  'workshops',
  'areas',
  'documents',
  'settings'
]
