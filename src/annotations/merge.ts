/**
 * Merging two annotation files of the same article (mine and theirs, with the common base
 * when known: the file as last loaded). Rules:
 * - The same annotation (same id): unchanged on one side → the other side's version; changed
 *   on both → both kept as a conflict. Deleted on one side and unchanged on the other →
 *   deleted; deleted and edited → the edit is kept (nothing is lost).
 * - Different ids, same place and same meaning (two people added the same quote or the same
 *   note) → collapsed into the earliest.
 * - Same place, contradicting decisions (reject vs speaker, two speakers, two statuses, two
 *   roles, two entity kinds, add as quote vs add as claim, ...) → all kept, marked with one conflict id, and
 *   listed, for the user to resolve. Never silently dropped.
 */
import { annotationId } from './create';
import { Annotation, AnnotationDoc, Decision, decisionValue } from './model';

export interface MergeConflict {
  /** Shared by the conflicting items' `conflict` field. */
  id: string;
  /** The contested text. */
  exact: string;
  /** Ids of the contradicting annotations, in file order. */
  items: string[];
}

export interface MergeResult {
  doc: AnnotationDoc;
  conflicts: MergeConflict[];
  /** Annotations that existed on both sides with the same meaning and were folded into one. */
  collapsed: number;
}

function content(a: Annotation): string {
  return JSON.stringify([a.creator, a.software ?? false, a.created, a.modified, a.decision.decision, 'kind' in a.decision ? a.decision.kind : null,
    decisionValue(a.decision), 'person' in a.decision ? a.decision.person ?? null : null, a.quote.exact, a.quote.prefix, a.quote.suffix,
    a.position?.start ?? null, a.position?.end ?? null, a.orphaned ?? false, a.conflict ?? null]);
}

function sameDecision(a: Decision, b: Decision): boolean {
  return a.decision === b.decision && decisionValue(a) === decisionValue(b)
    && ('kind' in a ? a.kind : null) === ('kind' in b ? b.kind : null)
    && ('person' in a ? a.person ?? null : null) === ('person' in b ? b.person ?? null : null);
}

/** The place an annotation is about: its span when anchored, else its quote with context. */
function placeKey(a: Annotation): string {
  return a.position && !a.orphaned ? `@${a.position.start}:${a.position.end}:${a.quote.exact}` : `?${a.quote.prefix}\u0000${a.quote.exact}\u0000${a.quote.suffix}`;
}

/** True when two decisions about the same place cannot both hold. */
export function contradicts(a: Decision, b: Decision): boolean {
  if (sameDecision(a, b)) return false;
  if (a.decision === 'note' || b.decision === 'note') return false;
  const pair = (x: string, y: string) => (a.decision === x && b.decision === y) || (a.decision === y && b.decision === x);
  if (a.decision === b.decision) {
    switch (a.decision) {
      case 'add': {
        const other = b as typeof a;
        return a.kind !== other.kind || (a.speaker !== undefined && other.speaker !== undefined && a.speaker !== other.speaker);
      }
      case 'reject': return false; // rejecting as quote and as claim: both can hold
      case 'kind': return a.kind !== (b as typeof a).kind; // the same kind, the name spelt two ways: both hold
      default: return true; // two speakers, two statuses, two roles, two merge targets
    }
  }
  if (pair('reject', 'add')) {
    const add = (a.decision === 'add' ? a : b) as Extract<Decision, { decision: 'add' }>;
    const reject = (a.decision === 'reject' ? a : b) as Extract<Decision, { decision: 'reject' }>;
    return add.kind === reject.kind;
  }
  if (pair('reject', 'speaker') || pair('reject', 'status')) return true;
  if (pair('add', 'speaker')) {
    const add = (a.decision === 'add' ? a : b) as Extract<Decision, { decision: 'add' }>;
    const speaker = (a.decision === 'speaker' ? a : b) as Extract<Decision, { decision: 'speaker' }>;
    return add.speaker !== undefined && add.speaker !== speaker.speaker;
  }
  return false;
}

