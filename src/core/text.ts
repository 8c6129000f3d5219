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

export function isAbbreviation(word: string): boolean {
  const w = word.toLowerCase();
  if (ABBREVIATIONS.has(w)) return true;
  // Initials and dotted acronyms: "W.", "U.S.", "U.N."
  return /^(?:\p{L}\.)+$/u.test(word);
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
  const out: Token[] = [];
  let i = Math.max(0, from);
  const n = Math.min(to, text.length);
  while (i < n) {
    const k = charClass(text.charCodeAt(i));
    if (k === 2) {
      i++;
      continue;
    }
    if (k === 3) {
      out.push({ s: i, e: i + 1, lo: text[i], cap: false, punct: true });
      i++;
      continue;
    }
    const s = i;
    let upper = k === 4;
    i++;
    for (;;) {
      for (; i < n; i++) {
        const k1 = charClass(text.charCodeAt(i));
        if (k1 === 4) upper = true;
        else if (k1 !== 1) break;
      }
      const d = text.charCodeAt(i);
      if (i + 1 < n && (d === 0x27 || d === 0x2019 || d === 0x2d || d === 0x2e)) {
        if (isWordClass(charClass(text.charCodeAt(i + 1)))) {
          i += 2;
          continue;
        }
      }
      break;
    }
    if (i < n && text.charCodeAt(i) === 0x2e && isAbbreviation(text.slice(s, i + 1))) i++;
    const w = text.slice(s, i);
    out.push({ s, e: i, lo: upper ? w.toLowerCase() : w, cap: k === 4, punct: false });
  }
  return out;
}

const isSpaceCode = (c: number): boolean => c === 32 || c === 9 || c === 13 || c === 0xa0;
/** Closing quotation marks and brackets that may follow a sentence's final punctuation. */
const isCloser = (c: number): boolean =>
  c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x29 || c === 0x5d;
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
    if (isAbbreviation(text.slice(w, i + 1).replace(/^["'“‘(]+/, ''))) return -1;
  }
  return j;
}

/**
 * The sentence around offset `pos`, looking at most `limit` code units each way (bounded cost);
 * line breaks always end sentences. Consistent with sentences() within the limit.
 */
export function sentenceAt(text: string, pos: number, limit = 1000): Span {
  let start = Math.max(0, pos - limit);
  for (let k = pos - 1; k >= start; k--) {
    const c = text.charCodeAt(k);
    if (c === 10) {
      start = k + 1;
      break;
    }
    if (c === 0x2e || c === 0x21 || c === 0x3f) {
      const next = sentenceBreakAfter(text, k);
      if (next >= 0 && next <= pos) {
        start = next;
        break;
      }
    }
  }
  const max = Math.min(text.length, pos + limit);
  let end = max;
  for (let k = pos; k < max; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) {
      end = k;
      break;
    }
    if ((c === 0x2e || c === 0x21 || c === 0x3f) && sentenceBreakAfter(text, k) >= 0) {
      end = k + 1;
      while (end < text.length && isCloser(text.charCodeAt(end))) end++;
      break;
    }
  }
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return [start, end];
}
