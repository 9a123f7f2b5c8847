import { memo, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { z } from 'zod'
import type { Area, Workshop } from '@shared/entities'
import { useZodForm } from '@renderer/forms'
import { DataTable, EmptyState, StatusBadge, TextAreaField, areaStatusTone, useShell } from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'
import { textCompare } from '@renderer/lib/collate'
import { errorMessage } from '@renderer/lib/errors'
import { paths } from '@renderer/lib/paths'
import { titlesFromLines, useAreaCommands } from './commands'
import { useWorkshopAreaList } from './queries'

/** Fast capture: one area title per line (blank lines and list bullets are dropped when read). */
const captureSchema = z.object({ text: z.string() })

/** The workshop's outcomes: its areas, and fast capture of new ones (one title per line). */
export function WorkshopAreas({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { announce } = useShell()
  const { captureAreas } = useAreaCommands()
  const { register, handleSubmit, reset, watch, setFocus, formState } = useZodForm(captureSchema, {
    defaultValues: { text: '' }
  })
  const areas = useWorkshopAreaList(workshop.id)
  const compare = useMemo(() => textCompare(language), [language])
  // In the order they were typed (captured lines are a millisecond apart), not A–Z.
  const sorted = useMemo(
    () => [...(areas ?? [])].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || compare(a.title, b.title)),
    [areas, compare]
  )
  const count = titlesFromLines(watch('text')).length

  const submit = handleSubmit(async ({ text }) => {
    if (titlesFromLines(text).length === 0) return
    try {
      const created = await captureAreas(workshop, text)
      // Back in the capture box, ready for the next line (the button is disabled again once the box is
      // empty). Before reset(), which lets go of the registered fields until the next render.
      setFocus('text')
      reset()
      announce(t('workshop.areas.captured', { count: created.length }))
    } catch (error) {
      setFocus('text')
      announce(t('workshop.areas.captureFailed', { message: errorMessage(error) }))
    }
  })

  return (
    <section aria-labelledby="ws-areas" className="panel">
      <h2 id="ws-areas">{t('workshop.areas.heading')}</h2>
      {areas === undefined ? (
        <p>{t('app.loading')}</p>
      ) : sorted.length === 0 ? (
        <EmptyState message={t('workshop.areas.empty')} />
      ) : (
        <WorkshopAreaTable areas={sorted} />
      )}
      <form className="capture" onSubmit={(event) => void submit(event)}>
        <TextAreaField
          id="capture-areas"
          label={t('workshop.areas.captureLabel')}
          hint={t('workshop.areas.captureHelp')}
          rows={5}
          {...register('text')}
          onKeyDown={(event) => {
            // Ctrl+Enter (Cmd+Enter on a Mac) adds the lines without leaving the box; Enter starts a new line.
            if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return
            event.preventDefault()
            void submit()
          }}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={formState.isSubmitting || count === 0}>
            {count === 0 ? t('workshop.areas.captureNone') : t('workshop.areas.capture', { count })}
          </button>
          {/* The workshop's next step, one Tab from the capture box: scoring what was just captured. */}
          {sorted.length > 0 ? (
            <Link to={paths.prioritisation(workshop.engagementId)}>{t('workshop.areas.prioritise')}</Link>
          ) : null}
        </div>
      </form>
    </section>
  )
}

/**
 * The workshop's areas as a table. Memoised apart from the capture box above it, whose every keystroke renders
 * WorkshopAreas again (its button counts the lines): a workshop of 200 areas redrew 200 rows per key.
 */
const WorkshopAreaTable = memo(function WorkshopAreaTable({ areas }: { areas: readonly Area[] }) {
  const { t } = useTranslation()
  const columns = useMemo(() => {
    // Each route's and status's name translated once, not once per row.
    const names = new Map<string, string>()
    const name = (key: string) => names.get(key) ?? names.set(key, t(key)).get(key)!
    return [
      {
        key: 'area',
        label: t('workshop.areas.area'),
        rowHeader: true,
        render: (a: Area) => <Link to={paths.area(a.id)}>{a.title}</Link>
      },
      {
        key: 'indicator',
        label: t('workshop.areas.indicator'),
        render: (a: Area) =>
          a.indicator?.name ? (
            <>
              {a.indicator.name}
              {a.indicator.unit ? <span className="muted"> ({a.indicator.unit})</span> : null}
            </>
          ) : (
            <span className="muted">{name('workshop.areas.noIndicator')}</span>
          )
      },
      { key: 'route', label: t('workshop.areas.route'), render: (a: Area) => name(`route.${a.route}`) },
      {
        key: 'status',
        label: t('workshop.areas.status'),
        render: (a: Area) => <StatusBadge tone={areaStatusTone(a.status)}>{name(`areaStatus.${a.status}`)}</StatusBadge>
      }
    ]
  }, [t])
  return (
    <DataTable<Area> caption={t('workshop.areas.caption', { count: areas.length })} rows={areas} columns={columns} />
  )
})
