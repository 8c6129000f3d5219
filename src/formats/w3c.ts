/**
 * `w3c`: a W3C Web Annotation AnnotationCollection (JSON-LD, the anno.jsonld context) with one
 * page holding every annotation of one article:
 * - one `identifying` annotation per speaker (person or organisation), targeting each of its
 *   mentions, with the name (`identifying`), the role (`describing`) and "anonymous"
 *   (`tagging`) as bodies;
 * - one `classifying` annotation per quote and claim, with bodies: the class ("quote" or
 *   "claim", `classifying`), a link to the speaker's annotation (a SpecificResource, purpose
 *   `linking`), the cue (a SpecificResource on the article with its own selectors, purpose
 *   `describing`, labelled "cue"), the status (`assessing`) and the note (`commenting`).
 * Every target carries a TextQuoteSelector (exact, with up to 32 code points of prefix and
 * suffix) and a TextPositionSelector, whose start and end count CODE POINTS, as the model says.
 */
import type { Span } from '../core/types';
import { prepare, type ExportDoc, type ExportInput, type ExportSpeaker } from './model';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Code points of context kept on each side of a quote selector (as Hypothesis keeps 32). */
export const CONTEXT_CODE_POINTS = 32;

export interface W3cOptions {
  /** The IRI of the article; default `urn:news-lens:article:<file, percent-encoded>`. */
  source?: string;
}

type Json = Record<string, unknown>;

export function articleIri(file: string): string {
  return 'urn:news-lens:article:' + file.split('/').map(encodeURIComponent).join('/');
}

export function exportW3c(input: ExportInput, options: W3cOptions = {}): string {
  const doc = prepare(input);
  const source = options.source ?? articleIri(doc.file);
  const speakerIri = (s: ExportSpeaker) => `${source}#${encodeURIComponent(s.id)}`;
  const items: Json[] = [];
  for (const s of doc.speakers) {
    const body: Json[] = [textBody(s.name, 'identifying')];
    if (s.role) body.push(textBody(s.role, 'describing'));
    if (s.anonymous) body.push(textBody('anonymous', 'tagging'));
    if (s.extras.note) body.push(textBody(s.extras.note, 'commenting'));
    items.push({
      id: speakerIri(s),
      type: 'Annotation',
      motivation: 'identifying',
      ...provenance(s.extras),
      body,
      target: s.mentions.map((m) => target(doc, source, m)),
    });
  }
  for (const a of doc.attributions) {
    const body: Json[] = [textBody(a.kind, 'classifying')];
    if (a.entity) body.push({ type: 'SpecificResource', source: speakerIri(a.entity), purpose: 'linking' });
    if (a.speaker) body.push({ ...target(doc, source, a.speaker), label: 'speaker', purpose: 'identifying' });
    if (a.cue) body.push({ ...target(doc, source, a.cue), label: 'cue', purpose: 'describing' });
    if (a.anonymous) body.push(textBody('anonymous', 'tagging'));
    if (a.extras.status) body.push(textBody(a.extras.status, 'assessing'));
    if (a.extras.note) body.push(textBody(a.extras.note, 'commenting'));
    items.push({
      id: `${source}#${encodeURIComponent(a.id)}`,
      type: 'Annotation',
      motivation: 'classifying',
      ...provenance(a.extras),
      body,
      target: target(doc, source, a.span),
    });
  }
  const collection = {
    '@context': ANNO_CONTEXT,
    id: `${source}#annotations`,
    type: 'AnnotationCollection',
    label: `News Lens annotations of ${doc.file}`,
    total: items.length,
    first: { id: `${source}#page1`, type: 'AnnotationPage', startIndex: 0, items },
  };
  return JSON.stringify(collection, null, 2) + '\n';
}

function textBody(value: string, purpose: string): Json {
  return { type: 'TextualBody', value, purpose, format: 'text/plain' };
}

function provenance(extras: { source?: string; creator?: string; created?: string }): Json {
  const out: Json = {};
  if (extras.creator) out.creator = { type: 'Person', name: extras.creator };
  else if (extras.source !== 'human') out.creator = { type: 'Software', name: 'News Lens' };
  if (extras.created) out.created = extras.created;
  return out;
}

/** A SpecificResource on the article with quote and position selectors, in code points. */
function target(doc: ExportDoc, source: string, span: Span): Json {
  const [startCp, endCp] = doc.cp.spanToCodePoints(span);
  const start16 = doc.cp.toUtf16(startCp);
  const end16 = doc.cp.toUtf16(endCp);
  const prefixStart = doc.cp.toUtf16(Math.max(0, startCp - CONTEXT_CODE_POINTS));
  const suffixEnd = doc.cp.toUtf16(endCp + CONTEXT_CODE_POINTS);
  return {
    type: 'SpecificResource',
    source,
    selector: [
      {
        type: 'TextQuoteSelector',
        exact: doc.text.slice(start16, end16),
        prefix: doc.text.slice(prefixStart, start16),
        suffix: doc.text.slice(end16, suffixEnd),
      },
      { type: 'TextPositionSelector', start: startCp, end: endCp },
    ],
  };
}
