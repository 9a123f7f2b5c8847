import { useTranslation } from 'react-i18next'
import type { Area, Goal, Workshop } from '@shared/entities'
import { Dialog } from '@renderer/ui'
import { MergeForm } from './MergeForm'
import { useMergeInput } from './queries'

/**
 * Merging another area into this one. Fields where both hold different values are shown side by side
 * and he picks one per field (and per criterion scored in both); everything else is kept or moved.
 */
export function MergeDialog({
  area,
  otherId,
  goals,
  workshops,
  onClose
}: {
  area: Area
  otherId: string | null
  goals: Goal[]
  workshops: Workshop[]
  onClose: () => void
}) {
  const { t } = useTranslation()
  const data = useMergeInput(area, otherId)
  if (!otherId || !data)
    return (
      <Dialog open={false} title="" onClose={onClose}>
        {null}
      </Dialog>
    )
  const { a, b } = data.input
  return (
    <Dialog open title={t('area.merge.title', { other: b.title })} onClose={onClose} wide>
      <p>{t('area.merge.intro', { other: b.title, area: a.title })}</p>
      {/* Keyed by both rows: another area, or a change to either, starts with fresh choices. */}
      <MergeForm
        key={`${b.id}-${a.updatedAt}-${b.updatedAt}`}
        input={data.input}
        criteria={data.criteria}
        goals={goals}
        workshops={workshops}
        onClose={onClose}
      />
    </Dialog>
  )
}
