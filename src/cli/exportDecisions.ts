/**
 * The human decisions of an article's annotation file (`<article>.annotations.json`, beside
 * it), merged over the engine's analysis for export by the annotation module's own
 * `applyDecisionsDetailed` (the same merge the editor shows: re-anchored first, orphans and
 * open conflicts not applied). What the Analysis type cannot carry goes to the exporters'
 * side-table: claim statuses and notes, with who decided and when.
 */
import * as path from 'node:path';
import type { Analysis, Span } from '../core/types';
import { applyDecisionsDetailed } from '../annotations/apply';
import { readTextIfExists } from '../annotations/io';
import { annotationFileName, type Annotation, type AnnotationDoc } from '../annotations/model';
import { formatFileError, parseAnnotations } from '../annotations/parse';
import type { AnnotationExtras } from '../formats';

export interface MergedDecisions {
  analysis: Analysis;
  extras?: Map<string, AnnotationExtras>;
  /** Decisions applied. */
  decisions: number;
  /** E.g. "2 decision(s) in x.annotations.json orphaned (text not found), not applied". */
  warning?: string;
}

export async function loadDecisions(articlePath: string, text: string, analysis: Analysis): Promise<MergedDecisions> {
  const file = path.join(path.dirname(articlePath), annotationFileName(path.basename(articlePath)));
  const json = await readTextIfExists(file);
  if (json === null) return { analysis, decisions: 0 };
  const parsed = parseAnnotations(json, file);
  // A broken file fails the article: exporting without it would silently drop human work.
  if (!parsed.ok) throw new Error(formatFileError(parsed.error));
  return mergeDecisions(analysis, parsed.doc, text, path.basename(file));
}

/**
 * The same merge for decisions already in memory (e.g. the editor's live annotation store,
 * with `spans` in the current text). Pure.
 */
export function mergeDecisions(analysis: Analysis, doc: AnnotationDoc, text: string, fileName: string, spans?: Map<string, Span | null>): MergedDecisions {
  const applied = applyDecisionsDetailed(analysis, doc, text, spans);
  const merged = applied.analysis;

  const extras = new Map<string, AnnotationExtras>();
  const who = (a: Annotation): AnnotationExtras => ({ source: 'human', creator: a.creator, created: a.modified || a.created });
  for (const [id, { status, annotation }] of applied.statuses) extras.set(id, { ...extras.get(id), ...who(annotation), status });
  const same = (a: Span, b: Span | null) => b !== null && a[0] === b[0] && a[1] === b[1];
  let notesLost = 0;
  for (const { annotation, span } of applied.decisions) {
    if (annotation.decision.decision !== 'note') continue;
    const owner = [...merged.quotes, ...merged.claims].find((a) => same(span, a.span))
      ?? merged.entities.find((e) => e.mentions.some((m) => same(span, m.span)));
    if (!owner) { notesLost++; continue; }
    const before = extras.get(owner.id);
    // Several colleagues' notes on one annotation are all kept, one per line.
    const note = before?.note ? `${before.note}\n${annotation.decision.note}` : annotation.decision.note;
    extras.set(owner.id, { ...before, ...who(annotation), note });
  }

  const problems: string[] = [];
  if (applied.orphans.length > 0) problems.push(`${applied.orphans.length} orphaned (text not found)`);
  if (applied.conflicted.length > 0) problems.push(`${applied.conflicted.length} in an open conflict`);
  const unplaced = applied.unapplied.length + notesLost;
  if (unplaced > 0) problems.push(`${unplaced} about an annotation the article no longer has`);
  const warning = problems.length > 0 ? `decisions in ${fileName} not applied: ${problems.join(', ')}` : undefined;
  const decisions = applied.decisions.length - applied.unapplied.length - notesLost;
  return { analysis: merged, extras, decisions, warning };
}
