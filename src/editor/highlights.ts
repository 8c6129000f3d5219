/**
 * Which text gets which highlight: a pure function of the analysis (no vscode), so the
 * choice is tested on Node. Offsets stay half-open UTF-16 spans; ranges come later.
 */
import type { Analysis, Span } from '../core';

export type HighlightKind = 'speaker' | 'quote' | 'claim' | 'anonymous';
export const HIGHLIGHT_KINDS: readonly HighlightKind[] = ['speaker', 'quote', 'claim', 'anonymous'];

export interface Highlight {
  kind: HighlightKind;
  span: Span;
  /** Index of the named entity (0-based among named entities) for per-speaker tint, or null. */
  speakerIndex: number | null;
}

/**
 * Named speakers' mentions (pronouns only where they introduce a quote or claim, so "he" is
 * not underlined everywhere), anonymous sources, quotes and claims, in text order.
 */
export function highlightsOf(analysis: Analysis): Highlight[] {
  const out: Highlight[] = [];
  const speakerIndex = new Map<string, number>();
  for (const e of analysis.entities) if (!e.anonymous) speakerIndex.set(e.id, speakerIndex.size);
  const anonymousIds = new Set(analysis.entities.filter((e) => e.anonymous).map((e) => e.id));

  const attributions = [...analysis.quotes, ...analysis.claims];
  const speakerSpans = new Set(attributions.filter((a) => a.speaker).map((a) => key(a.speaker as Span)));
  const seenAnonymous = new Set<string>();

  for (const e of analysis.entities) {
    for (const m of e.mentions) {
      if (e.anonymous) {
        seenAnonymous.add(key(m.span));
        out.push({ kind: 'anonymous', span: m.span, speakerIndex: null });
      } else if (m.form !== 'pronoun' || speakerSpans.has(key(m.span))) {
        out.push({ kind: 'speaker', span: m.span, speakerIndex: speakerIndex.get(e.id) ?? null });
      }
    }
  }
  for (const a of attributions) {
    const anonymous = a.anonymous || (a.entity !== null && anonymousIds.has(a.entity));
    if (anonymous && a.speaker && !seenAnonymous.has(key(a.speaker))) {
      seenAnonymous.add(key(a.speaker));
      out.push({ kind: 'anonymous', span: a.speaker, speakerIndex: null });
    }
    const index = a.entity !== null && !anonymous ? (speakerIndex.get(a.entity) ?? null) : null;
    out.push({ kind: a.kind, span: a.span, speakerIndex: index });
  }
  return out.sort((x, y) => x.span[0] - y.span[0] || x.span[1] - y.span[1]);
}

function key(span: Span): string {
  return `${span[0]}:${span[1]}`;
}
