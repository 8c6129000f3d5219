/**
 * Word tokens for the entity layer: one linear scan with a hand-written character loop (no
 * per-token regex), each token carrying what name finding needs: its case shape, whether it
 * starts a sentence, whether only spaces separate it from the previous token, and whether a
 * possessive "'s" follows it. Offsets are half-open UTF-16 indices into the unmodified text.
 */
import { isAbbreviation } from './text';

export const enum Case {
  Lower = 0, // starts with a lower-case letter or a digit
  Title = 1, // starts with a capital: "Putin", "McCague", "W."
  Upper = 2, // two or more letters, all capitals: "MOSCOW", "SHEARER"
}

export interface Tok {
  s: number;
  e: number;
  /** The token's text (without a possessive "'s"). */
  t: string;
  /** Lower-case text, for lexicon look-ups. */
  lo: string;
  cap: Case;
  /** First word of a sentence, a paragraph, a quotation or a headline segment. */
  si: boolean;
  /** Only spaces (no punctuation, no line break) separate it from the previous token. */
  adj: boolean;
  /** A possessive "'s" / "’s" follows it ("Mr Xi's"). */
  poss: boolean;
}

// Character classes for code units, filled lazily: 0 unknown, 1 word, 2 not word, 3 upper-case word.
const CLASS = new Uint8Array(65536);
const LETTER = /[\p{L}\p{N}\p{M}]/u;
const UPPER = /\p{Lu}/u;
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  CLASS[c] = /[A-Z]/.test(ch) ? 3 : /[a-z0-9]/.test(ch) ? 1 : 2;
}
function cls(c: number): number {
  let k = CLASS[c];
  if (k === 0) {
    if (c >= 0xd800 && c <= 0xdfff) k = 2; // surrogate halves: emoji and rare scripts, not name letters
    else {
      const ch = String.fromCharCode(c);
      k = LETTER.test(ch) ? (UPPER.test(ch) ? 3 : 1) : 2;
    }
    CLASS[c] = k;
  }
  return k;
}
export function isWordCode(c: number): boolean {
  return cls(c) !== 2;
}
export function isUpperCode(c: number): boolean {
  return cls(c) === 3;
}

/** Lower-case particles joined to a name: "al-Hassan", "bin-Salman", "d'Estaing". */
const NAME_PREFIXES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'bin', 'ibn', 'abu', 'ben', 'bint', 'd', 'de', 'da', 'di', 'du', 'la', 'le']);

const APOS = 0x27; // '
const RSQUO = 0x2019; // ’
const HYPHEN = 0x2d;
const DOT = 0x2e;

/** True for characters that end a sentence or open a new segment (quote, colon, dash, bracket). */
function startsSegment(c: number): boolean {
  return (
    c === 0x2e || c === 0x21 || c === 0x3f || c === 0x0a || c === 0x0d || c === 0x3a || c === 0x3b || c === 0x201c ||
    c === 0x201e || c === 0xab || c === 0x2018 || c === 0x22 || c === 0x2013 || c === 0x2014 || c === 0x28 || c === 0x5b ||
    c === 0x300c || c === 0x2039 || c === 0x2022 || c === 0x7c
  );
}
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/**
 * Tokens of text[from, to). `si` of the first token is true (callers cut blocks at line or
 * sentence boundaries). Cost: linear in to - from.
 */
export function tokenize(text: string, from = 0, to = text.length): Tok[] {
  const out: Tok[] = [];
  let i = from;
  let gapStart = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (cls(c) === 2) {
      i++;
      continue;
    }
    const s = i;
    i++;
    for (;;) {
      while (i < to && cls(text.charCodeAt(i)) !== 2) i++;
      // Inner apostrophes, hyphens and periods keep the word together: O'Brien, al-Hassan, U.S
      if (i + 1 < to) {
        const d = text.charCodeAt(i);
        if ((d === APOS || d === RSQUO || d === HYPHEN || d === DOT) && cls(text.charCodeAt(i + 1)) !== 2) {
          i += 2;
          continue;
        }
      }
      break;
    }
    let e = i;
    if (e < to && text.charCodeAt(e) === DOT) {
      const w = text.slice(s, e + 1);
      if (isAbbreviation(w)) e++;
    }
    i = e;
    // Gap since the previous token: sentence starts, adjacency.
    let si = out.length === 0;
    let adj = out.length > 0;
    for (let g = gapStart; g < s; g++) {
      const d = text.charCodeAt(g);
      if (!isSpace(d)) {
        adj = false;
        if (startsSegment(d)) si = true;
      }
    }
    if (s === gapStart) adj = false;
    // The next gap starts after this token, including a possessive "'s" trimmed below.
    gapStart = e;
    let t = text.slice(s, e);
    // CoNLL-style detached possessive: "England 's"
    if ((t === 's' || t === 'S') && out.length > 0 && s - 1 > 0) {
      const q = text.charCodeAt(s - 1);
      if ((q === APOS || q === RSQUO) && isSpace(text.charCodeAt(s - 2))) {
        out[out.length - 1].poss = true;
        continue;
      }
    }
    let poss = false;
    const n = t.length;
    if (n > 2 && (t.charCodeAt(n - 1) === 0x73 || t.charCodeAt(n - 1) === 0x53)) {
      const q = t.charCodeAt(n - 2);
      if (q === APOS || q === RSQUO) {
        poss = true;
        t = t.slice(0, n - 2);
        e -= 2;
      }
    }
    const first = t.charCodeAt(0);
    let cap = Case.Lower;
    if (cls(first) === 3) {
      cap = Case.Title;
      if (t.length >= 2) {
        let upper = 0;
        let lower = 0;
        for (let k = 0; k < t.length; k++) {
          const k2 = cls(t.charCodeAt(k));
          if (k2 === 3) upper++;
          else if (k2 === 1 && !(t.charCodeAt(k) >= 0x30 && t.charCodeAt(k) <= 0x39)) lower++;
        }
        if (lower === 0 && upper >= 2) cap = Case.Upper;
      }
    }
    else if (t.length >= 4) {
      // "al-Hassan", "d'Estaing", "bin-Salman": a lower-case particle joined to a capitalised name.
      for (let k = 1; k <= 3 && k + 1 < t.length; k++) {
        const q = t.charCodeAt(k);
        if ((q === HYPHEN || q === APOS || q === RSQUO) && cls(t.charCodeAt(k + 1)) === 3) {
          if (NAME_PREFIXES.has(t.slice(0, k))) cap = Case.Title;
          break;
        }
      }
    }
    out.push({ s, e, t, lo: cap === Case.Lower ? t : t.toLowerCase(), cap, si, adj, poss });
  }
  return out;
}

/**
 * Blocks of at most about `max` code units, cut at line breaks, else after a sentence end,
 * else at a space: the entity layer tokenises one block at a time so memory stays bounded.
 */
export function blocks(text: string, max = 16384): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  const n = text.length;
  while (start < n) {
    let end = Math.min(n, start + max);
    if (end < n) {
      const nl = text.lastIndexOf('\n', end);
      if (nl > start) end = nl + 1;
      else {
        const dot = text.lastIndexOf('. ', end);
        if (dot > start + (max >> 1)) end = dot + 2;
        else {
          const sp = text.lastIndexOf(' ', end);
          if (sp > start + (max >> 1)) end = sp + 1;
        }
      }
    }
    out.push([start, end]);
    start = end;
  }
  return out;
}
