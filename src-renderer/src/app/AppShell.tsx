import { Suspense, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { NavLink, Outlet, useLocation } from 'react-router'
import { ROUTES } from '@renderer/lib/paths'
import { NAV_ORDER } from './nav'
import { ShellContext, type Shell } from '@renderer/ui/shell-context'
import { useRestoreLanguage } from '@renderer/platform/use-language'
import { useFocusRescue } from '@renderer/ui/focus-rescue'

/**
 * The frame around every page: skip link, sidebar navigation, main landmark; owns the page's status message.
 * Below 48rem (a 768-pixel window: 1536 at 200 % zoom, 1280 at 400 % is 320) the sidebar becomes a bar on top and the menu
 * folds behind a "Meny" button (aria-expanded, aria-controls); Escape closes it and puts focus back on the button.
 */
export function AppShell() {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  const mainRef = useRef<HTMLElement>(null)
  const [status, setStatus] = useState('')
  const [menuOpen, setMenuOpen] = useState(false)
  const menuButtonRef = useRef<HTMLButtonElement>(null)
  useRestoreLanguage()

  const focusHeading = useCallback(() => {
    const heading = mainRef.current?.querySelector<HTMLElement>('h1')
    ;(heading ?? mainRef.current)?.focus()
  }, [])

  // A new page starts without the last page's message and with the menu folded.
  useEffect(() => {
    setStatus('')
    setMenuOpen(false)
  }, [pathname])
  // After navigation focus goes to the new page's heading (also when it appears late), and focus that
  // would fall to the body (a closed form, a control disabled while saving) is put back somewhere live.
  useFocusRescue(mainRef, pathname, focusHeading)

  const closeMenuOnEscape = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || !menuOpen) return
    event.preventDefault()
    setMenuOpen(false)
    menuButtonRef.current?.focus()
  }

  const shell = useMemo<Shell>(() => ({ status, announce: setStatus, focusHeading }), [status, focusHeading])

  // A plain #main href would be taken as a route by the hash router, so the link moves focus itself.
  const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault()
    focusHeading()
  }

  return (
    <ShellContext value={shell}>
      <div className="layout">
        <a className="skip-link" href="#main-content" onClick={skipToMain}>
          {t('app.skipToContent')}
        </a>
        <header className={`sidebar${menuOpen ? ' menu-open' : ''}`} onKeyDown={closeMenuOnEscape}>
          <div className="sidebar-bar">
            <p className="brand">
              <span className="brand-name">{t('app.name')}</span>
              <span className="brand-tagline">{t('app.tagline')}</span>
            </p>
            <button
              ref={menuButtonRef}
              type="button"
              className="menu-toggle"
              aria-expanded={menuOpen}
              aria-controls="main-nav-list"
              onClick={() => setMenuOpen((open) => !open)}
            >
              <span className="menu-toggle-icon" aria-hidden="true" />
              {t('app.menu')}
            </button>
          </div>
          <nav aria-label={t('app.navLabel')}>
            <ul className="nav-list" id="main-nav-list">
              {NAV_ORDER.map((key) => (
                <li key={key}>
                  {/* Folds the menu also when the link is the page already shown (no new address to fold it). */}
                  <NavLink
                    to={ROUTES[key]}
                    end={key === 'overview'}
                    className="nav-link"
                    onClick={() => setMenuOpen(false)}
                  >
                    {t(`nav.${key}`)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="main-content" ref={mainRef} tabIndex={-1} className="main">
          {/* Pages off the first screen are loaded on their first visit; until then the kit's loading line. */}
          <Suspense fallback={<p className="page-loading">{t('app.loading')}</p>}>
            <Outlet />
          </Suspense>
        </main>
      </div>
    </ShellContext>
  )
}
