import type { TableName } from '@shared/entities'
import { Section } from '@renderer/ui'
import { CascadeDeleteButton } from './CascadeDeleteButton'

/** The "delete" section at the foot of a detail page: what deleting means, and the cascade delete button. */
export function DeleteSection({
  id,
  heading,
  text,
  rowId,
  ...button
}: {
  /** The heading's id. */
  id: string
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
    <Section id={id} heading={heading} className="danger-zone">
      <p>{text}</p>
      <CascadeDeleteButton id={rowId} {...button} />
    </Section>
  )
}
