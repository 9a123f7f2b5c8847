import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useSearchParams } from 'react-router'
import { Breadcrumbs, LoadingPage, PageHeading, type FormDone } from '@renderer/ui'
import { paths } from '@renderer/lib/paths'
import { useWorkshopCommands } from './commands'
import { useWorkshopFormData } from './queries'
import { WorkshopForm } from './WorkshopForm'

/** The starting-question library is filled in (the built-in questions) before the form needs it. */
function useQuestionLibrary() {
  const { ensureQuestionLibrary } = useWorkshopCommands()
  useEffect(() => {
    void ensureQuestionLibrary()
  }, [ensureQuestionLibrary])
}

/**
 * A new workshop, on a page of its own like a new organisation or engagement: when, where, the starting
 * question from the library, agenda, participants. `?engagement=` chooses the engagement. On save the
 * workshop's page opens and says so.
 */
export function WorkshopFormPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [search] = useSearchParams()
  useQuestionLibrary()

  const data = useWorkshopFormData(undefined)
  const title = t('workshop.form.newTitle')
  if (data === undefined) return <LoadingPage heading={title} />
  return (
    <div className="wsf">
      <Breadcrumbs items={[{ to: paths.workshops(), label: t('nav.workshops') }]} />
      <PageHeading>{title}</PageHeading>
      {/* The form takes its starting values once; later live updates must not overwrite what he is typing. */}
      <div className="panel">
        <WorkshopForm
          data={data}
          engagementId={search.get('engagement') ?? ''}
          onSaved={(id) => navigate(paths.workshop(id), { state: { notice: t('workshop.form.saved') } })}
          onCancel={() => navigate(paths.workshops())}
        />
      </div>
    </div>
  )
}

/** A workshop's details edited in place of its read view (the workshop page's "Ändra uppgifter"). */
export function WorkshopEditForm({ workshopId, onSaved, onCancel }: { workshopId: string } & FormDone<string>) {
  useQuestionLibrary()
  const data = useWorkshopFormData(workshopId)
  if (data === undefined || data.workshop === null) return null
  return <WorkshopForm data={data} engagementId="" onSaved={onSaved} onCancel={onCancel} />
}
