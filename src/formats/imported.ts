/**
 * What an import from another tool yields: human decisions in the annotation file's terms
 * (src/annotations/model.ts `Decision`), each with the span it was placed on in the article
 * and the quote the source tool saw, ready for `toAnnotationDoc` and then the annotation
 * module's merge. An annotation that could not be placed on the article (its text differs
 * there) has `span: null` and becomes an orphan: kept, shown, never attached elsewhere.
 */
import type { Span } from '../core/types';
import { anchorQuote, quoteAt } from '../annotations/anchor';
import { CodePointIndex } from '../core/codepoints';
import { annotationId, emptyDocument, makeAnnotation } from '../annotations/create';
import type { Annotation, AnnotationDoc, Decision, TextQuote } from '../annotations/model';

export interface ImportedAnnotation {
  /** UTF-16 half-open span in the article, or null (an orphan). */
  span: Span | null;
  /** The annotated text with its context, as the source tool saw it. */
  quote: TextQuote;
  decision: Decision;
  creator?: string;
  created?: string;
  /** Where it came from: "line 12" (brat) or a JSON pointer "/first/items/3" (W3C). */
  origin: string;
}

/** A fault in the imported file; the rest of the file is still imported. */
export interface ImportProblem {
  /** "line 12" or a JSON pointer, with line:column when known. */
  where: string;
  message: string;
}

export interface ImportResult {
  annotations: ImportedAnnotation[];
  /** Lines or values that could not be read; nothing from them was imported. */
  errors: ImportProblem[];
  /** Read but not placed or not meaningful here (orphans, labels we do not know). */
  warnings: ImportProblem[];
}

export function formatProblem(file: string, p: ImportProblem): string {
  return `${file}: ${p.where}: ${p.message}`;
}

/**
 * Places a quote the source tool gave on the article: at its position when the text there is
 * the quote, else by the annotation module's re-anchoring (exact, then fuzzy with context,
 * against a minimum score); null when not found.
 */
export function place(text: string, quote: TextQuote, hint16: number | null): Span | null {
  return anchorQuote(text, quote, hint16).span;
}

export interface ToDocOptions {
  /** Used when the source gives no creator. */
  creator: string;
  /** ISO 8601; used when the source gives no time. */
  now: string;
}

/** The imported decisions as an annotation file document for `article` (merge it into the user's). */
export function toAnnotationDoc(article: string, text: string, imported: ImportedAnnotation[], options: ToDocOptions): AnnotationDoc {
  const doc = emptyDocument(article, text);
  const index = new CodePointIndex(text);
  const taken = new Set<string>();
  for (const a of imported) {
    const who = { creator: a.creator ?? options.creator, now: a.created ?? options.now, taken };
    let made: Annotation;
    if (a.span) made = makeAnnotation(text, a.span, a.decision, who, index);
    else {
      const id = annotationId([who.creator, who.now, a.decision.decision, a.quote.exact, a.origin], taken);
      made = { id, creator: who.creator, created: who.now, modified: who.now, decision: a.decision, quote: a.quote, orphaned: true };
    }
    taken.add(made.id);
    doc.items.push(made);
  }
  return doc;
}

export { quoteAt };
