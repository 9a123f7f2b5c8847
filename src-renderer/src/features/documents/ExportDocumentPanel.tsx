import { useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { proposalKindAfter } from '@shared/document-assembly'
import { PROPOSAL_KINDS, type PlanStep, type ProposalKind } from '@shared/document-model'
import { formatDate, localToday } from '@shared/format'
import type { DocumentRecord } from '@shared/entities'
import { Language } from '@shared/settings'
import { errorMessage } from '@renderer/lib/errors'
import { paths } from '@renderer/lib/paths'
import { useLanguage } from '@renderer/platform/use-language'
import { EmptyState, EnumSelect, Notice, SelectField, type NoticeMessage } from '@renderer/ui'
import { useExportDocument } from './commands'
import { useEngagementChoices, useEngagementWorkshops, useMissingSender, type SenderPart } from './queries'
import { ExportProgress } from './ExportProgress'

/** The warning that the documents would go out without a sender, with a link to where it is filled in. */
function SenderWarning({ missing }: { missing: SenderPart[] }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const id = useId()
  const parts = new Intl.ListFormat(language === 'sv' ? 'sv-SE' : 'en-GB', { type: 'conjunction' }).format(
    missing.map((m) => t(`documentsUi.sender.part.${m}`))
  )
  return (
    <div className="warning-box doc-warning" role="note" aria-labelledby={id}>
      <p id={id}>
        <strong>{t('documentsUi.sender.heading')}</strong> {t('documentsUi.sender.text', { parts })}
      </p>
      <p>
        <Link to={paths.settings()}>{t('documentsUi.sender.link')}</Link>
      </p>
    </div>
  )
}

/**
 * The export buttons: a proposal or a follow-up report for the engagement, a report for one of its workshops, in
 * Swedish or English.
 * Without `engagementId` it first offers a choice of engagement (the Dokument page), `initialEngagement` chosen
 * when it is one of them (a link from Översikt's next step).
 */
export function ExportDocumentPanel({
  engagementId: fixedEngagement,
  initialEngagement = ''
}: {
  engagementId?: string
  initialEngagement?: string
}) {
  const { t } = useTranslation()
  const exportDocument = useExportDocument()
  const { language: appLanguage } = useLanguage()
  const [chosenEngagement, setChosenEngagement] = useState(initialEngagement)
  const engagementId = fixedEngagement ?? chosenEngagement
  const [workshopId, setWorkshopId] = useState('')
  const [language, setLanguage] = useState<Language>(appLanguage)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<NoticeMessage | null>(null)
  const [kindChoice, setKindChoice] = useState<ProposalKind | null>(null)
  const [pastSteps, setPastSteps] = useState<PlanStep[] | null>(null)
  const missingSender = useMissingSender()

  const engagements = useEngagementChoices(!fixedEngagement)
  // An engagement named by the address that is not in the list (deleted, mistyped) is no choice at all.
  useEffect(() => {
    if (engagements && chosenEngagement && !engagements.some((e) => e.id === chosenEngagement)) setChosenEngagement('')
  }, [engagements, chosenEngagement])
  const workshops = useEngagementWorkshops(engagementId)
  // The proposal the engagement calls for today, unless the user picks the other kind.
  const proposalKind = kindChoice ?? proposalKindAfter(workshops ?? [], localToday())
  useEffect(() => {
    setKindChoice(null)
    setPastSteps(null)
  }, [engagementId])

  useEffect(() => {
    if (workshops && !workshops.some((w) => w.id === workshopId)) setWorkshopId(workshops.at(-1)?.id ?? '')
  }, [workshops, workshopId])

  const run = async (kind: DocumentRecord['kind'], allowPastDates = false) => {
    setBusy(true)
    setMessage(null)
    setPastSteps(null)
    try {
      const result = await exportDocument({
        kind,
        engagementId,
        workshopId: kind === 'proposal' ? (workshops?.[0]?.id ?? null) : kind === 'workshop-report' ? workshopId : null,
        language,
        proposalKind,
        allowPastDates
      })
      if (result.outcome === 'past-dates') {
        setPastSteps(result.steps)
        return
      }
      const text =
        result.outcome === 'cancelled'
          ? t('documentsUi.cancelled')
          : t(result.outcome === 'saved' ? 'documentsUi.saved' : 'documentsUi.downloaded', {
              fileName: result.record.fileName
            })
      setMessage({ text, error: false })
    } catch (error) {
      setMessage({ text: t('documentsUi.failed', { message: errorMessage(error) }), error: true })
    } finally {
      setBusy(false)
    }
  }

  const noEngagements = !fixedEngagement && engagements?.length === 0
  return (
    <div className="doc-export">
      {missingSender && missingSender.length > 0 && <SenderWarning missing={missingSender} />}
      {!fixedEngagement &&
        (noEngagements ? (
          <EmptyState message={t('documentsUi.noEngagements')} />
        ) : (
          <SelectField
            label={t('documentsUi.engagement')}
            value={chosenEngagement}
            onChange={(e) => setChosenEngagement(e.target.value)}
            emptyOption={t('documentsUi.chooseEngagement')}
            options={(engagements ?? []).map((e) => ({ value: e.id, label: e.label }))}
          />
        ))}
      {engagementId && (
        <>
          <div className="doc-export-fields">
            <EnumSelect
              label={t('documentsUi.proposalKindLabel')}
              value={proposalKind}
              onChange={(k) => {
                if (k) setKindChoice(k)
                setPastSteps(null)
              }}
              options={PROPOSAL_KINDS}
              labelKey={(k) => `documentsUi.proposalKind.${k}`}
              hint={t(`documentsUi.proposalKindHint.${proposalKind}`)}
            />
            <EnumSelect
              label={t('documentsUi.language')}
              value={language}
              onChange={(l) => l && setLanguage(l)}
              options={Language.options}
              labelKey={(l) => `documentsUi.languageName.${l}`}
            />
            {workshops && workshops.length > 0 && (
              <SelectField
                className="doc-export-workshop"
                label={t('documentsUi.workshop')}
                value={workshopId}
                onChange={(e) => setWorkshopId(e.target.value)}
                options={workshops.map((w) => ({
                  value: w.id,
                  label: `${formatDate(w.startsAt, appLanguage)} – ${w.title || w.startingQuestion}`
                }))}
              />
            )}
          </div>
          <div className="doc-actions">
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              onClick={() => void run('proposal')}
            >
              {t('documentsUi.exportProposal')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={busy || !workshopId}
              onClick={() => void run('workshop-report')}
            >
              {t('documentsUi.exportReport')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={busy}
              onClick={() => void run('follow-up-report')}
            >
              {t('documentsUi.exportFollowUp')}
            </button>
          </div>
          {workshops?.length === 0 && <p className="help">{t('documentsUi.noWorkshops')}</p>}
          {pastSteps && (
            <div className="warning-box doc-warning" role="alert">
              <p>{t('documentsUi.pastDates.text')}</p>
              <ul>
                {pastSteps.map((step) => (
                  <li key={step.kind}>
                    {t('documentsUi.pastDates.step', {
                      step: t(`documentsUi.planStep.${step.kind}`),
                      date: formatDate(step.date ?? '', appLanguage, 'long')
                    })}
                  </li>
                ))}
              </ul>
              <p>{t(`documentsUi.pastDates.advice.${proposalKind}`)}</p>
              <button
                type="button"
                className="button button-secondary"
                disabled={busy}
                onClick={() => void run('proposal', true)}
              >
                {t('documentsUi.pastDates.anyway')}
              </button>
            </div>
          )}
        </>
      )}
      {busy && <ExportProgress />}
      <Notice message={message} />
    </div>
  )
}
