import { useTranslation } from 'react-i18next'
import { formatTimeText, parseTimeText } from '@renderer/forms/fields'
import { currentLanguage } from '@renderer/i18n/i18n'
import { Field } from './Field'
import type { TypedFieldProps } from './DateField'
import { useTypedValue } from './typed-value'
import './DateField.css'

/**
 * A time of day in the app's language, whatever the operating system's locale: Swedish shows "kl."
 * before the box and 09.30 in it, English 09:30; both take 9, 9.30, 09:30, 0930. The form value
 * stays HH:mm.
 */
export function TimeField({ value, onChange, onBlur, name, required, disabled, inputRef, ...field }: TypedFieldProps) {
  const { t, i18n } = useTranslation()
  const language = currentLanguage(i18n)
  const typed = useTypedValue({
    value,
    onChange,
    language,
    read: parseTimeText,
    show: (v) => formatTimeText(v, language)
  })
  return (
    <Field {...field}>
      {(control) => (
        <div className="time-field">
          {language === 'sv' ? (
            <span className="time-field-prefix" aria-hidden="true">
              {t('forms.timeField.prefix')}
            </span>
          ) : null}
          <input
            {...control}
            ref={inputRef}
            name={name}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            placeholder={t('forms.timeField.placeholder')}
            required={required}
            disabled={disabled}
            value={typed.text}
            onChange={(event) => typed.change(event.target.value)}
            onBlur={() => {
              typed.settle()
              onBlur?.()
            }}
          />
        </div>
      )}
    </Field>
  )
}
