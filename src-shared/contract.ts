/**
 * The IPC contract: one map from channel to input and output schemas, joined from the namespace
 * contracts in src-shared/ipc/<namespace>.ts. Main (ipc.ts), the loopback bridge and the renderer's
 * platform layer all derive from it; no channel type is declared anywhere else.
 */
import { z } from 'zod'
import type { Channel } from './ipc/channels'
import type { ChannelSpec } from './ipc/common'
import { appContract } from './ipc/app'
import { attachmentsContract } from './ipc/attachments'
import { backupsContract } from './ipc/backups'
import { brandingContract } from './ipc/branding'
import { documentsContract } from './ipc/documents'
import { erasureContract } from './ipc/erasure'
import { peopleContract } from './ipc/people'
import { portfolioContract } from './ipc/portfolio'
import { settingsContract } from './ipc/settings'
import { spreadsheetsContract } from './ipc/spreadsheets'

export { AppInfo } from './ipc/app'
export { PersonalDataExportResult } from './ipc/people'
export type { Channel }

export const contract = {
  ...appContract,
  ...settingsContract,
  ...peopleContract,
  ...erasureContract,
  ...documentsContract,
  ...brandingContract,
  ...backupsContract,
  ...portfolioContract,
  ...attachmentsContract,
  ...spreadsheetsContract
} as const satisfies Record<Channel, ChannelSpec>

export type Contract = typeof contract
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>
/** A channel's input after parsing: what main's handler for it receives. */
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>

/** Why a call failed; the same on the IPC and the bridge path. */
// 'too-large': the browser harness refused a request body over its limit (the desktop app has no such limit).
export const IpcErrorCode = z.enum(['invalid-input', 'too-large', 'forbidden', 'unknown-channel', 'internal'])
export type IpcErrorCode = z.infer<typeof IpcErrorCode>

/** Every call answers with this envelope, so no error crosses the boundary as an exception. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: { code: IpcErrorCode; message: string } }

/** The API the renderer sees: one async method per channel. */
export type MatbarApi = {
  [C in Channel as C extends `${infer A}:${infer B}` ? `${A}${Capitalize<B>}` : never]: (
    ...args: ChannelInput<C> extends undefined ? [] : [input: ChannelInput<C>]
  ) => Promise<IpcResult<ChannelOutput<C>>>
}

/** Formats a zod error as "path: message; path: message" for a person to read. */
export function describeZodError(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(input)'}: ${i.message}`).join('; ')
}
