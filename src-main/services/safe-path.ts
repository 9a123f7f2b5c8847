import { isAbsolute, relative, resolve, sep } from 'node:path'

/**
 * Joins path segments onto `root` and returns the result only if it stays inside `root`;
 * null otherwise. Stops path traversal ("../", absolute segments, NUL, drive letters) from a
 * name that came from a file or the renderer reaching files outside our folder.
 */
export function resolveInside(root: string, ...segments: string[]): string | null {
  for (const segment of segments) {
    if (typeof segment !== 'string' || segment === '' || segment.includes('\0')) return null
  }
  const base = resolve(root)
  const full = resolve(base, ...segments)
  const rel = relative(base, full)
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) return null
  return full
}
