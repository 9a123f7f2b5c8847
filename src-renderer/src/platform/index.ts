/** The renderer's only way to the main process. */
export { api, createApi, PlatformError, type PlatformApi, type PlatformErrorCode } from './api'
export { bridgeTransport, detectTransport, preloadTransport, readBridgeToken, type Transport } from './transport'
