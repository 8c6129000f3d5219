/**
 * The corpus line format of `news-lens analyze --jsonl`: one document in, one record out.
 *
 * In:  `{"id": "...", "text": "...", ...}` (other fields are ignored).
 * Out: `{"id", "entities": [{"id", "kind", "name", "role", "aliases", "mentions": [[s,e],...]}],
 *       "quotes": [{"id", "span", "speaker", "entity", "cue", "rule"}], "claims": [same]}`.
 * Offsets are the engine's: half-open UTF-16 indices into the document's `text`.
 * Key order is fixed (it is what corpus users diff), and nothing else is emitted.
 */
import type { Analysis, Attribution, Entity, Span } from '../core/types';

/** A document id as given on the input line: a string or a number, echoed unchanged. */
export type DocumentId = string | number;

export interface JsonlEntity {
  id: string;
  kind: Entity['kind'];
  name: string;
  role: string | null;
  aliases: string[];
  mentions: Span[];
}

export interface JsonlAttribution {
  id: string;
  span: Span;
  speaker: Span | null;
  entity: string | null;
  cue: Span | null;
  rule: string;
}

export interface JsonlRecord {
  id: DocumentId;
  entities: JsonlEntity[];
  quotes: JsonlAttribution[];
  claims: JsonlAttribution[];
}

/** One input line, read: either a document or the reason it cannot be analysed. */
export type JsonlDocument = { ok: true; id: DocumentId; text: string } | { ok: false; error: string };

const span = (s: Span): Span => [s[0], s[1]];

function toJsonlEntity(entity: Entity): JsonlEntity {
  return {
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    role: entity.role,
    aliases: [...entity.aliases],
    mentions: entity.mentions.map((m) => span(m.span)),
  };
}

function toJsonlAttribution(a: Attribution): JsonlAttribution {
  return {
    id: a.id,
    span: span(a.span),
    speaker: a.speaker ? span(a.speaker) : null,
    entity: a.entity,
    cue: a.cue ? span(a.cue) : null,
    rule: a.rule,
  };
}

/** Maps an analysis to its output record, with exactly the documented keys in order. */
export function toJsonlRecord(id: DocumentId, analysis: Analysis): JsonlRecord {
  return {
    id,
    entities: analysis.entities.map(toJsonlEntity),
    quotes: analysis.quotes.map(toJsonlAttribution),
    claims: analysis.claims.map(toJsonlAttribution),
  };
}

/**
 * Reads one input line. The line must be a JSON object with an `id` (string or finite
 * number) and a `text` (string); anything else is an error naming what is wrong.
 */
export function parseJsonlDocument(line: string): JsonlDocument {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { ok: false, error: `not valid JSON (${(err as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, error: 'expected a JSON object with "id" and "text"' };
  }
  const { id, text } = value as { id?: unknown; text?: unknown };
  if (!(typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id)))) {
    return { ok: false, error: 'missing "id" (a string or a number)' };
  }
  if (typeof text !== 'string') {
    return { ok: false, error: `document ${JSON.stringify(id)}: missing "text" (a string)` };
  }
  return { ok: true, id, text };
}
