/**
 * Scoring rules of ../shared/eval/README.md, as pure functions over spans (used by
 * `npm run eval`; no I/O). All spans are half-open UTF-16 offsets into one document's text.
 *
 * Content match: one-to-one, greedy by largest overlap (in characters). Under the overlap
 * criteria a pair is a candidate when the overlap covers >= 30% (or 80%) of the gold content's
 * characters; under `exact` when both normalised texts are equal (and the spans overlap).
 * Each criterion runs its own greedy matching. Speaker and cue are judged on the 30% pairs.
 */
import type { Analysis, Span } from '../core/types';

/** A gold attribution: each role is a list of fragments (most have one). */
export interface GoldAttribution {
  source: Span[];
  cue: Span[];
  content: Span[];
  direct: boolean;
}

/** A predicted attribution: content fragments, speaker mention and cue as the system gives them. */
export interface PredictedAttribution {
  kind: 'quote' | 'claim';
  content: Span[];
  speaker: Span | null;
  cue: Span | null;
}

export type Criterion = 'overlap30' | 'overlap80' | 'exact';
export const CRITERIA: Criterion[] = ['overlap30', 'overlap80', 'exact'];

/** Counts that add up over documents; precision, recall and F1 come from them at the end. */
export interface Counts {
  matched: number;
  predicted: number;
  gold: number;
}

export interface Ratio {
  correct: number;
  total: number;
}

/** One comparison (all, direct or indirect), summed over documents. */
export interface AttributionCounts {
  content: Record<Criterion, Counts>;
  /** Matched (30%) pairs whose gold has a source: the predicted speaker overlaps it. */
  speaker: Ratio;
  /** Content matched (30%) and speaker right; a gold without source wants no predicted speaker. */
  endToEnd: Counts;
  /** Matched (30%) pairs whose gold has a cue: same cue text, case-insensitive. */
  cue: Ratio;
}

