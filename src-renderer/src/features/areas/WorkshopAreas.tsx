import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Workshop } from '@shared/entities'
import { useShell } from '@renderer/ui/shell-context'
import { useLanguage } from '@renderer/platform/use-language'
import { textCompare } from '@renderer/lib/collate'
import { errorMessage } from '@renderer/lib/errors'
import { paths } from '@renderer/lib/paths'
import { titlesFromLines, useAreaCommands } from './commands'
import { useWorkshopAreaList } from './queries'

/** The workshop's outcomes: its areas, and fast capture of new ones (one title per line). */
export function WorkshopAreas({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { announce } = useShell()
  const { captureAreas } = useAreaCommands()
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)
  const areas = useWorkshopAreaList(workshop.id)
  const compare = textCompare(language)
  const sorted = [...(areas ?? [])].sort((a, b) => compare(a.title, b.title))
  const count = titlesFromLines(text).length

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (count === 0) return
    setBusy(true)
    try {
      const created = await captureAreas(workshop, text)
      setText('')
      announce(t('workshop.areas.captured', { count: created.length }))
    } catch (error) {
      announce(t('workshop.areas.captureFailed', { message: errorMessage(error) }))
    } finally {
      setBusy(false)
    }
  }

  return (
    <section aria-labelledby="ws-areas">
      <h2 id="ws-areas">{t('workshop.areas.heading')}</h2>
      {areas === undefined ? (
        <p>{t('app.loading')}</p>
      ) : sorted.length === 0 ? (
        <p className="empty-state">{t('workshop.areas.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption>{t('workshop.areas.caption', { count: sorted.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('workshop.areas.area')}</th>
                <th scope="col">{t('workshop.areas.indicator')}</th>
                <th scope="col">{t('workshop.areas.route')}</th>
                <th scope="col">{t('workshop.areas.status')}</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    <Link to={paths.area(a.id)}>{a.title}</Link>
                  </th>
                  <td>
                    {a.indicator?.name ? (
                      <>
                        {a.indicator.name}
                        {a.indicator.unit ? <span className="muted"> ({a.indicator.unit})</span> : null}
                      </>
                    ) : (
                      <span className="muted">{t('workshop.areas.noIndicator')}</span>
                    )}
                  </td>
                  <td>{t(`route.${a.route}`)}</td>
                  <td>
                    <span className={`badge badge-${a.status}`}>{t(`areaStatus.${a.status}`)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form className="capture" onSubmit={submit}>
        <label htmlFor="capture-areas" className="capture-label">
          {t('workshop.areas.captureLabel')}
        </label>
        <p className="help" id="capture-help">
          {t('workshop.areas.captureHelp')}
        </p>
        <textarea
          id="capture-areas"
          aria-describedby="capture-help"
          rows={5}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy || count === 0}>
            {count === 0 ? t('workshop.areas.captureNone') : t('workshop.areas.capture', { count })}
          </button>
        </div>
      </form>
    </section>
  )
}
