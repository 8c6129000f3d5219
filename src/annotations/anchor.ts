/**
 * Re-anchoring: finding each annotation again in a changed article.
 *
 * Order (as Hypothesis): 1) the stored position, kept when the text there still equals the
 * exact quote and its context agrees; 2) every exact occurrence of the quote, scored by
 * context and nearness; 3) a bounded fuzzy search (fewest edits) in windows located by
 * pieces of the prefix, suffix and quote. Each candidate scores
 *   (50·quote + 20·prefix + 20·suffix + 2·position) / 92        (each term in 0..1)
 * and, UNLIKE Hypothesis, must reach MIN_SCORE with a quote similarity of at least
 * MIN_QUOTE_SIMILARITY and clearly beat any other place: otherwise the annotation is an
 * orphan (kept, listed, never attached to look-alike text).
 *
 * Offsets here are UTF-16 (the text's own); the file's code points are converted on the way
 * in (position hint) and out (new TextPositionSelector).
 */
import type { Span } from '../core/types';
import { CodePointIndex, splitsPair } from '../core/codepoints';
import { Annotation, AnnotationDoc, CONTEXT_LENGTH, TextQuote, textFingerprint } from './model';
import { approxSearch, editDistance, occurrences } from './similarity';

export const ANCHORING = {
  /** Minimum (50q + 20p + 20s + 2pos)/92 for any anchor. */
  minScore: 0.7,
  /** Minimum score for a long quote found word for word exactly once (its own evidence). */
  minScoreLongUnique: 0.5,
  /** A quote at least this long (UTF-16) counts as long. */
  longQuote: 24,
  /** Minimum score for a short quote (under fuzzyMinLength units: "he", "Chen"), easily found by chance. */
  minScoreShort: 0.75,
  /** ... and the minimum agreement of each of its two contexts, unless one is intact in full. */
  shortMinContext: 0.3,
  /** Minimum 1 − edits/length of the quote for a fuzzy anchor. */
  minQuoteSimilarity: 0.75,
  /** The best place must beat the next-best other place by this much, or it is ambiguous. */
  ambiguityMargin: 0.04,
  /** Raw edit similarity two unrelated English contexts reach by chance; scores above it count. */
  contextChance: 0.4,
  /** Fuzzy search only for quotes of this many UTF-16 units (shorter: too easy to mistake). */
  fuzzyMinLength: 8,
  fuzzyMaxLength: 2000,
  /** Quotes up to this long get their fuzzy edges refined by the intact prefix/suffix. */
  refineMaxLength: 600,
  /** Exact occurrences scored at most (a quote like "he" can occur hundreds of times). */
  maxOccurrences: 2000,
  /** Fuzzy windows searched at most per annotation. */
  maxWindows: 16,
};

export type AnchorMethod = 'position' | 'exact' | 'fuzzy' | 'none';

export interface Anchor {
  /** UTF-16 half-open span in the new text, or null for an orphan. */
  span: Span | null;
  score: number;
  method: AnchorMethod;
}

/** The TextQuoteSelector for a UTF-16 span: CONTEXT_LENGTH units either side, pairs kept whole. */
export function quoteAt(text: string, span: Span): TextQuote {
  let from = Math.max(0, span[0] - CONTEXT_LENGTH);
  if (splitsPair(text, from)) from += 1;
  let to = Math.min(text.length, span[1] + CONTEXT_LENGTH);
  if (splitsPair(text, to)) to -= 1;
  return { exact: text.slice(span[0], span[1]), prefix: text.slice(from, span[0]), suffix: text.slice(span[1], to) };
}

/**
 * How well the text before `start` agrees with the stored prefix, chance-corrected, 0..1.
 * The text is read over a full context window: a prefix stored short (the quote was at the
 * start of the article) only agrees with a place that is at the start too.
 */
