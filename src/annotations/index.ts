/** The annotation file: model, reading, writing, re-anchoring, merging. Pure except io.ts. */
export * from './model';
export { parseAnnotations, formatFileError } from './parse';
export type { ParseResult, AnnotationFileError } from './parse';
export { serializeAnnotations, compareItems } from './serialize';
export { anchorQuote, reanchorDocument, quoteAt, placeAnnotation, ANCHORING } from './anchor';
export type { Anchor, AnchorOutcome, ReanchorResult } from './anchor';
export { shiftSpan, shiftSpans } from './shift';
export type { TextChange, ShiftedSpan } from './shift';
export { mergeAnnotations, resolveConflict, openConflicts, contradicts } from './merge';
export type { MergeConflict, MergeResult } from './merge';
export { addAnnotation, makeAnnotation, emptyDocument, updateDecision, removeAnnotations, annotationId } from './create';
export { annotationsFromAnalysis } from './fromAnalysis';
export { CodePointIndex } from '../core/codepoints';
