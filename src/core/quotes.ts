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
import { charString, sortMostlyOrdered } from './text';
import type { Span, TextProblem } from './types';

/**
 * Patterns of the functions below, made once: a regular-expression literal in a function body
 * makes a new RegExp object each time it runs (none of these has the g or y flag, so they keep
 * no state between uses).
 */
const RE_SPACE_CHAR = /\s/;
const RE_ELLIPSIS_OR_LETTER = /[…\p{L}]/u;
const RE_DECADE = /^\d\d(?:s|\b)/;
const RE_ELISION_N = /^n['’]/;
const RE_ELIDED_WORD = /^(?:em|tis|til|cause)\b/i;
const RE_CLOSE_FOLLOWER = /^[,.;:!?)\]—–-]$/;

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

/** A family of marks: which characters open it and which close it. */
type Family = 'attr' | 'straight2' | 'double' | 'straight' | 'low' | 'single' | 'straight1' | 'lowsingle' | 'guil' | 'guilrev' | 'sguil' | 'corner' | 'wcorner';

interface Open {
  family: Family;
  pos: number;
}

/** Families that can run over several paragraphs; single quotes cannot. */
const MULTI_PARAGRAPH: ReadonlySet<Family> = new Set(['double', 'straight', 'straight2', 'low', 'guil', 'corner', 'wcorner']);
/** Quotation marks that are typed by mistake or stand for feet/inches often: no problem reported. */
const SILENT: ReadonlySet<Family> = new Set(['straight1', 'attr']);
const MAX_DEPTH = 16;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const isWord = (c: string | undefined): boolean => c !== undefined && c !== '' && LETTER_OR_DIGIT.test(c);
const isSpace = (c: string | undefined): boolean => c === undefined || c === '' || RE_SPACE_CHAR.test(c);
/** Characters after which a mark opens a quotation: start, space, brackets, dashes, other opening marks. */
const isOpeningContext = (c: string | undefined): boolean => isSpace(c) || (c !== undefined && '([{—–-/“‘«‹„‚「『"\''.includes(c));

/**
 * The marks the scanner looks at, and line breaks. Global: searched from its lastIndex (set before
 * each search); the compiled pattern skips other characters about twice as fast as a loop of
 * charCodeAt() and a table read.
 */
