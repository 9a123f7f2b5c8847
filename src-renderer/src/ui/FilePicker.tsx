import { useId, type ChangeEvent, type Ref } from 'react'

/**
 * A button that picks files. With `onChoose` (the desktop app asks main for its native dialog) it is a
 * plain button; otherwise (the browser) a label that looks like the button, over a file input that stays
 * focusable but unseen (the frame's `.file-picker` shows its focus on the label), and the chosen files go
 * to `onFiles`.
 */
export function FilePicker({
  label,
  inputLabel,
  accept,
  multiple,
  disabled,
  onChoose,
  onFiles,
  ref
}: {
  /** The visible text of the button, translated. */
  label: string
  /**
   * More for a screen reader than the label says ("Välj filer att bifoga"): added after the visible label in the
   * input's name ("Lägg till fil… Välj filer att bifoga"), so the name still holds the text on the button (WCAG 2.5.3).
   */
  inputLabel?: string
  accept?: string
  multiple?: boolean
  /** Only the desktop button can be disabled: a label cannot. */
  disabled?: boolean
  onChoose?: () => void
  onFiles: (files: File[]) => void
  /** The file input, for a caller that must open it from script. */
  ref?: Ref<HTMLInputElement>
}) {
  const id = useId()
  if (onChoose)
    return (
      <button type="button" className="button button-secondary" disabled={disabled} onClick={onChoose}>
        {label}
      </button>
    )

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])]
    // Emptied at once, so choosing the same file again is a change too.
    event.target.value = ''
    onFiles(files)
  }
  return (
    <span className="file-picker">
      <label id={`${id}-label`} htmlFor={id} className="button button-secondary">
        {label}
      </label>
      {inputLabel ? (
        <span id={`${id}-more`} className="visually-hidden">
          {inputLabel}
        </span>
      ) : null}
      <input
        id={id}
        ref={ref}
        type="file"
        className="visually-hidden"
        accept={accept}
        multiple={multiple}
        aria-labelledby={inputLabel ? `${id}-label ${id}-more` : undefined}
        onChange={onChange}
      />
    </span>
  )
}
