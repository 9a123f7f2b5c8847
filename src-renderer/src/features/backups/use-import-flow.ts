/**
 * The steps of an import or a restore: main stages the file (token), the password is asked if it is
 * encrypted, the text is checked with parsePortfolioFile, the user picks merge or replace (a restore
 * is always replace), a backup of the current state is written, then one transaction imports.
 * The file's attachments wait in main's staging folder meanwhile: they are committed after the
 * transaction, and discarded when the import is refused, cancelled, fails or the panel goes away.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { TABLE_NAMES, type TableName } from '@shared/entities'
import type { DamagedCode, ImportOpened, ReadImportResult } from '@shared/ipc/portfolio'
import {
  addPortfolioPiece,
  checkPortfolioData,
  parsePortfolioEnvelope,
  parsePortfolioFile,
  type ParsePortfolioResult,
  type Portfolio,
  type PortfolioError
} from '@shared/portfolio-file'
import type { z } from 'zod'
import type { ImportMode, ImportSummary, Progress } from '@renderer/db/export-import'
import { errorMessage } from '@renderer/lib/errors'
import { formatBytes } from '@renderer/lib/file-size'
import { useApi } from '@renderer/platform/services'
import { useLanguage } from '@renderer/platform/use-language'
import { useReapplyErasures } from '@renderer/features/contacts'
import { useBackupCommands } from './commands'
import type { TransferKind } from './TransferProgress'

type Opened = z.infer<typeof ImportOpened>
type Opening =
  | Opened
  | { outcome: 'cancelled' }
  | { outcome: 'unsupported' }
  | { outcome: 'too-large'; fileName: string; limit: number }

export type ImportState =
  | { step: 'idle' }
  | {
      step: 'busy'
      fileName: string
      /** While a file is read in pieces, or a backup is written before the import. */
      progress?: { kind: TransferKind; progress: Progress | null }
    }
  | { step: 'password'; token: string; fileName: string; wrong: boolean }
  | { step: 'refused'; fileName: string; kind: 'parse' | 'merge'; errors: PortfolioError[] }
  | { step: 'failed'; message: string }
  | {
      step: 'ready'
      fileName: string
      /** The import's token: main holds its staged attachments under it. */
      token: string
      portfolio: Portfolio
      counts: Record<TableName, number>
      restore: string | null
    }
  | {
      step: 'done'
      fileName: string
      mode: ImportMode
      summary: ImportSummary
      backupName: string | null
      restore: string | null
    }

type FailureKey =
  | { key: 'wrongPassword' }
  | { key: 'damaged'; message: string; path: string; code?: DamagedCode }
  | { key: 'expired' }
  | { key: 'tooLarge'; fileName: string; limit: number }

/** The text of a failed step, in the app's language. */
function useDescribeFailure() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  return useCallback(
    (failure: FailureKey) => {
      switch (failure.key) {
        case 'wrongPassword':
          return t('backups.portfolioFile.wrongPassword')
        case 'damaged':
          // Main's message is technical English; a known reason is said in the app's language.
          return t('backups.portfolioFile.damaged', {
            message: failure.code ? t(`backups.portfolioFile.damagedReason.${failure.code}`) : failure.message,
            path: failure.path
          })
        case 'expired':
          return t('backups.portfolioFile.expired')
        case 'tooLarge':
          return t('backups.portfolioFile.tooLarge', {
            fileName: failure.fileName,
            limit: formatBytes(failure.limit, t, language)
          })
      }
    },
    [t, language]
  )
}

