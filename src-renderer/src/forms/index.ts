/** The one form approach of the renderer: see each module. */
export { useZodForm, zodFormResolver, type FormSchema } from './use-zod-form'
export {
  FORM_ERRORS,
  FORM_PARSE_OPTIONS,
  decodeError,
  errorText,
  fieldErrors,
  formErrorMap,
  withValue,
  type FieldErrors
} from './error-map'
export { parseNumber, numberText } from './numbers'
export { dateField, gradeField, numberAs, numberField } from './fields'
