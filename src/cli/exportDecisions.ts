/**
 * The human decisions of an article's annotation file (`<article>.annotations.json`, beside
 * it), merged over the engine's analysis for export. Each decision is first found again in
 * the current text (re-anchoring); an orphaned one is not applied anywhere else, and counted.
 *
 * Applied here: add / reject (quote, claim), speaker (of a quote or claim), status, note (on a
 * quote, claim or speaker mention), role (of the person mentioned). Merges of two people are
 * left to the editor's merged view. This adapter steps aside for the annotation module's own
 * merge once it offers one (see the report of issue 5).
 */
import * as path from 'node:path';
import type { Analysis, Attribution, Entity, Span } from '../core/types';
import { reanchorDocument } from '../annotations/anchor';
import { readTextIfExists } from '../annotations/io';
import { annotationFileName } from '../annotations/model';
import { formatFileError, parseAnnotations } from '../annotations/parse';
import type { AnnotationExtras } from '../formats';

export interface MergedDecisions {
  analysis: Analysis;
  extras?: Map<string, AnnotationExtras>;
  /** Decisions applied. */
  decisions: number;
  /** E.g. "2 decisions orphaned (text not found), not applied". */
  warning?: string;
}

export async function loadDecisions(articlePath: string, text: string, analysis: Analysis): Promise<MergedDecisions> {
  const file = path.join(path.dirname(articlePath), annotationFileName(path.basename(articlePath)));
  const json = await readTextIfExists(file);
  if (json === null) return { analysis, decisions: 0 };
  const parsed = parseAnnotations(json, file);
  // A broken file fails the article: exporting without it would silently drop human work.
  if (!parsed.ok) throw new Error(formatFileError(parsed.error));
  const { doc, spans } = reanchorDocument(parsed.doc, text);

  const quotes = analysis.quotes.map((a) => ({ ...a }));
  const claims = analysis.claims.map((a) => ({ ...a }));
  const entities = analysis.entities.map((e) => ({ ...e }));
  const extras = new Map<string, AnnotationExtras>();
  const same = (a: Span, b: Span | null) => b !== null && a[0] === b[0] && a[1] === b[1];
  const attributionAt = (span: Span) => [...quotes, ...claims].find((a) => same(span, a.span));
  const entityAt = (span: Span) => entities.find((e) => e.mentions.some((m) => same(span, m.span)));
  const entityNamed = (name: string): Entity => {
    const key = name.trim().toLowerCase();
    const known = entities.find((e) => e.name.toLowerCase() === key || e.aliases.some((x) => x.toLowerCase() === key));
    if (known) return known;
    const added: Entity = { id: `h${entities.length + 1}`, kind: 'person', name: name.trim(), role: null, gender: null, aliases: [], mentions: [], anonymous: false, rule: 'human' };
    entities.push(added);
    return added;
  };
  const setExtras = (id: string, more: AnnotationExtras) => extras.set(id, { ...extras.get(id), ...more });
  let applied = 0;
  let orphaned = 0;
  let added = 0;

  for (const a of doc.items) {
    const span = spans.get(a.id) ?? null;
    if (!span) { orphaned++; continue; }
    const d = a.decision;
    const who = { source: 'human' as const, creator: a.creator, created: a.modified || a.created };
    const target = attributionAt(span);
    if (d.decision === 'reject' && d.kind !== 'speaker') {
      const list = d.kind === 'quote' ? quotes : claims;
      const at = list.findIndex((x) => same(span, x.span));
      if (at >= 0) { list.splice(at, 1); applied++; }
    } else if (d.decision === 'add' && d.kind !== 'speaker') {
      const entity = d.speaker ? entityNamed(d.speaker) : null;
      if (target && target.kind === d.kind) {
        if (entity) target.entity = entity.id;
      } else {
        const id = `h${d.kind === 'quote' ? 'q' : 'c'}${++added}`;
        const made: Attribution = { id, kind: d.kind, span, speaker: null, entity: entity?.id ?? null, cue: null, anonymous: false, rule: 'human.add' };
        (d.kind === 'quote' ? quotes : claims).push(made);
        setExtras(id, who);
      }
      applied++;
    } else if (d.decision === 'speaker' && target) {
      target.entity = entityNamed(d.speaker).id;
      setExtras(target.id, who);
      applied++;
    } else if (d.decision === 'status' && target) {
      setExtras(target.id, { ...who, status: d.status });
      applied++;
    } else if (d.decision === 'note') {
      const owner = target ?? entityAt(span);
      if (owner) { setExtras(owner.id, { ...who, note: d.note }); applied++; }
    } else if (d.decision === 'role') {
      const person = entityAt(span) ?? (d.person ? entityNamed(d.person) : undefined);
      if (person) { person.role = d.role; applied++; }
    }
  }
  const merged: Analysis = { ...analysis, entities, quotes, claims };
  const warning = orphaned > 0 ? `${orphaned} decision(s) in ${path.basename(file)} orphaned (text not found), not applied` : undefined;
  return { analysis: merged, extras, decisions: applied, warning };
}
