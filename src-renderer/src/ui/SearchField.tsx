import { useEffect, useId, useRef, useState } from 'react'
import './SearchField.css'

/**
 * A list's search box. It keeps what is typed in its own state and reports each change: driving the
 * input straight from the URL lost fast keystrokes, because the URL updates a render later.
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
  const reported = useRef(value)
  useEffect(() => {
    if (value !== reported.current) {
      reported.current = value
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
          reported.current = e.target.value
          onChange(e.target.value)
        }}
      />
    </div>
  )
}
