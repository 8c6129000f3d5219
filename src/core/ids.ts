/**
 * Ids of entities, quotations and claims ("e1", "q2", "c3"), made once and shared between
 * analyses: a result holds tens of them, each kept as long as the result, and a caller that keeps
 * many results (a workspace, a batch) would hold as many copies. Ids up to ID_CACHE per prefix are
 * cached (a few kB); larger ones are made each time.
 */
const ID_CACHE = 1024;
const cache = new Map<string, string[]>();

/** `${prefix}${n}` (n >= 1), shared when n <= ID_CACHE. */
export function idOf(prefix: 'e' | 'q' | 'c', n: number): string {
  if (n > ID_CACHE || n < 1) return `${prefix}${n}`;
  let ids = cache.get(prefix);
  if (ids === undefined) cache.set(prefix, (ids = []));
  return (ids[n] ??= `${prefix}${n}`);
}
