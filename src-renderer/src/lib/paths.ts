/**
 * Every address in the app, in one place: route patterns for the features' <Route>s and builders for
 * links, so no component writes a path string of its own.
 */

/** The top-level pages (sidebar entries). */
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

/** Route patterns, as the features declare them to the router. */
export const PATTERNS = {
  organisations: ROUTES.organisations,
  newOrganisation: `${ROUTES.organisations}/new`,
  organisation: `${ROUTES.organisations}/:id`,
  person: '/contacts/:id',
  /** A person recorded by name only, found from one of their participant rows. */
  participant: '/participants/:id',
  /** What still holds a person after their erasure (frozen documents, backups). */
  erasure: '/erasure',
  engagements: ROUTES.engagements,
  pipeline: `${ROUTES.engagements}/pipeline`,
  newEngagement: `${ROUTES.engagements}/new`,
  engagement: `${ROUTES.engagements}/:id`,
  prioritisation: `${ROUTES.engagements}/:engagementId/prioritisation`,
  workshops: ROUTES.workshops,
  newWorkshop: `${ROUTES.workshops}/new`,
  workshop: `${ROUTES.workshops}/:id`,
  evaluations: '/evaluations',
  areas: ROUTES.areas,
  area: `${ROUTES.areas}/:id`,
  documents: ROUTES.documents,
  settings: ROUTES.settings
} as const

const id = (value: string) => encodeURIComponent(value)

/** Link builders: the one way to write an address in a component. */
export const paths = {
  overview: () => ROUTES.overview,
  organisations: (filter?: { tag?: string }) =>
    filter?.tag ? `${ROUTES.organisations}?tag=${id(filter.tag)}` : ROUTES.organisations,
  newOrganisation: () => PATTERNS.newOrganisation,
  organisation: (organisationId: string) => `${ROUTES.organisations}/${id(organisationId)}`,
  person: (contactId: string) => `/contacts/${id(contactId)}`,
  participant: (participantId: string) => `/participants/${id(participantId)}`,
  erasure: () => PATTERNS.erasure,
  engagements: (filter?: { status?: string }) =>
    filter?.status ? `${ROUTES.engagements}?status=${id(filter.status)}` : ROUTES.engagements,
  pipeline: () => PATTERNS.pipeline,
  /** The new-engagement page, for a given client when there is one (from the client's page). */
  newEngagement: (organisationId?: string) =>
    organisationId ? `${PATTERNS.newEngagement}?organisation=${id(organisationId)}` : PATTERNS.newEngagement,
  engagement: (engagementId: string) => `${ROUTES.engagements}/${id(engagementId)}`,
  prioritisation: (engagementId: string) => `${ROUTES.engagements}/${id(engagementId)}/prioritisation`,
  workshops: () => ROUTES.workshops,
  newWorkshop: (engagementId?: string) =>
    engagementId ? `${PATTERNS.newWorkshop}?engagement=${id(engagementId)}` : PATTERNS.newWorkshop,
  workshop: (workshopId: string) => `${ROUTES.workshops}/${id(workshopId)}`,
  evaluations: () => PATTERNS.evaluations,
  areas: (filter?: { status?: string; followUp?: string }) => {
    const query = (['status', 'followUp'] as const)
      .filter((key) => filter?.[key])
      .map((key) => `${key}=${id(filter![key]!)}`)
    return query.length > 0 ? `${ROUTES.areas}?${query.join('&')}` : ROUTES.areas
  },
  area: (areaId: string) => `${ROUTES.areas}/${id(areaId)}`,
  /** The Dokument page, with an engagement already chosen when one is given. */
  documents: (engagementId?: string) =>
    engagementId ? `${ROUTES.documents}?engagement=${id(engagementId)}` : ROUTES.documents,
  settings: () => ROUTES.settings
} as const
