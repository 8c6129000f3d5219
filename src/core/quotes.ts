/**
 * Quotation-mark pairing: finds the outermost quotations of a text as spans that include their
 * marks. One left-to-right pass with a small stack (linear in the text; the stack is capped).
 *
 * Invariants: a quotation never crosses a paragraph break, except by the newsroom convention of a
 * quotation running over several paragraphs (each paragraph opens with a mark, only the last one
 * closes). Nested quotations are part of the outer one. Apostrophes (Russia’s, rock ’n’ roll, the
 * ’90s, students’, don't) are not quotation marks. Marks left open or closing nothing are reported
 * as 'unbalanced-quote' problems and never produce a quotation.
 */
import { charString, isWhiteSpaceCode, sortMostlyOrdered } from './text';
import type { Span, TextProblem } from './types';

/**
 * Patterns of the functions below, made once: a regular-expression literal in a function body
 * makes a new RegExp object each time it runs (none of these has the g or y flag, so they keep
 * no state between uses).
 */
const RE_ELLIPSIS_OR_LETTER = /[…\p{L}]/u;
const RE_DECADE = /^\d\d(?:s|\b)/;
const RE_ELISION_N = /^n['’]/;
const RE_ELIDED_WORD = /^(?:em|tis|til|cause)\b/i;

export interface QuoteSpan {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just after the closing mark. */
  end: number;
  /** Number of paragraphs the quotation runs over (1 for most). */
  paragraphs: number;
}

export interface QuoteScan {
  quotes: QuoteSpan[];
  problems: TextProblem[];
}

/**
 * Families of marks (which characters open one and which close it), one bit each, so that a set
 * of families is a mask: the scanner's checks then make no array.
 */
const DOUBLE = 1 << 0; // “…”
const STRAIGHT = 1 << 1; // "…"
const STRAIGHT2 = 1 << 2; // ''…''
const LOW = 1 << 3; // „…“
const SINGLE = 1 << 4; // ‘…’
const STRAIGHT1 = 1 << 5; // '…'
const LOWSINGLE = 1 << 6; // ‚…’
const GUIL = 1 << 7; // «…»
const GUILREV = 1 << 8; // »…«
const SGUIL = 1 << 9; // ‹…›
const CORNER = 1 << 10; // 「…」
const WCORNER = 1 << 11; // 『…』
const ATTR = 1 << 12; // markup: author="…"

/** Families that can run over several paragraphs; single quotes cannot. */
const MULTI_PARAGRAPH = DOUBLE | STRAIGHT | STRAIGHT2 | LOW | GUIL | CORNER | WCORNER;
/** Quotation marks that are typed by mistake or stand for feet/inches often: no problem reported. */
const SILENT = STRAIGHT1 | ATTR;
const MAX_DEPTH = 16;

/**
 * The stack of open marks, by family and offset, from the bottom up to the scanner's depth: one
 * pair of arrays for all calls (findQuotes() does not call itself), so an open mark makes no object.
 */
const openFamily = new Int32Array(MAX_DEPTH);
const openPos = new Int32Array(MAX_DEPTH);

/**
 * Tests of the character at offset j (charCodeAt() is NaN outside the text, where there is none:
 * no letter, as good as a space). ASCII by its code; the rest by pattern, on a shared string.
 */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
function isWordAt(text: string, j: number): boolean {
  const c = text.charCodeAt(j);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  return c === c && LETTER_OR_DIGIT.test(charString(text, j));
}
function isSpaceAt(text: string, j: number): boolean {
  const c = text.charCodeAt(j);
  return c !== c || isWhiteSpaceCode(c);
}
/** Characters after which a mark opens a quotation: start, space, brackets, dashes, other opening marks. */
const OPENING_CONTEXT = new Set(Array.from('([{—–-/“‘«‹„‚「『"\'', (ch) => ch.charCodeAt(0)));
const isOpeningContextAt = (text: string, j: number): boolean => isSpaceAt(text, j) || OPENING_CONTEXT.has(text.charCodeAt(j));
/** Characters before which a mistyped “ closes a quotation: punctuation. */
const CLOSE_FOLLOWER = new Set(Array.from(',.;:!?)]—–-', (ch) => ch.charCodeAt(0)));

/**
 * The marks the scanner looks at, and while a quotation is open line breaks too (one ends nothing
 * while none is open). Global: searched from lastIndex (set before each search); the compiled
 * pattern skips other characters about twice as fast as a loop of charCodeAt() and a table read.
 */
const MARK = /[“”"‘’'„‚«»‹›「」『』]/g;
const MARK_OR_BREAK = /[“”"‘’'„‚«»‹›「」『』\n]/g;
const BLANK_LINE = /\n[ \t\r]*\n/;

/** A speaker label in capitals and a colon right after an opening mark: "PENCE: ", "MR. KAINE: ". */
const TRANSCRIPT_LABEL = /^[A-Z][A-Z.'’ -]{1,30}: /;

export function findQuotes(text: string): QuoteScan {
  const quotes: QuoteSpan[] = [];
  const problems: TextProblem[] = [];
  /** Do blank lines separate the paragraphs? Looked up at the first line break in a quotation. */
  let blankLineParagraphs: boolean | undefined;
  /** Open marks: openFamily and openPos below this. */
  let depth = 0;
  /** Quotations closed inside a still-open outer one; kept in case the outer one never closes. */
  let inner: QuoteSpan[] = [];
  let paragraphs = 1;
  // (a new array only when the old one holds quotations: most quotations have none inside)
  const clearInner = (): void => {
    if (inner.length !== 0) inner = [];
  };

  /** Reports the open mark at stack level k. */
  const report = (k: number, message: string): void => {
    if ((openFamily[k] & SILENT) === 0) problems.push({ kind: 'unbalanced-quote', span: [openPos[k], openPos[k] + 1] as Span, message });
  };
  const push = (family: number, pos: number): void => {
    if (depth < MAX_DEPTH) {
      openFamily[depth] = family;
      openPos[depth] = pos;
      depth++;
    }
  };
  /** Closes the innermost open mark of one of `families` (a mask); returns false when none is open. */
  const close = (families: number, pos: number): boolean => {
    for (let k = depth - 1; k >= 0; k--) {
      if ((openFamily[k] & families) === 0) continue;
      for (let j = depth - 1; j > k; j--) report(j, 'quotation mark opened here is never closed');
      depth = k;
      if (openFamily[k] === ATTR) return true; // markup: <tweet author="...">
      const q: QuoteSpan = { start: openPos[k], end: pos + 1, paragraphs: k === 0 ? paragraphs : 1 };
      if (k === 0) {
        quotes.push(q);
        clearInner();
        paragraphs = 1;
      } else inner.push(q);
      return true;
    }
    return false;
  };
  /** Is a mark of one of `families` (a mask) open? */
  const has = (families: number): boolean => {
    for (let k = 0; k < depth; k++) if ((openFamily[k] & families) !== 0) return true;
    return false;
  };
  const stray = (pos: number): void => {
    problems.push({ kind: 'unbalanced-quote', span: [pos, pos + 1], message: 'closing quotation mark without an opening one' });
  };

  /** At a paragraph break: continue a multi-paragraph quotation or drop what is still open. */
  const endParagraph = (nextStart: number): number => {
    if (depth === 0) return nextStart;
    let j = nextStart;
    while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r' || text[j] === '\n')) j++;
    const bottom = openFamily[0];
    const bottomPos = openPos[0];
    if (paragraphs === 1 && TRANSCRIPT_LABEL.test(text.slice(bottomPos + 1, bottomPos + 34))) {
      // "PENCE: Well, look, ...⏎⏎"WALLACE: ...: a transcript turn that opens a mark and leaves it
      // open; the turn is the quotation, up to the end of its paragraph
      let end = nextStart;
      while (end > bottomPos + 1 && isWhiteSpaceCode(text.charCodeAt(end - 1))) end--;
      quotes.push({ start: bottomPos, end, paragraphs: 1 });
      depth = 0;
      clearInner();
      return nextStart;
    }
    if ((bottom & MULTI_PARAGRAPH) !== 0 && j < text.length && opensFamily(text[j], bottom)) {
      for (let k = depth - 1; k > 0; k--) report(k, 'quotation mark opened here is never closed');
      depth = 1;
      clearInner();
      paragraphs++;
      return j + (bottom === STRAIGHT2 ? 2 : 1); // the continuation mark is consumed
    }
    for (let k = 0; k < depth; k++) report(k, 'quotation mark opened here is never closed in its paragraph');
    // Quotations nested in the unclosed one still stand: keep the outermost of them.
    let last = -1;
    for (const q of sortMostlyOrdered(inner, byStartThenLongest)) {
      if (q.start >= last) {
        quotes.push({ ...q, paragraphs: 1 });
        last = q.end;
      }
    }
    depth = 0;
    clearInner();
    paragraphs = 1;
    return nextStart;
  };

  /** ’ or (straight) ' at offset i: an apostrophe, or a single quotation mark closing (or, for ', opening). */
  const single = (straight: boolean, i: number): void => {
    if (isWordAt(text, i - 1) && isWordAt(text, i + 1)) return; // don’t, Russia’s, Ndung'u
    if (isDecadeOrElision(text, i)) return; // ’90s, ’n’, ’em
    const families = straight ? STRAIGHT1 : SINGLE | LOWSINGLE;
    if (!isSpaceAt(text, i - 1) && !isWordAt(text, i + 1) && has(families)) close(families, i);
    else if (straight && isOpeningContextAt(text, i - 1) && isWordAt(text, i + 1)) push(STRAIGHT1, i);
    // otherwise an apostrophe: students’, the Joneses'
  };

  // `pos`: where the search for the next mark resumes (a case may skip ahead). The characters
  // around the mark at i are at i - 1 and i + 1.
  let pos = 0;
  for (;;) {
    const search = depth === 0 ? MARK : MARK_OR_BREAK;
    search.lastIndex = pos;
    if (!search.test(text)) break; // test(), not exec(): no match array is made
    const i = search.lastIndex - 1;
    pos = i + 1;
    switch (text.charCodeAt(i)) {
      case 0x0a: {
        blankLineParagraphs ??= BLANK_LINE.test(text);
        if (!blankLineParagraphs) pos = endParagraph(i + 1);
        else {
          let j = i + 1;
          while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
          if (text[j] === '\n') pos = endParagraph(j + 1);
        }
        break;
      }
      case 0x201c: // “
        if (close(LOW, i)) break;
        // “It was close,“ she said: an opening mark typed for the closing one, right after a word
        // or punctuation and before a space or punctuation, while a quotation is open
        if (!isSpaceAt(text, i - 1) && !isOpeningContextAt(text, i - 1) && (isSpaceAt(text, i + 1) || CLOSE_FOLLOWER.has(text.charCodeAt(i + 1))) && has(DOUBLE)) close(DOUBLE, i);
        else push(DOUBLE, i);
        break;
      case 0x201d: // ”
        if (!close(DOUBLE | LOW | STRAIGHT, i)) {
          if (isOpeningContextAt(text, i - 1) && !isSpaceAt(text, i + 1)) push(DOUBLE, i); // ”…” (Swedish, or sloppy)
          // ”… what I learned ...,” at a paragraph start: a mistyped opening mark
          else if ((i === 0 || text.charCodeAt(i - 1) === 0x0a) && text.charCodeAt(i + 1) === 0x20 && RE_ELLIPSIS_OR_LETTER.test(text[i + 2] ?? '')) push(DOUBLE, i);
          else stray(i);
        }
        break;
      case 0x201e: // „
        push(LOW, i);
        break;
      case 0x22: // "
        if (text.charCodeAt(i - 1) === 0x3d) push(ATTR, i); // author="
        else if (has(ATTR)) close(ATTR, i);
        else if (!isSpaceAt(text, i - 1) && !isOpeningContextAt(text, i - 1) && (has(STRAIGHT) || (has(DOUBLE) && !isWordAt(text, i + 1)))) close(STRAIGHT | DOUBLE, i);
        else if (isOpeningContextAt(text, i - 1) && !isSpaceAt(text, i + 1)) push(STRAIGHT, i);
        else if (has(STRAIGHT)) close(STRAIGHT, i);
        else if (!isSpaceAt(text, i + 1)) push(STRAIGHT, i);
        else stray(i);
        break;
      case 0x2018: // ‘
        if (!close(LOWSINGLE, i) && !isDecadeOrElision(text, i)) push(SINGLE, i);
        break;
      case 0x201a: // ‚
        push(LOWSINGLE, i);
        break;
      case 0x27: // '
        if (text.charCodeAt(i + 1) === 0x27 && text.charCodeAt(i + 2) === 0x27 && !isSpaceAt(text, i - 1) && depth >= 2 && openFamily[depth - 1] === STRAIGHT1 && openFamily[depth - 2] === STRAIGHT2) {
          // ''He said 'no,''' : the inner single mark closes, then the outer pair
          close(STRAIGHT1, i);
          close(STRAIGHT2, i + 2);
          pos = i + 3;
        } else if (text.charCodeAt(i + 1) === 0x27) {
          // ''Two apostrophes'' stand for a double quotation mark in some wire copy.
          pos = i + 2;
          if (!isSpaceAt(text, i - 1) && !isOpeningContextAt(text, i - 1) && has(STRAIGHT2)) close(STRAIGHT2, i + 1);
          else if (!isSpaceAt(text, i + 2)) push(STRAIGHT2, i);
          else if (has(STRAIGHT2)) close(STRAIGHT2, i + 1);
        } else single(true, i);
        break;
      case 0x2019: // ’
        single(false, i);
        break;
      case 0xab: // «
        if (!close(GUILREV, i)) push(GUIL, i);
        break;
      case 0xbb: // »
        if (!close(GUIL, i)) {
          if (isOpeningContextAt(text, i - 1) && !isSpaceAt(text, i + 1)) push(GUILREV, i);
          else stray(i);
        }
        break;
      case 0x2039: // ‹
        push(SGUIL, i);
        break;
      case 0x203a: // ›
        if (!close(SGUIL, i)) stray(i);
        break;
      case 0x300c: // 「
        push(CORNER, i);
        break;
      case 0x300d: // 」
        if (!close(CORNER, i)) stray(i);
        break;
      case 0x300e: // 『
        push(WCORNER, i);
        break;
      case 0x300f: // 』
        if (!close(WCORNER, i)) stray(i);
        break;
    }
  }
  endParagraph(text.length);
  // (nearly always in order already: sortMostlyOrdered() makes no work array then)
  sortMostlyOrdered(quotes, byStart);
  sortMostlyOrdered(problems, byProblemStart);
  return { quotes, problems };
}

const byStart = (a: QuoteSpan, b: QuoteSpan): number => a.start - b.start;
const byStartThenLongest = (a: QuoteSpan, b: QuoteSpan): number => a.start - b.start || b.end - a.end;
const byProblemStart = (a: TextProblem, b: TextProblem): number => a.span[0] - b.span[0];

/** Does `c` open a quotation of `family` (the mark that restarts a continued paragraph)? */
function opensFamily(c: string, family: number): boolean {
  switch (family) {
    case DOUBLE:
      return c === '“' || c === '”';
    case STRAIGHT:
      return c === '"';
    case STRAIGHT2:
      return c === "'";
    case LOW:
      return c === '„' || c === '“';
    case GUIL:
      return c === '«';
    case CORNER:
      return c === '「';
    case WCORNER:
      return c === '『';
    default:
      return false;
  }
}

/** Apostrophes at a word start: the ’90s, rock ’n’ roll, ’em, ’tis. `i` is the mark's offset. */
function isDecadeOrElision(text: string, i: number): boolean {
  const after = text.slice(i + 1, i + 5);
  if (RE_DECADE.test(after)) return true;
  if (RE_ELISION_N.test(after)) return true;
  // the second apostrophe of ’n’
  if (i >= 3 && (text[i - 1] === 'n' || text[i - 1] === 'N') && (text[i - 2] === '’' || text[i - 2] === "'") && isWhiteSpaceCode(text.charCodeAt(i - 3))) return true;
  return RE_ELIDED_WORD.test(after);
}
