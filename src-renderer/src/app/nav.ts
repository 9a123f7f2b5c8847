import type { PageKey } from '@renderer/lib/paths'

/** The sidebar's pages, in order. */
export const NAV_ORDER: readonly PageKey[] = [
  'overview',
  'organisations',
  'engagements',
  'workshops',
  'areas',
  'documents',
  'settings'
]
