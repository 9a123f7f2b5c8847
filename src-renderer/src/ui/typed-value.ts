import { useState } from 'react'

/**
 * The text in a box whose form value is a canonical form of that text (an ISO date, HH:mm). Typing
 * sends the canonical value at once when the text reads as one, else the trimmed text itself, so the
 * form's schema reports it with its usual message; blank is ''. Leaving the box shows the value in the
 * language's own form. A value set from outside (a reset, a calendar pick) or a change of language
 * redraws the text.
 */
export function useTypedValue({
  value,
  onChange,
  language,
  read,
  show
}: {
  value: string
  onChange: (value: string) => void
  /** Redraws the text when it changes. */
  language: string
  /** The canonical value of a text, or null when it has none. */
  read: (text: string) => string | null
  /** The text of a canonical value (anything else as it is). */
  show: (value: string) => string
}): { text: string; change: (text: string) => void; settle: () => void } {
  const [state, setState] = useState(() => ({ text: show(value), value, language }))
  if (state.value !== value || state.language !== language) {
    // Adjusting state while rendering (React's pattern for state derived from props): no extra pass.
    setState({ text: show(value), value, language })
  }
  return {
    text: state.text,
    change: (text) => {
      const trimmed = text.trim()
      const next = trimmed === '' ? '' : (read(trimmed) ?? trimmed)
      setState({ text, value: next, language })
      onChange(next)
    },
    settle: () => setState((s) => ({ ...s, text: show(s.value) }))
  }
}
