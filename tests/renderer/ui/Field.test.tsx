import { describe, expect, it } from 'vitest'
import { fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { i18n } from '@renderer/i18n/i18n'
import { CheckboxField, Field, NumberField, SelectField, TextAreaField, TextField } from '@renderer/ui'

describe('Field', () => {
  it('labels its control and, without an error, marks it valid and describes it by the hint only', () => {
    render(
      <Field label="Namn" hint="Som det står i registret">
        {(p) => <input {...p} />}
      </Field>
    )
    const input = screen.getByLabelText('Namn')
    expect(input.getAttribute('aria-invalid')).toBe('false')
    const hint = screen.getByText('Som det står i registret')
    expect(input.getAttribute('aria-describedby')).toBe(hint.id)
    expect(screen.queryByText(/⚠|Fyll/)).toBeNull()
  })

  it('translates an error key, marks the control invalid and describes it by hint and error', () => {
    render(
      <Field label="Namn" hint="Som det står i registret" error="forms.errors.required">
        {(p) => <input {...p} />}
      </Field>
    )
    const input = screen.getByLabelText('Namn')
    expect(input.getAttribute('aria-invalid')).toBe('true')
    const error = screen.getByText('Fyll i det här fältet.')
    const hint = screen.getByText('Som det står i registret')
    expect(input.getAttribute('aria-describedby')?.split(' ').sort()).toEqual([error.id, hint.id].sort())
    expect(screen.queryByText('forms.errors.required')).toBeNull()
  })

  it('fills the error text’s placeholders from the message and from errorValues, in the chosen language', async () => {
    await i18n.changeLanguage('en')
    render(
      <>
        <Field label="Title" error="forms.errors.tooLong|300">
          {(p) => <input {...p} />}
        </Field>
        <Field label="Other" error="forms.errors.saveFailed" errorValues={{ message: 'disk full' }}>
          {(p) => <input {...p} />}
        </Field>
      </>
    )
    expect(screen.getByText('At most 300 characters.')).toBeTruthy()
    expect(screen.getByText('Could not save: disk full')).toBeTruthy()
  })

  it('uses a given id, so code can find and focus the control', () => {
    render(
      <Field id="ar-title" label="Titel">
        {(p) => <input {...p} />}
      </Field>
    )
    expect(screen.getByLabelText('Titel').id).toBe('ar-title')
  })
})

describe('Field variants', () => {
  it('work with react-hook-form’s register', () => {
    let read: () => unknown = () => undefined
    function Form() {
      const { register, getValues } = useForm({ defaultValues: { name: 'A', notes: 'B', kind: 'y', size: '1 200' } })
      read = getValues
      return (
        <form>
          <TextField label="Namn" {...register('name')} />
          <TextAreaField label="Anteckningar" rows={4} {...register('notes')} />
          <SelectField
            label="Typ"
            options={[
              { value: 'x', label: 'Ex' },
              { value: 'y', label: 'Ypsilon' }
            ]}
            {...register('kind')}
          />
          <NumberField label="Storlek" integer {...register('size')} />
        </form>
      )
    }
    render(<Form />)
    fireEvent.change(screen.getByLabelText('Namn'), { target: { value: 'Kommun' } })
    fireEvent.change(screen.getByLabelText('Anteckningar'), { target: { value: 'Rad' } })
    fireEvent.change(screen.getByRole('combobox', { name: 'Typ' }), { target: { value: 'x' } })
    fireEvent.change(screen.getByLabelText('Storlek'), { target: { value: '45 000' } })
    expect(read()).toEqual({ name: 'Kommun', notes: 'Rad', kind: 'x', size: '45 000' })
    expect(screen.getByLabelText('Anteckningar').getAttribute('rows')).toBe('4')
    expect(screen.getByLabelText('Storlek').getAttribute('inputmode')).toBe('numeric')
    expect(screen.getByLabelText('Storlek').getAttribute('type')).toBe('text')
  })

  it('work as controlled inputs', () => {
    function Form() {
      const [value, setValue] = useState('')
      return (
        <>
          <TextField
            label="Plats"
            value={value}
            onChange={(e) => setValue(e.target.value)}
            error={value === '' ? 'forms.errors.required' : undefined}
          />
          <output>{value}</output>
        </>
      )
    }
    render(<Form />)
    expect(screen.getByText('Fyll i det här fältet.')).toBeTruthy()
    fireEvent.change(screen.getByLabelText('Plats'), { target: { value: 'Rådhuset' } })
    expect(screen.getByRole('status').textContent).toBe('Rådhuset')
    expect(screen.queryByText('Fyll i det här fältet.')).toBeNull()
    expect(screen.getByLabelText('Plats').getAttribute('aria-invalid')).toBe('false')
  })

  it('offer an empty first option in a select when asked', () => {
    render(
      <SelectField
        label="Mål"
        emptyOption="Inget mål"
        options={[{ value: 'g1', label: 'Fler invånare' }]}
        defaultValue=""
      />
    )
    const options = screen.getAllByRole('option').map((o) => [o.getAttribute('value'), o.textContent])
    expect(options).toEqual([
      ['', 'Inget mål'],
      ['g1', 'Fler invånare']
    ])
  })
})

describe('CheckboxField', () => {
  it('is a labelled checkbox that works with register, with a translated error tied to it', () => {
    let read: () => unknown = () => undefined
    function Form() {
      const { register, getValues } = useForm({ defaultValues: { digital: false } })
      read = getValues
      return <CheckboxField label="Digitalt möte" error="forms.errors.required" {...register('digital')} />
    }
    render(<Form />)
    const box = screen.getByRole('checkbox', { name: 'Digitalt möte' })
    fireEvent.click(box)
    expect(read()).toEqual({ digital: true })
    expect(box.getAttribute('aria-invalid')).toBe('true')
    expect(box.getAttribute('aria-describedby')).toBe(screen.getByText('Fyll i det här fältet.').id)
  })

  it('is valid and undescribed without hint and error', () => {
    render(<CheckboxField label="Citerbar" checked={false} onChange={() => {}} />)
    const box = screen.getByRole('checkbox', { name: 'Citerbar' })
    expect(box.getAttribute('aria-invalid')).toBe('false')
    expect(box.getAttribute('aria-describedby')).toBeNull()
  })
})
