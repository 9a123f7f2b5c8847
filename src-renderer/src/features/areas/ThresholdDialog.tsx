import { useTranslation } from 'react-i18next'
import { formatDate, formatSek } from '@shared/format'
import { effectiveThresholds, type ThresholdKey } from '@shared/thresholds'
import { Dialog } from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'
import { useAreaCommands } from './commands'
import { useThresholdOverrides } from './queries'
import { ThresholdForm } from './ThresholdForm'

/**
 * Corrects a legal threshold without a new release: the new value is stored as a dated override
 * (the thresholds table) and wins from its date; the consultant's own values can be removed again.
 */
export function ThresholdDialog({
  thresholdKey,
  today,
  onClose
}: {
  thresholdKey: ThresholdKey | null
  today: string
  onClose: () => void
}) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { removeThresholdOverride } = useAreaCommands()
  const overrides = useThresholdOverrides() ?? []
  if (thresholdKey === null)
    return (
      <Dialog open={false} title="" onClose={onClose}>
        {null}
      </Dialog>
    )
  const current = effectiveThresholds(overrides, today)[thresholdKey]
  const own = overrides.filter((o) => o.key === thresholdKey)
  const name = t(`routeHint.key.${thresholdKey}`)

  return (
    <Dialog open title={t('thresholdEditor.title', { name })} onClose={onClose}>
      <p>
        {t('thresholdEditor.current', {
          value: formatSek(current.valueSek, language),
          date: formatDate(current.validFrom, language)
        })}
      </p>
      {/* Keyed: another threshold, or another day, starts a fresh form. */}
      <ThresholdForm
        key={`${thresholdKey}-${today}`}
        thresholdKey={thresholdKey}
        today={today}
        name={name}
        onClose={onClose}
      >
        {own.length > 0 ? (
          <>
            <h3 className="subheading">{t('thresholdEditor.ownValues')}</h3>
            <ul className="plain-list">
              {own.map((o) => (
                <li key={o.id}>
                  {formatSek(o.valueSek, language)},{' '}
                  {t('thresholdEditor.from', { date: formatDate(o.validFrom, language) })} ({o.source}){' '}
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    onClick={() => void removeThresholdOverride(o.id)}
                  >
                    {t('thresholdEditor.remove')}
                  </button>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </ThresholdForm>
    </Dialog>
  )
}
