/** Saving as the consultant types: a failed write is said in the live region instead of lost. */
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { useShell } from '@renderer/ui'
import { errorMessage } from '@renderer/lib/errors'

/** A function that says in the live region that a write failed, and why. */
export function useSaveFailed(): (error: unknown) => void {
  const { t } = useTranslation()
  const { announce } = useShell()
  return useCallback(
    (e: unknown) => announce(t('prioritisation.saveFailed', { message: errorMessage(e) })),
    [announce, t]
  )
}

/** A function that runs a write and announces it if it fails. */
export function useSave(): (work: Promise<unknown>) => void {
  const failed = useSaveFailed()
  return useCallback(
    (work: Promise<unknown>) => {
      work.catch(failed)
    },
    [failed]
  )
}
