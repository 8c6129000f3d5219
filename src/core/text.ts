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
