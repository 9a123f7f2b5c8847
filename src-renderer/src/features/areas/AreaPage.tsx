import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { formatDate, formatNumber } from '@shared/format'
import { NotFoundPage } from '@renderer/ui/NotFoundPage'
import { PageHeading } from '@renderer/ui/PageHeading'
import { useShell } from '@renderer/ui/shell-context'
import { useLanguage } from '@renderer/platform/use-language'
import { textCompare } from '@renderer/lib/collate'
import { errorMessage } from '@renderer/lib/errors'
import { paths } from '@renderer/lib/paths'
import { Attachments } from '@renderer/features/attachments'
import { AreaForm } from './AreaForm'
import { useAreaCommands } from './commands'
import { MergeDialog } from './MergeDialog'
import { RouteHintPanel } from './RouteHintPanel'
import { useAreaPage } from './queries'

/** One efficiency area: all its details, the route hint, moving and merging, measurements and attachments. */
export function AreaPage() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { announce } = useShell()
  const { moveAreas } = useAreaCommands()
  const { id = '' } = useParams()
  const [moveTo, setMoveTo] = useState('')
  const [mergeWith, setMergeWith] = useState('')
  const [merging, setMerging] = useState<string | null>(null)

  const data = useAreaPage(id)

  if (data === undefined) {
    return (
      <div className="wsf">
        <PageHeading>{t('area.title')}</PageHeading>
        <p>{t('app.loading')}</p>
      </div>
    )
  }
  if (data.area === null) {
    return <NotFoundPage className="wsf" heading={t('area.notFound')} backTo={paths.workshops()} backLabel={t('workshop.backToList')} />
  }
  const { area, workshop, organisation, workshops, siblings, measurements } = data
  const goals = organisation?.goals ?? []
  const compare = textCompare(language)
  const otherWorkshops = workshops.filter((w) => w.id !== area.workshopId)
  const otherAreas = siblings.filter((a) => a.id !== area.id).sort((x, y) => compare(x.title, y.title))
  const workshopName = (w: { title: string; startingQuestion: string; startsAt: string }) =>
    `${w.title || w.startingQuestion} (${formatDate(w.startsAt, language)})`

  const move = async (event: FormEvent) => {
    event.preventDefault()
    if (!moveTo) return
    try {
      await moveAreas([area.id], moveTo)
      const target = workshops.find((w) => w.id === moveTo)
      announce(t('area.move.done', { workshop: target ? workshopName(target) : '' }))
      setMoveTo('')
    } catch (error) {
      announce(t('area.move.failed', { message: errorMessage(error) }))
    }
  }

  return (
    <div className="wsf">
      <p className="breadcrumb">
        <Link to={paths.workshops()}>{t('nav.workshops')}</Link>
        {workshop ? (
          <>
            {' · '}
            <Link to={paths.workshop(workshop.id)}>{workshopName(workshop)}</Link>
          </>
        ) : null}
        {organisation ? (
          <>
            {' · '}
            <Link to={paths.organisation(organisation.id)}>{organisation.name}</Link>
          </>
        ) : null}
      </p>
      <PageHeading>{area.title}</PageHeading>

      <div className="area-layout">
        <div className="area-main">
          <AreaForm key={`${area.id}-${area.updatedAt}-${language}`} area={area} goals={goals} />
        </div>
        <div className="area-side">
          <RouteHintPanel
            contractValueSek={area.contractValueSek}
            needsDevelopment={area.needsDevelopment}
            organisationKind={organisation?.kind ?? null}
          />

          <section aria-labelledby="area-move" className="panel panel-wide">
            <h2 id="area-move">{t('area.move.heading')}</h2>
            {otherWorkshops.length === 0 ? (
              <p className="help">{t('area.move.none')}</p>
            ) : (
              <form onSubmit={move} className="inline-form">
                <div className="field">
                  <label htmlFor="move-to">{t('area.move.label')}</label>
                  <select id="move-to" value={moveTo} onChange={(e) => setMoveTo(e.target.value)}>
                    <option value="">{t('area.move.choose')}</option>
                    {otherWorkshops.map((w) => (
                      <option key={w.id} value={w.id}>
                        {workshopName(w)}
                      </option>
                    ))}
                  </select>
                </div>
                <button type="submit" className="button button-secondary" disabled={!moveTo}>
                  {t('area.move.submit')}
                </button>
              </form>
            )}
            <h3 className="subheading">{t('area.merge.heading')}</h3>
            {otherAreas.length === 0 ? (
              <p className="help">{t('area.merge.none')}</p>
            ) : (
              <form
                className="inline-form"
                onSubmit={(e) => {
                  e.preventDefault()
                  if (mergeWith) setMerging(mergeWith)
                }}
              >
                <div className="field">
                  <label htmlFor="merge-with">{t('area.merge.label')}</label>
                  <select id="merge-with" value={mergeWith} onChange={(e) => setMergeWith(e.target.value)}>
                    <option value="">{t('area.merge.choose')}</option>
                    {otherAreas.map((a) => (
                      <option key={a.id} value={a.id}>
                        {a.title}
                      </option>
                    ))}
                  </select>
                </div>
                <button type="submit" className="button button-secondary" disabled={!mergeWith}>
                  {t('area.merge.open')}
                </button>
              </form>
            )}
          </section>

          {measurements.length > 0 ? (
            <section aria-labelledby="area-measurements" className="panel panel-wide">
              <h2 id="area-measurements">{t('area.measurements.heading')}</h2>
              <table className="data-table">
                <caption>{t('area.measurements.caption', { unit: area.indicator?.unit ?? '' })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('area.measurements.date')}</th>
                    <th scope="col" className="numeric">
                      {t('area.measurements.value')}
                    </th>
                    <th scope="col">{t('area.measurements.note')}</th>
                  </tr>
                </thead>
                <tbody>
                  {measurements.map((m) => (
                    <tr key={m.id}>
                      <th scope="row" className="nowrap">
                        {formatDate(m.date, language)}
                      </th>
                      <td className="numeric">{formatNumber(m.value, language)}</td>
                      <td>{m.note}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ) : null}
          <Attachments ownerType="area" ownerId={area.id} />
        </div>
      </div>
      <MergeDialog
        area={area}
        otherId={merging}
        goals={goals}
        workshops={workshops}
        onClose={() => {
          setMerging(null)
          setMergeWith('')
        }}
      />
    </div>
  )
}
