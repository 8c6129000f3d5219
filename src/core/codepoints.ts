/**
 * The one place that converts between the engine's UTF-16 offsets and the Unicode code point
 * offsets that brat, the W3C model, doccano and Prodigy/spaCy count (Python string indices).
 *
 * Built once per text in O(n); it stores only the positions of astral characters (those
 * written as a surrogate pair in UTF-16), so a lookup is a binary search over them: O(log k)
 * for k astral characters, O(1) when the text has none. A lone surrogate counts as one code
 * point on both sides, as it does for `Array.from(text)`.
 */
import type { Span } from './types';

export class CodePointIndex {
  /** UTF-16 length of the text. */
  readonly length16: number;
  /** Code point length of the text. */
  readonly lengthCp: number;
  /** UTF-16 offset of each astral character (its high surrogate), ascending. */
  private readonly astral16: Uint32Array;
  /** Code point offset of each astral character, ascending (astral16[i] - i). */
  private readonly astralCp: Uint32Array;

  constructor(text: string) {
    const found: number[] = [];
    for (let i = 0; i < text.length - 1; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          found.push(i);
          i++;
        }
      }
    }
    this.astral16 = Uint32Array.from(found);
    this.astralCp = Uint32Array.from(found, (u, i) => u - i);
    this.length16 = text.length;
    this.lengthCp = text.length - found.length;
  }

  /**
   * The code point offset of a UTF-16 offset (clamped to the text). An offset inside a
   * surrogate pair (never a valid span end) goes to the pair's start ('floor') or past it
   * ('ceil'), so a converted span never drops half a character.
   */
  toCodePoint(offset16: number, round: 'floor' | 'ceil' = 'floor'): number {
    const u = clamp(offset16, this.length16);
    // Astral characters that start before u: each of them is one code point for two units.
    const before = countBelow(this.astral16, u);
    if (before > 0 && this.astral16[before - 1] === u - 1) {
      // u is between the two halves of a pair.
      return round === 'floor' ? u - before : u - before + 1;
    }
    return u - before;
  }

  /** The UTF-16 offset of a code point offset (clamped to the text). */
  toUtf16(offsetCp: number): number {
    const c = clamp(offsetCp, this.lengthCp);
    return c + countBelow(this.astralCp, c);
  }

  /** A half-open UTF-16 span as a half-open code point span. */
  spanToCodePoints(span: Span): Span {
    return [this.toCodePoint(span[0], 'floor'), this.toCodePoint(span[1], 'ceil')];
  }

  /** A half-open code point span as a half-open UTF-16 span. */
  spanToUtf16(span: Span): Span {
    return [this.toUtf16(span[0]), this.toUtf16(span[1])];
  }
}

function clamp(n: number, max: number): number {
  if (!Number.isFinite(n) || n < 0) return 0;
  return n > max ? max : Math.floor(n);
}

/** The number of values in the ascending array that are strictly below `x`. */
function countBelow(sorted: Uint32Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when UTF-16 offset `u` falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, u: number): boolean {
  if (u <= 0 || u >= text.length) return false;
  const a = text.charCodeAt(u - 1);
  const b = text.charCodeAt(u);
  return a >= 0xd800 && a <= 0xdbff && b >= 0xdc00 && b <= 0xdfff;
}
