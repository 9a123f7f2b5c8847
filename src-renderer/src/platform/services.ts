/**
 * The database and the platform API as React context, so tests can hand the app a fresh database
 * and a fake transport while the app itself uses the real ones.
 */
import { createContext, useContext } from 'react'
import { db as appDb, type MatbarDb } from '@renderer/db/db'
import { api as appApi, type PlatformApi } from './api'

export type Services = { db: MatbarDb; api: PlatformApi }

export const ServicesContext = createContext<Services>({ db: appDb, api: appApi })

/** The database the app works on. */
export function useDb(): MatbarDb {
  return useContext(ServicesContext).db
}

/** The API to the main process. */
export function useApi(): PlatformApi {
  return useContext(ServicesContext).api
}
