/**
 * Bounded string distances for re-anchoring. All lengths and offsets are UTF-16 units.
 * No dependency: a Levenshtein distance for short context strings, and a semi-global
 * (Sellers) search that finds a pattern with the fewest edits inside a bounded window.
 */

/** Levenshtein distance between a and b (insert, delete, substitute all cost 1). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const del = prev[j] + 1;
      const ins = cur[j - 1] + 1;
      cur[j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

export interface ApproxMatch {
  start: number;
  end: number;
  errors: number;
}

/**
 * The occurrence of `pattern` in text[from, to) with the fewest edits, at most `maxErrors`;
 * among equally good ones the longest (words inserted at the edge of a quote belong to it:
 * otherwise '"Every single day' would match from "ngle day"), then the one starting nearest
 * `expectedStart`. Null when none.
 * Cost: pattern.length × (to − from) cells, so callers bound both.
 */
export function approxSearch(
  pattern: string, text: string, from: number, to: number, maxErrors: number, expectedStart: number,
): ApproxMatch | null {
  const m = pattern.length;
  if (m === 0) return null;
  from = Math.max(0, from);
  to = Math.min(text.length, to);
  // Column j holds D[i] = fewest edits matching pattern[0, i) ending at text offset j, and
  // S[i] = where that match starts. D[0] = 0 at every j: a match may start anywhere.
  let d = new Int32Array(m + 1);
  let s = new Int32Array(m + 1);
  let nd = new Int32Array(m + 1);
  let ns = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) {
    d[i] = i;
    s[i] = from;
  }
  let best: ApproxMatch | null = null;
  const consider = (end: number) => {
    const errors = d[m];
    if (errors > maxErrors) return;
    const start = s[m];
    const length = end - start;
    const bestLength = best ? best.end - best.start : 0;
    if (!best || errors < best.errors || (errors === best.errors && (length > bestLength
      || (length === bestLength && Math.abs(start - expectedStart) < Math.abs(best.start - expectedStart))))) {
      best = { start, end, errors };
    }
  };
  consider(from);
  for (let j = from + 1; j <= to; j++) {
    const c = text.charCodeAt(j - 1);
    nd[0] = 0;
    ns[0] = j;
    for (let i = 1; i <= m; i++) {
      let v = d[i - 1] + (pattern.charCodeAt(i - 1) === c ? 0 : 1);
      let st = s[i - 1];
      if (d[i] + 1 < v) { v = d[i] + 1; st = s[i]; } // text char not in pattern
      if (nd[i - 1] + 1 < v) { v = nd[i - 1] + 1; st = ns[i - 1]; } // pattern char not in text
      nd[i] = v;
      ns[i] = st;
    }
    [d, nd] = [nd, d];
    [s, ns] = [ns, s];
    consider(j);
  }
  return best;
}

/** Start offsets of `needle` in `text`, at most `limit` of them. */
export function occurrences(text: string, needle: string, limit: number): number[] {
  const out: number[] = [];
  if (needle.length === 0) return out;
  for (let at = text.indexOf(needle); at !== -1 && out.length < limit; at = text.indexOf(needle, at + 1)) out.push(at);
  return out;
}
