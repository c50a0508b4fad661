/**
 * Ordering of ids. Strict code-unit order (not locale-dependent), used everywhere the
 * engine sorts ids, so that output never depends on the input's row order or the locale.
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
