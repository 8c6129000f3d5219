/**
 * Text primitives shared by the engine's stages: words and sentences as spans over the
 * unmodified text (half-open UTF-16 offsets). Pure and linear in the length of the text.
 */
import type { Span } from './types';

export interface Word {
  start: number;
  end: number;
  text: string;
}

/**
 * Words: letters/digits with inner apostrophes, hyphens and periods ("O'Brien", "al-Hassan",
 * "U.S.", "Ndung'u"), in text order. Punctuation is not a word.
 */
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’\-.][\p{L}\p{N}\p{M}]+)*\.?/gu;

export function words(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null && m.index < to) {
    let w = m[0];
    // A trailing period belongs to the word only for abbreviations ("Mr.", "U.S.", "Jan.").
    if (w.endsWith('.') && !isAbbreviation(w)) w = w.slice(0, -1);
    out.push({ start: m.index, end: m.index + w.length, text: w });
  }
  return out;
}

const ABBREVIATIONS = new Set([
  'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'sen.', 'rep.', 'gov.', 'gen.', 'lt.', 'col.', 'sgt.',
  'capt.', 'adm.', 'st.', 'jr.', 'sr.', 'rev.', 'hon.', 'pres.', 'sec.', 'amb.', 'maj.', 'cmdr.',
  'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.',
  'no.', 'vs.', 'etc.', 'inc.', 'corp.', 'ltd.', 'co.', 'mt.', 'ft.', 'a.m.', 'p.m.',
]);

/** Longest entry of ABBREVIATIONS, in code units: longer words skip the set look-up. */
const ABBREVIATION_MAX = 6;
const INITIALS = /^(?:\p{L}\.)+$/u;

/**
 * Up to ABBREVIATION_MAX code units of letters and periods, lower-cased as toLowerCase() does for
 * A-Z, packed 5 bits each (a-z 1..26, period 27; no unit is 0, so lengths cannot collide) into
 * one small integer (below 2^30: a V8 small integer, cheap to hash). -1 when a unit is not ASCII
 * (toLowerCase() may map it to ASCII: the caller asks the string set), -2 for another ASCII unit.
 */
function packAbbreviation(text: string, s: number, e: number): number {
  let key = 0;
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    const l = c | 0x20; // A-Z -> a-z
    if (l >= 0x61 && l <= 0x7a) key = key * 32 + (l - 0x60);
    else if (c === 0x2e) key = key * 32 + 27;
    else return c >= 128 ? -1 : -2;
  }
  return key;
}
const ABBREVIATION_KEYS = new Set<number>([...ABBREVIATIONS].map((w) => packAbbreviation(w, 0, w.length)));
/** Every entry packs (letters and periods only): then a word with another ASCII unit is no entry. */
const ALL_ENTRIES_PACK = !ABBREVIATION_KEYS.has(-1) && !ABBREVIATION_KEYS.has(-2);

export function isAbbreviation(word: string): boolean {
  return isAbbreviationAt(word, 0, word.length);
}

/**
 * isAbbreviation(text.slice(s, e)) without making a string for ASCII words: every entry
 * of ABBREVIATIONS and every run of initials ends with a period, and initials alternate
 * letter, period ("U.S."), so most words are ruled out by a few code-unit checks.
 */
export function isAbbreviationAt(text: string, s: number, e: number): boolean {
  const n = e - s;
  if (n < 2 || text.charCodeAt(e - 1) !== 0x2e) return false;
  // Lower-casing never shortens a string, so only words of up to ABBREVIATION_MAX units can be
  // entries; ASCII words are looked up by their packed lower-case code units (no string made).
  if (n <= ABBREVIATION_MAX) {
    const key = packAbbreviation(text, s, e);
    if (key >= 0 ? ABBREVIATION_KEYS.has(key) : (key === -1 || !ALL_ENTRIES_PACK) && ABBREVIATIONS.has(text.slice(s, e).toLowerCase())) return true;
  }
  // Initials and dotted acronyms: "W.", "U.S.", "U.N." (an astral letter takes two code units: the regex decides).
  let astral = false;
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdfff) astral = true;
  }
  if (!astral) {
    if (n % 2 !== 0) return false;
    for (let k = s + 1; k < e; k += 2) if (text.charCodeAt(k) !== 0x2e) return false;
  }
  return INITIALS.test(text.slice(s, e));
}

