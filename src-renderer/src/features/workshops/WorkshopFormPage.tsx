import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams, useSearchParams } from 'react-router'
import { Breadcrumbs, LoadingPage, PageHeading } from '@renderer/ui'
import { paths } from '@renderer/lib/paths'
import { WorkshopNotFound } from './WorkshopNotFound'
import { useWorkshopCommands } from './commands'
import { useWorkshopFormData } from './queries'
import { WorkshopForm } from './WorkshopForm'

/** Create or edit a workshop: when, where, the starting question from the library, agenda, participants. */
export function WorkshopFormPage() {
  const { t } = useTranslation()
  const { ensureQuestionLibrary } = useWorkshopCommands()
  const { id } = useParams()
  const [search] = useSearchParams()
  const editing = id !== undefined

  useEffect(() => {
    void ensureQuestionLibrary()
  }, [ensureQuestionLibrary])

  const data = useWorkshopFormData(id)
  const title = editing ? t('workshop.form.editTitle') : t('workshop.form.newTitle')
  if (data === undefined) return <LoadingPage heading={title} />
  if (editing && data.workshop === null) return <WorkshopNotFound />
  return (
    <div className="wsf">
      <Breadcrumbs
        items={[
          { to: paths.workshops(), label: t('nav.workshops') },
          data.workshop && {
            to: paths.workshop(data.workshop.id),
            label: data.workshop.title || data.workshop.startingQuestion || t('workshop.title')
          }
        ]}
      />
      <PageHeading>{title}</PageHeading>
      {/* The form takes its starting values once; later live updates must not overwrite what he is typing. */}
      <WorkshopForm data={data} engagementId={search.get('engagement') ?? ''} />
    </div>
  )
}
