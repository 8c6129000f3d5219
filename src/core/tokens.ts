/**
 * Word tokens for the entity layer: one linear scan with a hand-written character loop (no
 * per-token regex), each token carrying what name finding needs: its case shape, whether it
 * starts a sentence, whether only spaces separate it from the previous token, and whether a
 * possessive "'s" follows it. Offsets are half-open UTF-16 indices into the unmodified text.
 */
import { isAbbreviationAt, lowerHashed, sliceHashed } from './text';
import { WordTable } from './wordtable';

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
  /** Lexicon flags of `lo`, set by the stage that asks (names.ts); -1 or absent: not yet known. */
  f?: number;
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

/**
 * What a character between two words tells, by code unit (one load where a chain of comparisons
 * ran for each character of each gap): SPACE, SEGMENT (it ends a sentence or opens a new
 * segment: quote, colon, dash, bracket) or 0 (other punctuation).
 */
const SPACE = 1;
const SEGMENT = 2;
const GAP = new Uint8Array(65536);
for (const c of [0x20, 0x09, 0xa0, 0x202f, 0x2009]) GAP[c] = SPACE;
for (const c of [0x2e, 0x21, 0x3f, 0x0a, 0x0d, 0x3a, 0x3b, 0x201c, 0x201e, 0xab, 0x2018, 0x22, 0x2013, 0x2014, 0x28, 0x5b, 0x300c, 0x2039, 0x2022, 0x7c]) GAP[c] = SEGMENT;
function isSpace(c: number): boolean {
  return GAP[c] === SPACE;
}

/**
 * Which lower-case words to keep. Only capitalised words, possessives and the lower-case words
 * the stages look at (pronouns, "the", particles, titles, links) become tokens: a skipped word
 * still breaks adjacency. A (first letter, last letter, length) table rules most words out
 * before anything else; when only one kept word has that shape (most shapes), the word is
 * compared with it directly; the rest are looked up by their code units (WordTable). No string
 * is made: a kept word comes back as the set's own string.
 */
export class Keep {
  // Indexed by (first letter, last letter, length) of plain a-z words: 26 * 26 * 32 entries.
  // 0: no kept word has that shape; k > 0: only words[k - 1] has it; -1: several have it.
  private readonly shape = new Int32Array(26 * 26 * 32);
  private readonly list: string[] = [];
  private readonly table: WordTable;
  constructor(readonly words: ReadonlySet<string>) {
    for (const w of words) {
      const i = Keep.index(w.charCodeAt(0), w.charCodeAt(w.length - 1), w.length);
      if (i < 0) continue;
      this.list.push(w);
      this.shape[i] = this.shape[i] === 0 ? this.list.length : -1;
    }
    this.table = new WordTable([...words].map((w) => [w, 1] as const));
  }
  /** The kept word text[s, e) as the set's own string, or null when it is not kept. */
  find(text: string, s: number, e: number): string | null {
    const n = e - s;
    if (n <= 0) return null;
    const i = Keep.index(text.charCodeAt(s), text.charCodeAt(e - 1), n);
    if (i >= 0) {
      const only = this.shape[i];
      if (only === 0) return null;
      if (only > 0) {
        // The one kept word of this shape (its length may differ past 31): compare the units.
        const w = this.list[only - 1];
        if (w.length !== n) return null;
        for (let k = 1; k < n - 1; k++) if (w.charCodeAt(k) !== text.charCodeAt(s + k)) return null;
        return w;
      }
    }
    const k = this.table.indexOf(text, s, e);
    return k < 0 ? null : this.table.word(k);
  }
  private static index(first: number, last: number, n: number): number {
    if (first < 0x61 || first > 0x7a || last < 0x61 || last > 0x7a) return -1;
    return ((first - 0x61) * 26 + (last - 0x61)) * 32 + Math.min(n, 31);
  }
  /** Maybe kept: a word with these first and last code units and length `n`. */
  maybe(first: number, last: number, n: number): boolean {
    const i = Keep.index(first, last, n);
    return i < 0 || this.shape[i] !== 0;
  }
}

/** A period in text[from, to) (a short loop: lastIndexOf would search back to the text's start). */
function hasDot(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === DOT) return true;
  return false;
}

/**
 * Token objects reused from one call to the next: a Tok per token was the engine's largest
 * single source of garbage (a 48-byte object every few words). The tokens of a call are valid
 * until the next call: the entity layer reads one block's tokens before tokenising the next,
 * and nothing keeps a Tok (name candidates keep indices and strings). Every Tok is made by the
 * one literal below, so all share one shape; the pool is as long as the largest block's tokens.
 */
const POOL: Tok[] = [];
/**
 * The token list, reused the same way: written by index and cut to length at the end, so it
 * keeps its room from call to call (emptying it first, length = 0, gave its room back and it
 * grew anew each call).
 */
const OUT: Tok[] = [];

/**
 * Tokens of text[from, to). `si` of the first token is true (callers cut blocks at line or
 * sentence boundaries). With `keep`, lower-case words outside it are skipped (see Keep).
 * The list and its Tok objects are reused by the next call (see POOL, OUT): read them before
 * tokenising again.
 * Cost: linear in to - from.
 */
