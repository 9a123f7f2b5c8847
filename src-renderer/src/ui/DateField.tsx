import { format } from 'date-fns'
import { useEffect, useRef, useState, type Ref } from 'react'
import { createPortal } from 'react-dom'
import { DayPicker } from 'react-day-picker'
import { enGB, sv } from 'react-day-picker/locale'
import { useTranslation } from 'react-i18next'
import { formatDateText, parseDateText } from '@renderer/forms/fields'
import { currentLanguage } from '@renderer/i18n/i18n'
import { Dialog } from './Dialog'
import { Field, type FieldProps } from './Field'
import { useTypedValue } from './typed-value'
import 'react-day-picker/style.css'
import './DateField.css'

/** The props of the kit's date and time fields: Field's own, and a controlled value with its handlers. */
export type TypedFieldProps = FieldProps & {
  /** The form value: ISO (YYYY-MM-DD or HH:mm) when valid, else the text as typed, '' when blank. */
  value: string
  onChange: (value: string) => void
  onBlur?: () => void
  name?: string
  required?: boolean
  disabled?: boolean
  /** The input, for the form to focus a refused field. */
  inputRef?: Ref<HTMLInputElement>
}

/** A YYYY-MM-DD value as a local date, or undefined. */
function localDate(iso: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : undefined
}

function CalendarIcon() {
  return (
    <svg aria-hidden="true" focusable="false" width="20" height="20" viewBox="0 0 20 20">
      <rect x="2.5" y="4" width="15" height="13.5" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <path d="M2.5 8h15M6.5 2v4M13.5 2v4" stroke="currentColor" strokeWidth="1.6" fill="none" />
    </svg>
  )
}

/**
 * A date in the app's language, whatever the operating system's locale: Swedish shows and takes
 * ÅÅÅÅ-MM-DD, English shows "11 Jun 2026" and takes 2026-06-11 or 11/06/2026 too (see
 * forms/fields.ts). The form value stays YYYY-MM-DD. A button beside the box (for the pointer; the
 * keyboard opens it with Alt+Down or F4 in the box, as native date pickers do, so the field is one Tab
 * stop) opens a calendar in a modal dialog: arrows move by day, PageUp/PageDown by month, Enter picks,
 * Escape closes, and focus returns to where it was; weeks start on Monday.
 */
export function DateField({ value, onChange, onBlur, name, required, disabled, inputRef, ...field }: TypedFieldProps) {
  const { t, i18n } = useTranslation()
  const language = currentLanguage(i18n)
  const typed = useTypedValue({
    value,
    onChange,
    language,
    read: (text) => parseDateText(text, language),
    show: (v) => formatDateText(v, language)
  })
  const [open, setOpen] = useState(false)
  const calendar = useRef<HTMLDivElement>(null)
  // The dialog opens in its own effect (a parent's effect runs after it): then the day takes focus.
  useEffect(() => {
    if (open) calendar.current?.querySelector<HTMLElement>('.rdp-day_button[tabindex="0"]')?.focus()
  }, [open])
  const selected = localDate(value)
  const choose = t('forms.dateField.choose', { field: field.label })
  return (
    <Field {...field}>
      {(control) => (
        <div className="date-field">
          <input
            {...control}
            ref={inputRef}
            name={name}
            type="text"
            autoComplete="off"
            spellCheck={false}
            placeholder={t('forms.dateField.placeholder')}
            required={required}
            disabled={disabled}
            value={typed.text}
            onChange={(event) => typed.change(event.target.value)}
            onBlur={() => {
              typed.settle()
              onBlur?.()
            }}
            aria-keyshortcuts="Alt+ArrowDown F4"
            onKeyDown={(event) => {
              // As a native date picker: Alt+Down or F4 opens the calendar from the box.
              if ((event.altKey && event.key === 'ArrowDown') || event.key === 'F4') {
                event.preventDefault()
                setOpen(true)
              }
            }}
          />
          {/* Not a Tab stop of its own (one per date field adds up in a form): Alt+Down or F4 from the box. */}
          <button
            type="button"
            className="date-field-button"
            tabIndex={-1}
            disabled={disabled}
            onClick={() => setOpen(true)}
          >
            <CalendarIcon />
            <span className="visually-hidden">{choose}</span>
          </button>
          {/* Outside the form in the DOM, so the calendar's day buttons can never submit it. */}
          {createPortal(
            <Dialog open={open} title={choose} onClose={() => setOpen(false)} className="date-field-dialog">
              <div ref={calendar}>
                <DayPicker
                  mode="single"
                  required
                  selected={selected}
                  defaultMonth={selected}
                  onSelect={(day: Date) => {
                    onChange(format(day, 'yyyy-MM-dd'))
                    setOpen(false)
                  }}
                  locale={language === 'sv' ? sv : enGB}
                  weekStartsOn={1}
                />
              </div>
              <div className="button-row">
                <button type="button" className="button button-secondary" onClick={() => setOpen(false)}>
                  {t('forms.dateField.close')}
                </button>
              </div>
            </Dialog>,
            document.body
          )}
        </div>
      )}
    </Field>
  )
}
