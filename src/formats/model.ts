/**
 * What every exporter reads: an article's analysis (automatic annotations with the human
 * decisions already merged over them) normalised into speakers and attributions in text
 * order, with a code point index and a line index built once per article.
 *
 * Human decisions reach the exporters in either of two ways, both optional:
 * - as fields on the analysis's own objects (a merged analysis may carry `status`, `note`,
 *   `source`, `creator`, `created` on an attribution, `note`/`source` on an entity);
 * - as the side-table `ExportInput.extras`, keyed by attribution or entity id.
 * The side-table wins where both say something.
 */
import type { Analysis, Attribution, Entity, Span } from '../core/types';
import { CodePointIndex } from '../core/codepoints';

/** A claim's (or quote's) verification status, as the fact-checking desk sets it. */
export type ClaimStatus = 'unverified' | 'verified' | 'false' | 'misleading' | 'disputed';
export const CLAIM_STATUSES: readonly ClaimStatus[] = ['unverified', 'verified', 'false', 'misleading', 'disputed'];

/** Who made an annotation: a person (the annotation file) or the engine. */
export type AnnotationSource = 'human' | 'engine';

/** Human decisions about one attribution or entity. */
export interface AnnotationExtras {
  status?: ClaimStatus;
  note?: string;
  source?: AnnotationSource;
  /** Who decided (a name or an IRI), from the annotation file. */
  creator?: string;
  /** When, as an ISO 8601 date-time, from the annotation file. */
  created?: string;
}

export interface ExportInput {
  /** The article's name relative to the export root ("world/xi-visit.txt"), '/'-separated. */
  file: string;
  /** The article text the analysis was made from (UTF-16 offsets point into it). */
  text: string;
  analysis: Analysis;
  /** Human decisions by attribution or entity id; see the module comment. */
  extras?: ReadonlyMap<string, AnnotationExtras>;
}

export interface ExportSpeaker {
  id: string;
  name: string;
  role: string | null;
  kind: Entity['kind'];
  aliases: string[];
  anonymous: boolean;
  mentions: Span[];
  extras: AnnotationExtras;
}

export interface ExportAttribution {
  id: string;
  kind: Attribution['kind'];
  span: Span;
  /** The speaker mention here, or null. */
  speaker: Span | null;
  /** The entity the speaker resolves to, or null. */
  entity: ExportSpeaker | null;
  cue: Span | null;
  anonymous: boolean;
  rule: string;
  extras: AnnotationExtras;
}

export interface ExportDoc {
  file: string;
  text: string;
  speakers: ExportSpeaker[];
  /** Quotes and claims together, in text order (then quotes first, then by id). */
  attributions: ExportAttribution[];
  cp: CodePointIndex;
  /** The 1-based line of a UTF-16 offset (CRLF, LF and CR each end a line). */
  line(offset16: number): number;
  /** The text of a UTF-16 span. */
  slice(span: Span): string;
}

/** Normalises an export input; never throws on a well-typed analysis. */
export function prepare(input: ExportInput): ExportDoc {
  const { text, analysis } = input;
  const extrasOf = (id: string, own: object): AnnotationExtras => ({
    ...pickExtras(own),
    ...(input.extras?.get(id) ?? {}),
  });
  const speakers = analysis.entities.map<ExportSpeaker>((e) => ({
    id: e.id,
    name: e.name,
    role: e.role,
    kind: e.kind,
    aliases: e.aliases,
    anonymous: e.anonymous,
    mentions: e.mentions.map((m) => m.span).sort(bySpan),
    extras: extrasOf(e.id, e),
  }));
  const byId = new Map(speakers.map((s) => [s.id, s]));
  const attributions = [...analysis.quotes, ...analysis.claims]
    .map<ExportAttribution>((a) => ({
      id: a.id,
      kind: a.kind,
      span: a.span,
      speaker: a.speaker,
      entity: a.entity === null ? null : byId.get(a.entity) ?? null,
      cue: a.cue,
      anonymous: a.anonymous,
      rule: a.rule,
      extras: extrasOf(a.id, a),
    }))
    .sort((a, b) => bySpan(a.span, b.span) || kindOrder(a) - kindOrder(b) || a.id.localeCompare(b.id));
  const lineStarts = computeLineStarts(text);
  return {
    file: input.file,
    text,
    speakers,
    attributions,
    cp: new CodePointIndex(text),
    line: (offset) => countAtOrBelow(lineStarts, offset),
    slice: (span) => text.slice(span[0], span[1]),
  };
}

function kindOrder(a: ExportAttribution): number {
  return a.kind === 'quote' ? 0 : 1;
}

function bySpan(a: Span, b: Span): number {
  return a[0] - b[0] || a[1] - b[1];
}

const STATUS_SET = new Set<string>(CLAIM_STATUSES);

/** The extras fields a merged analysis object may carry, type-checked (files are untrusted). */
function pickExtras(own: object): AnnotationExtras {
  const o = own as Record<string, unknown>;
  const out: AnnotationExtras = {};
  if (typeof o.status === 'string' && STATUS_SET.has(o.status)) out.status = o.status as ClaimStatus;
  if (typeof o.note === 'string') out.note = o.note;
  if (o.source === 'human' || o.source === 'engine') out.source = o.source;
  if (typeof o.creator === 'string') out.creator = o.creator;
  if (typeof o.created === 'string') out.created = o.created;
  return out;
}

/** UTF-16 offsets at which each line starts; line 1 starts at 0. */
function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

function countAtOrBelow(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
