/**
 * The reference each list page is measured against (issue 15): a bare virtualised list of the same rows, React and
 * @tanstack/react-virtual as the app's lists, 44 px rows, nothing else: no router, no i18n, no live queries.
 * Bundled by bench/browser/chromium.ts and served at the app's origin (so it reads the app's IndexedDB);
 * the table and the field it sorts by come in the address: bare-list.html#organisations/name.
 */
import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef } from 'react'
import { createRoot } from 'react-dom/client'
import type { TABLE_NAMES } from '../../src-shared/entities'
import { createDb } from '../../src-renderer/src/db/db'

type Row = Record<string, unknown> & { id: string }

/** The bare list: a heading, a count and a virtualised table of `rows`, 44 px rows as the app's. */
function BareList({ rows, field }: { rows: Row[]; field: string }) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 44,
    overscan: 12
  })
  return (
    <main>
      <h1>Bare list</h1>
      <p className="list-count">{rows.length}</p>
      <div role="table" aria-label="bare" aria-rowcount={rows.length}>
        <div ref={scrollRef} style={{ height: 'calc(100vh - 10rem)', overflow: 'auto' }}>
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index]!
              return (
                <div
                  key={row.id}
                  role="row"
                  style={{ position: 'absolute', top: item.start, height: 44, display: 'flex', gap: 16 }}
                >
                  <div role="rowheader">{String(row[field] ?? '')}</div>
                  <div role="cell">{String(row['updatedAt'] ?? '')}</div>
                </div>
              )
            })}
          </div>
        </div>
      </div>
    </main>
  )
}

/** Mounts the bare list of `table` sorted by `field` into the body (the page has nothing else). */
async function mountBareList(table: string, field: string): Promise<void> {
  // From here (script loaded) to the list settled is what an in-app navigation to a list page does.
  Object.assign(globalThis, { __mountStart: performance.now() })
  const db = createDb('matbar')
  const collator = new Intl.Collator('sv')
  const rows = (await db.entityTable(table as (typeof TABLE_NAMES)[number]).toArray()) as Row[]
  rows.sort((a, b) => collator.compare(String(a[field] ?? ''), String(b[field] ?? '')))
  const host = document.createElement('div')
  document.body.replaceChildren(host)
  createRoot(host).render(<BareList rows={rows} field={field} />)
}

const [table = 'organisations', field = 'name'] = location.hash.slice(1).split('/')
void mountBareList(table, field)
