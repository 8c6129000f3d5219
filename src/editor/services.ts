/**
 * What every editor feature is given. A feature is a `register*(services)` function that
 * pushes everything it creates to `services.context.subscriptions` (create once, dispose always).
 * To add a feature: write `src/editor/<feature>.ts` exporting `registerX: Feature`, then add it
 * to the FEATURES list in src/extension.ts, and its command ids to src/editor/commands.ts.
 */
import type * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';

export interface Services {
  readonly context: vscode.ExtensionContext;
  /** The analysis of each open article, at its current version; `onDidChange` after each run. */
  readonly cache: AnalysisCache;
  /** The "News Lens" output channel: failures and notes for the user. */
  readonly log: vscode.LogOutputChannel;
  /**
   * Read-only views of a feature's state for the integration tests (`api.probe(name)`), e.g.
   * the Speakers view's rows or the status-bar text, which the VS Code API cannot read back.
   */
  readonly probes: Map<string, () => unknown>;
  /**
   * Runs `task` once, just after activate() returns. For first paints and anything that reads
   * settings: the host builds its configuration model on the first read (~30 ms measured here),
   * which need not hold up activation.
   */
  afterActivation(task: () => void): void;
}

export type Feature = (services: Services) => void;
