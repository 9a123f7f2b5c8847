import { useCallback, useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDateTime } from '@shared/format'
import { errorsToShow, type ImportMode } from '@renderer/db/export-import'
import { useLanguage } from '@renderer/platform/use-language'
import { TransferProgress } from './TransferProgress'
import { ImportPasswordForm } from './ImportPasswordForm'
import { ImportSummaryTable } from './ImportSummaryTable'
import type { useImportFlow } from './use-import-flow'

type Flow = ReturnType<typeof useImportFlow>

/** The import or restore in progress: password, refused file's errors, choice of mode, summary. */
export function ImportPanel({ flow }: { flow: Flow }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { state } = flow
  const [mode, setMode] = useState<ImportMode>('merge')
  const headingId = useId()
  // Each new step of the flow takes the focus where it is shown (the file's heading, the summary's, the
  // error): the control that started it is gone or disabled by then, and focus would fall to the page heading.
  const landing = useRef<HTMLElement | null>(null)
  const land = useCallback((element: HTMLElement | null) => {
    landing.current = element
  }, [])
  useEffect(() => {
    landing.current?.focus()
  }, [state.step])

  if (state.step === 'idle') return null

  const doneButton = (
    <button type="button" className="button button-secondary" onClick={flow.reset}>
      {t('backups.portfolioFile.done')}
    </button>
  )

  if (state.step === 'busy') {
    if (state.progress) return <TransferProgress kind={state.progress.kind} progress={state.progress.progress} />
    return (
      <p className="import-panel" role="status">
        {t('backups.portfolioFile.reading')}
      </p>
    )
  }

  if (state.step === 'failed') {
    return (
      <div role="alert" className="error-box" tabIndex={-1} ref={land}>
        <p>{state.message}</p>
        {doneButton}
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
      <div role="alert" className="error-box" tabIndex={-1} ref={land}>
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
        {doneButton}
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
    // A restore replaces everything after one question; an import from a file offers merge or replace.
    const date = state.restore === null ? null : formatDateTime(state.restore, language)
    return (
      <section className={date ? 'import-panel confirm' : 'import-panel'} aria-labelledby={headingId}>
        {date ? (
          <>
            <h3 id={headingId} tabIndex={-1} ref={land}>
              {t('backups.restoreLabel', { date })}
            </h3>
            <p>{t('backups.restoreConfirm', { date })}</p>
            <p className="help">{t('backups.portfolioFile.fileCounts', counts)}</p>
          </>
        ) : (
          <>
            <h3 id={headingId} tabIndex={-1} ref={land}>
              {t('backups.portfolioFile.readyHeading', { fileName: state.fileName })}
            </h3>
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
          </>
        )}
        <div className="button-row">
          <button
            type="button"
            className="button button-primary"
            onClick={() => void flow.run(date ? 'replace' : mode)}
          >
            {date ? t('backups.restoreConfirmButton') : t('backups.portfolioFile.run')}
          </button>
          <button type="button" className="button button-secondary" onClick={flow.reset}>
            {t('backups.cancel')}
          </button>
        </div>
      </section>
    )
  }

  return (
    <section className="import-panel done" aria-labelledby={headingId}>
      <h3 id={headingId} role="status" tabIndex={-1} ref={land}>
        {state.restore !== null
          ? t('backups.restored', { date: formatDateTime(state.restore, language), backup: state.backupName ?? '' })
          : t('backups.portfolioFile.summaryHeading')}
      </h3>
      <ImportSummaryTable summary={state.summary} mode={state.mode} />
      {doneButton}
    </section>
  )
}
