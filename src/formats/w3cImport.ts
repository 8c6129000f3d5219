/**
 * Import of W3C Web Annotation files from other tools (an AnnotationCollection or
 * AnnotationPage, an array of annotations, one annotation, or Hypothesis API JSON with
 * `rows`) into human decisions. Each target is placed on the article by its
 * TextPositionSelector (code points) when the text there is the TextQuoteSelector's `exact`,
 * else by re-anchoring the quote with its prefix and suffix (src/annotations/anchor.ts); not
 * found, it is an orphan.
 * - the kind: a `classifying` body "quote"/"claim"/"speaker", or a Hypothesis tag of that name;
 * - the speaker: a `linking` body pointing at an `identifying` annotation of the same file
 *   (its name is that annotation's `identifying` body), or an `identifying` body's value;
 * - the status: an `assessing` body, or a tag "status:<value>"; notes: `commenting` bodies or
 *   Hypothesis `text`; an identifying annotation's `describing` body: the person's role.
 * Faults are reported with their JSON pointer (and line:column for syntax errors).
 */
import type { Span } from '../core/types';
import { JsonSyntaxError, readJson, type JsonValue } from '../annotations/json';
import { CLAIM_STATUSES, type AnnotationKind, type ClaimStatus, type Decision, type TextQuote } from '../annotations/model';
import { CodePointIndex } from '../core/codepoints';
import { place, type ImportProblem, type ImportResult, type ImportedAnnotation } from './imported';

