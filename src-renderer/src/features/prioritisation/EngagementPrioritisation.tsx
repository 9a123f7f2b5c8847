/** Entry to the prioritisation of one engagement, shown on the engagement page. */
export function EngagementPrioritisation({ engagementId }: { engagementId: string }) {
  // Slot: the owning feature renders here; nothing to show until it does.
  void engagementId
  return null
}
