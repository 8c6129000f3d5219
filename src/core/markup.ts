/**
 * Markup read as the words it marks up: a same-length copy of the text in which syntax
 * characters are spaces, so every offset found in the copy is valid in the original and every
 * span points at the original words.
 *
 * Markdown, in one pass (two for link destinations), linear in the text:
 *   masked  - at a line's start (after any indentation): blockquote markers `>` (nested too),
 *             list bullets `-` `*` `+` and numbers `1.` `1)` followed by a space, heading
 *             markers `#`…`######` followed by a space or the line's end;
 *           - emphasis and strikethrough runs `*` `**` `_` `__` `~~` that open and close a pair
 *             in one paragraph (CommonMark's flanking rules: a run must touch a word on the
 *             side it faces);
 *           - links and images: `[` (and the image's `!`) and `](destination)`, the link text
 *             staying; a destination has no whitespace, its parentheses balanced;
 *           - a backslash that escapes punctuation (`\*`: the star is then text).
 *   left    - quotation marks and apostrophes, always; an underscore inside a word (`snake_case`);
 *             a run between spaces (`5 * 3`) or with no partner; brackets not followed by a
 *             destination (`[sic]`); `#hashtag`; thematic breaks and setext underlines (`---`).
 *   not recognised (read as prose): code spans and blocks, HTML, tables, reference links,
 *             a heading's closing `#`s, front matter.
 */

import { collapseSpaces } from './text';
import type { Entity } from './types';

/** A markup language the engine can read through. */
export type Markup = 'markdown';

const SPACE = 0x20;
const NEWLINE = 0x0a;
const BACKSLASH = 0x5c;

/** The text with its markup syntax replaced by spaces (the text itself when `markup` is unset). */
export function maskMarkup(text: string, markup: Markup | undefined): string {
  return markup === 'markdown' ? maskMarkdown(text) : text;
}

/**
 * Names and roles read through markup keep the spaces that stood for its syntax: "chief
 * executive of [Fjord Lines](…)" reads "chief executive of Fjord Lines", not "of  Fjord Lines".
 */
export function tidyMarkupNames(entities: Entity[]): void {
  for (const e of entities) {
    e.name = collapseSpaces(e.name);
    if (e.role !== null) e.role = collapseSpaces(e.role);
    e.aliases = [...new Set(e.aliases.map(collapseSpaces))];
  }
}

/** Markdown for a VS Code language id. */
export function markupOfLanguage(languageId: string): Markup | undefined {
  return languageId === 'markdown' ? 'markdown' : undefined;
}

/** Markdown for a file named `*.md` or `*.markdown`. */
export function markupOfFile(name: string): Markup | undefined {
  return /\.(md|markdown)$/i.test(name) ? 'markdown' : undefined;
}

/** One pass over the lines: block markers at each line's start, then inline syntax. */
export function maskMarkdown(text: string): string {
  const masked = new Uint8Array(text.length); // 1: a syntax character, read as a space
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) masked[k] = 1; // (runs are short: a loop beats fill())
  };
  const destinations = linkDestinations(text);
  let next = 0; // the first destination not behind the scan
  const openers = new Map<number, number[]>(); // emphasis runs waiting for a partner, per character
  const brackets: number[] = []; // `[` waiting for `]`
  let i = 0;
  while (i < text.length) {
    // a line's start: block markers; a line with nothing else ends a paragraph (and its open pairs)
    i = blockMarkers(text, i, blank);
    if (isSpaceOrEnd(text.charCodeAt(i))) {
      openers.clear();
      brackets.length = 0;
    }
    for (; i < text.length && text.charCodeAt(i) !== NEWLINE; i++) {
      const c = text.charCodeAt(i);
      if (c === BACKSLASH && isAsciiPunctuation(text.charCodeAt(i + 1))) {
        blank(i, i + 1);
        i++; // the escaped character is text
      } else if (c === 0x2a || c === 0x5f || c === 0x7e) {
        i = emphasisRun(text, i, openers, blank) - 1;
      } else if (c === 0x5b) {
        pushBounded(brackets, i);
      } else if (c === 0x5d && brackets.length > 0) {
        const open = brackets.pop()!;
        while (next < destinations.length && destinations[next] <= i) next += 2;
        const end = destinations[next] === i + 1 ? destinations[next + 1] : undefined;
        if (end !== undefined) {
          blank(open, open + 1);
          if (open > 0 && text.charCodeAt(open - 1) === 0x21) blank(open - 1, open); // image: `![`
          blank(i, end);
          i = end - 1;
        }
      }
    }
    i++; // the newline
  }
  return withSpaces(text, masked);
}

/** The text with its masked characters as spaces (the text itself when none is). */
function withSpaces(text: string, masked: Uint8Array): string {
  const first = masked.indexOf(1);
  if (first < 0) return text;
  const codes = new Uint16Array(text.length - first);
  for (let k = first; k < text.length; k++) codes[k - first] = masked[k] === 1 ? SPACE : text.charCodeAt(k);
  // (in chunks: one call with millions of arguments overflows the stack)
  let out = text.slice(0, first);
  for (let k = 0; k < codes.length; k += 8192) out += String.fromCharCode.apply(null, codes.subarray(k, k + 8192) as unknown as number[]);
  return out;
}

/** Nesting deeper than any article's starts over: memory stays bounded on adversarial input. */
const MAX_OPEN = 64;