const MARK_OR_BREAK = /[“”"‘’'„‚«»‹›「」『』\n]/g;

/** A speaker label in capitals and a colon right after an opening mark: "PENCE: ", "MR. KAINE: ". */
const TRANSCRIPT_LABEL = /^[A-Z][A-Z.'’ -]{1,30}: /;

export function findQuotes(text: string): QuoteScan {
  const quotes: QuoteSpan[] = [];
  const problems: TextProblem[] = [];
  const blankLineParagraphs = /\n[ \t\r]*\n/.test(text);
  let stack: Open[] = [];
  /** Quotations closed inside a still-open outer one; kept in case the outer one never closes. */
  let inner: QuoteSpan[] = [];
  let paragraphs = 1;

  const report = (o: Open, message: string): void => {
    if (!SILENT.has(o.family)) problems.push({ kind: 'unbalanced-quote', span: [o.pos, o.pos + 1] as Span, message });
  };
  const push = (family: Family, pos: number): void => {
    if (stack.length < MAX_DEPTH) stack.push({ family, pos });
  };
  /** Closes the innermost open mark of one of `families`; returns false when none is open. */
  const close = (families: readonly Family[], pos: number): boolean => {
    for (let k = stack.length - 1; k >= 0; k--) {
      if (!families.includes(stack[k].family)) continue;
      for (let j = stack.length - 1; j > k; j--) report(stack[j], 'quotation mark opened here is never closed');
      const open = stack[k];
      stack.length = k;
      const q: QuoteSpan = { start: open.pos, end: pos + 1, paragraphs: k === 0 ? paragraphs : 1 };
      if (open.family === 'attr') return true; // markup: <tweet author="...">
      if (k === 0) {
        quotes.push(q);
        inner = [];
        paragraphs = 1;
      } else inner.push(q);
      return true;
    }
    return false;
  };
  const has = (family: Family): boolean => {
    for (let k = 0; k < stack.length; k++) if (stack[k].family === family) return true;
    return false;
  };
  const hasAny = (families: readonly Family[]): boolean => {
    for (let k = 0; k < stack.length; k++) if (families.includes(stack[k].family)) return true;
    return false;
  };
  const stray = (pos: number): void => {
    problems.push({ kind: 'unbalanced-quote', span: [pos, pos + 1], message: 'closing quotation mark without an opening one' });
  };

  /** At a paragraph break: continue a multi-paragraph quotation or drop what is still open. */
  const endParagraph = (nextStart: number): number => {
    if (stack.length === 0) return nextStart;
    let j = nextStart;
    while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r' || text[j] === '\n')) j++;
    const bottom = stack[0];
    if (paragraphs === 1 && TRANSCRIPT_LABEL.test(text.slice(bottom.pos + 1, bottom.pos + 34))) {
      // "PENCE: Well, look, ...⏎⏎"WALLACE: ...: a transcript turn that opens a mark and leaves it
      // open; the turn is the quotation, up to the end of its paragraph
      let end = nextStart;
      while (end > bottom.pos + 1 && RE_SPACE_CHAR.test(text[end - 1])) end--;
      quotes.push({ start: bottom.pos, end, paragraphs: 1 });
      stack = [];
      inner = [];
      return nextStart;
    }
    if (MULTI_PARAGRAPH.has(bottom.family) && j < text.length && opensFamily(text[j], bottom.family)) {
      for (let k = stack.length - 1; k > 0; k--) report(stack[k], 'quotation mark opened here is never closed');
      stack = [bottom];
      inner = [];
      paragraphs++;
      return j + (bottom.family === 'straight2' ? 2 : 1); // the continuation mark is consumed
    }
    for (const o of stack) report(o, 'quotation mark opened here is never closed in its paragraph');
    // Quotations nested in the unclosed one still stand: keep the outermost of them.
    let last = -1;
    for (const q of sortMostlyOrdered(inner, byStartThenLongest)) {
      if (q.start >= last) {
        quotes.push({ ...q, paragraphs: 1 });
        last = q.end;
      }
    }
    stack = [];
    inner = [];
    paragraphs = 1;
    return nextStart;
  };

  /** ’ and ': an apostrophe, or a single quotation mark closing (or, for ', opening). */
  const single = (c: string, i: number, prev: string | undefined, next: string | undefined): void => {
    if (isWord(prev) && isWord(next)) return; // don’t, Russia’s, Ndung'u
    if (isDecadeOrElision(text, i)) return; // ’90s, ’n’, ’em
    const families: Family[] = c === '’' ? ['single', 'lowsingle'] : ['straight1'];
    if (!isSpace(prev) && !isWord(next) && hasAny(families)) close(families, i);
    else if (c === "'" && isOpeningContext(prev) && isWord(next)) push('straight1', i);
    // otherwise an apostrophe: students’, the Joneses'
  };

  // `pos`: where the search for the next mark resumes (a case may skip ahead).
  let pos = 0;
  for (;;) {
    MARK_OR_BREAK.lastIndex = pos;
    if (!MARK_OR_BREAK.test(text)) break; // test(), not exec(): no match array is made
    const i = MARK_OR_BREAK.lastIndex - 1;
    pos = i + 1;
    // shared one-character strings: text[i] makes a new string for a mark beyond Latin-1 (“ ” ’)
    const c = charString(text, i);
    const prev = i > 0 ? charString(text, i - 1) : undefined;
    const next = i + 1 < text.length ? charString(text, i + 1) : undefined;
    switch (c) {
      case '\n': {
        if (!blankLineParagraphs) pos = endParagraph(i + 1);
        else {
          let j = i + 1;
          while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
          if (text[j] === '\n') pos = endParagraph(j + 1);
        }
        break;
      }
      case '“':
        if (close(['low'], i)) break;
        // “It was close,“ she said: an opening mark typed for the closing one, right after a word
        // or punctuation and before a space or punctuation, while a quotation is open
        if (!isSpace(prev) && !isOpeningContext(prev) && (isSpace(next) || RE_CLOSE_FOLLOWER.test(next!)) && has('double')) close(['double'], i);
        else push('double', i);
        break;
      case '”':
        if (!close(['double', 'low', 'straight'], i)) {
          if (isOpeningContext(prev) && !isSpace(next)) push('double', i); // ”…” (Swedish, or sloppy)
          // ”… what I learned ...,” at a paragraph start: a mistyped opening mark
          else if ((prev === undefined || prev === '\n') && next === ' ' && RE_ELLIPSIS_OR_LETTER.test(text[i + 2] ?? '')) push('double', i);
          else stray(i);
        }
        break;
      case '„':
        push('low', i);
        break;
      case '"':
        if (prev === '=') push('attr', i);
        else if (has('attr')) close(['attr'], i);
        else if (!isSpace(prev) && !isOpeningContext(prev) && (has('straight') || (has('double') && !isWord(next)))) close(['straight', 'double'], i);
        else if (isOpeningContext(prev) && !isSpace(next)) push('straight', i);
        else if (has('straight')) close(['straight'], i);
        else if (!isSpace(next)) push('straight', i);
        else stray(i);
        break;
      case '‘':
        if (!close(['lowsingle'], i) && !isDecadeOrElision(text, i)) push('single', i);
        break;
      case '‚':
        push('lowsingle', i);
        break;
      case "'":
        if (next === "'" && text[i + 2] === "'" && !isSpace(prev) && stack.length >= 2 && stack[stack.length - 1].family === 'straight1' && stack[stack.length - 2].family === 'straight2') {
          // ''He said 'no,''' : the inner single mark closes, then the outer pair
          close(['straight1'], i);
          close(['straight2'], i + 2);
          pos = i + 3;
        } else if (next === "'") {
          // ''Two apostrophes'' stand for a double quotation mark in some wire copy.
          pos = i + 2;
          if (!isSpace(prev) && !isOpeningContext(prev) && has('straight2')) close(['straight2'], i + 1);
          else if (!isSpace(text[i + 2])) push('straight2', i);
          else if (has('straight2')) close(['straight2'], i + 1);
        } else single(c, i, prev, next);
        break;
      case '’':
        single(c, i, prev, next);
        break;
      case '«':
        if (!close(['guilrev'], i)) push('guil', i);
        break;
      case '»':
        if (!close(['guil'], i)) {
          if (isOpeningContext(prev) && !isSpace(next)) push('guilrev', i);
          else stray(i);
        }
        break;
      case '‹':
        push('sguil', i);
        break;
      case '›':
        if (!close(['sguil'], i)) stray(i);
        break;
      case '「':
        push('corner', i);
        break;
      case '」':
        if (!close(['corner'], i)) stray(i);
        break;
      case '『':
        push('wcorner', i);
        break;
      case '』':
        if (!close(['wcorner'], i)) stray(i);
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
function opensFamily(c: string, family: Family): boolean {
  switch (family) {
    case 'double':
      return c === '“' || c === '”';
    case 'straight':
      return c === '"';
    case 'straight2':
      return c === "'";
    case 'low':
      return c === '„' || c === '“';
    case 'guil':
      return c === '«';
    case 'corner':
      return c === '「';
    case 'wcorner':
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
  if (i >= 3 && (text[i - 1] === 'n' || text[i - 1] === 'N') && (text[i - 2] === '’' || text[i - 2] === "'") && RE_SPACE_CHAR.test(text[i - 3])) return true;
  return RE_ELIDED_WORD.test(after);
}