/**
 * Sentences as spans: split after . ! ? (and a closing quotation mark or bracket) followed by
 * white space and an upper-case letter, digit or opening quote, unless the period ends an
 * abbreviation or an initial. Paragraph breaks (a blank line or a line break) always split.
 */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const BOUNDARY = /([.!?]+)(["'”’»)\]]*)(\s+)(?=["'“‘«„(\[]?[\p{Lu}\p{N}])|\n\s*/gu;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(text)) !== null) {
    if (m[1] !== undefined && m[1] === '.') {
      const before = text.slice(Math.max(start, m.index - 12), m.index + 1);
      const last = /(\S+)$/.exec(before);
      if (last && isAbbreviation(last[1].replace(/^["'“‘(]+/, ''))) continue;
    }
    const end = m[1] !== undefined ? m.index + m[1].length + (m[2]?.length ?? 0) : m.index;
    pushTrimmed(text, start, end, out);
    start = m.index + m[0].length;
  }
  pushTrimmed(text, start, text.length, out);
  return out;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push([start, end]);
}

/**
 * Shared strings for short ASCII words: the same word is read thousands of times in a text and
 * each stage used to make its own copy (and its own lower-case copy) per token; these tables hand
 * back one string per word instead, which also keeps its hash for the lexicon look-ups. Direct-
 * mapped by a hash of the code units; a miss (or a collision) just makes the string. The result
 * is always equal to text.slice(s, e) (respectively its toLowerCase()).
 */
const SHARED_SIZE = 1 << 14;
const SHARED_MASK = SHARED_SIZE - 1;
/** Longer words are rare enough to be made each time. */
const SHARED_MAX_LENGTH = 24;
const sharedExact: string[] = new Array<string>(SHARED_SIZE).fill('');
const sharedLower: string[] = new Array<string>(SHARED_SIZE).fill('');
/** One-code-unit strings by code unit (“ and — are not among V8's cached one-character strings). */
const sharedChar: string[] = new Array<string>(65536).fill(''); // dense: a sparse array is a dictionary

export function charString(text: string, i: number): string {
  const c = text.charCodeAt(i);
  let w = sharedChar[c];
  if (w === '') w = sharedChar[c] = text[i];
  return w;
}

/**
 * text.slice(s, e) as a string that does not hold on to `text`: V8 makes a slice of 13 code units
 * or more a view into its parent, so a table entry that kept one would keep its whole document
 * alive (the tables below, kept from call to call, held dozens of past documents). Two halves of
 * at most 12 are copies, and their concatenation refers to them only.
 */
export function detachedSlice(text: string, s: number, e: number): string {
  if (e - s < 13) return text.slice(s, e);
  const m = (s + e) >> 1;
  return text.slice(s, m) + text.slice(m, e);
}

/** Argument lists of each length for oneByteCopy() (apply() reads its array, never keeps it). */
const CODE_LISTS: number[][] = Array.from({ length: SHARED_MAX_LENGTH + 1 }, (_, n) => new Array<number>(n).fill(0));

/**
 * text.slice(s, e) for a word of 1..SHARED_MAX_LENGTH ASCII code units, made as a one-byte
 * string: a slice of a two-byte text is two-byte, and the lexicons' keys are one-byte, so every
 * Map and Set look-up with it compared two representations (about a third slower). A copy: it
 * does not hold on to `text`.
 */
function oneByteCopy(text: string, s: number, e: number): string {
  const codes = CODE_LISTS[e - s];
  for (let k = s; k < e; k++) codes[k - s] = text.charCodeAt(k);
  return String.fromCharCode.apply(null, codes);
}

/** text.slice(s, e) as a shared string. */
export function sliceShared(text: string, s: number, e: number): string {
  let h = 0;
  let high = 0;
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    high |= c;
    h = (Math.imul(h, 31) + c) | 0;
  }
  return sliceHashed(text, s, e, h, high);
}

/**
 * sliceShared() for a caller that has already read the code units: `h` is their hash
 * (h = h * 31 + c from 0, as 32-bit integers) and `high` their bitwise OR (>= 128: not ASCII).
 */
export function sliceHashed(text: string, s: number, e: number, h: number, high: number): string {
  const n = e - s;
  if (n > SHARED_MAX_LENGTH || n <= 0 || high >= 128) return text.slice(s, e);
  const at = (h ^ (h >>> 14)) & SHARED_MASK;
  const got = sharedExact[at];
  if (got.length === n) {
    let k = 0;
    while (k < n && got.charCodeAt(k) === text.charCodeAt(s + k)) k++;
    if (k === n) return got;
  }
  const w = oneByteCopy(text, s, e);
  sharedExact[at] = w;
  return w;
}

/** text.slice(s, e).toLowerCase() as a shared string. */
export function lowerShared(text: string, s: number, e: number): string {
  const n = e - s;
  if (n > SHARED_MAX_LENGTH || n <= 0) return text.slice(s, e).toLowerCase();
  let h = 0;
  for (let k = s; k < e; k++) {
    let c = text.charCodeAt(k);
    if (c >= 128) return text.slice(s, e).toLowerCase();
    if (c >= 0x41 && c <= 0x5a) c += 32;
    h = (Math.imul(h, 31) + c) | 0;
  }
  return lowerHashed(text, s, e, h, 0);
}

/**
 * lowerShared() for a caller that has already read the code units: `h` is the hash of their
 * lower-case forms (A-Z + 32; h = h * 31 + c from 0, as 32-bit integers: for a word without
 * A-Z the same hash as sliceHashed()'s) and `high` their bitwise OR (>= 128: not ASCII).
 */
export function lowerHashed(text: string, s: number, e: number, h: number, high: number): string {
  const n = e - s;
  if (n > SHARED_MAX_LENGTH || n <= 0 || high >= 128) return text.slice(s, e).toLowerCase();
  const at = (h ^ (h >>> 14)) & SHARED_MASK;
  const got = sharedLower[at];
  if (got.length === n) {
    let k = 0;
    for (; k < n; k++) {
      let c = text.charCodeAt(s + k);
      if (c >= 0x41 && c <= 0x5a) c += 32;
      if (got.charCodeAt(k) !== c) break;
    }
    if (k === n) return got;
  }
  const w = oneByteCopy(text, s, e).toLowerCase();
  sharedLower[at] = w;
  return w;
}

/**
 * s.replace(/\s+/g, ' ').trim(): white space runs as one space, none at the ends. Most phrases
 * already are so (single spaces between words): they are checked code unit by code unit and
 * returned as they are, without the regex and the two new strings.
 */
export function collapseSpaces(s: string): string {
  let prevSpace = true; // a space at the start needs the slow path too
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 0x20) {
      if (prevSpace) return s.replace(SPACE_RUNS, ' ').trim();
      prevSpace = true;
    } else if (charClass(c) === 2) return s.replace(SPACE_RUNS, ' ').trim();
    else prevSpace = false;
  }
  return prevSpace && s.length > 0 ? s.replace(SPACE_RUNS, ' ').trim() : s;
}
const SPACE_RUNS = /\s+/g;

/** A word or a punctuation mark, for clause-level attribution rules. */
export interface Token {
  s: number;
  e: number;
  /** Lower-case text. */
  lo: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** A punctuation mark (one code unit), not a word. */
  punct: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const UPPER_CHAR = /\p{Lu}/u;
/** 0 unknown, 1 word, 2 space, 3 punctuation, 4 upper-case word; filled lazily per code unit. */
const CHAR_CLASS = new Uint8Array(65536);

const isWordClass = (k: number): boolean => k === 1 || k === 4;

/** /\s/.test(String.fromCharCode(c)), by the lazily filled class table (false for NaN: no character). */
export const isWhiteSpaceCode = (c: number): boolean => charClass(c) === 2;

/**
 * At least `n` words (runs of other than white space, as /\S+/ reads them) in text[from, to).
 * A scan of the characters, stopping at the nth word: /\S+\s+\S+.../ on a run with no white
 * space backtracks from every start, quadratic in the run's length.
 */
export function hasWords(text: string, from: number, to: number, n: number): boolean {
  let words = 0;
  let inWord = false;
  for (let k = from; k < to; k++) {
    const space = isWhiteSpaceCode(text.charCodeAt(k));
    if (!space && !inWord && ++words >= n) return true;
    inWord = !space;
  }
  return false;
}

function charClass(c: number): number {
  let k = CHAR_CLASS[c];
  if (k === 0) {
    const ch = String.fromCharCode(c);
    if (c >= 0xd800 && c <= 0xdfff) k = 3;
    else if (/\s/.test(ch)) k = 2;
    else if (WORD_CHAR.test(ch)) k = UPPER_CHAR.test(ch) ? 4 : 1;
    else k = 3;
    CHAR_CLASS[c] = k;
  }
  return k;
}

/**
 * Words and punctuation marks of text[from, to): words keep inner apostrophes, hyphens and
 * periods ("Russia’s", "al-Hassan", "U.S.") and the final period of an abbreviation ("Mr.").
 * Linear in to - from; one object per token.
 */
export function tokens(text: string, from = 0, to = text.length): Token[] {
  return scanTokens(text, from, to, null);
}

/** Token counts with a kept view (longer lists are copied each time). */
const MAX_VIEW_LENGTH = 400;
const NO_VIEW: Token[] = [];

/**
 * Token objects that tokensIn() writes over from one call to the next, for a caller that is
 * done with the tokens before it asks again and keeps none of them. The object array is never
 * shortened: setting a V8 array's length to 0 (or to well under its capacity) drops or trims its
 * backing store, so a shared result array cleared per call regrew from nothing for every
 * sentence (about 3 bytes allocated per character of text). A call that finds n tokens hands
 * back views[n] instead: an array of exactly objects[0..n), made once per length. As the
 * objects never change identity, such an array stays right as long as its length is n (a caller
 * may shorten it: it is made again then).
 */
export class TokenPool {
  readonly objects: Token[] = [];
  readonly views: Token[][] = new Array<Token[]>(MAX_VIEW_LENGTH + 1).fill(NO_VIEW); // dense, not a dictionary

  view(n: number): Token[] {
    let v = this.views[n];
    if (v === undefined || v.length !== n) {
      v = this.objects.slice(0, n);
      if (n <= MAX_VIEW_LENGTH) this.views[n] = v;
    }
    return v;
  }
}

/**
 * tokens() into the objects of `pool`, which the next call with the same pool overwrites (the
 * array is the caller's). Makes no object per token once the pool has grown to the longest text
 * asked about.
 */
export function tokensIn(pool: TokenPool, text: string, from = 0, to = text.length): Token[] {
  return scanTokens(text, from, to, pool);
}

const reusedPool = new TokenPool();

/** tokensIn() with one pool shared by its callers (claims, sentence by sentence). */
export function tokensReused(text: string, from = 0, to = text.length): Token[] {
  return scanTokens(text, from, to, reusedPool);
}

/**
 * Token number n: appended to out (pool null), or written over the pool's object n (out is the
 * pool's objects then; it grows by one object when n reaches its length).
 */
function emit(out: Token[], pool: TokenPool | null, n: number, s: number, e: number, lo: string, cap: boolean, punct: boolean): void {
  if (pool === null || n === out.length) {
    out.push({ s, e, lo, cap, punct });
    return;
  }
  const t = out[n];
  t.s = s;
  t.e = e;
  t.lo = lo;
  t.cap = cap;
  t.punct = punct;
}

function scanTokens(text: string, from: number, to: number, pool: TokenPool | null): Token[] {
  const out: Token[] = pool === null ? [] : pool.objects;
  let count = 0;
  let i = Math.max(0, from);
  const n = Math.min(to, text.length);
  while (i < n) {
    const k = charClass(text.charCodeAt(i));
    if (k === 2) {
      i++;
      continue;
    }
    if (k === 3) {
      emit(out, pool, count++, i, i + 1, charString(text, i), false, true);
      i++;
      continue;
    }
    const s = i;
    let upper = k === 4;
    // Hash of the word's code units with A-Z lowered (for lowerHashed(); for a word without
    // capitals it is sliceHashed()'s hash) and their OR, read once here. A capital other than
    // A-Z is no ASCII: both leave such a word's hash unused.
    let high = text.charCodeAt(i);
    let h = upper ? high + 32 : high;
    // A capital right after an inner mark ("al-Hassan") does not make the word `upper`: its
    // exact text is then made by sliceShared(), whose hash keeps the capital.
    let joinedUpper = false;
    i++;
    for (;;) {
      for (; i < n; i++) {
        const c1 = text.charCodeAt(i);
        const k1 = charClass(c1);
        if (k1 === 4) {
          upper = true;
          h = (Math.imul(h, 31) + c1 + 32) | 0;
        } else if (k1 !== 1) break;
        else h = (Math.imul(h, 31) + c1) | 0;
        high |= c1;
      }
      const d = text.charCodeAt(i);
      // "60,000", "1,250,000": a thousands comma between digits stays in the number
      if (d === 0x2c && thousandsCommaAt(text, i, n)) {
        for (let k = i; k < i + 4; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0;
        high |= d;
        i += 4;
        continue;
      }
      if (i + 1 < n && (d === 0x27 || d === 0x2019 || d === 0x2d || d === 0x2e)) {
        const d1 = text.charCodeAt(i + 1);
        const k1 = charClass(d1);
        if (isWordClass(k1)) {
          if (k1 === 4) joinedUpper = true;
          h = (Math.imul((Math.imul(h, 31) + d) | 0, 31) + (k1 === 4 ? d1 + 32 : d1)) | 0;
          high |= d | d1;
          i += 2;
          continue;
        }
      }
      break;
    }
    if (i < n && text.charCodeAt(i) === 0x2e && isAbbreviationAt(text, s, i + 1)) {
      h = (Math.imul(h, 31) + 0x2e) | 0;
      i++;
    }
    const lo = upper ? lowerHashed(text, s, i, h, high) : joinedUpper ? sliceShared(text, s, i) : sliceHashed(text, s, i, h, high);
    emit(out, pool, count++, s, i, lo, k === 4, false);
  }
  return pool === null ? out : pool.view(count);
}

export const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;
/** Is the comma at i (before n) a thousands comma: a digit before it, exactly three after? */
function thousandsCommaAt(text: string, i: number, n: number): boolean {
  return (
    i + 3 < n && isDigitCode(text.charCodeAt(i - 1)) && isDigitCode(text.charCodeAt(i + 1)) && isDigitCode(text.charCodeAt(i + 2)) &&
    isDigitCode(text.charCodeAt(i + 3)) && !(i + 4 < n && isDigitCode(text.charCodeAt(i + 4)))
  );
}
const isSpaceCode = (c: number): boolean => c === 32 || c === 9 || c === 13 || c === 0xa0;
/** Closing quotation marks and brackets that may follow a sentence's final punctuation. */
const isCloser = (c: number): boolean =>
  c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x29 || c === 0x5d;
/** Opening marks that may stand before a word: " ' “ ‘ ( */
const isOpener = (c: number): boolean => c === 0x22 || c === 0x27 || c === 0x201c || c === 0x2018 || c === 0x28;
/** What may start a sentence: an upper-case letter, a digit or an opening mark. */
const startsSentence = (c: number): boolean =>
  charClass(c) === 4 || (c >= 0x30 && c <= 0x39) || c === 0x22 || c === 0x27 || c === 0x201c || c === 0x2018 || c === 0xab || c === 0x28;

/**
 * If a sentence ends at the punctuation at `i` (. ! ?), the offset where the next one starts
 * (after closing marks and spaces), else -1. Same rule as sentences(): the next sentence starts
 * with a capital, digit or opening mark, and a period after an abbreviation ends nothing.
 */
function sentenceBreakAfter(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c !== 0x2e && c !== 0x21 && c !== 0x3f) return -1;
  let j = i + 1;
  while (j < text.length && (text.charCodeAt(j) === 0x2e || text.charCodeAt(j) === 0x21 || text.charCodeAt(j) === 0x3f || isCloser(text.charCodeAt(j)))) j++;
  const afterMarks = j;
  while (j < text.length && isSpaceCode(text.charCodeAt(j))) j++;
  if (j === afterMarks || j >= text.length || !startsSentence(text.charCodeAt(j))) return -1;
  if (c === 0x2e) {
    let w = i;
    while (w > 0 && i - w < 12 && !isSpaceCode(text.charCodeAt(w - 1)) && text.charCodeAt(w - 1) !== 10) w--;
    // Opening marks before the word are not part of it: ("Mr. -> Mr.
    while (w <= i && isOpener(text.charCodeAt(w))) w++;
    if (isAbbreviationAt(text, w, i + 1)) return -1;
  }
  return j;
}

/**
 * Where sentences can end in one text, found once and reused by every sentenceAt() call on the
 * same string (the stages ask about the same text many times): `key[j]` is the offset of a line
 * break or of a . ! ? that ends a sentence, ascending; `next[j]` is where the following sentence
 * starts (key + 1 for a line break); `nl[j]` is 1 for a line break. The arrays are reused from
 * one text to the next (only the last text's breaks are kept): a typed array is costly to make,
 * and most texts are short.
 */
interface Breaks {
  text: string;
  key: Int32Array;
  next: Int32Array;
  nl: Uint8Array;
  n: number;
}
let lastBreaks: Breaks | null = null;
let keyBuffer = new Int32Array(256);
let nextBuffer = new Int32Array(256);
let nlBuffer = new Uint8Array(256);

function breaksOf(text: string): Breaks {
  if (lastBreaks !== null && lastBreaks.text === text) return lastBreaks;
  lastBreaks = null; // its arrays are overwritten below
  let key = keyBuffer;
  let next = nextBuffer;
  let nl = nlBuffer;
  let cap = key.length;
  let n = 0;
  // The next \n . ! ? by indexOf (a fast native scan) for each, merged in text order.
  const nextOf = (mark: string, from: number): number => {
    const j = text.indexOf(mark, from);
    return j < 0 ? text.length : j;
  };
  let nextLine = nextOf('\n', 0);
  let nextDot = nextOf('.', 0);
  let nextBang = nextOf('!', 0);
  let nextAsk = nextOf('?', 0);
  for (;;) {
    const k = Math.min(nextLine, nextDot, nextBang, nextAsk);
    if (k >= text.length) break;
    const c = text.charCodeAt(k);
    if (k === nextLine) nextLine = nextOf('\n', k + 1);
    else if (k === nextDot) nextDot = nextOf('.', k + 1);
    else if (k === nextBang) nextBang = nextOf('!', k + 1);
    else nextAsk = nextOf('?', k + 1);
    let after = -1;
    if (c === 10) after = k + 1;
    else if (c === 0x2e || c === 0x21 || c === 0x3f) after = sentenceBreakAfter(text, k);
    if (after < 0) continue;
    if (n === cap) {
      cap *= 2;
      const k2 = new Int32Array(cap);
      k2.set(key);
      key = k2;
      const n2 = new Int32Array(cap);
      n2.set(next);
      next = n2;
      const l2 = new Uint8Array(cap);
      l2.set(nl);
      nl = l2;
    }
    key[n] = k;
    next[n] = after;
    nl[n] = c === 10 ? 1 : 0;
    n++;
  }
  keyBuffer = key;
  nextBuffer = next;
  nlBuffer = nl;
  lastBreaks = { text, key, next, nl, n };
  return lastBreaks;
}

/** The first j with b.key[j] >= pos (b.n if none). */
function firstKeyAtOrAfter(b: Breaks, pos: number): number {
  let lo = 0;
  let hi = b.n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (b.key[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The sentence around offset `pos`, looking at most `limit` code units each way (bounded cost);
 * line breaks always end sentences. Consistent with sentences() within the limit.
 * Cost: O(log n) per call after one linear pass over the text (cached for the last text).
 * With `into`, the span is written there and returned (no new array: claims asks once per sentence).
 */
export function sentenceAt(text: string, pos: number, limit = 1000, into?: Span): Span {
  const b = breaksOf(text);
  const j0 = firstKeyAtOrAfter(b, pos);
  // Backwards: the nearest break before pos whose next sentence starts at or before pos.
  let start = Math.max(0, pos - limit);
  for (let j = j0 - 1; j >= 0 && b.key[j] >= start; j--) {
    if (b.nl[j] === 1 || b.next[j] <= pos) {
      start = b.next[j];
      break;
    }
  }
  // Forwards: the first break at or after pos, within the limit.
  const max = Math.min(text.length, pos + limit);
  let end = max;
  if (j0 < b.n && b.key[j0] < max) {
    const k = b.key[j0];
    if (b.nl[j0] === 1) end = k;
    else {
      end = k + 1;
      while (end < text.length && isCloser(text.charCodeAt(end))) end++;
    }
  }
  while (start < end && charClass(text.charCodeAt(start)) === 2) start++;
  while (end > start && charClass(text.charCodeAt(end - 1)) === 2) end--;
  if (into === undefined) return [start, end];
  into[0] = start;
  into[1] = end;
  return into;
}

/** Moves an insertion sort may make per element before sortMostlyOrdered() hands over to sort(). */
const INSERTION_MOVES_PER_ITEM = 4;

/**
 * list.sort(cmp), in place, for a list that is mostly in order already (quotations, claims and
 * mentions come out of their stages nearly sorted). Array.prototype.sort copies every list into
 * a work array first, even an ordered one: sorts made 8% of the engine's allocation. This is an
 * insertion sort (stable, no allocation, linear on an ordered list) that hands the rest over to
 * sort() when elements move far; both are stable, so the order is the one sort() gives.
 */
export function sortMostlyOrdered<T>(list: T[], cmp: (a: T, b: T) => number): T[] {
  let budget = INSERTION_MOVES_PER_ITEM * list.length + 16;
  for (let i = 1; i < list.length; i++) {
    const x = list[i];
    if (cmp(list[i - 1], x) <= 0) continue;
    let j = i - 1;
    while (j >= 0 && cmp(list[j], x) > 0) {
      list[j + 1] = list[j];
      j--;
      budget--;
    }
    list[j + 1] = x;
    if (budget < 0) return list.sort(cmp);
  }
  return list;
}
