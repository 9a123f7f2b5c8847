/** The settings namespace: the settings file kept by main (its schema is src-shared/settings.ts). */
import { Settings, SettingsPatch } from '../settings'
import { NoInput, type NamespaceContract } from './common'

export const settingsContract = {
  'settings:get': { input: NoInput, output: Settings },
  'settings:set': { input: SettingsPatch, output: Settings }
} as const satisfies NamespaceContract<'settings'>
