/**
 * Laying human decisions over the engine's analysis: what the highlights, hovers and views
 * show. Pure. Human decisions win; everything touched by one is marked `source: 'human'`,
 * the rest `source: 'engine'`. Decisions are applied oldest first (by `modified`), so the
 * latest word on a span counts; items in an open conflict and orphans are not applied (the
 * editor lists them instead).
 *
 * Spans: UTF-16, in the text being analysed (`spans` from reanchorDocument or the live shift).
 */
import type { Analysis, Attribution, Entity, Mention, Span } from '../core/types';
import { reanchorDocument } from './anchor';
import { Annotation, AnnotationDoc, ClaimStatus } from './model';

export interface DecisionOnSpan {
  annotation: Annotation;
  span: Span;
}

export interface AppliedDecisions {
  analysis: Analysis;
  /** Claim statuses by attribution id. */
  statuses: Map<string, { status: ClaimStatus; annotation: Annotation }>;
  /** Every anchored decision with its span (notes included), for hovers. */
  decisions: DecisionOnSpan[];
  orphans: Annotation[];
  conflicted: Annotation[];
  /** Decisions whose target the analysis no longer has (e.g. a reject of a quote not found). */
  unapplied: Annotation[];
}

const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
const sameSpan = (a: Span, b: Span) => a[0] === b[0] && a[1] === b[1];

/** The item of `list` on this span: the same span, else the one overlapping at least half of both. */
function onSpan<T>(list: T[], spanOf: (t: T) => Span, span: Span): T | undefined {
  const exact = list.find((t) => sameSpan(spanOf(t), span));
  if (exact) return exact;
  let best: T | undefined;
  let bestShare = 0.5;
  for (const t of list) {
    const s = spanOf(t);
    const share = overlap(s, span) / Math.max(s[1] - s[0], span[1] - span[0]);
    if (share >= bestShare) {
      best = t;
      bestShare = share;
    }
  }
  return best;
}

function clone(analysis: Analysis): Analysis {
  return {
    ...analysis,
    entities: analysis.entities.map((e) => ({ ...e, aliases: [...e.aliases], mentions: [...e.mentions], source: 'engine' as const })),
    quotes: analysis.quotes.map((q) => ({ ...q, source: 'engine' as const })),
    claims: analysis.claims.map((c) => ({ ...c, source: 'engine' as const })),
  };
}

