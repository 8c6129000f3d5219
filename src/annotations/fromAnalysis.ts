/**
 * The engine's analysis written as an annotation file (`news-lens analyze --format
 * annotations`): a starting point a team corrects. Quotes and claims become "add" decisions
 * with their speaker's canonical name; named mentions of people and organisations become
 * "add speaker" decisions; an entity's role becomes a "role" decision on its first named
 * mention. The creator is marked as software so the editor tells them from human decisions.
 */
import type { Analysis, Attribution, Entity } from '../core/types';
import { addAnnotation, emptyDocument } from './create';
import { AnnotationDoc, Decision } from './model';

export interface FromAnalysisOptions {
  creator: string;
  /** ISO 8601 time stamped on every annotation. */
  now: string;
  /** The article's file name, e.g. "port-strike.news". */
  source: string;
}

export function annotationsFromAnalysis(text: string, analysis: Analysis, options: FromAnalysisOptions): AnnotationDoc {
  let doc = emptyDocument(options.source, text);
  const byId = new Map<string, Entity>(analysis.entities.map((e) => [e.id, e]));
  const add = (span: [number, number], decision: Decision) => {
    if (span[0] < 0 || span[1] > text.length || span[0] >= span[1]) return; // a span outside the text is the engine's bug, not the file's
    doc = addAnnotation(doc, text, span, decision, { creator: options.creator, now: options.now, software: true }).doc;
  };
  const attribution = (a: Attribution) => {
    const speaker = a.entity ? byId.get(a.entity)?.name : undefined;
    add(a.span, speaker ? { decision: 'add', kind: a.kind, speaker } : { decision: 'add', kind: a.kind });
  };
  analysis.quotes.forEach(attribution);
  analysis.claims.forEach(attribution);
  for (const entity of analysis.entities) {
    if (entity.anonymous || entity.kind === 'other') continue;
    const named = entity.mentions.filter((m) => m.form === 'name' || m.form === 'honorific');
    named.forEach((m) => add(m.span, { decision: 'add', kind: 'speaker', speaker: entity.name }));
    if (entity.role && named.length > 0) add(named[0].span, { decision: 'role', role: entity.role, person: entity.name });
  }
  return doc;
}
