// IndexedDB for Dexie in happy-dom; must load before any module creates a database.
import 'fake-indexeddb/auto'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'
import { i18n, initI18n } from '@renderer/i18n/i18n'

initI18n('sv')

// The CI machine has two shared cores and runs the docs project (LibreOffice) beside these tests:
// give findBy/waitFor room, so a slow moment is not mistaken for a failure.
configure({ asyncUtilTimeout: 5000 })

afterEach(async () => {
  cleanup()
  await i18n.changeLanguage('sv')
  window.location.hash = ''
})
