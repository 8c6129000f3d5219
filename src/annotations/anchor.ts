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
import { CodePointIndex, splitsPair } from './codepoints';
import { Annotation, AnnotationDoc, CONTEXT_LENGTH, TextQuote, textFingerprint } from './model';
import { approxSearch, editDistance, occurrences } from './similarity';

export const ANCHORING = {
  /** Minimum (50q + 20p + 20s + 2pos)/92 for any anchor. */
  minScore: 0.7,
  /** Minimum score for a long quote found word for word exactly once (its own evidence). */
  minScoreLongUnique: 0.5,
  /** A quote at least this long (UTF-16) counts as long. */
  longQuote: 32,
  /** Minimum 1 − edits/length of the quote for a fuzzy anchor. */
  minQuoteSimilarity: 0.75,
  /** The best place must beat the next-best other place by this much, or it is ambiguous. */
  ambiguityMargin: 0.04,
  /** Raw edit similarity two unrelated English contexts reach by chance; scores above it count. */
  contextChance: 0.4,
  /** Fuzzy search only for quotes of this many UTF-16 units (shorter: too easy to mistake). */
  fuzzyMinLength: 8,
  fuzzyMaxLength: 2000,
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

/** How well the text before `start` agrees with the stored prefix, chance-corrected, 0..1. */
export function prefixAgreement(text: string, start: number, prefix: string): number {
  if (prefix.length === 0) return start === 0 ? 1 : 0;
  const before = text.slice(Math.max(0, start - prefix.length), start);
  return agreement(prefix, before);
}

/** How well the text after `end` agrees with the stored suffix, chance-corrected, 0..1. */
export function suffixAgreement(text: string, end: number, suffix: string): number {
  if (suffix.length === 0) return end === text.length ? 1 : 0;
  const after = text.slice(end, end + suffix.length);
  return agreement(suffix, after);
}

function agreement(stored: string, found: string): number {
  const raw = 1 - editDistance(stored, found) / stored.length;
  return Math.max(0, (raw - ANCHORING.contextChance) / (1 - ANCHORING.contextChance));
}

interface Candidate {
  start: number;
  end: number;
  quoteSimilarity: number;
  score: number;
}

function score(text: string, quote: TextQuote, start: number, end: number, quoteSimilarity: number, hint: number | null): number {
  const p = prefixAgreement(text, start, quote.prefix);
  const s = suffixAgreement(text, end, quote.suffix);
  const pos = hint === null ? 0 : 1 - Math.min(1, Math.abs(start - hint) / Math.max(1, text.length));
  return (50 * quoteSimilarity + 20 * p + 20 * s + 2 * pos) / 92;
}

/** Best candidate if it is good enough and unambiguous; null otherwise. */
function choose(candidates: Candidate[], minScore: (c: Candidate) => number): Candidate | null {
  if (candidates.length === 0) return null;
  const sorted = [...candidates].sort((a, b) => b.score - a.score);
  const best = sorted[0];
  if (best.quoteSimilarity < ANCHORING.minQuoteSimilarity || best.score < minScore(best)) return null;
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
  if (hint !== null && text.startsWith(exact, hint)) {
    const p = prefixAgreement(text, hint, quote.prefix);
    const s = suffixAgreement(text, hint + n, quote.suffix);
    if (p >= 0.5 || s >= 0.5) {
      return { span: [hint, hint + n], score: score(text, quote, hint, hint + n, 1, hint), method: 'position' };
    }
  }

  // 2) exact occurrences
  const starts = occurrences(text, exact, ANCHORING.maxOccurrences);
  const exactCandidates = starts.map((start) => ({ start, end: start + n, quoteSimilarity: 1, score: score(text, quote, start, start + n, 1, hint) }));
  const unique = starts.length === 1;
  const found = choose(exactCandidates, () => (unique && n >= ANCHORING.longQuote ? ANCHORING.minScoreLongUnique : ANCHORING.minScore));
  if (found) return { span: [found.start, found.end], score: found.score, method: 'exact' };
  if (starts.length > 1 && exactCandidates.some((c) => c.score >= ANCHORING.minScore)) {
    return { span: null, score: 0, method: 'none' }; // several good exact places: ambiguous, not fuzzy
  }

  // 3) bounded fuzzy search
  if (n < ANCHORING.fuzzyMinLength || n > ANCHORING.fuzzyMaxLength) return { span: null, score: 0, method: 'none' };
  const maxErrors = Math.floor(n * (1 - ANCHORING.minQuoteSimilarity));
  const candidates: Candidate[] = [...exactCandidates];
  for (const expected of fuzzyWindows(text, quote, hint)) {
    const slack = maxErrors + 8;
    const m = approxSearch(exact, text, expected - slack, expected + n + slack, maxErrors, expected);
    if (!m) continue;
    const quoteSimilarity = 1 - m.errors / n;
    if (candidates.some((c) => c.start === m.start && c.end === m.end)) continue;
    candidates.push({ start: m.start, end: m.end, quoteSimilarity, score: score(text, quote, m.start, m.end, quoteSimilarity, hint) });
  }
  const fuzzy = choose(candidates, () => ANCHORING.minScore);
  if (fuzzy) return { span: [fuzzy.start, fuzzy.end], score: fuzzy.score, method: fuzzy.quoteSimilarity === 1 ? 'exact' : 'fuzzy' };
  return { span: null, score: 0, method: 'none' };
}

/** Expected start offsets worth a fuzzy search, most supported first. */
function fuzzyWindows(text: string, quote: TextQuote, hint: number | null): number[] {
  const n = quote.exact.length;
  const votes = new Map<number, number>();
  const vote = (at: number) => votes.set(at, (votes.get(at) ?? 0) + 1);
  const limit = 20;
  const piece = Math.min(16, Math.max(8, Math.floor(n / 3)));
  if (quote.prefix.length >= 8) {
    const tail = quote.prefix.slice(-Math.min(16, quote.prefix.length));
    for (const at of occurrences(text, tail, limit)) vote(at + tail.length);
  }
  if (quote.suffix.length >= 8) {
    const head = quote.suffix.slice(0, Math.min(16, quote.suffix.length));
    for (const at of occurrences(text, head, limit)) vote(at - n);
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
  return merged.sort((a, b) => b.votes - a.votes).slice(0, ANCHORING.maxWindows).map((w) => w.at);
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
  return { ...rest, quote: quoteAt(text, span), position: { start: index.toCodePoints(span[0]), end: index.toCodePoints(span[1]) } };
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
