/**
 * The annotation file's model: human decisions about one article, as held in memory.
 *
 * Positions in this model are in the FILE's unit: Unicode code points, half-open, as the W3C
 * TextPositionSelector counts them. The editor and the engine count UTF-16 code units; convert
 * with `codepoints.ts` at the boundary (anchoring does it, since it has the text).
 *
 * Every value lives once: the decision (enums) under `newsLens`, free text (speaker name, note,
 * role, status) in the W3C `body`. See schemas/annotations.md for the on-disk form.
 */

export const SCHEMA_VERSION = 1;
export const ANNOTATIONS_SUFFIX = '.annotations.json';
export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** What a claim's status can be, set by a fact-checker. */
export const CLAIM_STATUSES = ['unverified', 'verified', 'false', 'misleading', 'disputed'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** What a span can be annotated as: a quote, a claim, or a mention of a speaker. */
export const ANNOTATION_KINDS = ['quote', 'claim', 'speaker'] as const;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];

/** What an entity can be (the engine's EntityKind): a `kind` decision sets one. */
export const ENTITY_KINDS = ['person', 'organization', 'other'] as const;
export type EntityKindValue = (typeof ENTITY_KINDS)[number];

export const DECISIONS = ['add', 'reject', 'speaker', 'status', 'note', 'role', 'merge', 'kind'] as const;
export type DecisionName = (typeof DECISIONS)[number];

/**
 * One human decision about the target span.
 * - add: the span is a quote/claim/speaker mention the engine missed (speaker: who said it,
 *   or for a speaker mention the canonical name it refers to).
 * - reject: the engine's annotation of this kind at this span is wrong.
 * - speaker: the quote/claim at this span was said by `speaker`.
 * - status: the claim at this span has been checked.
 * - note: free text about whatever is at this span.
 * - role: the person mentioned at this span has this role (`person`: their name, for humans).
 * - merge: the person mentioned at this span is the same as `into` (the engine split them).
 * - kind: the entity mentioned at this span is a person, an organisation or another named
 *   source (`person`: its name, for humans and as a fallback when the span names no one).
 */
export type Decision =
  | { decision: 'add'; kind: AnnotationKind; speaker?: string }
  | { decision: 'reject'; kind: AnnotationKind }
  | { decision: 'speaker'; speaker: string }
  | { decision: 'status'; status: ClaimStatus }
  | { decision: 'note'; note: string }
  | { decision: 'role'; role: string; person?: string }
  | { decision: 'merge'; into: string; person?: string }
  | { decision: 'kind'; kind: EntityKindValue; person?: string };

/** W3C motivation for each decision (fixed; checked on read). */
export const MOTIVATION: Record<DecisionName, string> = {
  add: 'classifying',
  reject: 'moderating',
  speaker: 'identifying',
  status: 'assessing',
  note: 'commenting',
  role: 'describing',
  merge: 'linking',
  // W3C: "associate a tag with the Target" (classifying, the closer word, is add's already)
  kind: 'tagging',
};

/** W3C body purpose carrying each decision's free-text value; null when it has none. */
export const BODY_PURPOSE: Record<DecisionName, string | null> = {
  add: 'identifying', // optional: the speaker's name
  reject: null,
  speaker: 'identifying',
  status: 'assessing',
  note: 'commenting',
  role: 'describing',
  merge: 'linking',
  kind: 'tagging', // the tag: "person", "organization" or "other"
};

/** The W3C TextQuoteSelector: the annotated text and up to CONTEXT_LENGTH units either side. */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** Half-open code-point offsets (W3C TextPositionSelector). */
export interface CodePointRange {
  start: number;
  end: number;
}

export interface Annotation {
  /** Stable identifier ("urn:newslens:" + 16 hex digits); never reused. */
  id: string;
  /** Display name of the person (or tool) who made the decision. Untrusted plain text. */
  creator: string;
  /** True when the creator is a program (W3C creator type "Software"), e.g. the engine. */
  software?: boolean;
  /** ISO 8601 date-times. */
  created: string;
  modified: string;
  decision: Decision;
  quote: TextQuote;
  /** Absent when orphaned (or not yet anchored). Code points. */
  position?: CodePointRange;
  /** True when re-anchoring could not find the text again: kept, shown, never attached. */
  orphaned?: boolean;
  /** Items that contradict each other after a merge share a conflict id until resolved. */
  conflict?: string;
}

export interface AnnotationDoc {
  schemaVersion: number;
  /** The article's file name (no directory), e.g. "port-strike.news". */
  article: string;
  /** Fingerprint of the text the positions were computed on (see textFingerprint). */
  articleHash?: string;
  items: Annotation[];
}

/** Characters of context kept either side of the exact text (the Hypothesis convention). */
export const CONTEXT_LENGTH = 32;

/** Limits on what a file may hold; beyond them the file is refused with a clear error. */
export const LIMITS = {
  /** Whole file, in UTF-16 code units (about 20 MB of ASCII). */
  fileChars: 20_000_000,
  items: 100_000,
  /** JSON nesting depth; a valid file needs 6. */
  depth: 32,
  /** Per string, in code points. */
  exact: 20_000,
  context: 64,
  note: 20_000,
  name: 300,
  id: 200,
  article: 1_000,
} as const;

/** The annotation file's name for an article file name: "port-strike.news.annotations.json". */
export function annotationFileName(articleFileName: string): string {
  return articleFileName + ANNOTATIONS_SUFFIX;
}

/** The article's file name for an annotation file name, or null when it is not one. */
export function articleFileNameOf(annotationFile: string): string | null {
  return annotationFile.endsWith(ANNOTATIONS_SUFFIX) ? annotationFile.slice(0, -ANNOTATIONS_SUFFIX.length) : null;
}

/** FNV-1a (32-bit) over UTF-16 code units, with the length: cheap, deterministic, no I/O. */
export function textFingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `fnv1a32:${h.toString(16).padStart(8, '0')}:${text.length}`;
}

/** The body value a decision carries (speaker, status, note, role, into, entity kind), or null. */
export function decisionValue(d: Decision): string | null {
  switch (d.decision) {
    case 'add': return d.speaker ?? null;
    case 'reject': return null;
    case 'speaker': return d.speaker;
    case 'status': return d.status;
    case 'note': return d.note;
    case 'role': return d.role;
    case 'merge': return d.into;
    case 'kind': return d.kind;
  }
}
