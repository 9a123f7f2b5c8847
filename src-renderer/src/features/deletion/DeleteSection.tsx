import type { TableName } from '@shared/entities'
import { Section } from '@renderer/ui'
import { CascadeDeleteButton } from './CascadeDeleteButton'

/** The "delete" section at the foot of a detail page: what deleting means, and the cascade delete button. */
export function DeleteSection({
  heading,
  text,
  rowId,
  ...button
}: {
  heading: string
  /** What goes with the row, in words. */
  text: string
  table: TableName
  rowId: string
  name: string
  buttonLabel: string
  /** The confirm dialog's title. */
  title: string
  onDeleted: () => void
}) {
  return (
    <Section heading={heading} className="danger-zone">
      <p>{text}</p>
      <CascadeDeleteButton id={rowId} {...button} />
    </Section>
  )
}
