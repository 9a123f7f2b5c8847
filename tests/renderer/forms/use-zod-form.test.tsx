import { describe, expect, it, vi } from 'vitest'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { z } from 'zod'
import { useZodForm, numberField } from '@renderer/forms'
import { FormFooter, NumberField, TextField } from '@renderer/ui'

const Schema = z.object({ name: z.string().trim().min(1).max(10), count: numberField({ min: 0, integer: true }) })

function Form({ onSave }: { onSave: (values: z.output<typeof Schema>) => void }) {
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting }
  } = useZodForm(Schema, { defaultValues: { name: '', count: '' } })
  return (
    <form onSubmit={(e) => void handleSubmit(onSave)(e)} noValidate aria-label="Test">
      <TextField label="Namn" error={errors.name?.message} {...register('name')} />
      <NumberField label="Antal" integer error={errors.count?.message} {...register('count')} />
      <FormFooter saveError={undefined} submitting={isSubmitting} submitLabel="Spara" />
    </form>
  )
}

describe('useZodForm()', () => {
  it('shows each problem translated at its field and saves nothing', async () => {
    const onSave = vi.fn()
    render(<Form onSave={onSave} />)
    fireEvent.change(screen.getByLabelText('Antal'), { target: { value: '2,5' } })
    fireEvent.click(screen.getByRole('button', { name: 'Spara' }))
    expect(await screen.findByText('Fyll i det här fältet.')).toBeTruthy()
    expect(screen.getByText('Skriv ett heltal, till exempel 42 300.')).toBeTruthy()
    expect(screen.getByLabelText('Namn').getAttribute('aria-invalid')).toBe('true')
    expect(onSave).not.toHaveBeenCalled()
  })

  it('hands the parsed output to the submit handler', async () => {
    const onSave = vi.fn()
    render(<Form onSave={onSave} />)
    fireEvent.change(screen.getByLabelText('Namn'), { target: { value: ' Möte ' } })
    fireEvent.change(screen.getByLabelText('Antal'), { target: { value: '1 200' } })
    fireEvent.click(screen.getByRole('button', { name: 'Spara' }))
    await waitFor(() => expect(onSave).toHaveBeenCalled())
    expect(onSave.mock.calls[0]![0]).toEqual({ name: 'Möte', count: 1200 })
  })
})
