/**
 * The steps of an import or a restore: main stages the file (token), the password is asked if it is
 * encrypted, the text is checked with parsePortfolioFile, the user picks merge or replace (a restore
 * is always replace), a backup of the current state is written, then one transaction imports.
 */
import { useCallback, useState } from 'react'
import { TABLE_NAMES, type TableName } from '@shared/entities'
import type { ImportOpened, ReadImportResult } from '@shared/ipc/portfolio'
import { parsePortfolioFile, type PortfolioError } from '@shared/portfolio-file'
import type { z } from 'zod'
import type { ImportMode, ImportSummary } from '@renderer/db/export-import'
import { errorMessage } from '@renderer/lib/errors'
import { useApi } from '@renderer/platform/services'
import { useBackupCommands } from './commands'

type Opened = z.infer<typeof ImportOpened>
type Opening =
  | Opened
  | { outcome: 'cancelled' }
  | { outcome: 'unsupported' }
  | { outcome: 'too-large'; fileName: string; limit: number }

export type ImportState =
  | { step: 'idle' }
  | { step: 'busy'; fileName: string }
  | { step: 'password'; token: string; fileName: string; wrong: boolean }
  | { step: 'refused'; fileName: string; kind: 'parse' | 'merge'; errors: PortfolioError[] }
  | { step: 'failed'; message: string }
  | { step: 'ready'; fileName: string; text: string; counts: Record<TableName, number>; restore: string | null }
  | {
      step: 'done'
      fileName: string
      mode: ImportMode
      summary: ImportSummary
      backupName: string | null
      restore: string | null
    }

export type FailureKey =
  | { key: 'wrongPassword' }
  | { key: 'damaged'; message: string; path: string }
  | { key: 'expired' }
  | { key: 'tooLarge'; fileName: string; limit: number }

/** State and actions of the import flow. `describe` turns failures into text (i18n lives in the view). */
export function useImportFlow(describe: (failure: FailureKey) => string, onChanged: () => void) {
  const api = useApi()
  const commands = useBackupCommands()
  const [state, setState] = useState<ImportState>({ step: 'idle' })

  const afterRead = useCallback(
    (fileName: string, token: string, result: ReadImportResult, restore: string | null) => {
      switch (result.outcome) {
        case 'password-required':
          return setState({ step: 'password', token, fileName, wrong: false })
        case 'wrong-password':
          return setState({ step: 'password', token, fileName, wrong: true })
        case 'damaged':
          return setState({
            step: 'failed',
            message: describe({ key: 'damaged', message: result.message, path: result.path })
          })
        case 'expired':
          return setState({ step: 'failed', message: describe({ key: 'expired' }) })
        case 'read': {
          const parsed = parsePortfolioFile(result.text)
          if (!parsed.ok) return setState({ step: 'refused', fileName, kind: 'parse', errors: parsed.errors })
          const counts = Object.fromEntries(TABLE_NAMES.map((n) => [n, parsed.portfolio.tables[n].length])) as Record<
            TableName,
            number
          >
          return setState({ step: 'ready', fileName, text: result.text, counts, restore })
        }
      }
    },
    [describe]
  )

  /** Continues once main has staged a file (picked, uploaded or a backup from the list). */
  const begin = useCallback(
    async (opening: () => Promise<Opening>, restore: string | null = null) => {
      try {
        const opened = await opening()
        if (opened.outcome === 'cancelled' || opened.outcome === 'unsupported') return
        if (opened.outcome === 'too-large') {
          setState({
            step: 'failed',
            message: describe({ key: 'tooLarge', fileName: opened.fileName, limit: opened.limit })
          })
          return
        }
        setState({ step: 'busy', fileName: opened.fileName })
        afterRead(opened.fileName, opened.token, await api.portfolioReadImport({ token: opened.token }), restore)
      } catch (error) {
        setState({ step: 'failed', message: errorMessage(error) })
      }
    },
    [api, afterRead, describe]
  )

  const submitPassword = useCallback(
    async (password: string) => {
      if (state.step !== 'password') return
      const { token, fileName } = state
      setState({ step: 'busy', fileName })
      try {
        afterRead(fileName, token, await api.portfolioReadImport({ token, password }), null)
      } catch (error) {
        setState({ step: 'failed', message: errorMessage(error) })
      }
    },
    [api, afterRead, state]
  )

  /** Backs up the current state, then imports in one transaction. */
  const run = useCallback(
    async (mode: ImportMode, backupFailed: (message: string) => string, writeFailed: (message: string) => string) => {
      if (state.step !== 'ready') return
      const { fileName, text, restore } = state
      setState({ step: 'busy', fileName })
      let backupName: string | null = null
      try {
        const backup = await commands.backup('before-restore')
        if (backup.outcome === 'locked') {
          setState({ step: 'failed', message: backupFailed(describe({ key: 'wrongPassword' })) })
          return
        }
        backupName = backup.backup.name
      } catch (error) {
        setState({ step: 'failed', message: backupFailed(errorMessage(error)) })
        return
      }
      const result = await commands.importPortfolio(text, mode)
      onChanged()
      if (!result.ok) {
        if (result.kind === 'write') setState({ step: 'failed', message: writeFailed(result.message) })
        else setState({ step: 'refused', fileName, kind: result.kind, errors: result.errors })
        return
      }
      setState({ step: 'done', fileName, mode, summary: result.summary, backupName, restore })
    },
    [commands, describe, onChanged, state]
  )

  const reset = useCallback(() => setState({ step: 'idle' }), [])
  return { state, begin, submitPassword, run, reset }
}
