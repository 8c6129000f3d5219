import type { Span } from '../../../src/core/types';
import { addAnnotation, emptyDocument } from '../../../src/annotations/create';
import { AnnotationDoc, Decision } from '../../../src/annotations/model';

export const T0 = '2026-11-20T09:00:00.000Z';
export const T1 = '2026-11-21T10:30:00.000Z';
export const T2 = '2026-11-22T16:45:00.000Z';

/** The UTF-16 span of the `nth` occurrence (0-based) of `needle` in `text`; throws if absent. */
export function find(text: string, needle: string, nth = 0): Span {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`"${needle}" (#${nth}) not in text`);
  }
  return [at, at + needle.length];
}

/** A document with the given decisions, each on the first occurrence of its quote. */
export function docWith(text: string, article: string, decisions: Array<[string, Decision, string?, string?]>): AnnotationDoc {
  let doc = emptyDocument(article, text);
  for (const [needle, decision, creator = 'Ana Ruiz', now = T0] of decisions) {
    doc = addAnnotation(doc, text, find(text, needle), decision, { creator, now }).doc;
  }
  return doc;
}