export function applyDecisionsDetailed(analysis: Analysis, doc: AnnotationDoc, text: string, spans?: Map<string, Span | null>): AppliedDecisions {
  const placed = spans ?? reanchorDocument(doc, text).spans;
  const out = clone(analysis);
  const result: AppliedDecisions = { analysis: out, statuses: new Map(), decisions: [], orphans: [], conflicted: [], unapplied: [] };
  let humanIds = 0;
  const entityNamed = (name: string): Entity | undefined => {
    const key = name.trim().toLowerCase();
    return out.entities.find((e) => e.name.toLowerCase() === key) ?? out.entities.find((e) => e.aliases.some((a) => a.toLowerCase() === key));
  };
  const entityAt = (span: Span): Entity | undefined =>
    out.entities.find((e) => e.mentions.some((m) => sameSpan(m.span, span))) ?? out.entities.find((e) => onSpan(e.mentions, (m) => m.span, span) !== undefined);
  /** The entity called `name`, made (with every mention of the name in the text) when new. */
  const person = (name: string): Entity => {
    const found = entityNamed(name);
    if (found) return found;
    const mentions: Mention[] = [];
    for (let at = name.length > 0 ? text.indexOf(name) : -1; at !== -1; at = text.indexOf(name, at + name.length)) {
      mentions.push({ span: [at, at + name.length], form: 'name', rule: 'human.speaker' });
    }
    const entity: Entity = { id: `h${++humanIds}`, kind: 'person', name, role: null, gender: null, aliases: [], mentions, anonymous: false, rule: 'human.speaker', source: 'human' };
    out.entities.push(entity);
    return entity;
  };
  const isCalled = (e: Entity | undefined, name: string): boolean => {
    const key = name.trim().toLowerCase();
    return !!e && (e.name.toLowerCase() === key || e.aliases.some((a) => a.toLowerCase() === key));
  };
  const attributions = () => [...out.quotes, ...out.claims];
  const setSpeaker = (a: Attribution, name: string) => {
    const entity = person(name);
    a.entity = entity.id;
    a.anonymous = false;
    if (a.speaker && !entity.mentions.some((m) => sameSpan(m.span, a.speaker!))) a.speaker = null; // it named someone else
    a.source = 'human';
  };

  // Oldest first; at the same instant a kind decision comes after the others, so it finds the
  // entity a speaker decision made with it (Set Speaker › New organisation… writes both at once).
  const late = (a: Annotation) => (a.decision.decision === 'kind' ? 1 : 0);
  const ordered = [...doc.items].sort((x, y) => (x.modified < y.modified ? -1 : x.modified > y.modified ? 1 : late(x) - late(y)));
  for (const item of ordered) {
    const span = placed.get(item.id) ?? null;
    if (!span || item.orphaned) {
      result.orphans.push(item);
      continue;
    }
    if (item.conflict !== undefined) {
      result.conflicted.push(item);
      continue;
    }
    result.decisions.push({ annotation: item, span });
    const d = item.decision;
    let applied = true;
    switch (d.decision) {
      case 'add': {
        if (d.kind === 'speaker') {
          const entity = person(d.speaker ?? text.slice(span[0], span[1]));
          if (!entity.mentions.some((m) => sameSpan(m.span, span))) {
            entity.mentions = [...entity.mentions, { span, form: 'name', rule: 'human.add' } as Mention].sort((a, b) => a.span[0] - b.span[0]);
          }
          entity.source = 'human';
          break;
        }
        const list = d.kind === 'quote' ? out.quotes : out.claims;
        let a = list.find((x) => sameSpan(x.span, span));
        if (!a) {
          a = { id: `h${d.kind[0]}${++humanIds}`, kind: d.kind, span, speaker: null, entity: null, cue: null, anonymous: false, rule: 'human.add' };
          list.push(a);
          list.sort((x, y) => x.span[0] - y.span[0]);
        }
        a.source = 'human';
        if (d.speaker) setSpeaker(a, d.speaker);
        break;
      }
      case 'reject': {
        if (d.kind === 'speaker') {
          const entity = entityAt(span);
          const mention = entity && onSpan(entity.mentions, (m) => m.span, span);
          if (!entity || !mention) { applied = false; break; }
          entity.mentions = entity.mentions.filter((m) => m !== mention);
          for (const a of attributions()) if (a.speaker && sameSpan(a.speaker, mention.span)) { a.speaker = null; a.entity = null; a.source = 'human'; }
          if (entity.mentions.length === 0) {
            out.entities = out.entities.filter((e) => e !== entity);
            for (const a of attributions()) if (a.entity === entity.id) { a.entity = null; a.source = 'human'; }
          } else {
            entity.source = 'human';
          }
          break;
        }
        const list = d.kind === 'quote' ? out.quotes : out.claims;
        const gone = onSpan(list, (a) => a.span, span);
        if (!gone) { applied = false; break; }
        if (d.kind === 'quote') out.quotes = out.quotes.filter((a) => a !== gone);
        else out.claims = out.claims.filter((a) => a !== gone);
        break;
      }
      case 'speaker': {
        const a = onSpan(attributions(), (x) => x.span, span);
        if (a) setSpeaker(a, d.speaker);
        else applied = false;
        break;
      }
      case 'status': {
        const a = onSpan(out.claims, (x) => x.span, span) ?? onSpan(out.quotes, (x) => x.span, span);
        if (a) result.statuses.set(a.id, { status: d.status, annotation: item });
        else applied = false;
        break;
      }
      case 'note':
        break;
      case 'role': {
        const entity = entityAt(span) ?? (d.person ? entityNamed(d.person) : undefined);
        if (entity) { entity.role = d.role; entity.source = 'human'; } else applied = false;
        break;
      }
      case 'kind': {
        // the entity mentioned here; when the span names someone else (or no one), the one named `person`
        const at = entityAt(span);
        const named = d.person !== undefined ? entityNamed(d.person) : undefined;
        const entity = named && at !== named && !isCalled(at, d.person!) ? named : at;
        if (entity) { entity.kind = d.kind; entity.source = 'human'; } else applied = false;
        break;
      }
      case 'merge': {
        const from = entityAt(span) ?? (d.person ? entityNamed(d.person) : undefined);
        if (!from) { applied = false; break; }
        const into = entityNamed(d.into);
        if (!into) {
          if (from.name !== d.into) from.aliases = [...new Set([...from.aliases, from.name])].filter((x) => x !== d.into);
          from.name = d.into;
          from.source = 'human';
          break;
        }
        if (into === from) break;
        into.mentions = [...into.mentions, ...from.mentions].sort((a, b) => a.span[0] - b.span[0]);
        into.aliases = [...new Set([...into.aliases, from.name, ...from.aliases])].filter((x) => x !== into.name);
        into.role = into.role ?? from.role;
        into.source = 'human';
        for (const a of attributions()) if (a.entity === from.id) { a.entity = into.id; a.source = 'human'; }
        out.entities = out.entities.filter((e) => e !== from);
        break;
      }
    }
    if (!applied) result.unapplied.push(item);
  }
  return result;
}

/** The analysis as the editor shows it: human decisions over the engine's, each marked with its source. */
export function applyDecisions(analysis: Analysis, doc: AnnotationDoc, text: string, spans?: Map<string, Span | null>): Analysis {
  return applyDecisionsDetailed(analysis, doc, text, spans).analysis;
}
