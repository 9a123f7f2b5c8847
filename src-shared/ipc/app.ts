/** The app namespace: what the renderer learns about the running app. */
import { z } from 'zod'
import { NoInput, type NamespaceContract } from './common'

export const AppInfo = z.strictObject({
  name: z.string(),
  version: z.string(),
  dataFolder: z.string(),
  /** 'electron' in the desktop app, 'browser' in the loopback harness. */
  shell: z.enum(['electron', 'browser'])
})
export type AppInfo = z.infer<typeof AppInfo>

export const appContract = {
  'app:info': { input: NoInput, output: AppInfo }
} as const satisfies NamespaceContract<'app'>
