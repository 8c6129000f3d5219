/**
 * Live edits: moving annotation spans with the text as the user types, without searching.
 * A change is VS Code's contentChange in offset form: UTF-16 `offset`, `removedLength`, and
 * the `insertedText`. Changes are applied in order, each against the text the previous one
 * produced (VS Code lists the changes of one event so that this holds).
 */
import type { Span } from '../core/types';

export interface TextChange {
  offset: number;
  removedLength: number;
  insertedText: string;
}

export interface ShiftedSpan {
  span: Span;
  /** True when an edit touched the inside of the span: find it again by its quote. */
  dirty: boolean;
}

/**
 * Moves one span through one change. Text inserted exactly at a span's start goes before it,
 * at its end goes after it (the annotation does not swallow what is typed next to it).
 */
export function shiftSpan(span: Span, change: TextChange): ShiftedSpan {
  const [start, end] = span;
  const from = change.offset;
  const to = change.offset + change.removedLength;
  const delta = change.insertedText.length - change.removedLength;
  if (to <= start) return { span: [start + delta, end + delta], dirty: false };
  if (from >= end) return { span, dirty: false };
  // The change reaches into the span: keep a best guess, mark it for re-anchoring.
  const newStart = Math.min(start, from);
  const newEnd = Math.max(newStart, end <= to ? from + change.insertedText.length : end + delta);
  return { span: [newStart, newEnd], dirty: true };
}

/** Moves every span through a list of changes; a span once dirty stays dirty. */
export function shiftSpans<K>(spans: Map<K, Span>, changes: readonly TextChange[]): Map<K, ShiftedSpan> {
  const out = new Map<K, ShiftedSpan>();
  for (const [key, span] of spans) {
    let current: ShiftedSpan = { span, dirty: false };
    for (const change of changes) {
      const next = shiftSpan(current.span, change);
      current = { span: next.span, dirty: current.dirty || next.dirty };
    }
    out.set(key, current);
  }
  return out;
}
