/** Saving as the consultant types: a failed write is said in the live region instead of lost. */
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { useShell } from '@renderer/ui'
import { errorMessage } from '@renderer/lib/errors'

/** A function that runs a write and announces it if it fails. */
export function useSave(): (work: Promise<unknown>) => void {
  const { t } = useTranslation()
  const { announce } = useShell()
  return useCallback(
    (work: Promise<unknown>) => {
      work.catch((e: unknown) => announce(t('prioritisation.saveFailed', { message: errorMessage(e) })))
    },
    [announce, t]
  )
}