export function prefixAgreement(text: string, start: number, prefix: string): number {
  const before = text.slice(Math.max(0, start - Math.max(prefix.length, CONTEXT_LENGTH)), start);
  let run = 0;
  while (run < prefix.length && run < before.length && prefix[prefix.length - 1 - run] === before[before.length - 1 - run]) run++;
  return Math.max(agreement(prefix, before), run / Math.max(1, prefix.length, before.length));
}

/**
 * How well the text after `end` agrees with the stored suffix, 0..1: the better of the
 * chance-corrected edit similarity and the share of the suffix that follows unchanged right
 * after the quote (the nearest characters are the strongest evidence).
 */
export function suffixAgreement(text: string, end: number, suffix: string): number {
  const after = text.slice(end, end + Math.max(suffix.length, CONTEXT_LENGTH));
  let run = 0;
  while (run < suffix.length && run < after.length && suffix[run] === after[run]) run++;
  return Math.max(agreement(suffix, after), run / Math.max(1, suffix.length, after.length));
}

function agreement(stored: string, found: string): number {
  const longest = Math.max(stored.length, found.length);
  if (longest === 0) return 1;
  const raw = 1 - editDistance(stored, found) / longest;
  return Math.max(0, (raw - ANCHORING.contextChance) / (1 - ANCHORING.contextChance));
}

const WORD = /[\p{L}\p{N}]/u;
const isWordChar = (c: string | undefined) => c !== undefined && c !== '' && WORD.test(c);

/**
 * True when a candidate's edges agree with the original's: a quote that began or ended at a
 * word boundary (a word, a name) does not anchor inside a longer word ("the" in "whether").
 */
function boundariesAgree(text: string, quote: TextQuote, start: number, end: number): boolean {
  const exact = quote.exact;
  const beganWord = isWordChar(exact[0]) && !isWordChar(quote.prefix.slice(-1));
  const endedWord = isWordChar(exact[exact.length - 1]) && !isWordChar(quote.suffix[0]);
  if (beganWord && isWordChar(text[start - 1])) return false;
  if (endedWord && isWordChar(text[end])) return false;
  return true;
}

interface Candidate {
  start: number;
  end: number;
  quoteSimilarity: number;
  /** Prefix and suffix agreement, 0..1. */
  prefix: number;
  suffix: number;
  score: number;
}

function candidate(text: string, quote: TextQuote, start: number, end: number, quoteSimilarity: number, hint: number | null): Candidate {
  const prefix = prefixAgreement(text, start, quote.prefix);
  const suffix = suffixAgreement(text, end, quote.suffix);
  const pos = hint === null ? 0 : 1 - Math.min(1, Math.abs(start - hint) / Math.max(1, text.length));
  const score = (50 * quoteSimilarity + 20 * prefix + 20 * suffix + 2 * pos) / 92;
  return { start, end, quoteSimilarity, prefix, suffix, score };
}

/**
 * Whether a candidate is good enough on its own. A short quote ("he", "the", "Chen") needs
 * context on BOTH sides: one side alone is inherited by whatever word an edit pushes next to it.
 */
function acceptable(c: Candidate, n: number, unique: boolean): boolean {
  if (c.quoteSimilarity < ANCHORING.minQuoteSimilarity) return false;
  if (n < ANCHORING.fuzzyMinLength) {
    return c.score >= ANCHORING.minScoreShort && (Math.min(c.prefix, c.suffix) >= ANCHORING.shortMinContext || c.prefix === 1 || c.suffix === 1);
  }
  return c.score >= (unique && n >= ANCHORING.longQuote && c.quoteSimilarity === 1 ? ANCHORING.minScoreLongUnique : ANCHORING.minScore);
}

/** Best candidate if it is good enough and unambiguous; null otherwise. */
function choose(candidates: Candidate[], good: (c: Candidate) => boolean): Candidate | null {
  if (candidates.length === 0) return null;
  const sorted = [...candidates].sort((a, b) => b.score - a.score);
  const best = sorted[0];
  if (!good(best)) return null;
  const rival = sorted.find((c) => c.end <= best.start || c.start >= best.end);
  if (rival && rival.score > best.score - ANCHORING.ambiguityMargin) return null;
  return best;
}