type Obj = { [key: string]: JsonValue };
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const asList = (v: JsonValue | undefined): JsonValue[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const str = (v: JsonValue | undefined): string | undefined => (typeof v === 'string' ? v : undefined);
const KINDS: readonly string[] = ['quote', 'claim', 'speaker'];

interface Body { purpose: string; value?: string; source?: string }

export function importW3c(json: string, text: string): ImportResult {
  const errors: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  let root: JsonValue;
  try {
    root = readJson(json, { maxDepth: 64 });
  } catch (err) {
    const where = err instanceof JsonSyntaxError ? `${err.line}:${err.column}` : '/';
    errors.push({ where, message: `not valid JSON (${(err as Error).message})` });
    return { annotations: [], errors, warnings };
  }
  const items = collect(root, errors);
  const cp = new CodePointIndex(text);
  const speakerNames = new Map<string, string>();
  for (const { value } of items) {
    const name = bodies(value).find((b) => b.purpose === 'identifying' && b.value)?.value;
    if (str(value.id) && name && motivations(value).includes('identifying')) speakerNames.set(str(value.id)!, name);
  }

  const annotations: ImportedAnnotation[] = [];
  for (const { value: a, pointer } of items) {
    const bs = bodies(a);
    const tags = asList(a.tags).filter((t): t is string => typeof t === 'string').map((t) => t.toLowerCase());
    const classified = bs.find((b) => b.purpose === 'classifying' && b.value && KINDS.includes(b.value.toLowerCase()))?.value?.toLowerCase();
    const identifying = motivations(a).includes('identifying') && !classified;
    const kind = (classified ?? (identifying ? 'speaker' : tags.find((t) => KINDS.includes(t)))) as AnnotationKind | undefined;
    const linked = bs.find((b) => b.purpose === 'linking' && b.source && speakerNames.has(b.source));
    const speaker = linked ? speakerNames.get(linked.source!) : bs.find((b) => b.purpose === 'identifying' && b.value)?.value;
    const statusText = bs.find((b) => b.purpose === 'assessing')?.value ?? tags.find((t) => t.startsWith('status:'))?.slice(7);
    const notes = [...bs.filter((b) => b.purpose === 'commenting' && b.value).map((b) => b.value!), ...(str(a.text) ? [str(a.text)!] : [])];
    const role = identifying ? bs.find((b) => b.purpose === 'describing' && b.value)?.value : undefined;

    const decisions: Decision[] = [];
    if (kind) decisions.push(speaker ? { decision: 'add', kind, speaker } : { decision: 'add', kind });
    if (statusText !== undefined) {
      const status = statusText.toLowerCase() as ClaimStatus;
      if (CLAIM_STATUSES.includes(status)) decisions.push({ decision: 'status', status });
      else errors.push({ where: pointer, message: `status "${statusText}" is not one of ${CLAIM_STATUSES.join(', ')}` });
    }
    for (const note of notes) decisions.push({ decision: 'note', note });
    if (role && speaker) decisions.push({ decision: 'role', role, person: speaker });
    if (decisions.length === 0) {
      warnings.push({ where: pointer, message: 'no quote, claim, speaker, status or note in it; skipped' });
      continue;
    }
    const creator = creatorOf(a);
    const created = str(a.modified) ?? str(a.created) ?? str(a.updated);
    const targets = asList(a.target);
    if (targets.length === 0) errors.push({ where: `${pointer}/target`, message: 'an annotation needs a target' });
    targets.forEach((t, ti) => {
      const where = `${pointer}/target${Array.isArray(a.target) ? `/${ti}` : ''}`;
      const found = locate(t, text, cp);
      if ('error' in found) { errors.push({ where, message: found.error }); return; }
      if (!found.span) warnings.push({ where, message: `"${found.quote.exact.slice(0, 60)}" is not in the article; kept as an orphan` });
      const only = identifying && ti > 0 ? decisions.filter((d) => d.decision === 'add') : decisions;
      for (const decision of only) annotations.push({ span: found.span, quote: found.quote, decision, creator, created, origin: where });
    });
  }
  return { annotations, errors, warnings };
}

/** The annotations of any accepted shape, each with its JSON pointer. */
function collect(root: JsonValue, errors: ImportProblem[]): Array<{ value: Obj; pointer: string }> {
  const out: Array<{ value: Obj; pointer: string }> = [];
  const take = (list: JsonValue, pointer: string) => {
    asList(list).forEach((v, i) => {
      const p = Array.isArray(list) ? `${pointer}/${i}` : pointer;
      if (isObj(v)) out.push({ value: v, pointer: p });
      else errors.push({ where: p || '/', message: 'an annotation must be a JSON object' });
    });
  };
  if (Array.isArray(root)) take(root, '');
  else if (!isObj(root)) errors.push({ where: '/', message: 'expected an annotation, a collection, a page, an array or Hypothesis {"rows": [...]}' });
  else if (Array.isArray(root.rows)) take(root.rows, '/rows');
  else if (isObj(root.first)) take(root.first.items ?? [], '/first/items');
  else if (root.items !== undefined) take(root.items, '/items');
  else if (root.target !== undefined) out.push({ value: root, pointer: '' });
  else errors.push({ where: '/', message: 'no annotations found (expected "first.items", "items", "rows" or "target")' });
  return out;
}

function motivations(a: Obj): string[] {
  return asList(a.motivation).filter((m): m is string => typeof m === 'string').map((m) => m.replace(/^oa:/, ''));
}

function bodies(a: Obj): Body[] {
  const fallback = motivations(a)[0] ?? '';
  return asList(a.body).filter(isObj).map((b) => ({
    purpose: (str(b.purpose) ?? (str(b.type) === 'SpecificResource' ? 'linking' : fallback)).replace(/^oa:/, ''),
    value: str(b.value),
    source: str(b.source) ?? str(b.id),
  }));
}

function creatorOf(a: Obj): string | undefined {
  const c = asList(a.creator)[0];
  if (typeof c === 'string') return c;
  if (isObj(c)) return str(c.name) ?? str(c.nickname) ?? str(c.id);
  const user = str(a.user); // Hypothesis: "acct:name@hypothes.is"
  return user?.replace(/^acct:/, '').replace(/@.*$/, '');
}

function locate(target: JsonValue, text: string, cp: CodePointIndex): { span: Span | null; quote: TextQuote } | { error: string } {
  if (!isObj(target)) return { error: 'a target must be an object with selectors (a bare IRI selects no text)' };
  const selectors = asList(target.selector).filter(isObj);
  const quoteSel = selectors.find((s) => s.type === 'TextQuoteSelector');
  const posSel = selectors.find((s) => s.type === 'TextPositionSelector');
  const start = posSel && Number.isInteger(posSel.start) ? (posSel.start as number) : null;
  const end = posSel && Number.isInteger(posSel.end) ? (posSel.end as number) : null;
  const positioned: Span | null = start !== null && end !== null && 0 <= start && start < end && end <= cp.lengthCp ? [cp.toUtf16(start), cp.toUtf16(end)] : null;
  if (quoteSel) {
    const exact = str(quoteSel.exact);
    if (!exact) return { error: 'TextQuoteSelector needs a non-empty "exact"' };
    const quote = { exact, prefix: str(quoteSel.prefix) ?? '', suffix: str(quoteSel.suffix) ?? '' };
    if (positioned && text.slice(positioned[0], positioned[1]) === exact) return { span: positioned, quote };
    return { span: place(text, quote, positioned ? positioned[0] : null), quote };
  }
  if (positioned) return { span: positioned, quote: { exact: text.slice(positioned[0], positioned[1]), prefix: '', suffix: '' } };
  return { error: 'no usable TextQuoteSelector or TextPositionSelector (start < end within the article)' };
}
