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
  /** The file input's accessible name where it should say more than the label ("Välj filer att bifoga"). */
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
      <label htmlFor={id} className="button button-secondary">
        {label}
      </label>
      <input
        id={id}
        ref={ref}
        type="file"
        className="visually-hidden"
        accept={accept}
        multiple={multiple}
        aria-label={inputLabel}
        onChange={onChange}
      />
    </span>
  )
}
