import { describe, expect, it, vi } from 'vitest'
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { z } from 'zod'
import { numberField, useZodForm } from '@renderer/forms'
import { EntityForm, FormFields, type FormRow } from '@renderer/ui'

const Schema = z.object({
  name: z.string().trim().min(1),
  kind: z.enum(['a', 'b']),
  size: numberField({ min: 0, integer: true }),
  unit: z.string(),
  notes: z.string()
})
type Values = z.input<typeof Schema>
type Output = z.output<typeof Schema>

function Form({ onSubmit }: { onSubmit: (values: Output, setNameError: () => void) => Promise<void> }) {
  const defaultValues: Values = { name: '', kind: 'b', size: '', unit: 'st', notes: '' }
  const form = useZodForm(Schema, { defaultValues })
  const fields: FormRow<Values>[] = [
    { name: 'name', label: 'Namn', className: 'span-2', autoComplete: 'off' },
    {
      name: 'kind',
      control: 'select',
      label: 'Typ',
      options: [
        { value: 'a', label: 'Alfa' },
        { value: 'b', label: 'Beta' }
      ]
    },
    [
      { name: 'size', control: 'number', label: 'Storlek', integer: true, hint: 'Ett heltal' },
      { name: 'unit', label: 'Enhet' }
    ],
    { name: 'notes', control: 'textarea', label: 'Anteckningar', rows: 4 }
  ]
  return (
    <EntityForm
      form={form}
      label="Testformulär"
      fields={fields}
      submitLabel="Spara"
      onSubmit={(values) => onSubmit(values, () => form.setError('name', { message: 'forms.errors.invalid' }))}
      onCancel={() => {}}
      footerBefore={<button type="button">Lägg till rad</button>}
    />
  )
}

describe('EntityForm', () => {
  it('draws its fields from the specs, in order, with pairs sharing a cell', () => {
    render(<Form onSubmit={vi.fn()} />)
    const form = screen.getByRole('form', { name: 'Testformulär' })
    expect(form.className).toBe('entity-form')
    const name = within(form).getByLabelText('Namn') as HTMLInputElement
    expect(name.tagName).toBe('INPUT')
    expect(name.type).toBe('text')
    expect(name.closest('.field')?.className).toContain('span-2')
    expect((within(form).getByLabelText('Typ') as HTMLSelectElement).value).toBe('b')
    const size = within(form).getByLabelText('Storlek')
    expect(size.getAttribute('inputmode')).toBe('numeric')
    expect(size.closest('.field-pair')).toBe(within(form).getByLabelText('Enhet').closest('.field-pair'))
    expect(within(form).getByText('Ett heltal').id).toBe(size.getAttribute('aria-describedby'))
    expect(within(form).getByLabelText('Anteckningar').getAttribute('rows')).toBe('4')
    expect(
      within(form)
        .getAllByRole('button')
        .map((b) => b.textContent)
    ).toEqual(['Lägg till rad', 'Spara', 'Avbryt'])
  })

  it('shows each problem at its field and submits nothing', async () => {
    const onSubmit = vi.fn()
    render(<Form onSubmit={onSubmit} />)
    fireEvent.change(screen.getByLabelText('Storlek'), { target: { value: '2,5' } })
    fireEvent.click(screen.getByRole('button', { name: 'Spara' }))
    expect(await screen.findByText('Fyll i det här fältet.')).toBeTruthy()
    expect(screen.getByText('Skriv ett heltal, till exempel 42 300.')).toBeTruthy()
    expect(onSubmit).not.toHaveBeenCalled()
  })

  it('hands the parsed output over, and shows a thrown error as the failed save', async () => {
    const onSubmit = vi.fn((_values: Output) => Promise.reject(new Error('disken är full')))
    render(<Form onSubmit={onSubmit} />)
    fireEvent.change(screen.getByLabelText('Namn'), { target: { value: ' Möte ' } })
    fireEvent.change(screen.getByLabelText('Storlek'), { target: { value: '1 200' } })
    fireEvent.click(screen.getByRole('button', { name: 'Spara' }))
    expect((await screen.findByRole('alert')).textContent).toContain('disken är full')
    expect(onSubmit.mock.calls[0]![0]).toEqual({ name: 'Möte', kind: 'b', size: 1200, unit: 'st', notes: '' })
  })

  it('lets the submit handler put an error on a field instead', async () => {
    render(<Form onSubmit={async (_values, setNameError) => setNameError()} />)
    fireEvent.change(screen.getByLabelText('Namn'), { target: { value: 'Möte' } })
    fireEvent.click(screen.getByRole('button', { name: 'Spara' }))
    await waitFor(() => expect(screen.getByLabelText('Namn').getAttribute('aria-invalid')).toBe('true'))
    expect(screen.getByText('Värdet är inte giltigt.')).toBeTruthy()
    expect(screen.queryByRole('alert')).toBeNull()
  })
})

describe('FormFields', () => {
  it('draws a checkbox, a wide field and a required time field, each registered with the form', async () => {
    const TimeSchema = z.object({ digital: z.boolean(), purpose: z.string(), time: z.string().min(1) })
    let read: () => unknown = () => undefined
    function Fields() {
      const form = useZodForm(TimeSchema, { defaultValues: { digital: false, purpose: '', time: '09:00' } })
      read = form.getValues
      return (
        <form aria-label="Fält">
          <FormFields
            form={form}
            fields={[
              { name: 'digital', control: 'checkbox', label: 'Digitalt' },
              { name: 'purpose', label: 'Syfte', wide: true },
              { name: 'time', label: 'Tid', type: 'time', required: true }
            ]}
          />
        </form>
      )
    }
    render(<Fields />)
    const box = screen.getByLabelText('Digitalt') as HTMLInputElement
    expect(box.type).toBe('checkbox')
    fireEvent.click(box)
    expect(screen.getByLabelText('Syfte').closest('.field')?.className).toContain('field-wide')
    const time = screen.getByLabelText('Tid') as HTMLInputElement
    // The kit's TimeField: a text box in the app's language (09.00 in Swedish), the form value stays HH:mm.
    expect(time.value).toBe('09.00')
    expect(time.required).toBe(true)
    await waitFor(() => expect(read()).toEqual({ digital: true, purpose: '', time: '09:00' }))
  })
})
