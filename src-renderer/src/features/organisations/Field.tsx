import { useId, type ReactNode } from 'react'

export type ControlProps = {
  id: string
  'aria-invalid': boolean
  'aria-describedby': string | undefined
}

/**
 * A labelled form control with its help text and its error right under it. The control gets
 * aria-invalid and aria-describedby pointing at the help and the error, so a screen reader reads both.
 */
export function Field({
  label,
  error,
  help,
  className,
  children
}: {
  label: string
  /** Already translated error text; empty or undefined when the value is fine. */
  error?: string
  help?: string
  className?: string
  children: (control: ControlProps) => ReactNode
}) {
  const id = useId()
  const helpId = `${id}-help`
  const errorId = `${id}-error`
  const describedBy = [help ? helpId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined
  return (
    <div className={`form-field${error ? ' has-error' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy })}
      {help ? (
        <p id={helpId} className="help">
          {help}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  )
}
