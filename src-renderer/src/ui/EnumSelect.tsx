import { useTranslation } from 'react-i18next'
import { SelectField } from './SelectField'

/**
 * A select over an enum (statuses, kinds, routes) with translated labels and, for list filters, a first
 * "all" option with the value ''. `labelKey` names each value's i18n key.
 */
export function EnumSelect<T extends string>({
  label,
  id,
  value,
  onChange,
  options,
  labelKey,
  allLabel,
  hint,
  error,
  className
}: {
  /** The visible label, translated. */
  label: string
  id?: string
  /** The chosen value, or '' for "all". */
  value: T | ''
  onChange: (value: T | '') => void
  /** The enum's values in the order shown, e.g. ENGAGEMENT_STATUSES. */
  options: readonly T[]
  /** The i18n key of a value's label, e.g. (s) => `engagementStatus.${s}`. */
  labelKey: (option: T) => string
  /** The translated label of the "all" option (value ''); no such option when undefined. */
  allLabel?: string
  hint?: string
  error?: string
  className?: string
}) {
  const { t } = useTranslation()
  return (
    <SelectField
      label={label}
      id={id}
      hint={hint}
      error={error}
      className={className}
      value={value}
      onChange={(event) => onChange(event.target.value as T | '')}
      emptyOption={allLabel}
      options={options.map((option) => ({ value: option, label: t(labelKey(option)) }))}
    />
  )
}