/**
 * Finds a quote in `text`. `hint` is where it was (UTF-16 start in the new text's terms, from
 * the stored position), or null.
 */
export function anchorQuote(text: string, quote: TextQuote, hint: number | null): Anchor {
  const exact = quote.exact;
  const n = exact.length;
  if (n === 0) return { span: null, score: 0, method: 'none' };

  // 1) the stored position
  if (hint !== null && text.startsWith(exact, hint) && boundariesAgree(text, quote, hint, hint + n)) {
    // (a short quote always goes through step 2, which weighs it against look-alikes nearby)
    const c = candidate(text, quote, hint, hint + n, 1, hint);
    if (n >= ANCHORING.fuzzyMinLength && (c.prefix >= 0.5 || c.suffix >= 0.5)) {
      return { span: [hint, hint + n], score: c.score, method: 'position' };
    }
  }

  // 2) exact occurrences
  const starts = occurrences(text, exact, ANCHORING.maxOccurrences).filter((at) => boundariesAgree(text, quote, at, at + n));
  const exactCandidates = starts.map((start) => candidate(text, quote, start, start + n, 1, hint));
  const unique = starts.length === 1;
  const found = choose(exactCandidates, (c) => acceptable(c, n, unique));
  if (found) return { span: [found.start, found.end], score: found.score, method: 'exact' };
  if (starts.length > 1 && exactCandidates.some((c) => c.score >= ANCHORING.minScore)) {
    return { span: null, score: 0, method: 'none' }; // several good exact places: ambiguous, not fuzzy
  }

  // 3) bounded fuzzy search
  if (n < ANCHORING.fuzzyMinLength || n > ANCHORING.fuzzyMaxLength) return { span: null, score: 0, method: 'none' };
  const maxErrors = Math.floor(n * (1 - ANCHORING.minQuoteSimilarity));
  const candidates: Candidate[] = [...exactCandidates];
  const windows = fuzzyWindows(text, quote, hint);
  const slack = maxErrors + 8;
  for (const expected of windows.starts) {
    const m = approxSearch(exact, text, expected - slack, expected + n + slack, maxErrors, expected);
    if (!m) continue;
    // Edges are cheap to smear in an edit distance ('"Every ' matches "ngle "): where the
    // prefix or the suffix was found intact right next to the match, try that edge too.
    const starts = [m.start, ...windows.afterPrefix.filter((at) => Math.abs(at - m.start) <= slack)];
    const ends = [m.end, ...windows.beforeSuffix.filter((at) => Math.abs(at - m.end) <= slack)];
    for (const start of starts.slice(0, 3)) {
      for (const end of ends.slice(0, 3)) {
        if (end <= start || candidates.some((c) => c.start === start && c.end === end)) continue;
        const errors = start === m.start && end === m.end ? m.errors : n <= ANCHORING.refineMaxLength ? editDistance(exact, text.slice(start, end)) : Infinity;
        if (errors > maxErrors) continue;
        candidates.push(candidate(text, quote, start, end, 1 - errors / n, hint));
      }
    }
  }
  const fuzzy = choose(candidates, (c) => acceptable(c, n, false));
  if (fuzzy) return { span: [fuzzy.start, fuzzy.end], score: fuzzy.score, method: fuzzy.quoteSimilarity === 1 ? 'exact' : 'fuzzy' };
  return { span: null, score: 0, method: 'none' };
}

/**
 * Where to search: expected start offsets, most supported first; plus the offsets right
 * after an intact prefix tail and right before an intact suffix head (candidate edges).
 */
