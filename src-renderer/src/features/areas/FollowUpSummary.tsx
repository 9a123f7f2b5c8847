import { useTranslation } from 'react-i18next'
import type { FollowUp } from '@shared/follow-up'
import { formatSek, localeOf } from '@shared/format'
import type { Language } from '@shared/settings'
import { useLanguage } from '@renderer/platform/use-language'

/** A share as a whole percentage: "45 %" in Swedish, "45%" in English. */
function percent(share: number, language: Language): string {
  return new Intl.NumberFormat(localeOf(language), { style: 'percent', maximumFractionDigits: 0 }).format(share)
}

/** Where an area's follow-up stands, in words: the status, how far along, and the effect realised so far. */
export function FollowUpSummary({ followUp, annualEffectSek }: { followUp: FollowUp; annualEffectSek: number | null }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { status, progress, expected, realisedAnnualEffectSek } = followUp
  const expectedText = expected === null ? '' : t('area.followUp.expected', { expected: percent(expected, language) })
  return (
    <div className="follow-up-summary">
      <p className={`follow-up-status follow-up-${status}`}>
        {t(`area.followUp.${status}`, {
          progress: progress === null ? '' : percent(progress, language),
          expected: expectedText
        })}
      </p>
      {realisedAnnualEffectSek !== null && annualEffectSek !== null && (
        <p>
          {t('area.followUp.realised', {
            realised: formatSek(realisedAnnualEffectSek, language),
            estimated: formatSek(annualEffectSek, language)
          })}
        </p>
      )}
    </div>
  )
}
