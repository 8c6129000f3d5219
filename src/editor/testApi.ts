/**
 * What `activate()` returns: a small API for the integration tests and the bench, since
 * decorations cannot be read back through the public VS Code API.
 */
import type * as vscode from 'vscode';
import type { Analysis } from '../core';
import type { AnalysisCache } from './analysisCache';
import type { Decorations, Painted } from './decorations';

export interface NewsLensApi {
  /** Milliseconds spent in activate() (performance.now() around its body). */
  readonly activationMs: number;
  /** Milliseconds from the last edit to the paint of its analysis, for the last repaint. */
  readonly lastRepaintMs: number | undefined;
  /** Milliseconds the last paint itself took (part of lastRepaintMs). */
  readonly lastPaintMs: number | undefined;
  /** The ranges last painted per kind, with the document version they were painted for. */
  decorations(uri: vscode.Uri): Painted | undefined;
  /** Milliseconds each feature took to register, by feature name (the parts of activationMs). */
  readonly activationBreakdown: Readonly<Record<string, number>>;
  /** The last analysis made for this URI, its document version and the engine's time in ms. */
  analysisFor(uri: vscode.Uri): { version: number; analysis: Analysis; durationMs: number } | undefined;
  /** 'analysed' | 'too-large' | 'failed' | 'off' for this document's current version. */
  status(document: vscode.TextDocument): string;
  /** Resolves when no analysis is pending and every open article is analysed at its version. */
  whenIdle(): Promise<void>;
  /** A feature's read-only state by name ('speakers', 'statusBar', ...); undefined when unknown. */
  probe(name: string): unknown;
}

export function createTestApi(activationMs: number, activationBreakdown: Record<string, number>, cache: AnalysisCache, decorations: Decorations, probes: Map<string, () => unknown>): NewsLensApi {
  return {
    activationMs,
    activationBreakdown,
    get lastRepaintMs() {
      return decorations.lastRepaintMs;
    },
    get lastPaintMs() {
      return decorations.lastPaintMs;
    },
    decorations: (uri) => decorations.paintedFor(uri),
    analysisFor: (uri) => {
      const s = cache.peek(uri);
      return s?.status === 'analysed' ? { version: s.version, analysis: s.analysis, durationMs: s.durationMs } : undefined;
    },
    status: (document) => cache.state(document).status,
    whenIdle: () => cache.whenIdle(),
    probe: (name) => probes.get(name)?.(),
  };
}
