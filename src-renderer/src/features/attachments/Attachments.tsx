/** The attachments of one organisation, workshop or area: add, open, show in folder, remove. */
export function Attachments({ ownerType, ownerId }: { ownerType: 'organisation' | 'workshop' | 'area'; ownerId: string }) {
  // Slot: the attachments feature renders here; nothing to show until it does.
  void ownerType
  void ownerId
  return null
}
