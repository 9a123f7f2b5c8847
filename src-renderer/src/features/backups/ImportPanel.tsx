import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDateTime } from '@shared/format'
import type { Language } from '@shared/settings'
import { errorsToShow, type ImportMode } from '@renderer/db/export-import'
import { ImportPasswordForm } from './ImportPasswordForm'
import { ImportSummaryTable } from './ImportSummaryTable'
import type { useImportFlow } from './use-import-flow'

type Flow = ReturnType<typeof useImportFlow>

/** The import or restore in progress: password, refused file's errors, choice of mode, summary. */
export function ImportPanel({ flow, lang }: { flow: Flow; lang: Language }) {
  const { t } = useTranslation()
  const { state } = flow
  const [mode, setMode] = useState<ImportMode>('merge')
  const headingId = useId()

  if (state.step === 'idle') return null

  const backupFailed = (message: string) => t('backups.portfolioFile.backupFirstFailed', { message })
  const writeFailed = (message: string) => t('backups.portfolioFile.writeFailed', { message })

  if (state.step === 'busy') {
    return (
      <p className="import-panel" role="status">
        {t('backups.portfolioFile.reading')}
      </p>
    )
  }

  if (state.step === 'failed') {
    return (
      <div role="alert" className="error-box">
        <p>{state.message}</p>
        <button type="button" className="button" onClick={flow.reset}>
          {t('backups.portfolioFile.done')}
        </button>
      </div>
    )
  }

  if (state.step === 'password') {
    return (
      <ImportPasswordForm
        fileName={state.fileName}
        wrong={state.wrong}
        onSubmit={(password) => void flow.submitPassword(password)}
        onCancel={flow.reset}
      />
    )
  }

  if (state.step === 'refused') {
    const { shown, more } = errorsToShow(state.errors)
    return (
      <div role="alert" className="error-box">
        <p>
          {state.kind === 'merge'
            ? t('backups.portfolioFile.refusedMerge')
            : t('backups.portfolioFile.refused', { fileName: state.fileName })}
        </p>
        <ul className="error-list">
          {shown.map((e, i) => (
            <li key={i}>
              <code>{e.path}</code>: {e.message}
            </li>
          ))}
        </ul>
        {more > 0 && <p>{t('backups.portfolioFile.moreErrors', { count: more })}</p>}
        <button type="button" className="button" onClick={flow.reset}>
          {t('backups.portfolioFile.done')}
        </button>
      </div>
    )
  }

  if (state.step === 'ready') {
    const counts = {
      organisations: state.counts.organisations,
      engagements: state.counts.engagements,
      workshops: state.counts.workshops,
      areas: state.counts.areas
    }
    if (state.restore !== null) {
      return (
        <section className="import-panel confirm" aria-labelledby={headingId}>
          <h3 id={headingId}>{t('backups.restoreLabel', { date: formatDateTime(state.restore, lang) })}</h3>
          <p>{t('backups.restoreConfirm', { date: formatDateTime(state.restore, lang) })}</p>
          <p className="help">{t('backups.portfolioFile.fileCounts', counts)}</p>
          <div className="button-row">
            <button
              type="button"
              className="button button-primary"
              onClick={() => void flow.run('replace', backupFailed, writeFailed)}
            >
              {t('backups.restoreConfirmButton')}
            </button>
            <button type="button" className="button" onClick={flow.reset}>
              {t('backups.cancel')}
            </button>
          </div>
        </section>
      )
    }
    return (
      <section className="import-panel" aria-labelledby={headingId}>
        <h3 id={headingId}>{t('backups.portfolioFile.readyHeading', { fileName: state.fileName })}</h3>
        <p>{t('backups.portfolioFile.fileCounts', counts)}</p>
        <fieldset className="choice">
          <legend>{t('backups.portfolioFile.mode')}</legend>
          {(['merge', 'replace'] as const).map((m) => (
            <label key={m} className="choice-option">
              <input type="radio" name="import-mode" value={m} checked={mode === m} onChange={() => setMode(m)} />
              <span>
                <strong>{t(`backups.portfolioFile.${m}`)}</strong>
                <span className="help">{t(`backups.portfolioFile.${m}Help`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="button-row">
          <button
            type="button"
            className="button button-primary"
            onClick={() => void flow.run(mode, backupFailed, writeFailed)}
          >
            {t('backups.portfolioFile.run')}
          </button>
          <button type="button" className="button" onClick={flow.reset}>
            {t('backups.cancel')}
          </button>
        </div>
      </section>
    )
  }

  return (
    <section className="import-panel done" aria-labelledby={headingId}>
      <h3 id={headingId} role="status">
        {state.restore !== null
          ? t('backups.restored', { date: formatDateTime(state.restore, lang), backup: state.backupName ?? '' })
          : t('backups.portfolioFile.summaryHeading')}
      </h3>
      <ImportSummaryTable summary={state.summary} mode={state.mode} />
      <button type="button" className="button" onClick={flow.reset}>
        {t('backups.portfolioFile.done')}
      </button>
    </section>
  )
}
