// IndexedDB for Dexie in happy-dom; must load before any module creates a database.
import 'fake-indexeddb/auto'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'
import { i18n, initI18n } from '../../src-renderer/src/i18n/i18n'

initI18n('sv')

afterEach(async () => {
  cleanup()
  await i18n.changeLanguage('sv')
  window.location.hash = ''
})
