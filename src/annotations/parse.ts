/**
 * Reading an annotation file: JSON syntax, then the schema (hand-written, mirrors
 * schemas/annotations.schema.json; a unit test runs both on the same files), then the checks
 * a JSON Schema cannot express (a position's length equals its exact text's). Errors name the
 * file, the line:column and the JSON pointer of the fault. Nothing here executes or
 * interprets the text it reads: notes, names and roles stay plain strings.
 */
import { JsonSyntaxError, JsonValue, lineColumn, locatePointer, readJson } from './json';
import {
  Annotation, AnnotationDoc, ANNOTATION_KINDS, AnnotationKind, BODY_PURPOSE, CLAIM_STATUSES, ClaimStatus, Decision,
  DECISIONS, DecisionName, ENTITY_KINDS, EntityKindValue, LIMITS, MOTIVATION, SCHEMA_VERSION, TextQuote, W3C_CONTEXT,
} from './model';

export interface AnnotationFileError {
  file: string;
  message: string;
  /** JSON pointer of the faulty value, when the JSON itself parsed. */
  pointer?: string;
  line?: number;
  column?: number;
}

export type ParseResult =
  | { ok: true; doc: AnnotationDoc; readOnly: boolean; notices: string[] }
  | { ok: false; error: AnnotationFileError };

/** "port-strike.news.annotations.json:12:7: /items/3/target/selector/0/exact: must be a string" */
export function formatFileError(e: AnnotationFileError): string {
  const where = e.line !== undefined ? `${e.file}:${e.line}:${e.column}` : e.file;
  return `${where}: ${e.pointer !== undefined ? `${e.pointer || '/'}: ` : ''}${e.message}`;
}

class SchemaError extends Error {
  constructor(readonly pointer: string, message: string) {
    super(message);
  }
}

/** ISO 8601 date-time as written by Date.toISOString (offsets allowed). Same in the schema. */
export const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
export const FINGERPRINT = /^fnv1a32:[0-9a-f]{8}:\d+$/;

type Obj = { [key: string]: JsonValue };

/** Length in code points, as JSON Schema's maxLength counts. */
function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** Checks one value against the v1 shape. `strict` refuses unknown properties (v1 files). */
class Checker {
  constructor(readonly strict: boolean) {}

