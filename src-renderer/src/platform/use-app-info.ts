/** Facts about the running app from the main process, asked once per API (shared by several pages). */
import { useEffect, useState } from 'react'
import type { AppInfo } from '@shared/contract'
import { errorMessage } from '@renderer/lib/errors'
import { useApi } from './services'

export type AppInfoState = { info: AppInfo | null; error: string | null }

/** The app's version, data folder and shell: info is null while asking; error says why asking failed. */
export function useAppInfo(): AppInfoState {
  const api = useApi()
  const [state, setState] = useState<AppInfoState>({ info: null, error: null })
  useEffect(() => {
    let cancelled = false
    api
      .appInfo()
      .then((info) => !cancelled && setState({ info, error: null }))
      .catch((error: unknown) => !cancelled && setState({ info: null, error: errorMessage(error) }))
    return () => {
      cancelled = true
    }
  }, [api])
  return state
}

/** Whether the app runs as the desktop app or in the browser harness: null while asking, 'browser' when asking fails. */
export function useShellKind(): AppInfo['shell'] | null {
  const { info, error } = useAppInfo()
  if (info) return info.shell
  return error === null ? null : 'browser'
}
