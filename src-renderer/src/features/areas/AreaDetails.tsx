import { useTranslation } from 'react-i18next'
import type { Area, Goal } from '@shared/entities'
import { formatDate, formatNumber, formatSek } from '@shared/format'
import { Facts, StatusBadge, areaStatusTone, type Fact } from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'

/**
 * An area's read view: the same four groups as its form (problem and cost, indicator, goal and
 * procurement, effect and status), each a list of facts; "Ej angivet" where nothing is filled in.
 */
export function AreaDetails({ area, goals }: { area: Area; goals: readonly Goal[] }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const sek = (value: number | null) => value !== null && formatSek(value, language)
  const number = (value: number | null, unit?: string) =>
    value !== null && `${formatNumber(value, language)}${unit ? ` ${unit}` : ''}`
  const date = (value: string | null | undefined) => value && formatDate(value, language)
  const ind = area.indicator
  const unit = ind?.unit || undefined
  const goal = area.goalId ? goals.find((g) => g.id === area.goalId)?.text : undefined
  const groups: { heading: string; items: Fact[] }[] = [
    {
      heading: t('area.form.problemSection'),
      items: [
        { term: t('area.form.problem'), value: area.problem, preLine: true },
        { term: t('area.form.costPerYear'), value: sek(area.costPerYearSek) },
        { term: t('area.form.costNote'), value: area.costEstimateNote, preLine: true }
      ]
    },
    {
      heading: t('area.form.indicatorSection'),
      items: [
        { term: t('area.form.indicatorName'), value: ind?.name },
        { term: t('area.form.direction'), value: ind && t(`area.direction.${ind.direction}`) },
        {
          term: t('area.form.baselineValue'),
          value: ind && withDate(number(ind.baselineValue, unit), ind.baselineDate)
        },
        {
          term: t('area.form.targetValue'),
          value: ind && withDate(number(ind.targetValue, unit), ind.targetDate)
        },
        { term: t('area.form.dataSource'), value: ind?.dataSource },
        { term: t('area.form.owner'), value: ind?.owner }
      ]
    },
    {
      heading: t('area.form.procurementSection'),
      items: [
        { term: t('area.form.goal'), value: goal },
        {
          term: t('area.form.necessity'),
          value: area.procurementNecessity && t(`area.necessity.${area.procurementNecessity}`)
        },
        { term: t('area.form.rationale'), value: area.necessityRationale, preLine: true },
        {
          term: t('area.form.route'),
          value: `${t(`route.${area.route}`)}${area.needsDevelopment ? ` · ${t('area.needsDevelopmentShort')}` : ''}`
        },
        { term: t('area.form.contractValue'), value: sek(area.contractValueSek) }
      ]
    },
    {
      heading: t('area.form.effectSection'),
      items: [
        { term: t('area.form.annualEffectSek'), value: sek(area.annualEffectSek) },
        { term: t('area.form.annualEffectIndicator'), value: number(area.annualEffectIndicator, unit) },
        {
          term: t('area.form.status'),
          value: <StatusBadge tone={areaStatusTone(area.status)}>{t(`areaStatus.${area.status}`)}</StatusBadge>
        }
      ]
    }
  ]
  /** A value with its date in brackets ("3 400 000 kr/år (31 dec. 2025)"); nothing when there is no value. */
  function withDate(value: string | false, when: string | null) {
    if (!value) return null
    const day = date(when)
    return day ? `${value} (${day})` : value
  }
  return (
    <>
      {groups.map((group) => (
        <div key={group.heading} className="area-facts">
          <h3 className="subheading">{group.heading}</h3>
          <Facts items={group.items} />
        </div>
      ))}
    </>
  )
}
