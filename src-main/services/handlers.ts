/** The shape of the services' channel handlers, derived from the contract so no handler type is written by hand. */
import type { ChannelOutput, ParsedInput } from '@shared/contract'
import type { Channel } from '@shared/ipc/channels'

/**
 * One handler per channel: it gets the parsed input (zod output type) and returns the channel's output.
 * A channel without input has a handler callable without an argument.
 */
export type Handlers<C extends Channel> = {
  [K in C]: (
    ...input: ParsedInput<K> extends undefined ? [input?: undefined] : [input: ParsedInput<K>]
  ) => Promise<ChannelOutput<K>>
}
