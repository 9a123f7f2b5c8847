/**
 * Deleting with undo, shared by the organisation and engagement pages and lists: the cascade delete
 * button (it says what goes with the row) and the undo offer for the last deletion.
 */
import './deletion.css'

export { CascadeDeleteButton } from './CascadeDeleteButton'
export { DeleteSection } from './DeleteSection'
export { DeletionUndoToast } from './DeletionUndoToast'
