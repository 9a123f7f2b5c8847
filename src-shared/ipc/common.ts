/** Building blocks the namespace contracts share: the spec type, the no-input schema, ids and common outcomes. */
import { z } from 'zod'
import type { ChannelsOf } from './channels'
import { SHA256_PATTERN } from '../file-names'

/** What a channel is: the schema its input is parsed with and the schema its output is checked against. */
export type ChannelSpec = { input: z.ZodType; output: z.ZodType }

/** The contract of one namespace: exactly one spec per channel of that namespace. */
export type NamespaceContract<Namespace extends string> = Record<ChannelsOf<Namespace>, ChannelSpec>

/** Input of a channel that takes none. */
export const NoInput = z.undefined()

/** Base64 as the renderer sends bytes; the length cap comes from the caller. */
export const base64Text = (maxLength: number, message = 'not base64') =>
  z
    .string()
    .max(maxLength)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, message)

/** An attachment's id: its SHA-256 in lower-case hex. */
export const Sha256 = z.string().regex(SHA256_PATTERN, 'expected a SHA-256 in lower-case hex')

export const Cancelled = z.strictObject({ outcome: z.literal('cancelled') })
/** The browser harness has no native dialog or shell. */
export const Unsupported = z.strictObject({ outcome: z.literal('unsupported') })
/** A file over the size limit, named so the message can say which. */
export const TooLarge = z.strictObject({ outcome: z.literal('too-large'), fileName: z.string(), limit: z.number() })
/** Opening a file with its app or showing it in its folder: done, gone, or not possible here. */
export const FileAction = z.strictObject({ outcome: z.enum(['done', 'missing', 'unsupported']) })
