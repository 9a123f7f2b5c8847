// The global sheet first: the features' own sheets (imported by their components) come after it, as their
// blocks did when they were part of styles.css, so a feature rule still wins over a global one of equal weight.
import './styles.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { db } from '@renderer/db/db'
import { prepareDatabase } from '@renderer/features/backups'
import { reapplyErasures } from '@renderer/features/contacts'
import { initI18n } from '@renderer/i18n/i18n'
import { api } from '@renderer/platform/api'

const i18n = initI18n()

/** Switches to the language saved in the settings; a failure leaves Swedish (useRestoreLanguage tries again). */
async function restoreSavedLanguage(): Promise<void> {
  try {
    const { language } = await api.settingsGet()
    if (language !== i18n.language) await i18n.changeLanguage(language)
  } catch (error) {
    console.warn('Could not read the saved language', error)
  }
}

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
const container = root
// A database about to be upgraded is backed up before the app's first query opens it.
// Erased people are erased again before the first page: an import or a restore cut short between its write
// and its re-apply of the erasure log (a crash, a closed window) must not leave anyone brought back.
// The saved language is read meanwhile: English (a chunk of its own) is loaded before the first render, so a
// consultant who works in English never sees the Swedish first screen flash by.
const language = restoreSavedLanguage()
// Main's erasure log is asked for now, beside the version check, and applied after it: it does not touch the
// database, and asked for only after the check it was one more wait before the first page (docs/PERFORMANCE.md).
const erasureLog = api.erasureLog()
erasureLog.catch(() => undefined) // read (and reported) by reapplyErasures below
void prepareDatabase(db, api)
  .then(() => reapplyErasures(db, { ...api, erasureLog: () => erasureLog }))
  .catch((error: unknown) => console.warn('Applying the erasure log failed', error))
  .then(() => language)
  .finally(() =>
    createRoot(container).render(
      <StrictMode>
        <App />
      </StrictMode>
    )
  )
