/**
 * Offsets inside, ranges at the edge: the only place that turns the engine's half-open
 * UTF-16 offsets into editor positions and back (through the document, so CRLF and
 * astral characters are counted exactly as the engine counted them).
 */
import * as vscode from 'vscode';
import type { Span } from '../core';

export function toRange(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span[0]), document.positionAt(span[1]));
}

export function toRanges(document: vscode.TextDocument, spans: readonly Span[]): vscode.Range[] {
  return spans.map((s) => toRange(document, s));
}

export function toOffset(document: vscode.TextDocument, position: vscode.Position): number {
  return document.offsetAt(position);
}

export function toLocation(document: vscode.TextDocument, span: Span): vscode.Location {
  return new vscode.Location(document.uri, toRange(document, span));
}
