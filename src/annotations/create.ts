/**
 * Making and changing annotations. Pure: the clock comes in as `now` (ISO string), ids are
 * derived from the content (no randomness), positions are computed from the text.
 */
import type { Span } from '../core/types';
import { quoteAt } from './anchor';
import { CodePointIndex } from '../core/codepoints';
import { Annotation, AnnotationDoc, Decision, SCHEMA_VERSION, decisionValue, textFingerprint } from './model';

function fnv(text: string, seed: number): string {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** A 64-bit content id; `taken` ids are skipped by re-hashing with a counter. */
export function annotationId(parts: string[], taken?: ReadonlySet<string>): string {
  const key = parts.join('\u0000');
  for (let n = 0; ; n++) {
    const k = n === 0 ? key : `${key}\u0000${n}`;
    const id = `urn:newslens:${fnv(k, 0x811c9dc5)}${fnv(k, 0x050c5d1f)}`;
    if (!taken?.has(id)) return id;
  }
}

export function emptyDocument(article: string, text?: string): AnnotationDoc {
  const doc: AnnotationDoc = { schemaVersion: SCHEMA_VERSION, article, items: [] };
  if (text !== undefined) doc.articleHash = textFingerprint(text);
  return doc;
}

export interface MakeOptions {
  creator: string;
  /** ISO 8601 time of the decision. */
  now: string;
  software?: boolean;
  /** Ids already used in the document. */
  taken?: ReadonlySet<string>;
}

/** An annotation for a UTF-16 span of `text`, with its quote and code-point position. */
export function makeAnnotation(text: string, span: Span, decision: Decision, options: MakeOptions, index = new CodePointIndex(text)): Annotation {
  const quote = quoteAt(text, span);
  const position = { start: index.toCodePoint(span[0], 'ceil'), end: index.toCodePoint(span[1], 'ceil') };
  const id = annotationId(
    [options.creator, options.now, decision.decision, 'kind' in decision ? decision.kind : '', decisionValue(decision) ?? '', String(position.start), String(position.end)],
    options.taken,
  );
  const a: Annotation = { id, creator: options.creator, created: options.now, modified: options.now, decision, quote, position };
  if (options.software) a.software = true;
  return a;
}

/** Adds an annotation, returning a new document. */
export function addAnnotation(doc: AnnotationDoc, text: string, span: Span, decision: Decision, options: Omit<MakeOptions, 'taken'>): { doc: AnnotationDoc; annotation: Annotation } {
  const annotation = makeAnnotation(text, span, decision, { ...options, taken: new Set(doc.items.map((a) => a.id)) });
  return { doc: { ...doc, items: [...doc.items, annotation] }, annotation };
}

/** Replaces one annotation's decision (e.g. a new note text), stamping `modified`. */
export function updateDecision(doc: AnnotationDoc, id: string, decision: Decision, now: string): AnnotationDoc {
  return { ...doc, items: doc.items.map((a) => (a.id === id ? { ...a, decision, modified: now } : a)) };
}

/** Removes annotations by id (undoing a reject, deleting a note, resolving a conflict). */
export function removeAnnotations(doc: AnnotationDoc, ids: Iterable<string>): AnnotationDoc {
  const gone = new Set(ids);
  return { ...doc, items: doc.items.filter((a) => !gone.has(a.id)) };
}
