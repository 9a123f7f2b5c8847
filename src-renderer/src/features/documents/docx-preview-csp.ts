/**
 * An in-app preview of a .docx with docx-preview under the app's strict CSP (style-src 'self').
 * docx-preview normally injects <style> elements and style="" attributes, which that CSP blocks. Its
 * `h` option lets us build the elements ourselves: the CSS of its <style> elements goes into a constructed
 * stylesheet (CSSOM, which CSP does not restrict) adopted by a shadow root, and inline styles are set
 * through element.style. So the CSP stays as strict as it is, and the preview's CSS cannot leak into the app.
 */
import type { HElement } from 'docx-preview'

type Child = HElement | Node | string

/** Builds a DOM element factory for docx-preview that collects CSS instead of writing <style> elements. */
export function cspSafeFactory(doc: Document, css: string[]): (elem: Child) => Node {
  const h = (elem: Child): Node => {
    if (typeof elem === 'string') return doc.createTextNode(elem)
    if (elem instanceof Node) return elem
    const { ns, tagName, className, style, children, ...props } = elem
    if (tagName === '#fragment') {
      const fragment = doc.createDocumentFragment()
      for (const c of (children ?? []) as Child[]) fragment.appendChild(h(c))
      return fragment
    }
    if (tagName === '#comment') return doc.createComment('')
    if (tagName === 'style') {
      css.push(
        ((children ?? []) as Child[]).map((c) => (typeof c === 'string' ? c : ((c as Node).textContent ?? ''))).join('')
      )
      return doc.createComment('style')
    }
    const element = (ns ? doc.createElementNS(ns as string, tagName) : doc.createElement(tagName)) as HTMLElement
    if (className) element.setAttribute('class', className as string)
    if (typeof style === 'string') element.style.cssText = style
    else if (style) Object.assign(element.style, style)
    for (const [key, value] of Object.entries(props)) {
      if (value !== undefined) (element as unknown as Record<string, unknown>)[key] = value
    }
    // docx-preview leaves pictures without alt text; the document's own text around them carries the meaning.
    if (tagName === 'img' && !element.hasAttribute('alt')) element.setAttribute('alt', '')
    for (const c of (children ?? []) as Child[]) element.appendChild(h(c))
    return element
  }
  return h
}

/** Renders the document into `host`'s shadow root, replacing what was there. */
export async function renderDocxPreview(host: HTMLElement, bytes: Uint8Array): Promise<void> {
  const { parseAsync, renderDocument } = await import('docx-preview')
  const css: string[] = []
  const options = {
    h: cspSafeFactory(host.ownerDocument, css),
    ignoreFonts: true,
    useBase64URL: true,
    renderComments: false,
    experimental: false,
    inWrapper: true,
    breakPages: true
  }
  const parsed: unknown = await parseAsync(bytes, options)
  const nodes = await renderDocument(parsed, options)
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' })
  const sheet = new CSSStyleSheet()
  sheet.replaceSync(css.join('\n'))
  // Our own touches after docx-preview's: pages on the app's grey desk, with a soft shadow.
  const desk = new CSSStyleSheet()
  desk.replaceSync(
    '.docx-wrapper { background: transparent; padding: 16px; } .docx-wrapper > section.docx { box-shadow: 0 1px 4px rgba(0, 0, 0, 0.25); margin-bottom: 16px; }'
  )
  root.adoptedStyleSheets = [sheet, desk]
  root.replaceChildren(...nodes)
  fitToWidth(host, root)
}

/** Scales the pages down (never up) so a whole A4 page fits the width of the preview. */
function fitToWidth(host: HTMLElement, root: ShadowRoot): void {
  const wrapper = root.querySelector<HTMLElement>('.docx-wrapper')
  const page = root.querySelector<HTMLElement>('section.docx')
  if (!wrapper || !page) return
  const available = host.clientWidth - 32
  const width = page.offsetWidth
  if (available > 0 && width > available) wrapper.style.zoom = String(available / width)
}
