import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { formatDateTime, formatNumber } from '@shared/format'
import { Breadcrumbs, FormSection, LoadingPage, PageHeading, useHandedNotice } from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'
import { paths } from '@renderer/lib/paths'
import { WorkshopAreas } from '@renderer/features/areas'
import { Attachments } from '@renderer/features/attachments'
import { WorkshopEvaluations } from '@renderer/features/evaluations'
import { WorkshopEditForm } from './WorkshopFormPage'
import { WorkshopNotFound } from './WorkshopNotFound'
import { useWorkshopPage } from './queries'

/** One workshop: when, where, question, purpose, agenda, participants, its areas and evaluations. */
export function WorkshopPage() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { id = '' } = useParams()
  const data = useWorkshopPage(id)
  // "Workshoppen är sparad" from the new-workshop page.
  useHandedNotice(Boolean(data))

  if (data === undefined) return <LoadingPage heading={t('workshop.title')} />
  if (data === null) return <WorkshopNotFound />
  const { workshop: w, engagement, organisation, participants } = data
  const heading = w.title || w.startingQuestion || t('workshop.title')
  const notGiven = <span className="muted">{t('common.notGiven')}</span>

  return (
    <div className="wsf">
      <Breadcrumbs
        items={[
          { to: paths.workshops(), label: t('nav.workshops') },
          organisation && { to: paths.organisation(organisation.id), label: organisation.name },
          engagement && { to: paths.engagement(engagement.id), label: engagement.title }
        ]}
      />
      <PageHeading>{heading}</PageHeading>

      <FormSection
        id="ws-details"
        heading={t('workshop.details')}
        openLabel={t('workshop.edit')}
        replace
        saved={t('workshop.form.saved')}
        form={(done) => <WorkshopEditForm workshopId={w.id} {...done} />}
      >
        <dl className="facts">
          <dt>{t('workshop.when')}</dt>
          <dd>
            <time dateTime={w.startsAt}>{formatDateTime(w.startsAt, language)}</time>
          </dd>
          <dt>{t('workshop.where')}</dt>
          <dd>
            {w.digital ? t('workshop.digital') : null}
            {w.digital && w.place ? ' · ' : null}
            {w.place || (w.digital ? null : notGiven)}
          </dd>
          <dt>{t('workshop.startingQuestion')}</dt>
          <dd className="question">{w.startingQuestion || notGiven}</dd>
          <dt>{t('workshop.purpose')}</dt>
          <dd className="pre-line">{w.purpose || notGiven}</dd>
          <dt>{t('workshop.agenda')}</dt>
          <dd>
            {w.agenda.length === 0 ? (
              notGiven
            ) : (
              <ol className="agenda">
                {w.agenda.map((item, i) => (
                  <li key={i}>{item}</li>
                ))}
              </ol>
            )}
          </dd>
          <dt>{t('workshop.participantCount')}</dt>
          <dd>{w.participantCount === null ? notGiven : formatNumber(w.participantCount, language)}</dd>
          <dt>{t('workshop.participants')}</dt>
          <dd>
            {participants.length === 0 ? (
              notGiven
            ) : (
              <ul className="plain-list">
                {participants.map((p) => (
                  <li key={p.id}>
                    {p.name}
                    {p.role ? <span className="muted">, {p.role}</span> : null}
                    {p.contactId ? (
                      <>
                        {' '}
                        <span className="tag">{t('workshop.contact')}</span>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </dd>
          <dt>{t('workshop.notes')}</dt>
          <dd className="pre-line">{w.notes || notGiven}</dd>
        </dl>
      </FormSection>

      <WorkshopAreas workshop={w} />
      <WorkshopEvaluations workshop={w} organisationId={organisation?.id ?? null} />

      <Attachments ownerType="workshop" ownerId={w.id} />
    </div>
  )
}