function fuzzyWindows(text: string, quote: TextQuote, hint: number | null): { starts: number[]; afterPrefix: number[]; beforeSuffix: number[] } {
  const n = quote.exact.length;
  const votes = new Map<number, number>();
  const vote = (at: number) => votes.set(at, (votes.get(at) ?? 0) + 1);
  const limit = 20;
  const piece = Math.min(16, Math.max(8, Math.floor(n / 3)));
  const afterPrefix: number[] = [];
  const beforeSuffix: number[] = [];
  if (quote.prefix.length >= 8) {
    const tail = quote.prefix.slice(-Math.min(16, quote.prefix.length));
    for (const at of occurrences(text, tail, limit)) {
      afterPrefix.push(at + tail.length);
      vote(at + tail.length);
    }
  }
  if (quote.suffix.length >= 8) {
    const head = quote.suffix.slice(0, Math.min(16, quote.suffix.length));
    for (const at of occurrences(text, head, limit)) {
      beforeSuffix.push(at);
      vote(at - n);
    }
  }
  if (n >= piece) {
    for (const offset of [0, Math.floor(n / 4), Math.floor(n / 2), Math.floor((3 * n) / 4), n - piece]) {
      const chunk = quote.exact.slice(offset, offset + piece);
      if (chunk.length < 8) continue;
      for (const at of occurrences(text, chunk, limit)) vote(at - offset);
    }
  }
  if (hint !== null) vote(hint);
  // merge expected starts close enough to share a window
  const merged: Array<{ at: number; votes: number }> = [];
  for (const at of [...votes.keys()].sort((a, b) => a - b)) {
    const last = merged[merged.length - 1];
    if (last && at - last.at <= 8) last.votes += votes.get(at)!;
    else merged.push({ at, votes: votes.get(at)! });
  }
  const starts = merged.sort((a, b) => b.votes - a.votes).slice(0, ANCHORING.maxWindows).map((w) => w.at);
  return { starts, afterPrefix, beforeSuffix };
}

export type AnchorOutcome = 'anchored' | 'moved' | 'orphaned';

export interface ReanchorResult {
  /** The document with selectors rewritten for the new text (orphans: no position). */
  doc: AnnotationDoc;
  /** UTF-16 span per annotation id in the new text; null for orphans. */
  spans: Map<string, Span | null>;
  outcomes: Map<string, AnchorOutcome>;
  counts: Record<AnchorOutcome, number>;
}

/** Rewrites one annotation's selectors for a UTF-16 span of `text` (null: orphan it). */
export function placeAnnotation(a: Annotation, text: string, index: CodePointIndex, span: Span | null): Annotation {
  const { position: _position, orphaned: _orphaned, ...rest } = a;
  if (!span) return { ...rest, orphaned: true };
  return { ...rest, quote: quoteAt(text, span), position: { start: index.toCodePoint(span[0], 'ceil'), end: index.toCodePoint(span[1], 'ceil') } };
}

/** Finds every annotation of `doc` again in `text` and rewrites its selectors. */
export function reanchorDocument(doc: AnnotationDoc, text: string): ReanchorResult {
  const index = new CodePointIndex(text);
  const spans = new Map<string, Span | null>();
  const outcomes = new Map<string, AnchorOutcome>();
  const counts: Record<AnchorOutcome, number> = { anchored: 0, moved: 0, orphaned: 0 };
  const items = doc.items.map((a) => {
    const hint = a.position ? index.toUtf16(a.position.start) : null;
    const { span } = anchorQuote(text, a.quote, hint);
    const placed = placeAnnotation(a, text, index, span);
    const outcome: AnchorOutcome = !span
      ? 'orphaned'
      : a.position && !a.orphaned && placed.position!.start === a.position.start && placed.position!.end === a.position.end
        ? 'anchored'
        : 'moved';
    spans.set(a.id, span);
    outcomes.set(a.id, outcome);
    counts[outcome]++;
    return placed;
  });
  return { doc: { ...doc, articleHash: textFingerprint(text), items }, spans, outcomes, counts };
}
