/** The one form approach: react-hook-form with a zod schema through the one resolver and error map. */
import { zodResolver } from '@hookform/resolvers/zod'
import { useForm, type FieldValues, type Resolver, type UseFormProps, type UseFormReturn } from 'react-hook-form'
import type { z } from 'zod'
import { FORM_PARSE_OPTIONS } from './error-map'

/** A zod schema whose input is a form's values (strings, booleans, arrays of them). */
export type FormSchema<Values extends FieldValues = FieldValues, Output = unknown> = z.ZodType<Output, Values>

/** react-hook-form's resolver for a schema, with every message an i18n key from the one error map. */
export function zodFormResolver<Values extends FieldValues, Output>(
  schema: FormSchema<Values, Output>
): Resolver<Values, unknown, Output> {
  return zodResolver(schema, FORM_PARSE_OPTIONS) as Resolver<Values, unknown, Output>
}

/**
 * useForm over a zod schema: values typed by the schema's input, submit handler by its output,
 * validation on blur then on change ('onTouched') unless `options.mode` says otherwise.
 */
export function useZodForm<Values extends FieldValues, Output>(
  schema: FormSchema<Values, Output>,
  options: Omit<UseFormProps<Values, unknown, Output>, 'resolver'> = {}
): UseFormReturn<Values, unknown, Output> {
  return useForm<Values, unknown, Output>({ mode: 'onTouched', ...options, resolver: zodFormResolver(schema) })
}
