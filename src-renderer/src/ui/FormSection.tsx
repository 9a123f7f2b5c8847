import { useCallback, useState, type ReactNode } from 'react'
import { Section } from './Section'
import { useShell } from './shell-context'

/**
 * A Section whose button opens a form in it (adding a contact, editing the details). The button hides
 * while the form is open. `form(close)` builds the form: it calls close() when cancelled and
 * close(message) when saved, which announces the message. The section's own content stays under the
 * form (a list that grows) or, with `replace`, gives way to it (the details being edited).
 */
export function FormSection({
  id,
  heading,
  openLabel,
  form,
  replace = false,
  children
}: {
  /** The heading's id, which names the section. */
  id: string
  heading: string
  /** The button that opens the form, translated. */
  openLabel: string
  form: (close: (savedMessage?: string) => void) => ReactNode
  /** The form takes the place of the content while open. */
  replace?: boolean
  children?: ReactNode
}) {
  const { announce } = useShell()
  const [open, setOpen] = useState(false)
  const close = useCallback(
    (savedMessage?: string) => {
      setOpen(false)
      if (savedMessage) announce(savedMessage)
    },
    [announce]
  )
  return (
    <Section
      id={id}
      heading={heading}
      action={
        open ? null : (
          <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
            {openLabel}
          </button>
        )
      }
    >
      {open ? form(close) : null}
      {open && replace ? null : children}
    </Section>
  )
}