export function tokenize(text: string, from = 0, to = text.length, keep?: Keep): Tok[] {
  const out = OUT;
  let count = 0;
  let i = from;
  let wordEnd = from; // end of the last word, kept or not: the sentence-start gap
  let tokEnd = from; // end of the last kept token (with its "'s"): the adjacency gap
  while (i < to) {
    const c = text.charCodeAt(i);
    if (cls(c) === 2) {
      i++;
      continue;
    }
    const s = i;
    i++;
    let joint = -1; // the first inner apostrophe or hyphen, for the name-particle test below
    for (;;) {
      while (i < to && cls(text.charCodeAt(i)) !== 2) i++;
      // Inner apostrophes, hyphens and periods keep the word together: O'Brien, al-Hassan, U.S
      if (i + 1 < to) {
        const d = text.charCodeAt(i);
        if ((d === APOS || d === RSQUO || d === HYPHEN || d === DOT) && cls(text.charCodeAt(i + 1)) !== 2) {
          if (joint < 0 && d !== DOT) joint = i;
          i += 2;
          continue;
        }
      }
      break;
    }
    let e = i;
    // A period ends an abbreviation ("Mr.", "U.S.", "W."): short words and dotted ones only.
    if (e < to && text.charCodeAt(e) === DOT && (e - s <= 5 || hasDot(text, s + 1, e))) {
      if (isAbbreviationAt(text, s, e + 1)) e++;
    }
    i = e;
    const lastWordEnd = wordEnd;
    wordEnd = e;
    let n = e - s;
    // Possessive "'s" / "’s" at the end.
    let poss = false;
    if (n > 2) {
      const z = text.charCodeAt(e - 1);
      const q = text.charCodeAt(e - 2);
      if ((z === 0x73 || z === 0x53) && (q === APOS || q === RSQUO)) poss = true;
    }
    const kind = cls(c);
    let cap = Case.Lower;
    if (kind === 3) cap = Case.Title;
    else if (n >= 4 && joint >= 0 && joint - s <= 3) {
      // "al-Hassan", "d'Estaing", "bin-Salman": a lower-case particle joined to a capitalised name.
      // (The scan above noted the first apostrophe or hyphen: a word without one is no such name.)
      if (cls(text.charCodeAt(joint + 1)) === 3 && NAME_PREFIXES.has(text.slice(s, joint))) cap = Case.Title;
    }
    // CoNLL-style detached possessive: "England 's"
    if (n === 1 && (c === 0x73 || c === 0x53) && count > 0 && s >= 2) {
      const q = text.charCodeAt(s - 1);
      if ((q === APOS || q === RSQUO) && isSpace(text.charCodeAt(s - 2)) && out[count - 1].e === tokEnd && tokEnd === s - 2) {
        out[count - 1].poss = true;
        tokEnd = e;
        continue;
      }
    }
    let t: string | null = null; // made below from the final span unless Keep has it
    if (cap === Case.Lower && !poss && keep) {
      const kept = keep.find(text, s, e);
      if (kept === null) continue;
      t = kept;
    }
    // Gap since the previous word: sentence start; since the previous token: adjacency.
    let si = count === 0;
    for (let g = lastWordEnd; g < s; g++) if (GAP[text.charCodeAt(g)] === SEGMENT) si = true;
    let adj = count > 0 && s > tokEnd;
    for (let g = tokEnd; adj && g < s; g++) if (!isSpace(text.charCodeAt(g))) adj = false;
    tokEnd = e;
    if (poss) {
      e -= 2;
      n -= 2;
    }
    let lo: string;
    if (t !== null) lo = t; // a kept lower-case word
    else {
      // One pass over the units for both shared strings (their hashes) and the case shape.
      let h = 0;
      let hl = 0;
      let high = 0;
      let upper = 0;
      let lower = 0;
      for (let k = s; k < e; k++) {
        const d = text.charCodeAt(k);
        high |= d;
        h = (Math.imul(h, 31) + d) | 0;
        hl = (Math.imul(hl, 31) + (d >= 0x41 && d <= 0x5a ? d + 32 : d)) | 0;
        const k2 = cls(d);
        if (k2 === 3) upper++;
        else if (k2 === 1 && !(d >= 0x30 && d <= 0x39)) lower++;
      }
      t = sliceHashed(text, s, e, h, high);
      if (cap === Case.Title && n >= 2 && lower === 0 && upper >= 2) cap = Case.Upper;
      lo = cap === Case.Lower ? t : lowerHashed(text, s, e, hl, high);
    }
    const tok = POOL[count];
    if (tok === undefined) {
      const made: Tok = { s, e, t, lo, cap, si, adj, poss, f: -1 };
      POOL.push(made);
      out[count++] = made;
    } else {
      tok.s = s;
      tok.e = e;
      tok.t = t;
      tok.lo = lo;
      tok.cap = cap;
      tok.si = si;
      tok.adj = adj;
      tok.poss = poss;
      tok.f = -1;
      out[count++] = tok;
    }
  }
  out.length = count;
  return out;
}

/** The first character after token `k` (spaces skipped) is punctuation, or nothing follows. */
export function closedAfter(text: string, toks: Tok[], k: number, to = text.length): boolean {
  let g = toks[k].e + (toks[k].poss ? 2 : 0);
  while (g < to && isSpace(text.charCodeAt(g))) g++;
  return g >= to || cls(text.charCodeAt(g)) === 2;
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
      // Search back at most half a block (never to the start of the text: that would be quadratic).
      const floor = start + (max >> 1);
      end = lastBefore(text, end, floor, 0x0a) ?? lastBefore(text, end, floor, 0x2e, 0x20) ?? lastBefore(text, end, floor, 0x20) ?? end;
    }
    out.push([start, end]);
    start = end;
  }
  return out;
}

/** The index after the last `c` (followed by `next`, if given) in [floor, end), or null. */
function lastBefore(text: string, end: number, floor: number, c: number, next = -1): number | null {
  for (let i = end - 1; i >= floor; i--) {
    if (text.charCodeAt(i) === c && (next < 0 || text.charCodeAt(i + 1) === next)) return next < 0 ? i + 1 : i + 2;
  }
  return null;
}
