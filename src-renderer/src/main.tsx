// The global sheet first: the features' own sheets (imported by their components) come after it, as their
// blocks did when they were part of styles.css, so a feature rule still wins over a global one of equal weight.
import './styles.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { db } from '@renderer/db/db'
import { prepareDatabase } from '@renderer/features/backups'
import { initI18n } from '@renderer/i18n/i18n'
import { api } from '@renderer/platform/api'

initI18n()

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
const container = root
// A database about to be upgraded is backed up before the app's first query opens it.
void prepareDatabase(db, api).finally(() =>
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>
  )
)
