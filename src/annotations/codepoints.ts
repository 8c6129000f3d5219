/**
 * Offsets at the boundary: the file counts Unicode code points (W3C, Hypothesis, Python
 * tools); the editor and the engine count UTF-16 code units. One index per text converts both
 * ways in O(log n) using the sorted list of astral characters (each is 2 units, 1 point).
 */
export class CodePointIndex {
  /** UTF-16 offsets of the high surrogates of the text's astral characters, ascending. */
  private readonly astral: number[] = [];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length - 1; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          this.astral.push(i);
          i++;
        }
      }
    }
  }

  /** Code points before UTF-16 offset `u` (an offset inside a pair counts the pair as before). */
  toCodePoints(u: number): number {
    // number of astral chars starting before u
    let lo = 0;
    let hi = this.astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.astral[mid] < u - 1) lo = mid + 1;
      else hi = mid;
    }
    // astral[k] < u-1 means its pair ends at or before u
    return u - lo;
  }

  /** UTF-16 offset of code point `p`; past the end it clamps to the text length. */
  toUtf16(p: number): number {
    // smallest u with toCodePoints(u) == p: u = p + (astral chars among the first p points)
    let lo = 0;
    let hi = this.astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      // the astral char at astral[mid] is code point number astral[mid] - mid
      if (this.astral[mid] - mid < p) lo = mid + 1;
      else hi = mid;
    }
    return Math.min(p + lo, this.text.length);
  }

  /** Length of the text in code points. */
  get length(): number {
    return this.text.length - this.astral.length;
  }
}

/** True when UTF-16 offset `u` falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, u: number): boolean {
  if (u <= 0 || u >= text.length) return false;
  const a = text.charCodeAt(u - 1);
  const b = text.charCodeAt(u);
  return a >= 0xd800 && a <= 0xdbff && b >= 0xdc00 && b <= 0xdfff;
}
