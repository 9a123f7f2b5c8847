/** The areas feature's public face: its pages' routes and the workshop page's area slot. */
import './areas.css'

export { areasRoutes } from './routes'
export { WorkshopAreas } from './WorkshopAreas'
// The input helpers other features' forms use until the shared forms/ kit replaces them.
export { Field } from './Field'
export { fieldErrors, gradeField, numberField, type FieldErrors } from './form-input'
