import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * What the panel shows while main writes a document (a 500-area proposal takes a while): a moving bar, the
 * seconds so far, and that the rest of the app can be used meanwhile (documents render in a worker thread).
 */
export function ExportProgress() {
  const { t } = useTranslation()
  const [seconds, setSeconds] = useState(0)
  useEffect(() => {
    const started = Date.now()
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 1000)
    return () => clearInterval(timer)
  }, [])
  return (
    <div className="doc-progress" role="status">
      <progress aria-label={t('documentsUi.exporting')} />
      <p>
        {t('documentsUi.exporting')}
        {seconds >= 2 && <span className="muted"> {t('documentsUi.exportingSeconds', { count: seconds })}</span>}
      </p>
      <p className="help">{t('documentsUi.exportingHint')}</p>
    </div>
  )
}
