/**
 * Writing an annotation file: the same document always gives the same bytes. Keys in a fixed
 * order, 2-space indentation, items sorted by position (start, end) then id, orphans last,
 * a trailing newline. Two colleagues adding annotations in different paragraphs touch
 * different lines, so git merges them without a conflict.
 */
import { Annotation, AnnotationDoc, BODY_PURPOSE, MOTIVATION, W3C_CONTEXT, decisionValue } from './model';

/** Order of items in the file: anchored by (start, end), then unanchored, ties by id. */
export function compareItems(a: Annotation, b: Annotation): number {
  const pa = a.position;
  const pb = b.position;
  if (pa && pb) {
    if (pa.start !== pb.start) return pa.start - pb.start;
    if (pa.end !== pb.end) return pa.end - pb.end;
  } else if (pa || pb) {
    return pa ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function itemJson(a: Annotation, source: string): unknown {
  const d = a.decision;
  const value = decisionValue(d);
  const purpose = BODY_PURPOSE[d.decision];
  const body = value !== null && purpose ? [{ type: 'TextualBody', purpose, value, format: 'text/plain' }] : [];
  const selector: unknown[] = [{ type: 'TextQuoteSelector', exact: a.quote.exact, prefix: a.quote.prefix, suffix: a.quote.suffix }];
  if (a.position && !a.orphaned) selector.push({ type: 'TextPositionSelector', start: a.position.start, end: a.position.end });
  const ext: Record<string, string> = { decision: d.decision };
  if (d.decision === 'add' || d.decision === 'reject') ext.kind = d.kind;
  if ((d.decision === 'role' || d.decision === 'merge' || d.decision === 'kind') && d.person !== undefined) ext.person = d.person;
  if (a.conflict !== undefined) ext.conflict = a.conflict;
  const out: Record<string, unknown> = {
    id: a.id,
    type: 'Annotation',
    motivation: MOTIVATION[d.decision],
    creator: { type: a.software ? 'Software' : 'Person', name: a.creator },
    created: a.created,
    modified: a.modified,
    body,
    target: { source, selector },
    newsLens: ext,
  };
  if (a.orphaned) out.orphaned = true;
  return out;
}

/** The creator name of annotations made by the engine (`news-lens analyze --format annotations`). */
export const ENGINE_CREATOR = 'News Lens engine';

export function serializeAnnotations(doc: AnnotationDoc): string {
  const ext: Record<string, unknown> = { schemaVersion: doc.schemaVersion, article: doc.article };
  if (doc.articleHash !== undefined) ext.articleHash = doc.articleHash;
  const items = [...doc.items].sort(compareItems).map((a) => itemJson(a, doc.article));
  const json = { '@context': W3C_CONTEXT, type: 'AnnotationCollection', newsLens: ext, items };
  return JSON.stringify(json, null, 2) + '\n';
}
