import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { personalDataName, type PersonalDataExport } from '@shared/personal-data'
import { ConfirmDialog, Section, useShell } from '@renderer/ui'
import { useApi } from '@renderer/platform/services'
import { bytesToBase64, downloadBase64 } from '@renderer/lib/base64'
import { errorMessage } from '@renderer/lib/errors'
import { paths } from '@renderer/lib/paths'
import { useContactCommands } from './commands'
import type { ErasureReportState } from './ErasureReportPage'
import { useReadPersonalData, type PersonRef } from './queries'

/**
 * A person's GDPR section: export everything held about them as a JSON file (through the main
 * process), and erase them after a confirmation; the erasure report page then lists the frozen
 * documents and backups that still hold them. The same for a contact and a person known by name only.
 */
export function PersonalDataSection({
  person,
  data,
  back
}: {
  person: PersonRef
  data: PersonalDataExport
  /** Where the report's "back" link goes once the person is gone. */
  back: { to: string; label: string }
}) {
  const { t } = useTranslation()
  const api = useApi()
  const { announce } = useShell()
  const navigate = useNavigate()
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState('')
  const readPersonalData = useReadPersonalData()
  const { eraseAndSearch } = useContactCommands()
  const name = personalDataName(data)
  const kind = person.kind

  const exportData = async () => {
    setProblem('')
    try {
      const fresh = await readPersonalData(person)
      if (!fresh) return
      const result = await api.peopleExportPersonalData({ data: fresh })
      if (result.outcome === 'download') {
        downloadBase64(result.fileName, bytesToBase64(new TextEncoder().encode(result.json)), 'application/json')
        announce(t('clients.person.exportDownloaded', { file: result.fileName }))
      } else if (result.outcome === 'saved') {
        announce(t('clients.person.exportSaved', { file: result.fileName }))
      }
    } catch (error) {
      setProblem(t('clients.person.exportFailed', { message: errorMessage(error) }))
    }
  }

  const erase = async () => {
    setBusy(true)
    try {
      // Read afresh: the search needs every name and comment the erasure is about to remove.
      const fresh = (await readPersonalData(person)) ?? data
      const outcome = await eraseAndSearch(person, fresh)
      setConfirming(false)
      const state: ErasureReportState = { name, outcome, back }
      void navigate(paths.erasure(), { state })
    } catch (error) {
      setBusy(false)
      setConfirming(false)
      setProblem(t('clients.person.eraseFailed', { message: errorMessage(error) }))
    }
  }

  return (
    <>
      <Section id="person-gdpr" heading={t('clients.person.gdprHeading')}>
        {problem ? (
          <p className="error-box" role="alert">
            {problem}
          </p>
        ) : null}
        <p>{t(`clients.person.gdprText.${kind}`)}</p>
        <div className="button-row">
          <button type="button" className="button button-secondary" onClick={() => void exportData()}>
            {t('clients.person.export')}
          </button>
          <button type="button" className="button button-danger" onClick={() => setConfirming(true)}>
            {t('clients.person.erase')}
          </button>
        </div>
      </Section>

      <ConfirmDialog
        open={confirming}
        title={t('clients.person.eraseTitle', { name })}
        confirmLabel={t('clients.person.eraseConfirm')}
        onConfirm={() => void erase()}
        onCancel={() => setConfirming(false)}
        busy={busy}
      >
        <p>
          {t(`clients.person.eraseText.${kind}`, {
            evaluations: data.evaluations.length,
            participants: data.workshopsAttended.length
          })}
        </p>
        <p>{t('clients.person.eraseFinal')}</p>
      </ConfirmDialog>
    </>
  )
}
