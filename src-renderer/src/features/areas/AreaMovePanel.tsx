import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import type { Area, Workshop } from '@shared/entities'
import { useZodForm } from '@renderer/forms'
import { Section, SelectField, useShell } from '@renderer/ui'
import { errorMessage } from '@renderer/lib/errors'
import { useAreaCommands } from './commands'

const moveSchema = z.object({ workshopId: z.string() })
const mergeSchema = z.object({ otherId: z.string() })

/**
 * Moving the area to another workshop of the engagement, and choosing another area of the engagement
 * to merge into this one (the merge itself happens in a dialog, opened through onMerge; once it closes,
 * mergeOpen turns false and the choice is cleared, since the other area may be gone).
 */
export function AreaMovePanel({
  area,
  otherWorkshops,
  otherAreas,
  workshopName,
  mergeOpen,
  onMerge
}: {
  area: Area
  otherWorkshops: Workshop[]
  otherAreas: Area[]
  workshopName: (workshop: Workshop) => string
  mergeOpen: boolean
  onMerge: (otherId: string) => void
}) {
  const { t } = useTranslation()
  const { announce } = useShell()
  const { moveAreas } = useAreaCommands()
  const moveForm = useZodForm(moveSchema, { defaultValues: { workshopId: '' } })
  const mergeForm = useZodForm(mergeSchema, { defaultValues: { otherId: '' } })
  const moveTo = moveForm.watch('workshopId')
  const mergeWith = mergeForm.watch('otherId')
  const { resetField, setFocus } = mergeForm
  const wasOpen = useRef(false)
  useEffect(() => {
    if (!mergeOpen) resetField('otherId')
    // The dialog closed and its opener is disabled now (no area chosen): the choice takes the focus.
    if (!mergeOpen && wasOpen.current) setFocus('otherId')
    wasOpen.current = mergeOpen
  }, [mergeOpen, resetField, setFocus])

  const move = moveForm.handleSubmit(async ({ workshopId }) => {
    if (!workshopId) return
    try {
      await moveAreas([area.id], workshopId)
      const target = otherWorkshops.find((w) => w.id === workshopId)
      announce(t('area.move.done', { workshop: target ? workshopName(target) : '' }))
      moveForm.reset()
    } catch (error) {
      announce(t('area.move.failed', { message: errorMessage(error) }))
    }
  })
  const openMerge = mergeForm.handleSubmit(({ otherId }) => {
    if (otherId) onMerge(otherId)
  })

  return (
    <Section id="area-move" heading={t('area.move.heading')}>
      {otherWorkshops.length === 0 ? (
        <p className="help">{t('area.move.none')}</p>
      ) : (
        <form onSubmit={(event) => void move(event)} className="inline-form">
          <SelectField
            id="move-to"
            label={t('area.move.label')}
            emptyOption={t('area.move.choose')}
            options={otherWorkshops.map((w) => ({ value: w.id, label: workshopName(w) }))}
            {...moveForm.register('workshopId')}
          />
          <button type="submit" className="button button-secondary" disabled={!moveTo}>
            {t('area.move.submit')}
          </button>
        </form>
      )}
      <h3 className="subheading">{t('area.merge.heading')}</h3>
      {otherAreas.length === 0 ? (
        <p className="help">{t('area.merge.none')}</p>
      ) : (
        <form className="inline-form" onSubmit={(event) => void openMerge(event)}>
          <SelectField
            id="merge-with"
            label={t('area.merge.label')}
            emptyOption={t('area.merge.choose')}
            options={otherAreas.map((a) => ({ value: a.id, label: a.title }))}
            {...mergeForm.register('otherId')}
          />
          <button type="submit" className="button button-secondary" disabled={!mergeWith}>
            {t('area.merge.open')}
          </button>
        </form>
      )}
    </Section>
  )
}
