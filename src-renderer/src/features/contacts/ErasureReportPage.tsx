import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router'
import { ErasureSearchResult } from '@shared/ipc/erasure'
import { Breadcrumbs, buttonColumn, PageHeading, TableSection, useShell } from '@renderer/ui'
import { errorMessage } from '@renderer/lib/errors'
import { paths } from '@renderer/lib/paths'
import { useContactCommands, type ErasureOutcome } from './commands'
import { useDocumentRecords } from './queries'

/** What the person page hands this page when it navigates here after an erasure. */
export type ErasureReportState = { name: string; outcome: ErasureOutcome; back: { to: string; label: string } }

type Item = { key: string; kind: 'document' | 'backup'; id: string; label: string; engagementId: string | null }

/** The state only when it is one this feature put there (a reload or a typed address has none). */
function reportState(state: unknown): ErasureReportState | null {
  const s = state as Partial<ErasureReportState> | null
  if (!s || typeof s.name !== 'string' || !s.outcome || !s.back) return null
  const search = s.outcome.search === null ? null : ErasureSearchResult.safeParse(s.outcome.search).data
  return search === undefined ? null : (s as ErasureReportState)
}

/**
 * After an erasure: what it did, and the frozen documents and backups that still hold the person,
 * each with "Radera" (and "Radera alla"); a document can be made again, without the person, from
 * the Dokument page of its engagement. Main gives names only, never a path.
 */
export function ErasureReportPage() {
  const { t } = useTranslation()
  const { announce } = useShell()
  const report = reportState(useLocation().state)
  const { deleteErasureFiles } = useContactCommands()
  const search = report?.outcome.search ?? null
  const [deleted, setDeleted] = useState<ReadonlySet<string>>(new Set())
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState('')
  const records = useDocumentRecords(search?.documents.map((d) => d.id) ?? [])

  if (!report) {
    return (
      <div className="clients">
        <PageHeading>{t('clients.erasure.heading')}</PageHeading>
        <p>{t('clients.erasure.noReport')}</p>
        <p>
          <Link to={paths.organisations()}>{t('clients.organisation.backToList')}</Link>
        </p>
      </div>
    )
  }
  const { outcome, back } = report

  const byId = new Map((records ?? []).map((r) => [r.id, r]))
  const items: Item[] = [
    ...(search?.documents ?? []).map(({ id }) => ({
      key: `document:${id}`,
      kind: 'document' as const,
      id,
      label: byId.get(id)?.fileName ?? t('clients.erasure.unnamedDocument', { id }),
      engagementId: byId.get(id)?.engagementId ?? null
    })),
    ...(search?.backups ?? []).map(({ name }) => ({
      key: `backup:${name}`,
      kind: 'backup' as const,
      id: name,
      label: name,
      engagementId: null
    }))
  ].filter((item) => !deleted.has(item.key))

  const remove = async (chosen: Item[]) => {
    setBusy(true)
    setProblem('')
    try {
      const result = await deleteErasureFiles({
        documents: chosen.filter((i) => i.kind === 'document').map((i) => i.id),
        backups: chosen.filter((i) => i.kind === 'backup').map((i) => i.id)
      })
      const gone = [
        ...result.documents.map((id) => `document:${id}`),
        ...result.backups.map((name) => `backup:${name}`)
      ]
      setDeleted((before) => new Set([...before, ...gone]))
      announce(t('clients.erasure.deletedFiles', { count: gone.length }))
      if (result.failed > 0) setProblem(t('clients.erasure.deleteFailedSome', { count: result.failed }))
    } catch (error) {
      setProblem(t('clients.erasure.deleteFailed', { message: errorMessage(error) }))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="clients">
      <Breadcrumbs items={[{ to: paths.organisations(), label: t('nav.organisations') }]} />
      <PageHeading>{t('clients.erasure.heading')}</PageHeading>
      <p>
        {t('clients.person.erased', {
          name: report.name,
          evaluations: outcome.evaluations,
          participants: outcome.participants
        })}
      </p>
      {outcome.logProblem ? (
        <p className="error-box" role="alert">
          {t('clients.erasure.logFailed', { message: outcome.logProblem })}
        </p>
      ) : null}
      {outcome.searchProblem ? (
        <p className="error-box" role="alert">
          {t('clients.erasure.searchFailed', { message: outcome.searchProblem })}
        </p>
      ) : null}
      {problem ? (
        <p className="error-box" role="alert">
          {problem}
        </p>
      ) : null}

      {search ? (
        <>
          <TableSection
            heading={t('clients.erasure.remaining')}
            rows={items}
            rowKey={(item) => item.key}
            empty={t('clients.erasure.nothingRemaining')}
            columns={[
              { key: 'file', label: t('clients.erasure.file'), rowHeader: true, render: (item) => item.label },
              {
                key: 'kind',
                label: t('clients.erasure.kind'),
                render: (item) =>
                  item.kind === 'document'
                    ? t('clients.erasure.document')
                    : t(
                        search.backups.find((b) => b.name === item.id)?.encrypted
                          ? 'clients.erasure.encryptedBackup'
                          : 'clients.erasure.backup'
                      )
              },
              {
                key: 'regenerate',
                label: t('clients.erasure.regenerate'),
                labelHidden: true,
                className: 'nowrap',
                render: (item) =>
                  item.kind === 'document' && item.engagementId ? (
                    <Link
                      to={paths.documents(item.engagementId)}
                      aria-label={t('clients.erasure.regenerateLabel', { file: item.label })}
                    >
                      {t('clients.erasure.regenerate')}
                    </Link>
                  ) : null
              },
              buttonColumn<Item>({
                key: 'delete',
                label: t('clients.erasure.delete'),
                text: t('clients.erasure.delete'),
                ariaLabel: (item) => t('clients.erasure.deleteLabel', { file: item.label }),
                onClick: (item) => void remove([item])
              })
            ]}
          />
          {items.length > 1 ? (
            <p className="button-row">
              <button type="button" className="button button-danger" disabled={busy} onClick={() => void remove(items)}>
                {t('clients.erasure.deleteAll')}
              </button>
            </p>
          ) : null}
          {search.lockedBackups > 0 ? <p>{t('clients.erasure.locked', { count: search.lockedBackups })}</p> : null}
          {search.unreadable > 0 ? <p>{t('clients.erasure.unreadable', { count: search.unreadable })}</p> : null}
        </>
      ) : null}
      <p>
        <Link to={back.to}>{back.label}</Link>
      </p>
    </div>
  )
}
