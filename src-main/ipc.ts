/**
 * Binds each contract channel to its service over Electron IPC.
 * Order matters: check who is calling, then parse the untrusted input (inside dispatch), then call.
 */
import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron'
import { CHANNELS } from '@shared/ipc/channels'
import type { IpcResult } from '@shared/contract'
import { dispatch } from './services/index'
import type { Services } from './services/index'
import { isTrustedSender } from './security'

/** Registers one ipcMain.handle per channel; each answers with an IpcResult envelope and never throws. */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  services: Services,
  getWindow: () => BrowserWindow | null
): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, raw: unknown): Promise<IpcResult<unknown>> => {
      // A frame that is not our window's main frame on app://matbar gets nothing, not even validation errors.
      if (!isTrustedSender(event.senderFrame, getWindow())) {
        return { ok: false, error: { code: 'forbidden', message: `${channel}: sender is not the Mätbar window` } }
      }
      return dispatch(services, channel, raw)
    })
  }
}
