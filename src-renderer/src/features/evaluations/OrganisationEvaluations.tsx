/** The evaluation summary of one organisation, shown on the organisation page. */
export function OrganisationEvaluations({ organisationId }: { organisationId: string }) {
  // Slot: the owning feature renders here; nothing to show until it does.
  void organisationId
  return null
}
