/** What the app shell offers pages: a polite announcement region and moving focus to the page heading. */
import { createContext, useContext } from 'react'

export type Shell = {
  /** The current announcement, shown under the page heading in a role="status" region. */
  status: string
  /** Shows a message in the shell's aria-live status region (read out by screen readers). */
  announce: (message: string) => void
  /** Moves keyboard focus to the page's h1, e.g. after the control that had focus disappeared. */
  focusHeading: () => void
}

export const ShellContext = createContext<Shell>({ status: '', announce: () => {}, focusHeading: () => {} })

/** The shell's announcer and focus helper. */
export function useShell(): Shell {
  return useContext(ShellContext)
}