  object(v: JsonValue | undefined, at: string, allowed: string[], required: string[]): Obj {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new SchemaError(at, 'must be an object');
    for (const key of required) {
      if (!Object.prototype.hasOwnProperty.call(v, key)) throw new SchemaError(at, `missing required property "${key}"`);
    }
    if (this.strict) {
      for (const key of Object.keys(v)) {
        if (!allowed.includes(key)) throw new SchemaError(`${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, `unknown property "${key}"`);
      }
    }
    return v;
  }

  array(v: JsonValue | undefined, at: string, min: number, max: number): JsonValue[] {
    if (!Array.isArray(v)) throw new SchemaError(at, 'must be an array');
    if (v.length < min) throw new SchemaError(at, `must have at least ${min} item${min === 1 ? '' : 's'}`);
    if (v.length > max) throw new SchemaError(at, `must have at most ${max} items`);
    return v;
  }

  string(v: JsonValue | undefined, at: string, min: number, max: number, pattern?: RegExp): string {
    if (typeof v !== 'string') throw new SchemaError(at, 'must be a string');
    const n = codePointLength(v);
    if (n < min) throw new SchemaError(at, min === 1 ? 'must not be empty' : `must have at least ${min} characters`);
    if (n > max) throw new SchemaError(at, `is too long: ${n} characters, at most ${max} allowed`);
    if (pattern && !pattern.test(v)) throw new SchemaError(at, `does not match the expected form ${pattern.source}`);
    return v;
  }

  constant<T extends JsonValue>(v: JsonValue | undefined, at: string, expected: T): T {
    if (v !== expected) throw new SchemaError(at, `must be ${JSON.stringify(expected)}`);
    return expected;
  }

  oneOf<T extends string>(v: JsonValue | undefined, at: string, values: readonly T[]): T {
    if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) {
      throw new SchemaError(at, `must be one of ${values.map((x) => JSON.stringify(x)).join(', ')}`);
    }
    return v as T;
  }

  integer(v: JsonValue | undefined, at: string, min: number): number {
    if (typeof v !== 'number' || !Number.isInteger(v)) throw new SchemaError(at, 'must be an integer');
    if (v < min) throw new SchemaError(at, `must be at least ${min}`);
    return v;
  }
}

const has = (o: Obj, key: string) => Object.prototype.hasOwnProperty.call(o, key);

function readDecision(c: Checker, item: Obj, at: string, lenient: boolean): Decision | null {
  const ext = c.object(item.newsLens, `${at}/newsLens`, ['decision', 'kind', 'person', 'conflict'], ['decision']);
  if (lenient && !(typeof ext.decision === 'string' && (DECISIONS as readonly string[]).includes(ext.decision))) return null;
  const name = c.oneOf<DecisionName>(ext.decision, `${at}/newsLens/decision`, DECISIONS);
  const needsKind = name === 'add' || name === 'reject';
  if (needsKind && !has(ext, 'kind')) throw new SchemaError(`${at}/newsLens`, `missing required property "kind" (a ${name} decision says what kind of annotation)`);
  if (!needsKind && has(ext, 'kind') && c.strict) {
    throw new SchemaError(`${at}/newsLens/kind`, name === 'kind'
      ? 'a kind decision carries the entity\'s kind in its body (purpose "tagging"), not here'
      : 'only add and reject decisions have a kind');
  }
  const kind = needsKind ? c.oneOf<AnnotationKind>(ext.kind, `${at}/newsLens/kind`, ANNOTATION_KINDS) : undefined;
  const hasPerson = has(ext, 'person');
  if (hasPerson && name !== 'role' && name !== 'merge' && name !== 'kind' && c.strict) {
    throw new SchemaError(`${at}/newsLens/person`, 'only role, merge and kind decisions name a person');
  }
  const person = hasPerson ? c.string(ext.person, `${at}/newsLens/person`, 1, LIMITS.name) : undefined;
  if (has(ext, 'conflict')) c.string(ext.conflict, `${at}/newsLens/conflict`, 1, LIMITS.id);

  c.constant(item.motivation, `${at}/motivation`, MOTIVATION[name]);
  const purpose = BODY_PURPOSE[name];
  const valueRequired = name !== 'add' && name !== 'reject';
  const body = c.array(item.body, `${at}/body`, valueRequired ? 1 : 0, purpose ? 1 : 0);
  let value: string | undefined;
  if (body.length === 1 && purpose) {
    const b = c.object(body[0], `${at}/body/0`, ['type', 'purpose', 'value', 'format'], ['type', 'purpose', 'value']);
    c.constant(b.type, `${at}/body/0/type`, 'TextualBody');
    c.constant(b.purpose, `${at}/body/0/purpose`, purpose);
    if (has(b, 'format')) c.constant(b.format, `${at}/body/0/format`, 'text/plain');
    const max = name === 'note' ? LIMITS.note : LIMITS.name;
    value = name === 'status'
      ? c.oneOf<ClaimStatus>(b.value, `${at}/body/0/value`, CLAIM_STATUSES)
      : name === 'kind'
        ? c.oneOf<EntityKindValue>(b.value, `${at}/body/0/value`, ENTITY_KINDS)
        : c.string(b.value, `${at}/body/0/value`, 1, max);
  }
  switch (name) {
    case 'add': return value === undefined ? { decision: 'add', kind: kind! } : { decision: 'add', kind: kind!, speaker: value };
    case 'reject': return { decision: 'reject', kind: kind! };
    case 'speaker': return { decision: 'speaker', speaker: value! };
    case 'status': return { decision: 'status', status: value as ClaimStatus };
    case 'note': return { decision: 'note', note: value! };
    case 'role': return person === undefined ? { decision: 'role', role: value! } : { decision: 'role', role: value!, person };
    case 'merge': return person === undefined ? { decision: 'merge', into: value! } : { decision: 'merge', into: value!, person };
    case 'kind': return person === undefined ? { decision: 'kind', kind: value as EntityKindValue } : { decision: 'kind', kind: value as EntityKindValue, person };
  }
}

function readItem(c: Checker, v: JsonValue, at: string, lenient: boolean): Annotation | null {
  const item = c.object(v, at,
    ['id', 'type', 'motivation', 'creator', 'created', 'modified', 'body', 'target', 'newsLens', 'orphaned'],
    ['id', 'type', 'motivation', 'creator', 'created', 'modified', 'body', 'target', 'newsLens']);
  const id = c.string(item.id, `${at}/id`, 1, LIMITS.id);
  c.constant(item.type, `${at}/type`, 'Annotation');
  const creator = c.object(item.creator, `${at}/creator`, ['type', 'name'], ['type', 'name']);
  const software = c.oneOf(creator.type, `${at}/creator/type`, ['Person', 'Software']) === 'Software';
  const creatorName = c.string(creator.name, `${at}/creator/name`, 1, LIMITS.name);
  const created = c.string(item.created, `${at}/created`, 1, 64, DATE_TIME);
  const modified = c.string(item.modified, `${at}/modified`, 1, 64, DATE_TIME);
  const decision = readDecision(c, item, at, lenient);
  if (!decision) return null;

  const orphaned = has(item, 'orphaned') ? c.constant(item.orphaned, `${at}/orphaned`, true) : false;
  const target = c.object(item.target, `${at}/target`, ['source', 'selector'], ['source', 'selector']);
  c.string(target.source, `${at}/target/source`, 1, LIMITS.article);
  const selectors = c.array(target.selector, `${at}/target/selector`, 1, orphaned ? 1 : 2);
  const q = c.object(selectors[0], `${at}/target/selector/0`, ['type', 'exact', 'prefix', 'suffix'], ['type', 'exact', 'prefix', 'suffix']);
  c.constant(q.type, `${at}/target/selector/0/type`, 'TextQuoteSelector');
  const quote: TextQuote = {
    exact: c.string(q.exact, `${at}/target/selector/0/exact`, 1, LIMITS.exact),
    prefix: c.string(q.prefix, `${at}/target/selector/0/prefix`, 0, LIMITS.context),
    suffix: c.string(q.suffix, `${at}/target/selector/0/suffix`, 0, LIMITS.context),
  };
  const annotation: Annotation = { id, creator: creatorName, created, modified, decision, quote };
  if (selectors.length === 2) {
    const p = c.object(selectors[1], `${at}/target/selector/1`, ['type', 'start', 'end'], ['type', 'start', 'end']);
    c.constant(p.type, `${at}/target/selector/1/type`, 'TextPositionSelector');
    const start = c.integer(p.start, `${at}/target/selector/1/start`, 0);
    const end = c.integer(p.end, `${at}/target/selector/1/end`, 0);
    annotation.position = { start, end };
  }
  if (software) annotation.software = true;
  if (orphaned) annotation.orphaned = true;
  const ext = item.newsLens as Obj;
  if (typeof ext.conflict === 'string') annotation.conflict = ext.conflict;
  return annotation;
}

/** Checks the schema cannot express; pointer and message of the first fault, or null. */
function semanticFault(doc: AnnotationDoc): { pointer: string; message: string } | null {
  const seen = new Set<string>();
  for (let k = 0; k < doc.items.length; k++) {
    const a = doc.items[k];
    if (seen.has(a.id)) return { pointer: `/items/${k}/id`, message: `duplicate annotation id "${a.id}"` };
    seen.add(a.id);
    if (a.position) {
      const length = codePointLength(a.quote.exact);
      if (a.position.end - a.position.start !== length) {
        return {
          pointer: `/items/${k}/target/selector/1`,
          message: `position ${a.position.start}-${a.position.end} does not span the ${length} characters of the exact text`,
        };
      }
    }
  }
  return null;
}

/**
 * Parses an annotation file's text. `file` is only used in messages. Never throws for bad
 * input: every fault comes back as `{ ok: false, error }` naming its place.
 */
export function parseAnnotations(text: string, file: string): ParseResult {
  const located = (message: string, pointer: string): ParseResult => {
    const { line, column } = lineColumn(text, locatePointer(text, pointer, LIMITS.depth));
    return { ok: false, error: { file, message, pointer, line, column } };
  };
  if (text.length > LIMITS.fileChars) {
    return { ok: false, error: { file, message: `file is too large (${text.length} characters; at most ${LIMITS.fileChars})` } };
  }
  let json: JsonValue;
  try {
    json = readJson(text, { maxDepth: LIMITS.depth });
  } catch (err) {
    if (err instanceof JsonSyntaxError) {
      return { ok: false, error: { file, message: `not valid JSON: ${err.message.replace(/ at \d+:\d+$/, '')}`, line: err.line, column: err.column } };
    }
    return { ok: false, error: { file, message: `cannot be read: ${(err as Error).message}` } };
  }

  const notices: string[] = [];
  let version = SCHEMA_VERSION;
  if (json !== null && typeof json === 'object' && !Array.isArray(json)) {
    const ext = json.newsLens;
    if (ext !== null && typeof ext === 'object' && !Array.isArray(ext) && typeof ext.schemaVersion === 'number') version = ext.schemaVersion;
  }
  const lenient = Number.isInteger(version) && version > SCHEMA_VERSION;
  const c = new Checker(!lenient);
  let doc: AnnotationDoc;
  try {
    const top = c.object(json, '', ['@context', 'type', 'newsLens', 'items'], ['@context', 'type', 'newsLens', 'items']);
    c.constant(top['@context'], '/@context', W3C_CONTEXT);
    c.constant(top.type, '/type', 'AnnotationCollection');
    const ext = c.object(top.newsLens, '/newsLens', ['schemaVersion', 'article', 'articleHash'], ['schemaVersion', 'article']);
    const schemaVersion = c.integer(ext.schemaVersion, '/newsLens/schemaVersion', 1);
    const article = c.string(ext.article, '/newsLens/article', 1, LIMITS.article);
    doc = { schemaVersion, article, items: [] };
    if (has(ext, 'articleHash')) doc.articleHash = c.string(ext.articleHash, '/newsLens/articleHash', 1, 100, FINGERPRINT);
    const items = c.array(top.items, '/items', 0, LIMITS.items);
    let skipped = 0;
    for (let k = 0; k < items.length; k++) {
      const item = readItem(c, items[k], `/items/${k}`, lenient);
      if (item) doc.items.push(item);
      else skipped++;
    }
    if (lenient) {
      notices.push(`${file} was written by a newer News Lens (schema version ${schemaVersion}; this one reads ${SCHEMA_VERSION}): opened read-only.`);
      if (skipped > 0) notices.push(`${skipped} annotation${skipped === 1 ? '' : 's'} of a kind this version does not know ${skipped === 1 ? 'is' : 'are'} not shown.`);
    }
  } catch (err) {
    if (err instanceof SchemaError) return located(err.message, err.pointer);
    throw err;
  }
  if (!lenient) {
    const fault = semanticFault(doc);
    if (fault) return located(fault.message, fault.pointer);
  }
  return { ok: true, doc, readOnly: lenient, notices };
}