/** Pairs by id; `forced` lists same-id annotations both sides changed (kept as a conflict). */
function byIds(mine: AnnotationDoc, theirs: AnnotationDoc, base: AnnotationDoc | undefined): { items: Annotation[]; forced: Array<[string, string]> } {
  const forced: Array<[string, string]> = [];
  const mineById = new Map(mine.items.map((a) => [a.id, a]));
  const theirsById = new Map(theirs.items.map((a) => [a.id, a]));
  const baseById = new Map((base?.items ?? []).map((a) => [a.id, a]));
  const taken = new Set([...mineById.keys(), ...theirsById.keys()]);
  const out: Annotation[] = [];
  for (const a of mine.items) {
    const t = theirsById.get(a.id);
    const b = baseById.get(a.id);
    if (!t) {
      // absent in theirs: new in mine, or deleted by them (dropped only if I left it as it was)
      if (!b || content(b) !== content(a)) out.push(a);
      continue;
    }
    if (content(a) === content(t)) out.push(a);
    else if (b && content(b) === content(a)) out.push(t);
    else if (b && content(b) === content(t)) out.push(a);
    else if (sameDecision(a.decision, t.decision) && a.conflict === t.conflict) {
      out.push(t.modified > a.modified ? t : a); // only the anchoring or the time differs
    } else {
      // both changed it differently: keep both; theirs under a new id, to be resolved
      const copyId = annotationId([a.id, 'theirs', t.modified, content(t)], taken);
      taken.add(copyId);
      out.push(a, { ...stripConflict(t), id: copyId });
      forced.push([a.id, copyId]);
    }
  }
  for (const t of theirs.items) {
    if (mineById.has(t.id)) continue;
    const b = baseById.get(t.id);
    if (!b || content(b) !== content(t)) out.push(t);
  }
  return { items: out, forced };
}

function stripConflict(a: Annotation): Annotation {
  const { conflict: _c, ...rest } = a;
  return rest;
}

export function mergeAnnotations(mine: AnnotationDoc, theirs: AnnotationDoc, base?: AnnotationDoc): MergeResult {
  const { items, forced } = byIds(mine, theirs, base);

  // collapse same place + same meaning (keep the earliest created, then smallest id)
  const groups = new Map<string, Annotation[]>();
  for (const a of items) {
    const key = placeKey(a);
    const group = groups.get(key);
    if (group) group.push(a);
    else groups.set(key, [a]);
  }
  let collapsed = 0;
  const kept: Annotation[] = [];
  const conflictOf = new Map<string, string>();
  const conflicts: MergeConflict[] = [];
  for (const group of groups.values()) {
    const ordered = [...group].sort((x, y) => (x.created < y.created ? -1 : x.created > y.created ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    const unique: Annotation[] = [];
    for (const a of ordered) {
      if (unique.some((u) => sameDecision(u.decision, a.decision) && !forced.some(([p, q]) => (p === u.id && q === a.id) || (p === a.id && q === u.id)))) collapsed++;
      else unique.push(a);
    }
    const involved = new Set<string>();
    for (let i = 0; i < unique.length; i++) {
      for (let j = i + 1; j < unique.length; j++) {
        const pairForced = forced.some(([p, q]) => (p === unique[i].id && q === unique[j].id) || (p === unique[j].id && q === unique[i].id));
        if (pairForced || contradicts(unique[i].decision, unique[j].decision)) {
          involved.add(unique[i].id);
          involved.add(unique[j].id);
        }
      }
    }
    if (involved.size > 0) {
      const ids = unique.filter((a) => involved.has(a.id)).map((a) => a.id);
      const id = annotationId(['conflict', ...[...ids].sort()]).replace('urn:newslens:', 'conflict:');
      for (const x of ids) conflictOf.set(x, id);
      conflicts.push({ id, exact: unique[0].quote.exact, items: ids });
    }
    kept.push(...unique);
  }
  const merged = kept.map((a) => (conflictOf.has(a.id) ? { ...a, conflict: conflictOf.get(a.id) } : a));
  const doc: AnnotationDoc = { ...mine, items: merged };
  if (mine.articleHash !== theirs.articleHash) delete doc.articleHash;
  return { doc, conflicts, collapsed };
}

/** Resolves a conflict by keeping one of its annotations; the others are removed. */
export function resolveConflict(doc: AnnotationDoc, conflictId: string, keepId: string): AnnotationDoc {
  const items: Annotation[] = [];
  for (const a of doc.items) {
    if (a.conflict !== conflictId) items.push(a);
    else if (a.id === keepId) items.push(stripConflict(a));
  }
  return { ...doc, items };
}

/** Conflicts still open in a document, grouped by conflict id. */
export function openConflicts(doc: AnnotationDoc): MergeConflict[] {
  const byId = new Map<string, MergeConflict>();
  for (const a of doc.items) {
    if (a.conflict === undefined) continue;
    const c = byId.get(a.conflict) ?? { id: a.conflict, exact: a.quote.exact, items: [] };
    c.items.push(a.id);
    byId.set(a.conflict, c);
  }
  return [...byId.values()];
}
