import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { prepareDatabase } from './features/backups/start'
import { initI18n } from './i18n/i18n'
import './styles.css'

initI18n()

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
const container = root
// A database about to be upgraded is backed up before the app's first query opens it.
void prepareDatabase().finally(() =>
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>
  )
)
