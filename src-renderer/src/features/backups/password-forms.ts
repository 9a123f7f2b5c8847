/** The password forms of the backups feature: turning encryption on, and typing a password to use it. */
import { z } from 'zod'
import { MIN_PASSWORD_LENGTH } from '@shared/ipc/backups'

/** Turning encryption on: the warning acknowledged, a long enough password, typed twice alike. */
export const EnableEncryptionForm = z
  .object({ password: z.string(), repeat: z.string(), acknowledged: z.boolean() })
  .superRefine((values, ctx) => {
    if (!values.acknowledged)
      ctx.addIssue({ code: 'custom', path: ['acknowledged'], message: 'backups.encryption.mustAcknowledge' })
    if (values.password.length < MIN_PASSWORD_LENGTH)
      ctx.addIssue({ code: 'custom', path: ['password'], message: 'backups.encryption.tooShort' })
    else if (values.password !== values.repeat)
      ctx.addIssue({ code: 'custom', path: ['repeat'], message: 'backups.encryption.mismatch' })
  })
export type EnableEncryptionValues = z.input<typeof EnableEncryptionForm>

/** A password for something that already has one (unlock, turn off, open an encrypted file); the button waits for one. */
export const PasswordForm = z.object({ password: z.string().min(1) })
export type PasswordValues = z.input<typeof PasswordForm>
