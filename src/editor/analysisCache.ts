/**
 * One analysis per open article, keyed by URI and stamped with the document version it was
 * made from. Consumers only ever read a result whose version equals the document's current
 * version, so nothing stale is painted.
 *
 * When to analyse after an edit: at once when the article has been quiet (no analysis for at
 * least `newsLens.debounceMs`, and for at least as long as the last analysis took), else after
 * `newsLens.debounceMs` of quiet. A single keystroke after a pause is repainted as soon as the
 * engine is done; a burst of typing is coalesced, and the engine never takes more than about
 * half of the extension host's time however large the article.
 *
 * Large documents (over `newsLens.maxFileSize` UTF-16 code units) are skipped and reported
 * as `too-large` (the status bar shows a one-line notice): the engine is synchronous and
 * runs in the extension host, so skipping keeps every other extension responsive.
 */
import * as vscode from 'vscode';
import { analyze, type Analysis } from '../core';
import { markupOfLanguage } from '../core/markup';
import { isArticle, onDidChangeConfig, readConfig } from './config';

export type DocumentState =
  | { status: 'analysed'; version: number; analysis: Analysis; durationMs: number }
  | { status: 'too-large'; version: number; size: number; limit: number }
  | { status: 'failed'; version: number; message: string }
  | { status: 'off' };

export interface StateChange {
  document: vscode.TextDocument;
  state: DocumentState;
}

/**
 * Runs after the engine, in registration order, on every fresh analysis: the place where
 * human decisions (annotation files) are laid over the automatic ones. Must be pure and fast.
 */
export type Refiner = (document: vscode.TextDocument, analysis: Analysis) => Analysis;

export class AnalysisCache implements vscode.Disposable {
  private readonly states = new Map<string, DocumentState>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** performance.now() of the last edit per URI, for the repaint-latency measurement. */
  private readonly editedAt = new Map<string, number>();
  /** performance.now() at the end of the last analysis per URI, and how long it took. */
  private readonly lastRun = new Map<string, { endedAt: number; durationMs: number }>();
  private readonly refiners: Refiner[] = [];
  private idleWaiters: Array<() => void> = [];
  private readonly emitter = new vscode.EventEmitter<StateChange>();
  private readonly subscriptions: vscode.Disposable[] = [];

  /** Fires after a document's state changed (analysed, skipped, failed or switched off). */
  readonly onDidChange = this.emitter.event;

  constructor(private readonly log: vscode.LogOutputChannel) {
    this.subscriptions.push(
      this.emitter,
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length === 0) return;
        this.editedAt.set(e.document.uri.toString(), performance.now());
        this.scheduleAfterEdit(e.document);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d)),
      // Languages, the size limit or the master switch may have changed: start over.
      onDidChangeConfig(() => this.refreshAll()),
    );
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
  }

  /** The current analysis of this document, or undefined when there is none for its version. */
  get(document: vscode.TextDocument): Analysis | undefined {
    const s = this.states.get(document.uri.toString());
    return s?.status === 'analysed' && s.version === document.version ? s.analysis : undefined;
  }

  /** The state for this document's current version ('off' when absent or outdated). */
  state(document: vscode.TextDocument): DocumentState {
    const s = this.states.get(document.uri.toString());
    if (!s || s.status === 'off' || s.version !== document.version) return { status: 'off' };
    return s;
  }

  /** The last state recorded for a URI, whatever its version (for the test API). */
  peek(uri: vscode.Uri): DocumentState | undefined {
    return this.states.get(uri.toString());
  }

  editedAtMs(uri: vscode.Uri): number | undefined {
    return this.editedAt.get(uri.toString());
  }

  /** Adds a refiner; all open articles are analysed again. */
  addRefiner(refiner: Refiner): vscode.Disposable {
    this.refiners.push(refiner);
    this.refreshAll();
    return new vscode.Disposable(() => {
      const i = this.refiners.indexOf(refiner);
      if (i >= 0) this.refiners.splice(i, 1);
      this.refreshAll();
    });
  }

  /** Analyses after `delayMs` (default: the debounce setting); a newer call replaces an older one. */
  schedule(document: vscode.TextDocument, delayMs?: number): void {
    const key = document.uri.toString();
    const pending = this.timers.get(key);
    if (pending !== undefined) clearTimeout(pending);
    const delay = delayMs ?? readConfig(document).debounceMs;
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.analyzeNow(document);
        this.settleIfIdle();
      }, delay),
    );
  }

  /** After an edit: at once when the article is quiet, else debounced (see the header). */
  private scheduleAfterEdit(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const debounceMs = readConfig(document).debounceMs;
    const last = this.lastRun.get(key);
    const quiet = !this.timers.has(key) && (last === undefined || performance.now() - last.endedAt >= Math.max(debounceMs, last.durationMs));
    this.schedule(document, quiet ? 0 : debounceMs);
  }

  /** Analyses every open document again (settings changed, refiners changed, "Refresh"). */
  refreshAll(): void {
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
  }

  /** Analyses synchronously and publishes the new state. */
  analyzeNow(document: vscode.TextDocument): DocumentState {
    const key = document.uri.toString();
    if (document.isClosed) return { status: 'off' };
    if (!isArticle(document)) {
      const had = this.states.get(key);
      this.states.set(key, { status: 'off' });
      if (had && had.status !== 'off') this.emitter.fire({ document, state: { status: 'off' } });
      return { status: 'off' };
    }
    const started = performance.now();
    const version = document.version;
    const text = document.getText();
    const limit = readConfig(document).maxFileSize;
    let state: DocumentState;
    if (text.length > limit) {
      state = { status: 'too-large', version, size: text.length, limit };
    } else {
      try {
        let analysis = analyze(text, { markup: markupOfLanguage(document.languageId) });
        for (const refine of this.refiners) analysis = refine(document, analysis);
        state = { status: 'analysed', version, analysis, durationMs: performance.now() - started };
      } catch (err) {
        // The engine must never take the editor down with it: report and show nothing.
        const message = err instanceof Error ? err.message : String(err);
        this.log.error(`analysis failed for ${document.uri.toString()}: ${message}`);
        state = { status: 'failed', version, message };
      }
    }
    this.states.set(key, state);
    this.emitter.fire({ document, state });
    const endedAt = performance.now();
    this.lastRun.set(key, { endedAt, durationMs: endedAt - started });
    return state;
  }

  /**
   * Resolves when no analysis is pending and every open article has a state for its current
   * version. Tests await this instead of sleeping.
   */
  whenIdle(): Promise<void> {
    for (const d of vscode.workspace.textDocuments) {
      const s = this.states.get(d.uri.toString());
      const current = s !== undefined && (s.status === 'off' ? !isArticle(d) : s.version === d.version);
      if (!current && !this.timers.has(d.uri.toString())) this.schedule(d, 0);
    }
    if (this.timers.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private settleIfIdle(): void {
    if (this.timers.size > 0) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }

  private forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const pending = this.timers.get(key);
    if (pending !== undefined) clearTimeout(pending);
    this.timers.delete(key);
    this.editedAt.delete(key);
    this.lastRun.delete(key);
    const had = this.states.delete(key);
    if (had) this.emitter.fire({ document, state: { status: 'off' } });
    this.settleIfIdle();
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.settleIfIdle();
    for (const s of this.subscriptions) s.dispose();
  }
}
