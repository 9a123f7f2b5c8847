import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { UndoToast, useShell } from '@renderer/ui'
import { useDeletionCommands } from './commands'
import { useLastDeletion } from './queries'

/**
 * The kit's undo offer wired to the last remembered deletion: Ångra restores it and says so. Memoised: a list page
 * draws again with every key typed in its search box, the offer need not.
 */
export const DeletionUndoToast = memo(function DeletionUndoToast() {
  const { t } = useTranslation()
  const { announce } = useShell()
  const entry = useLastDeletion()
  const { undoLastDeletion, forgetDeletion } = useDeletionCommands()
  return (
    <UndoToast
      deleted={entry?.label ?? null}
      onDismiss={forgetDeletion}
      onUndo={async () => {
        const restored = await undoLastDeletion()
        if (restored) announce(t('clients.undo.restored', { name: restored.label }))
      }}
    />
  )
})
