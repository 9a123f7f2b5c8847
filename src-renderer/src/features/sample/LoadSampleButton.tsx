import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useShell } from '@renderer/ui'
import { useLoadSample } from './commands'

/** How many file errors are listed before "… and N more". */
const MAX_LISTED_ERRORS = 10

type Failure = { summary: string; details: string[]; more: number }

/** The first-start offer: loads the sample portfolio, announces the result, shows errors if it fails. */
export function LoadSampleButton() {
  const { t } = useTranslation()
  const loadSample = useLoadSample()
  const { announce, focusHeading } = useShell()
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<Failure | null>(null)

  const load = async () => {
    setBusy(true)
    setFailure(null)
    try {
      const result = await loadSample()
      if (result.ok) {
        announce(
          t('sample.loaded', {
            organisations: result.counts.organisations,
            engagements: result.counts.engagements,
            workshops: result.counts.workshops,
            areas: result.counts.areas
          })
        )
        // This button goes away once the data shows: give focus a place to land.
        focusHeading()
      } else if (result.kind === 'parse') {
        setFailure({
          summary: t('sample.failed'),
          details: result.errors.slice(0, MAX_LISTED_ERRORS).map((e) => `${e.path}: ${e.message}`),
          more: Math.max(0, result.errors.length - MAX_LISTED_ERRORS)
        })
      } else {
        setFailure({ summary: t('sample.writeFailed', { message: result.message }), details: [], more: 0 })
      }
    } catch (error) {
      setFailure({ summary: t('sample.writeFailed', { message: String(error) }), details: [], more: 0 })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="sample-offer">
      <button type="button" className="button button-primary" onClick={() => void load()} disabled={busy}>
        {busy ? t('sample.loading') : t('sample.load')}
      </button>
      {failure && (
        <div role="alert" className="error-box">
          <p>{failure.summary}</p>
          {failure.details.length > 0 && (
            <>
              <p>{t('sample.failedDetails')}</p>
              <ul>
                {failure.details.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
              {failure.more > 0 && <p>{t('sample.moreErrors', { count: failure.more })}</p>}
            </>
          )}
        </div>
      )}
    </div>
  )
}
