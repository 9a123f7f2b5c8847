/** The documents of one engagement and the export buttons, shown on the engagement page. */
export function EngagementDocuments({ engagementId }: { engagementId: string }) {
  // Slot: the owning feature renders here; nothing to show until it does.
  void engagementId
  return null
}
