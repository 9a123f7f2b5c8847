import { describe, expect, it, vi } from 'vitest'
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { z } from 'zod'
import { FORM_ERRORS, dateField, useZodForm } from '@renderer/forms'
import { formatDateText, formatTimeText, parseDateText, parseTimeText } from '@renderer/forms/fields'
import { i18n } from '@renderer/i18n/i18n'
import { Dialog, FormFields, ShellContext } from '@renderer/ui'

describe('dates and times as typed and shown', () => {
  it('reads a Swedish date as ISO, and refuses what is not a real date with a four-digit year', () => {
    expect(parseDateText('2026-06-11', 'sv')).toBe('2026-06-11')
    expect(parseDateText(' 20260611 ', 'sv')).toBe('2026-06-11')
    expect(parseDateText('2026-6-1', 'sv')).toBe('2026-06-01')
    expect(parseDateText('2026-02-30', 'sv')).toBeNull()
    expect(parseDateText('2026-13-01', 'sv')).toBeNull()
    expect(parseDateText('26-06-11', 'sv')).toBeNull()
    expect(parseDateText('06/11/2026', 'sv')).toBe('2026-11-06')
    expect(parseDateText('', 'sv')).toBeNull()
  })

  it('reads an English date day first, in words or as ISO', () => {
    expect(parseDateText('30/11/2026', 'en')).toBe('2026-11-30')
    expect(parseDateText('30 Nov 2026', 'en')).toBe('2026-11-30')
    expect(parseDateText('30 november 2026', 'en')).toBe('2026-11-30')
    expect(parseDateText('Nov 30, 2026', 'en')).toBe('2026-11-30')
    expect(parseDateText('2026-11-30', 'en')).toBe('2026-11-30')
    // A US month-first date is not taken as some other day: it is refused.
    expect(parseDateText('11/30/2026', 'en')).toBeNull()
  })

  it('shows an ISO date as the language writes it and leaves a half-typed text alone', () => {
    expect(formatDateText('2026-06-11', 'sv')).toBe('2026-06-11')
    expect(formatDateText('2026-06-11', 'en')).toBe('11 Jun 2026')
    expect(formatDateText('2026-06', 'en')).toBe('2026-06')
  })

  it('reads 9, 9.30, 09:30, 0930 and 930 as times and shows 09.30 in Swedish, 09:30 in English', () => {
    expect(['9', '9.30', '09:30', '0930', '930', ' 9:30 '].map(parseTimeText)).toEqual([
      '09:00',
      '09:30',
      '09:30',
      '09:30',
      '09:30',
      '09:30'
    ])
    expect(['24', '9.60', '9:3', 'nio', ''].map(parseTimeText)).toEqual([null, null, null, null, null])
    expect(formatTimeText('09:30', 'sv')).toBe('09.30')
    expect(formatTimeText('09:30', 'en')).toBe('09:30')
    expect(formatTimeText('9.3', 'sv')).toBe('9.3')
  })
})

const Schema = z.object({
  date: dateField.refine((v) => v !== null, FORM_ERRORS.required),
  time: z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, FORM_ERRORS.time)
})
type Output = z.output<typeof Schema>

function Form({ onSubmit, date = '2026-06-11' }: { onSubmit: (v: Output) => void; date?: string }) {
  const form = useZodForm(Schema, { defaultValues: { date, time: '09:30' } })
  return (
    <ShellContext.Provider value={{ status: '', announce: () => {}, focusHeading: () => {} }}>
      <form aria-label="Workshop" noValidate onSubmit={form.handleSubmit(onSubmit)}>
        <FormFields
          form={form}
          fields={[
            { name: 'date', type: 'date', label: 'Datum', required: true },
            { name: 'time', type: 'time', label: 'Starttid', required: true }
          ]}
        />
        <button type="submit">Spara</button>
      </form>
    </ShellContext.Provider>
  )
}

describe('DateField and TimeField in a form', () => {
  it('shows ÅÅÅÅ-MM-DD and kl. 09.30 in Swedish, and saves what was typed as ISO', async () => {
    const user = userEvent.setup()
    const onSubmit = vi.fn()
    render(<Form onSubmit={onSubmit} />)
    const date = screen.getByLabelText('Datum') as HTMLInputElement
    const time = screen.getByLabelText('Starttid') as HTMLInputElement
    expect(date.type).toBe('text')
    expect(date.value).toBe('2026-06-11')
    expect(date.placeholder).toBe('ÅÅÅÅ-MM-DD')
    expect(time.value).toBe('09.30')
    expect(time.closest('.time-field')?.textContent).toContain('kl.')
    await user.clear(date)
    await user.type(date, '20260612')
    await user.clear(time)
    await user.type(time, '9')
    await user.tab()
    expect(date.value).toBe('2026-06-12')
    expect(time.value).toBe('09.00')
    await user.click(screen.getByRole('button', { name: 'Spara' }))
    await waitFor(() => expect(onSubmit).toHaveBeenCalled())
    expect(onSubmit.mock.calls[0]![0]).toEqual({ date: '2026-06-12', time: '09:00' })
  })

  it('shows the English date in words and the time with a colon, and takes a day-first date', async () => {
    await act(() => i18n.changeLanguage('en'))
    const user = userEvent.setup()
    const onSubmit = vi.fn()
    render(<Form onSubmit={onSubmit} />)
    const date = screen.getByLabelText('Datum') as HTMLInputElement
    expect(date.value).toBe('11 Jun 2026')
    expect(date.placeholder).toBe('DD Mon YYYY')
    expect((screen.getByLabelText('Starttid') as HTMLInputElement).value).toBe('09:30')
    expect(screen.queryByText('kl.')).toBeNull()
    await user.clear(date)
    await user.type(date, '30/11/2026')
    await user.tab()
    expect(date.value).toBe('30 Nov 2026')
    await user.click(screen.getByRole('button', { name: 'Spara' }))
    await waitFor(() => expect(onSubmit).toHaveBeenCalled())
    expect(onSubmit.mock.calls[0]![0]).toEqual({ date: '2026-11-30', time: '09:30' })
  })

  it('refuses a date or time that cannot be read, with the app’s message under the field, and keeps the text', async () => {
    const user = userEvent.setup()
    const onSubmit = vi.fn()
    render(<Form onSubmit={onSubmit} />)
    const date = screen.getByLabelText('Datum') as HTMLInputElement
    const time = screen.getByLabelText('Starttid') as HTMLInputElement
    await user.clear(date)
    await user.type(date, '2026-13-01')
    await user.clear(time)
    await user.type(time, '25.00')
    await user.click(screen.getByRole('button', { name: 'Spara' }))
    expect(await screen.findByText('Skriv ett datum som ÅÅÅÅ-MM-DD.')).toBeTruthy()
    expect(screen.getByText('Skriv en tid som TT.MM, till exempel 09.30.')).toBeTruthy()
    expect(date.getAttribute('aria-invalid')).toBe('true')
    expect(date.value).toBe('2026-13-01')
    expect(document.activeElement).toBe(date)
    expect(onSubmit).not.toHaveBeenCalled()
  })
})

