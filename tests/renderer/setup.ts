// IndexedDB for Dexie in happy-dom; must load before any module creates a database.
import 'fake-indexeddb/auto'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'
import { i18n, initI18n } from '@renderer/i18n/i18n'

initI18n('sv')

// happy-dom's <select> lacks `size` and its options `defaultSelected`, which react-hook-form reads to
// tell a select the user changed from one still at its start: without them it keeps the first option
// instead of the form's default value. The browser's meaning of both, where happy-dom has none.
if (!('size' in HTMLSelectElement.prototype)) {
  Object.defineProperty(HTMLSelectElement.prototype, 'size', {
    get(this: HTMLSelectElement) {
      return Number(this.getAttribute('size') ?? 0)
    }
  })
}
if (!('defaultSelected' in HTMLOptionElement.prototype)) {
  Object.defineProperty(HTMLOptionElement.prototype, 'defaultSelected', {
    get(this: HTMLOptionElement) {
      return this.hasAttribute('selected')
    },
    // React writes it for <select defaultValue>; a getter alone makes that throw.
    set(this: HTMLOptionElement, value: boolean) {
      this.toggleAttribute('selected', value)
    }
  })
}

// The CI machine has two shared cores and runs the docs project (LibreOffice) beside these tests:
// give findBy/waitFor room, so a slow moment is not mistaken for a failure.
configure({ asyncUtilTimeout: 5000 })

afterEach(async () => {
  cleanup()
  await i18n.changeLanguage('sv')
  window.location.hash = ''
})