/** State and actions of the import flow (an import from a file, or a restore from a backup); `onChanged` after a write. */
export function useImportFlow(onChanged: () => void) {
  const { t } = useTranslation()
  const api = useApi()
  const commands = useBackupCommands()
  const reapplyErasures = useReapplyErasures()
  const describe = useDescribeFailure()
  const [state, setState] = useState<ImportState>({ step: 'idle' })
  // The token whose staged attachments are neither committed nor discarded yet.
  const pending = useRef<string | null>(null)
  const discard = useCallback(
    (token: string) => {
      if (pending.current === token) pending.current = null
      void commands.discardImport(token)
    },
    [commands]
  )
  // Leaving the page with an import still in preview drops its staging; so does a read that
  // answers after the page was left.
  const mounted = useRef(true)
  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
      if (pending.current) void commands.discardImport(pending.current)
      pending.current = null
    }
  }, [commands])

  const afterRead = useCallback(
    (fileName: string, token: string, result: ReadImportResult) => {
      switch (result.outcome) {
        case 'password-required':
          return setState({ step: 'password', token, fileName, wrong: false })
        case 'wrong-password':
          return setState({ step: 'password', token, fileName, wrong: true })
        case 'damaged':
          return setState({
            step: 'failed',
            message: describe({ key: 'damaged', message: result.message, path: result.path, code: result.code })
          })
        case 'expired':
          return setState({ step: 'failed', message: describe({ key: 'expired' }) })
        case 'read':
          return undefined
      }
    },
    [describe]
  )

  /**
   * Checks what was read: the whole text of an old-shaped file, or the envelope and then each piece of
   * rows, fetched one by one with a progress bar (issue 15, point 2), never the rows as one string.
   */
  const check = useCallback(
    async (
      fileName: string,
      token: string,
      result: Extract<ReadImportResult, { outcome: 'read' }>,
      restore: string | null
    ) => {
      let parsed: ParsePortfolioResult
      if (result.text !== undefined) parsed = parsePortfolioFile(result.text)
      else {
        const envelope = parsePortfolioEnvelope(result.envelope ?? '')
        if (!envelope.ok) parsed = envelope
        else {
          let problem: PortfolioError | null = null
          const pieces = result.pieces ?? 0
          // The next piece is asked for while this one is parsed and checked, so main cuts and sends it
          // meanwhile instead of waiting for the renderer's next call.
          const ask = (index: number) => {
            const answer = api.portfolioReadPiece({ token, index })
            answer.catch(() => undefined) // awaited below; a piece asked for but not needed is let go
            return answer
          }
          let coming = pieces > 0 ? ask(0) : null
          for (let index = 0; index < pieces && problem === null; index++) {
            if (!mounted.current) return discard(token)
            setState({
              step: 'busy',
              fileName,
              progress: { kind: 'read', progress: { done: index, total: pieces } }
            })
            const piece = await coming!
            coming = index + 1 < pieces ? ask(index + 1) : null
            if (piece.outcome === 'expired') {
              discard(token)
              return setState({ step: 'failed', message: describe({ key: 'expired' }) })
            }
            problem = addPortfolioPiece(envelope.data, piece.table, piece.first, piece.text)
          }
          parsed = problem ? { ok: false, errors: [problem] } : checkPortfolioData(envelope.data)
        }
      }
      if (!mounted.current) return discard(token)
      if (!parsed.ok) {
        discard(token)
        return setState({ step: 'refused', fileName, kind: 'parse', errors: parsed.errors })
      }
      pending.current = token
      const portfolio = parsed.portfolio
      const counts = Object.fromEntries(TABLE_NAMES.map((n) => [n, portfolio.tables[n].length])) as Record<
        TableName,
        number
      >
      return setState({ step: 'ready', fileName, token, portfolio, counts, restore })
    },
    [api, describe, discard]
  )

  /** Reads a staged file (with its password, when it has one) and moves on to what the file holds. */
  const read = useCallback(
    async (fileName: string, token: string, restore: string | null, password?: string) => {
      // A bar from the start (moving without a value while main decrypts and unpacks the file), so a
      // restore from the backup list shows one as an import does.
      setState({ step: 'busy', fileName, progress: { kind: 'read', progress: null } })
      try {
        const result = await api.portfolioReadImport({ token, password })
        if (result.outcome === 'read') {
          if (!mounted.current) return discard(token)
          await check(fileName, token, result, restore)
        } else afterRead(fileName, token, result)
      } catch (error) {
        setState({ step: 'failed', message: errorMessage(error) })
      }
    },
    [api, afterRead, check, discard]
  )

  /** Continues once main has staged a file (picked, uploaded or a backup from the list). */
  const begin = useCallback(
    async (opening: () => Promise<Opening>, restore: string | null = null) => {
      if (pending.current) discard(pending.current)
      let opened: Opening
      try {
        opened = await opening()
      } catch (error) {
        return setState({ step: 'failed', message: errorMessage(error) })
      }
      if (opened.outcome === 'cancelled' || opened.outcome === 'unsupported') return
      if (opened.outcome === 'too-large') {
        const message = describe({ key: 'tooLarge', fileName: opened.fileName, limit: opened.limit })
        return setState({ step: 'failed', message })
      }
      await read(opened.fileName, opened.token, restore)
    },
    [describe, discard, read]
  )

  const submitPassword = useCallback(
    async (password: string) => {
      if (state.step === 'password') await read(state.fileName, state.token, null, password)
    },
    [read, state]
  )

  /** Backs up the current state, then imports in one transaction. */
  const run = useCallback(
    async (mode: ImportMode) => {
      if (state.step !== 'ready') return
      const backupFailed = (message: string) => t('backups.portfolioFile.backupFirstFailed', { message })
      const { fileName, token, portfolio, restore } = state
      setState({ step: 'busy', fileName, progress: { kind: 'backup', progress: null } })
      let backupName: string | null = null
      try {
        const backup = await commands.backup('before-restore', (progress) =>
          setState({ step: 'busy', fileName, progress: { kind: 'backup', progress } })
        )
        if (backup.outcome === 'locked') {
          discard(token)
          setState({ step: 'failed', message: backupFailed(describe({ key: 'wrongPassword' })) })
          return
        }
        backupName = backup.backup.name
      } catch (error) {
        discard(token)
        setState({ step: 'failed', message: backupFailed(errorMessage(error)) })
        return
      }
      // From here importPortfolio commits or discards the staged attachments itself.
      pending.current = null
      setState({ step: 'busy', fileName, progress: { kind: 'write', progress: null } })
      let result: Awaited<ReturnType<typeof commands.importPortfolio>>
      try {
        result = await commands.importPortfolio(portfolio, mode, token)
      } catch (error) {
        onChanged()
        setState({ step: 'failed', message: t('backups.portfolioFile.writeFailed', { message: errorMessage(error) }) })
        return
      }
      onChanged()
      if (!result.ok) {
        if (result.kind === 'write')
          setState({ step: 'failed', message: t('backups.portfolioFile.writeFailed', { message: result.message }) })
        else setState({ step: 'refused', fileName, kind: result.kind, errors: result.errors })
        return
      }
      // Erased people stay erased: the file may be from before an erasure (features/contacts).
      const erasureProblem = await reapplyErasures().then(
        () => null,
        (error: unknown) => errorMessage(error)
      )
      if (erasureProblem !== null) {
        setState({ step: 'failed', message: t('clients.erasure.reapplyFailed', { message: erasureProblem }) })
        return
      }
      setState({ step: 'done', fileName, mode, summary: result.summary, backupName, restore })
    },
    [commands, describe, discard, onChanged, reapplyErasures, state, t]
  )

  /** Back to the start; an import still in preview (the user cancelled it) drops its staging. */
  const reset = useCallback(() => {
    if (state.step === 'ready') discard(state.token)
    setState({ step: 'idle' })
  }, [discard, state])
  return { state, begin, submitPassword, run, reset }
}