function pushBounded(stack: number[], at: number): void {
  if (stack.length >= MAX_OPEN) stack.length = 0;
  stack.push(at);
}

/**
 * Blockquote markers, then a list marker, then a heading marker at a line's start (blanked);
 * returns where the line's text begins.
 */
function blockMarkers(text: string, i: number, blank: (from: number, to: number) => void): number {
  i = skipSpaces(text, i);
  while (text.charCodeAt(i) === 0x3e) { // `>`
    blank(i, i + 1);
    i = skipSpaces(text, i + 1);
  }
  const list = listMarkerEnd(text, i);
  if (list > i) {
    blank(i, list);
    i = skipSpaces(text, list);
  }
  let hashes = i;
  while (hashes < text.length && hashes - i < 7 && text.charCodeAt(hashes) === 0x23) hashes++;
  if (hashes > i && hashes - i <= 6 && isSpaceOrEnd(text.charCodeAt(hashes))) {
    blank(i, hashes);
    i = skipSpaces(text, hashes);
  }
  return i;
}

/** End of a list marker at i (`-`, `*`, `+`, `12.`, `3)` followed by a space), or i when none. */
function listMarkerEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if ((c === 0x2d || c === 0x2a || c === 0x2b) && isSpaceOrEnd(text.charCodeAt(i + 1))) return i + 1;
  let k = i;
  while (k < text.length && k - i < 10 && isDigit(text.charCodeAt(k))) k++;
  const end = text.charCodeAt(k);
  if (k > i && k - i <= 9 && (end === 0x2e || end === 0x29) && isSpaceOrEnd(text.charCodeAt(k + 1))) return k + 1;
  return i;
}

/**
 * A run of `*`, `_` or `~` at i: blanked with its partner when it closes an open run of the same
 * character, else remembered as an opener when it can open one. Returns the run's end.
 */
function emphasisRun(text: string, i: number, openers: Map<number, number[]>, blank: (from: number, to: number) => void): number {
  const c = text.charCodeAt(i);
  const end = runEnd(text, i);
  if (c === 0x7e && end - i !== 2) return end; // strikethrough is `~~` exactly
  const before = i > 0 ? text.charCodeAt(i - 1) : NEWLINE;
  const after = end < text.length ? text.charCodeAt(end) : NEWLINE;
  const left = flanks(before, after); // touches a word on its right
  const right = flanks(after, before); // touches a word on its left
  // an underscore inside a word is text (`snake_case`); a star there is emphasis (`un*frigging*believable`)
  const canOpen = c === 0x5f ? left && (!right || isPunctuation(before)) : left;
  const canClose = c === 0x5f ? right && (!left || isPunctuation(after)) : right;
  const waiting = openers.get(c);
  if (canClose && waiting && waiting.length > 0) {
    const open = waiting.pop()!;
    blank(open, runEnd(text, open));
    blank(i, end);
  } else if (canOpen) {
    if (waiting) pushBounded(waiting, i);
    else openers.set(c, [i]);
  }
  return end;
}

/** The end of the run of equal characters starting at i. */
function runEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  let end = i;
  while (end < text.length && text.charCodeAt(end) === c) end++;
  return end;
}

/** CommonMark's flanking: the side `near` is not a space, and punctuation there needs space or punctuation on `far`. */
function flanks(far: number, near: number): boolean {
  if (isSpaceOrEnd(near)) return false;
  return !isPunctuation(near) || isSpaceOrEnd(far) || isPunctuation(far);
}

/**
 * Link destinations: each `](` whose `(` is closed by a `)` with no whitespace between
 * (parentheses inside balanced), as a flat list [open, end, open, end, …] of the offset of `(`
 * and the offset after `)`, in text order (a destination inside another is left out). One pass
 * with a stack of open parentheses, emptied at each whitespace.
 */
function linkDestinations(text: string): number[] {
  const found: number[] = [];
  const open: number[] = [];
  let links = 0; // how many of the open parentheses follow a `]`
  const followsBracket = (k: number) => k > 0 && text.charCodeAt(k - 1) === 0x5d;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x28) {
      if (open.length >= MAX_OPEN) links = 0; // (the stack starts over)
      pushBounded(open, k);
      if (followsBracket(k)) links++;
    } else if (c === 0x29 && open.length > 0) {
      const o = open.pop()!;
      if (followsBracket(o) && --links === 0) found.push(o, k + 1);
    } else if (isSpaceOrEnd(c)) {
      open.length = 0;
      links = 0;
    }
  }
  return found;
}

function skipSpaces(text: string, i: number): number {
  while (i < text.length && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === 0x09)) i++;
  return i;
}

function isSpaceOrEnd(c: number): boolean {
  return Number.isNaN(c) || c === SPACE || c === 0x09 || c === NEWLINE || c === 0x0d || c === 0xa0 || c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x202f || c === 0x205f;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isAsciiPunctuation(c: number): boolean {
  return (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e);
}

const PUNCTUATION = /[\p{P}\p{S}]/u;

/** Unicode punctuation or symbol (quotation marks, dashes, brackets, `$`). */
function isPunctuation(c: number): boolean {
  return !Number.isNaN(c) && (isAsciiPunctuation(c) || (c > 0x7f && PUNCTUATION.test(String.fromCharCode(c))));
}
