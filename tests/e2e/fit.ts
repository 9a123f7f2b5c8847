/**
 * What reaches past the window's right edge (issue 14 point 1), shared by the reflow and stress-list tests.
 * An element inside a box that scrolls or clips sideways and itself ends within the window is fine: that box
 * holds it. A string, not a function: the e2e tests compile without the DOM types.
 */
export const MEASURE = `(() => {
  const vw = window.innerWidth
  const right = (el) => el.getBoundingClientRect().right
  const held = (el) => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      if (getComputedStyle(p).overflowX !== 'visible' && right(p) <= vw + 0.5) return true
    }
    return false
  }
  const visible = (el) => {
    const b = el.getBoundingClientRect()
    return b.width > 0 && b.height > 0
  }
  const over = []
  for (const el of document.body.querySelectorAll('*')) {
    if (!visible(el) || right(el) <= vw + 0.5 || held(el)) continue
    // Name the innermost culprit, not every ancestor it pushes out.
    if ([...el.children].some((c) => visible(c) && right(c) > vw + 0.5 && !held(c))) continue
    const cls = typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\\s+/).join('.') : ''
    over.push(el.tagName.toLowerCase() + cls + ' (right ' + Math.round(right(el)) + '): ' + (el.textContent || '').trim().slice(0, 40))
  }
  return { scrollWidth: document.documentElement.scrollWidth, innerWidth: vw, over: over.slice(0, 10) }
})()`

/** MEASURE's answer: the page's scroll width, the window's width, and up to ten "tag.class (right N): text" lines. */
export type Measured = { scrollWidth: number; innerWidth: number; over: string[] }
