/** The workshops of one engagement, shown on the engagement page (filled in by the workshops feature). */
export function EngagementWorkshops({ engagementId }: { engagementId: string }) {
  // Slot: the owning feature renders here; nothing to show until it does.
  void engagementId
  return null
}
