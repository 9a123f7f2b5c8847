/**
 * The IPC contract: one map from channel to input and output schemas.
 * Main (ipc.ts), the loopback bridge and the renderer's platform layer all derive from it;
 * no channel type is declared anywhere else.
 */
import { z } from 'zod'
import type { Channel } from './channels'
import { Settings, SettingsPatch } from './settings'
import { documentsContract } from './documents-contract'
import { filesContract } from './files-contract'
import { PersonalDataExport } from './personal-data'

export const AppInfo = z.strictObject({
  name: z.string(),
  version: z.string(),
  dataFolder: z.string(),
  /** 'electron' in the desktop app, 'browser' in the loopback harness. */
  shell: z.enum(['electron', 'browser'])
})
export type AppInfo = z.infer<typeof AppInfo>

const NoInput = z.undefined()

/** What became of a personal-data export: saved by main, cancelled, or handed back for the renderer to download. */
export const PersonalDataExportResult = z.discriminatedUnion('outcome', [
  z.strictObject({ outcome: z.literal('saved'), fileName: z.string() }),
  z.strictObject({ outcome: z.literal('cancelled') }),
  z.strictObject({ outcome: z.literal('download'), fileName: z.string(), json: z.string() })
])

export const contract = {
  ...documentsContract,
  ...filesContract,
  'app:info': { input: NoInput, output: AppInfo },
  'settings:get': { input: NoInput, output: Settings },
  'settings:set': { input: SettingsPatch, output: Settings },
  'people:exportPersonalData': { input: z.strictObject({ data: PersonalDataExport }), output: PersonalDataExportResult }
} as const satisfies Record<Channel, { input: z.ZodType; output: z.ZodType }>

export type Contract = typeof contract
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>

/** Why a call failed; the same on the IPC and the bridge path. */
export const IpcErrorCode = z.enum(['invalid-input', 'forbidden', 'unknown-channel', 'internal'])
export type IpcErrorCode = z.infer<typeof IpcErrorCode>

/** Every call answers with this envelope, so no error crosses the boundary as an exception. */
export type IpcResult<T> =
  | { ok: true; value: T }
  | { ok: false; error: { code: IpcErrorCode; message: string } }

/** The API the renderer sees: one async method per channel. */
export type MatbarApi = {
  [C in Channel as C extends `${infer A}:${infer B}` ? `${A}${Capitalize<B>}` : never]: (
    ...args: ChannelInput<C> extends undefined ? [] : [input: ChannelInput<C>]
  ) => Promise<IpcResult<ChannelOutput<C>>>
}

/** Formats a zod error as "path: message; path: message" for a person to read. */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .map((i) => `${i.path.length ? i.path.join('.') : '(input)'}: ${i.message}`)
    .join('; ')
}
