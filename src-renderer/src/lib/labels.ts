/** Labels built from several rows' fields, built once so every place reads the same. */

/** "Client – engagement": how a list or picker names an engagement beside its client (en dash, spaces). */
export function engagementLabel(organisationName: string, engagementTitle: string): string {
  return `${organisationName} – ${engagementTitle}`
}
