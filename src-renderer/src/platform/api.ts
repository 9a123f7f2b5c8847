/**
 * The renderer's API to the main process: one async method per contract channel that resolves to the
 * channel's output or throws a PlatformError. Components use this (via useApi), never window.api.
 */
import { CHANNELS, methodName, type Channel } from '@shared/ipc/channels'
import { contract, describeZodError, IpcErrorCode, type ChannelOutput, type MatbarApi } from '@shared/contract'
import { detectTransport, TransportError, type Transport } from './transport'
import { userMessage } from './user-message'

/** Why a platform call failed: the envelope's code, or 'transport' when no envelope came back. */
export type PlatformErrorCode = IpcErrorCode | 'transport'

/**
 * A failed call to the main process, with the code the other side gave. Its message is a sentence for the user in
 * the app's language (see user-message.ts); `detail` keeps the technical text for the console and for tests.
 */
export class PlatformError extends Error {
  override name = 'PlatformError'
  readonly detail: string
  constructor(
    readonly code: PlatformErrorCode,
    detail: string
  ) {
    super(userMessage(code, detail))
    this.detail = detail
  }
}

type Unwrapped<R> = R extends Promise<infer E> ? (E extends { ok: true; value: infer V } ? V : never) : never

/** MatbarApi with the envelope unwrapped: errors arrive as thrown PlatformErrors. */
export type PlatformApi = {
  [K in keyof MatbarApi]: (...args: Parameters<MatbarApi[K]>) => Promise<Unwrapped<ReturnType<MatbarApi[K]>>>
}

/** Checks the envelope and the value against the contract, so a bad answer never reaches a component. */
function unwrap<C extends Channel>(channel: C, raw: unknown): ChannelOutput<C> {
  if (typeof raw !== 'object' || raw === null || !('ok' in raw)) {
    throw new PlatformError('transport', `${channel}: the answer is not an IpcResult envelope`)
  }
  if (raw.ok !== true) {
    const error = (raw as { error?: { code?: unknown; message?: unknown } }).error
    const code = IpcErrorCode.safeParse(error?.code)
    const message = typeof error?.message === 'string' ? error.message : 'unknown error'
    throw new PlatformError(code.success ? code.data : 'internal', message)
  }
  const parsed = contract[channel].output.safeParse((raw as { value?: unknown }).value)
  if (!parsed.success) {
    throw new PlatformError('internal', `${channel}: unexpected answer: ${describeZodError(parsed.error)}`)
  }
  return parsed.data as ChannelOutput<C>
}

/** Builds the API over a transport (tests pass a fake one). */
export function createApi(transport: Transport): PlatformApi {
  const api: Record<string, (input?: unknown) => Promise<unknown>> = {}
  for (const channel of CHANNELS) {
    api[methodName(channel)] = async (input?: unknown) => {
      let raw: unknown
      try {
        raw = await transport(channel, input)
      } catch (error) {
        if (error instanceof PlatformError) throw error
        const message = error instanceof TransportError ? error.message : `${channel}: ${String(error)}`
        throw new PlatformError('transport', message)
      }
      return unwrap(channel, raw)
    }
  }
  return api as PlatformApi
}

/** A transport that picks window.api or the bridge on its first call, so importing this module is free. */
function lazyDetectedTransport(): Transport {
  let detected: Transport | null | undefined
  return (channel, input) => {
    if (detected === undefined) detected = detectTransport(window)
    if (!detected) {
      throw new PlatformError('transport', 'No connection to the main process (no window.api and no bridge token)')
    }
    return detected(channel, input)
  }
}

/** The app's API to the main process. */
export const api: PlatformApi = createApi(lazyDetectedTransport())