export type Group = 'all' | 'direct' | 'indirect';
export const GROUPS: Group[] = ['all', 'direct', 'indirect'];

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(c: Counts): PRF {
  const precision = c.predicted ? c.matched / c.predicted : 0;
  const recall = c.gold ? c.matched / c.gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

export const accuracy = (r: Ratio): number => (r.total ? r.correct / r.total : 0);

/** Characters shared by a set of fragments and another, in UTF-16 units. */
export function overlap(a: Span[], b: Span[]): number {
  let n = 0;
  for (const [s1, e1] of a) for (const [s2, e2] of b) n += Math.max(0, Math.min(e1, e2) - Math.max(s1, s2));
  return n;
}

export const length = (fragments: Span[]): number => fragments.reduce((n, [s, e]) => n + Math.max(0, e - s), 0);

/** The text of fragments in text order, joined by one space (discontinuous content reads as one string). */
export const textOf = (text: string, fragments: Span[]): string => [...fragments].sort((a, b) => a[0] - b[0]).map(([s, e]) => text.slice(s, e)).join(' ');

/**
 * The characters of fragments, once each: sorted, overlapping or touching ones joined. A quote
 * inside the claim that shares its cue is one piece of content, not two: counted twice, its
 * words would count twice in the overlap and appear twice in the text compared for exact match.
 */
export function unionOf(fragments: Span[]): Span[] {
  const sorted = [...fragments].sort((a, b) => a[0] - b[0]);
  const out: Span[] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

const QUOTE_MARKS = '"\'“”‘’«»„‚‹›「」『』';
const FINAL_PUNCTUATION = '.,;:!?…';

/**
 * Content text for exact match: white space trimmed, outer quotation marks and final
 * punctuation removed, repeatedly (so `“We won.”`, `We won.` and ` "We won" ` agree).
 * Case and inner text are kept.
 */
export function normalizeContent(s: string): string {
  let prev: string;
  do {
    prev = s;
    s = s.trim();
    while (s.length > 0 && QUOTE_MARKS.includes(s[0])) s = s.slice(1);
    while (s.length > 0 && (QUOTE_MARKS.includes(s[s.length - 1]) || FINAL_PUNCTUATION.includes(s[s.length - 1]))) s = s.slice(0, -1);
  } while (s !== prev);
  return s;
}

/** The one-to-one pairs [prediction index, gold index] under a criterion, greedy by overlap. */
export function matchContent(text: string, predicted: PredictedAttribution[], gold: GoldAttribution[], criterion: Criterion): Array<[number, number]> {
  const candidates: Array<[overlap: number, p: number, g: number]> = [];
  gold.forEach((g, gi) => {
    const goldLength = length(g.content);
    const goldText = criterion === 'exact' ? normalizeContent(textOf(text, g.content)) : '';
    predicted.forEach((p, pi) => {
      const shared = overlap(p.content, g.content);
      if (shared <= 0) return;
      const ok =
        criterion === 'exact'
          ? normalizeContent(textOf(text, p.content)) === goldText
          : shared >= (criterion === 'overlap30' ? 0.3 : 0.8) * goldLength;
      if (ok) candidates.push([shared, pi, gi]);
    });
  });
  return greedyOneToOne(candidates);
}

/**
 * One-to-one assignment from candidate pairs [overlap, prediction, gold]: largest overlap
 * first (ties in text order of the gold, then of the prediction); each side used once.
 */
export function greedyOneToOne(candidates: Array<[overlap: number, p: number, g: number]>): Array<[number, number]> {
  const sorted = [...candidates].sort((x, y) => y[0] - x[0] || x[2] - y[2] || x[1] - y[1]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const [, pi, gi] of sorted) {
    if (usedP.has(pi) || usedG.has(gi)) continue;
    usedP.add(pi);
    usedG.add(gi);
    pairs.push([pi, gi]);
  }
  return pairs;
}

export function emptyAttributionCounts(): AttributionCounts {
  const counts = (): Counts => ({ matched: 0, predicted: 0, gold: 0 });
  return {
    content: { overlap30: counts(), overlap80: counts(), exact: counts() },
    speaker: { correct: 0, total: 0 },
    endToEnd: counts(),
    cue: { correct: 0, total: 0 },
  };
}

const cueText = (s: string): string => s.trim().toLowerCase();

/** Scores one document's predictions against its gold and adds the result to `into`. */
export function addAttributionScore(into: AttributionCounts, text: string, predicted: PredictedAttribution[], gold: GoldAttribution[]): void {
  for (const criterion of CRITERIA) {
    const c = into.content[criterion];
    c.predicted += predicted.length;
    c.gold += gold.length;
    c.matched += matchContent(text, predicted, gold, criterion).length;
  }
  into.endToEnd.predicted += predicted.length;
  into.endToEnd.gold += gold.length;
  for (const [pi, gi] of matchContent(text, predicted, gold, 'overlap30')) {
    const p = predicted[pi];
    const g = gold[gi];
    const speakerRight = g.source.length > 0 ? p.speaker !== null && overlap([p.speaker], g.source) > 0 : p.speaker === null;
    if (g.source.length > 0) {
      into.speaker.total += 1;
      if (speakerRight) into.speaker.correct += 1;
    }
    if (speakerRight) into.endToEnd.matched += 1;
    if (g.cue.length > 0) {
      into.cue.total += 1;
      if (p.cue !== null && cueText(text.slice(p.cue[0], p.cue[1])) === cueText(textOf(text, g.cue))) into.cue.correct += 1;
    }
  }
}

/**
 * The three comparisons of the rules: all predictions against all gold, quotes against
 * direct gold, claims against indirect gold.
 */
export function addDocumentScore(into: Record<Group, AttributionCounts>, text: string, predicted: PredictedAttribution[], gold: GoldAttribution[]): void {
  addAttributionScore(into.all, text, predicted, gold);
  addAttributionScore(into.direct, text, predicted.filter((p) => p.kind === 'quote'), gold.filter((g) => g.direct));
  addAttributionScore(into.indirect, text, predicted.filter((p) => p.kind === 'claim'), gold.filter((g) => !g.direct));
}

/**
 * An analysis as predictions. Quotes and claims that share one cue span are one attribution
 * with several content fragments, as PolNeAR annotates `“A,” she said. “B.”` (one source, one
 * cue, two pieces of content; a member inside another adds no characters: `unionOf`); such a group
 * is a quote if any member is. `group: false`
 * scores every quote and claim on its own.
 */
export function predictionsOf(analysis: Pick<Analysis, 'quotes' | 'claims'>, group = true): PredictedAttribution[] {
  const all = [...analysis.quotes, ...analysis.claims]
    .map((a) => ({ kind: a.kind, content: [a.span], speaker: a.speaker, cue: a.cue }) as PredictedAttribution)
    .sort((x, y) => x.content[0][0] - y.content[0][0]);
  if (!group) return all;
  const byCue = new Map<string, PredictedAttribution>();
  const out: PredictedAttribution[] = [];
  for (const p of all) {
    const key = p.cue ? `${p.cue[0]}:${p.cue[1]}` : null;
    const first = key === null ? undefined : byCue.get(key);
    if (first) {
      first.content = unionOf([...first.content, ...p.content]);
      if (p.kind === 'quote') first.kind = 'quote';
      if (first.speaker === null) first.speaker = p.speaker;
      continue;
    }
    const copy = { ...p, content: [...p.content] };
    out.push(copy);
    if (key !== null) byCue.set(key, copy);
  }
  return out;
}

/**
 * Person names as CoNLL-2003 marks them, from an analysis: the mentions of person entities
 * that are names ("Xi Jinping", "Xi") or honorific + name ("Mr Xi"); for the latter the
 * title word and the white space after it are dropped ("Mr Xi" -> "Xi"), since CoNLL leaves
 * titles out of PER spans. Pronouns, role nouns and groups are not names. Sorted, no duplicates.
 */
export function predictedPersonNames(text: string, analysis: Pick<Analysis, 'entities'>): Span[] {
  const spans = new Map<string, Span>();
  for (const entity of analysis.entities) {
    if (entity.kind !== 'person') continue;
    for (const m of entity.mentions) {
      const end = m.span[1];
      let start = m.span[0];
      if (m.form === 'honorific') {
        const title = /^\S+\s+/.exec(text.slice(start, end));
        if (title) start += title[0].length;
      } else if (m.form !== 'name') continue;
      if (end > start) spans.set(`${start}:${end}`, [start, end]);
    }
  }
  return [...spans.values()].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

export interface NameCounts {
  exact: Counts;
  overlap: Counts;
}

export const emptyNameCounts = (): NameCounts => ({ exact: { matched: 0, predicted: 0, gold: 0 }, overlap: { matched: 0, predicted: 0, gold: 0 } });

/** Person names of one document: exact span match, and one-to-one greedy overlap match. */
export function addNameScore(into: NameCounts, predicted: Span[], gold: Span[]): void {
  const unique = (spans: Span[]) => [...new Map(spans.map((s) => [`${s[0]}:${s[1]}`, s] as const)).values()];
  const p = unique(predicted);
  const g = unique(gold);
  const goldKeys = new Set(g.map((s) => `${s[0]}:${s[1]}`));
  into.exact.predicted += p.length;
  into.exact.gold += g.length;
  into.exact.matched += p.filter((s) => goldKeys.has(`${s[0]}:${s[1]}`)).length;

  const candidates: Array<[number, number, number]> = [];
  p.forEach((ps, pi) => g.forEach((gs, gi) => {
    const shared = overlap([ps], [gs]);
    if (shared > 0) candidates.push([shared, pi, gi]);
  }));
  into.overlap.predicted += p.length;
  into.overlap.gold += g.length;
  into.overlap.matched += greedyOneToOne(candidates).length;
}