describe('the calendar from the keyboard (issue 14 point 3: one Tab stop per date field)', () => {
  it('opens with Alt+Down or F4 in the box, as a native date picker; its button is no Tab stop; focus comes back to the box', async () => {
    const user = userEvent.setup()
    render(<Form onSubmit={() => {}} />)
    const box = screen.getByLabelText('Datum')
    expect(box.getAttribute('aria-keyshortcuts')).toBe('Alt+ArrowDown F4')
    expect(screen.getByRole('button', { name: 'Välj datum: Datum' }).getAttribute('tabindex')).toBe('-1')
    box.focus()
    await user.tab()
    expect(document.activeElement?.getAttribute('aria-label')).not.toBe('Välj datum: Datum')
    expect(document.activeElement?.textContent).not.toBe('Välj datum: Datum')

    box.focus()
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}')
    await screen.findByRole('dialog', { name: 'Välj datum: Datum' })
    await waitFor(() => expect(document.activeElement?.textContent).toBe('11'))
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(document.activeElement).toBe(box)

    await user.keyboard('{F4}')
    await screen.findByRole('dialog', { name: 'Välj datum: Datum' })
    await waitFor(() => expect(document.activeElement?.textContent).toBe('11'))
    await user.keyboard('{ArrowRight}{Enter}')
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect((box as HTMLInputElement).value).toBe('2026-06-12')
    expect(document.activeElement).toBe(box)
  })
})

describe('the calendar', () => {
  it('opens from its button with Swedish names and Monday first, moves by keys, picks with Enter and gives focus back', async () => {
    const user = userEvent.setup()
    const onSubmit = vi.fn()
    render(<Form onSubmit={onSubmit} />)
    const opener = screen.getByRole('button', { name: 'Välj datum: Datum' })
    await user.click(opener)
    const dialog = await screen.findByRole('dialog', { name: 'Välj datum: Datum' })
    const grid = within(dialog).getByRole('grid')
    expect(grid.getAttribute('aria-label') ?? dialog.textContent).toMatch(/juni 2026/)
    const heads = [...grid.querySelectorAll('.rdp-weekday')]
    expect(heads[0]!.getAttribute('aria-label')).toMatch(/^måndag$/i)
    expect(heads[6]!.getAttribute('aria-label')).toMatch(/^söndag$/i)
    // The picked day has focus; → is the next day, PageDown the next month.
    await waitFor(() => expect(document.activeElement?.textContent).toBe('11'))
    await user.keyboard('{ArrowRight}')
    expect(document.activeElement?.textContent).toBe('12')
    await user.keyboard('{PageDown}')
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toMatch(/12 juli 2026/))
    await user.keyboard('{ArrowDown}{Enter}')
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect((screen.getByLabelText('Datum') as HTMLInputElement).value).toBe('2026-07-19')
    expect(document.activeElement).toBe(opener)
    await user.click(screen.getByRole('button', { name: 'Spara' }))
    await waitFor(() => expect(onSubmit).toHaveBeenCalled())
    expect(onSubmit.mock.calls[0]![0].date).toBe('2026-07-19')
  })

  it('closes on Escape without changing the date, focus back on its button', async () => {
    const user = userEvent.setup()
    render(<Form onSubmit={() => {}} />)
    const opener = screen.getByRole('button', { name: /Välj datum/ })
    opener.focus()
    await user.keyboard('{Enter}')
    await screen.findByRole('dialog')
    await user.keyboard('{ArrowLeft}')
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' })
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(document.activeElement).toBe(opener)
    expect((screen.getByLabelText('Datum') as HTMLInputElement).value).toBe('2026-06-11')
  })

  it('closes only itself on Escape when its form sits in a dialog (a record created in place)', async () => {
    const user = userEvent.setup()
    const onClose = vi.fn()
    render(
      <Dialog open title="Nytt uppdrag" onClose={onClose}>
        <Form onSubmit={() => {}} />
      </Dialog>
    )
    await user.click(screen.getByRole('button', { name: 'Välj datum: Datum' }))
    await screen.findByRole('dialog', { name: 'Välj datum: Datum' })
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Välj datum: Datum' })).toBeNull())
    expect(onClose).not.toHaveBeenCalled()
    expect(screen.getByRole('dialog', { name: 'Nytt uppdrag' })).toBeTruthy()
  })
})
