import { useEffect, useRef, useState, type ReactNode } from 'react'
import { Section } from './Section'
import { useShell } from './shell-context'

/** What a FormSection hands its form: call onSaved with the saved row, or onCancel. Spread it on the form. */
export type FormDone<Saved> = { onSaved: (saved: Saved) => void; onCancel: () => void }

/**
 * A Section whose button opens a form in it (adding a contact, editing the details). The button hides
 * while the form is open and its first field takes the focus; saving closes it and announces `saved`,
 * cancelling just closes it; either way the focus goes back to the button (unless `onSaved` moves it to the new row). The section's own content stays under the form (a list that grows) or,
 * with `replace`, gives way to it (the details being edited).
 */
export function FormSection<Saved>({
  id,
  heading,
  openLabel,
  saved,
  form,
  onSaved,
  replace = false,
  className,
  children
}: {
  /** The heading's id, which names the section; made up when not given. */
  id?: string
  heading: string
  /** The button that opens the form, translated. */
  openLabel: string
  /** What is announced once the form has saved, translated (from the saved row, when it names it). */
  saved: string | ((row: Saved) => string)
  /** The form, given what to call when it is done: `form={(done) => <ContactForm ... {...done} />}`. */
  form: (done: FormDone<Saved>) => ReactNode
  /** Called with the saved row once the form has closed (e.g. to move the focus to the new row). */
  onSaved?: (row: Saved) => void
  /** The form takes the place of the content while open. */
  replace?: boolean
  className?: string
  children?: ReactNode
}) {
  const { announce } = useShell()
  const [open, setOpen] = useState(false)
  const opener = useRef<HTMLButtonElement>(null)
  const closing = useRef(false)
  const section = useRef<HTMLElement | null>(null)
  // The opened form takes the place of the button: its first field gets the focus, ready to type.
  useEffect(() => {
    if (!open) return
    section.current
      ?.querySelector<HTMLElement>('form :is(input:not([type="hidden"]), select, textarea):not(:disabled)')
      ?.focus()
  }, [open])
  // The closed form took the focus with it: give it back to the button, so the keyboard can add the next row.
  useEffect(() => {
    if (open || !closing.current) return
    closing.current = false
    if (document.activeElement === null || document.activeElement === document.body) opener.current?.focus()
  }, [open])
  const close = () => {
    closing.current = true
    setOpen(false)
  }
  const done: FormDone<Saved> = {
    onSaved: (row) => {
      close()
      announce(typeof saved === 'string' ? saved : saved(row))
      onSaved?.(row)
    },
    onCancel: close
  }
  return (
    <Section
      id={id}
      heading={heading}
      className={className}
      action={
        open ? null : (
          <button
            ref={opener}
            type="button"
            className="button button-secondary"
            onClick={(event) => {
              section.current = event.currentTarget.closest('section')
              setOpen(true)
            }}
          >
            {openLabel}
          </button>
        )
      }
    >
      {open ? form(done) : null}
      {open && replace ? null : children}
    </Section>
  )
}
