/** A class attribute from parts, skipping the empty and false ones: classNames('field', invalid && 'field-invalid'). */
export function classNames(...parts: (string | false | null | undefined)[]): string {
  return parts.filter(Boolean).join(' ')
}
