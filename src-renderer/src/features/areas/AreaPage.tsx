import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import type { Workshop } from '@shared/entities'
import { formatDate } from '@shared/format'
import { Breadcrumbs, FormSection, MissingRowPage, PageHeading } from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'
import { textCompare } from '@renderer/lib/collate'
import { paths } from '@renderer/lib/paths'
import { Attachments } from '@renderer/features/attachments'
import { AreaDetails } from './AreaDetails'
import { AreaForm, type AreaDraft } from './AreaForm'
import { AreaMeasurements } from './AreaMeasurements'
import { AreaMovePanel } from './AreaMovePanel'
import { MergeDialog } from './MergeDialog'
import { RouteHintPanel } from './RouteHintPanel'
import { useAreaPage } from './queries'

/** One efficiency area: all its details, the route hint, moving and merging, measurements and attachments. */
export function AreaPage() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { id = '' } = useParams()
  const [merging, setMerging] = useState<string | null>(null)
  // While the form is open, the route hint follows what is typed; closed, it reads the saved area.
  const [draft, setDraft] = useState<AreaDraft | null>(null)
  const onDraft = useCallback((next: AreaDraft) => setDraft(next), [])

  const data = useAreaPage(id)

  if (!data) {
    const back = { to: paths.workshops(), label: t('workshop.backToList') }
    return <MissingRowPage row={data} loadingHeading={t('area.title')} notFound={t('area.notFound')} back={back} />
  }
  const { area, workshop, organisation, workshops, siblings, measurements } = data
  const goals = organisation?.goals ?? []
  const compare = textCompare(language)
  const otherWorkshops = workshops.filter((w) => w.id !== area.workshopId)
  const otherAreas = siblings.filter((a) => a.id !== area.id).sort((x, y) => compare(x.title, y.title))
  const workshopName = (w: Pick<Workshop, 'title' | 'startingQuestion' | 'startsAt'>) =>
    `${w.title || w.startingQuestion} (${formatDate(w.startsAt, language)})`

  return (
    <div className="wsf">
      <Breadcrumbs
        items={[
          { to: paths.areas(), label: t('nav.areas') },
          organisation && { to: paths.organisation(organisation.id), label: organisation.name },
          workshop && { to: paths.workshop(workshop.id), label: workshopName(workshop) }
        ]}
      />
      <PageHeading>{area.title}</PageHeading>

      <div className="area-layout">
        <div className="area-main">
          <FormSection
            id="area-details"
            heading={t('area.details')}
            openLabel={t('area.edit')}
            replace
            saved={t('area.form.saved')}
            form={(done) => (
              <AreaForm
                area={area}
                goals={goals}
                onDraft={onDraft}
                onSaved={(row) => {
                  setDraft(null)
                  done.onSaved(row)
                }}
                onCancel={() => {
                  setDraft(null)
                  done.onCancel()
                }}
              />
            )}
          >
            <AreaDetails area={area} goals={goals} />
          </FormSection>
        </div>
        <div className="area-side">
          <RouteHintPanel
            contractValueSek={(draft ?? area).contractValueSek}
            needsDevelopment={(draft ?? area).needsDevelopment}
            organisationKind={organisation?.kind ?? null}
          />

          <AreaMovePanel
            area={area}
            otherWorkshops={otherWorkshops}
            otherAreas={otherAreas}
            workshopName={workshopName}
            mergeOpen={merging !== null}
            onMerge={setMerging}
          />

          <AreaMeasurements area={area} measurements={measurements} />
          <Attachments ownerType="area" ownerId={area.id} />
        </div>
      </div>
      <MergeDialog area={area} otherId={merging} goals={goals} workshops={workshops} onClose={() => setMerging(null)} />
    </div>
  )
}
