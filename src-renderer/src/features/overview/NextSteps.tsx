import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { TableName } from '@shared/entities'
import { Section } from '@renderer/ui'
import { paths } from '@renderer/lib/paths'
import type { FirstRows } from './queries'

const STEPS = ['client', 'engagement', 'workshop', 'areas', 'prioritisation', 'proposal'] as const
type Step = (typeof STEPS)[number]

/** Whether each step is done, and where to do it. */
function plan(counts: Record<TableName, number>, first: FirstRows): Record<Step, { done: boolean; to: string }> {
  const engagement = first.engagementId
  return {
    client: { done: counts.organisations > 0, to: paths.newOrganisation() },
    engagement: { done: counts.engagements > 0, to: paths.engagements() },
    workshop: { done: counts.workshops > 0, to: paths.newWorkshop(engagement ?? undefined) },
    areas: { done: counts.areas > 0, to: first.workshopId ? paths.workshop(first.workshopId) : paths.workshops() },
    prioritisation: {
      done: first.prioritised,
      to: engagement ? paths.prioritisation(engagement) : paths.engagements()
    },
    proposal: { done: first.proposal, to: paths.documents(engagement ?? undefined) }
  }
}

/**
 * The path of a new portfolio, from client to proposal: each step ticked when done, the first step not
 * done a link to where it is done. Nothing is shown once every step is done.
 */
export function NextSteps({ counts, first }: { counts: Record<TableName, number>; first: FirstRows }) {
  const { t } = useTranslation()
  const steps = plan(counts, first)
  const next = STEPS.find((step) => !steps[step].done)
  if (next === undefined) return null
  return (
    <Section id="next-heading" heading={t('overview.next.heading')}>
      <p>{t('overview.next.intro')}</p>
      <ol className="next-steps">
        {STEPS.map((step, index) => {
          const { done, to } = steps[step]
          const label = t(`overview.next.steps.${step}`)
          return (
            <li key={step} className={done ? 'done' : step === next ? 'current' : undefined}>
              <span className="next-mark" aria-hidden="true">
                {done ? '✓' : index + 1}
              </span>
              {step === next ? <Link to={to}>{label}</Link> : label}
              <span className="visually-hidden">
                {' '}
                ({t(done ? 'overview.next.done' : step === next ? 'overview.next.now' : 'overview.next.later')})
              </span>
            </li>
          )
        })}
      </ol>
    </Section>
  )
}
