import { useEffect, useId, useRef, useState } from 'react'
import './SearchField.css'

/**
 * A list's search box. It keeps what is typed in its own state and reports each change: driving the
 * input straight from the URL lost fast keystrokes, because the URL updates a render later. For the same
 * reason a `value` that echoes one of the texts reported earlier is an acknowledgement arriving late, not
 * a change from elsewhere: taking it over would undo the keystrokes typed since (typing "9999" into a
 * 10 000-row list ended as "999" when a render lagged behind the keys).
 */
export function SearchField({
  id: givenId,
  label,
  placeholder,
  value,
  onChange
}: {
  id?: string
  /** The visible label, translated. */
  label: string
  placeholder?: string
  /** The value held outside (the URL), taken over when it changes from elsewhere (back button, link). */
  value: string
  onChange: (value: string) => void
}) {
  const madeId = useId()
  const id = givenId ?? madeId
  const [text, setText] = useState(value)
  /** Texts reported and not yet seen back in `value`, oldest first. */
  const pending = useRef<string[]>([])
  const shown = useRef(value)
  useEffect(() => {
    const echo = pending.current.indexOf(value)
    if (echo >= 0) {
      pending.current = pending.current.slice(echo + 1)
      return
    }
    if (value !== shown.current) {
      pending.current = []
      shown.current = value
      setText(value)
    }
  }, [value])
  return (
    <div className="field search-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        value={text}
        placeholder={placeholder}
        onChange={(e) => {
          setText(e.target.value)
          shown.current = e.target.value
          pending.current = [...pending.current.slice(-49), e.target.value]
          onChange(e.target.value)
        }}
      />
    </div>
  )
}
