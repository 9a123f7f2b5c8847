import { useEffect } from 'react'
import { useLocation, useNavigate } from 'react-router'
import { useShell } from './shell-context'

/**
 * A message handed over by the page we came from in the history state (`navigate(to, { state: { notice } })`:
 * "created", "erased") goes to the status region once this page has loaded (the shell clears the region on
 * navigation), then leaves the history entry so a reload or Back does not say it again.
 */
export function useHandedNotice(loaded: boolean): void {
  const { announce } = useShell()
  const navigate = useNavigate()
  const location = useLocation()
  const notice = (location.state as { notice?: string } | null)?.notice
  useEffect(() => {
    if (!notice || !loaded) return
    announce(notice)
    void navigate(location.pathname, { replace: true, state: null })
  }, [notice, loaded, announce, navigate, location.pathname])
}
