/**
 * What sits at an offset in an analysis: a speaker mention, or a quote or claim. Pure.
 * Offsets are UTF-16 code units; spans are half-open, so `offset === end` is outside.
 */
import type { Analysis, Attribution, Entity, Mention, Span } from '../core';

export type Target =
  | { type: 'entity'; entity: Entity; mention: Mention }
  | { type: 'attribution'; attribution: Attribution; span: Span };

export function contains(span: Span, offset: number): boolean {
  return span[0] <= offset && offset < span[1];
}

/**
 * A mention wins over the quote or claim around it (a name inside a claim shows its person);
 * the speaker span of an attribution with no entity shows that attribution; otherwise the
 * innermost quote or claim containing the offset.
 */
export function targetAt(analysis: Analysis, offset: number): Target | undefined {
  for (const entity of analysis.entities) {
    const mention = entity.mentions.find((m) => contains(m.span, offset));
    if (mention) return { type: 'entity', entity, mention };
  }
  const attributions = [...analysis.quotes, ...analysis.claims];
  const bySpeaker = attributions.find((a) => a.entity === null && a.speaker && contains(a.speaker, offset));
  if (bySpeaker?.speaker) return { type: 'attribution', attribution: bySpeaker, span: bySpeaker.speaker };
  let best: Attribution | undefined;
  for (const a of attributions) {
    if (!contains(a.span, offset)) continue;
    if (!best || a.span[1] - a.span[0] < best.span[1] - best.span[0]) best = a;
  }
  return best ? { type: 'attribution', attribution: best, span: best.span } : undefined;
}

export function entityById(analysis: Analysis, id: string | null): Entity | undefined {
  return id === null ? undefined : analysis.entities.find((e) => e.id === id);
}

/** Quotes and claims attributed to an entity, in text order. */
export function attributionsOf(analysis: Analysis, entityId: string): Attribution[] {
  return [...analysis.quotes, ...analysis.claims]
    .filter((a) => a.entity === entityId)
    .sort((x, y) => x.span[0] - y.span[0]);
}

/**
 * The mention a reader would call the definition: the first whose text is the canonical name,
 * else the first proper-name mention, else the first mention.
 */
export function definingMention(entity: Entity, text: string): Mention | undefined {
  const read = (m: Mention) => text.slice(m.span[0], m.span[1]);
  return (
    entity.mentions.find((m) => read(m) === entity.name) ??
    entity.mentions.find((m) => m.form === 'name') ??
    entity.mentions[0]
  );
}
