/**
 * The annotation file of each open article (`<article>.annotations.json`, next to it): loaded
 * when the article opens, re-anchored to the editor's text, moved with live edits, laid over
 * the engine's analysis (a refiner of the analysis cache), saved atomically when the article
 * is saved (or at once when the article has no unsaved edits), and reloaded when it changes
 * on disk (a `git pull`): unsaved decisions are merged with the new file, never lost.
 * A broken file is reported (file:line:column and JSON pointer) and never overwritten; a file
 * from a newer schema version opens read-only.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Span } from '../core';
import { anchorQuote, placeAnnotation, reanchorDocument } from '../annotations/anchor';
import { applyDecisionsDetailed, type AppliedDecisions } from '../annotations/apply';
import { CodePointIndex } from '../core/codepoints';
import { emptyDocument } from '../annotations/create';
import { SaveRefusedError, readTextIfExists, saveAnnotations } from '../annotations/io';
import { mergeAnnotations, openConflicts, type MergeConflict } from '../annotations/merge';
import { annotationFileName, type AnnotationDoc, textFingerprint } from '../annotations/model';
import { formatFileError, parseAnnotations, type AnnotationFileError } from '../annotations/parse';
import { shiftSpans } from '../annotations/shift';
import { isArticle } from './config';
import type { Services } from './services';

export interface ArticleAnnotations {
  readonly article: vscode.Uri;
  readonly file: vscode.Uri;
  /** The decisions as the editor holds them (may be ahead of the file). */
  doc: AnnotationDoc;
  /** UTF-16 span of each annotation in the editor's current text; null for orphans. */
  spans: Map<string, Span | null>;
  /** The file's text as last read or written (null: no file); a save expects to find it. */
  diskText: string | null;
  /** The file's document as last read: the common base for merging a changed file. */
  base: AnnotationDoc | null;
  error: AnnotationFileError | null;
  readOnly: boolean;
  /** Decisions made since the last save. */
  unsaved: boolean;
  /** The last application to the analysis (statuses, orphans, conflicts), for hovers and commands. */
  applied?: AppliedDecisions;
  /** Reads and writes of the file run one at a time: a watcher event for our own write must not
   * race the next save (it would read a file older than the one just written). */
  queue: Promise<unknown>;
}

export class AnnotationStore implements vscode.Disposable {
  private readonly byArticle = new Map<string, ArticleAnnotations>();
  private readonly watchers = new Map<string, vscode.Disposable>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly emitter = new vscode.EventEmitter<ArticleAnnotations>();
  /** Fires after a file was loaded, reloaded, merged or saved, or a decision was made. */
  readonly onDidChange = this.emitter.event;

  constructor(private readonly services: Services) {
    const { cache } = services;
    this.subscriptions.push(
      this.emitter,
      vscode.workspace.onDidOpenTextDocument((d) => void this.open(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.close(d)),
      vscode.workspace.onDidChangeTextDocument((e) => this.follow(e)),
      vscode.workspace.onDidSaveTextDocument((d) => {
        const state = this.get(d);
        if (state?.unsaved) void this.save(d);
      }),
      cache.addRefiner((document, analysis) => {
        const state = this.get(document);
        if (!state) return analysis;
        state.applied = applyDecisionsDetailed(analysis, state.doc, document.getText(), state.spans);
        return state.applied.analysis;
      }),
    );
    // after activation: telling articles apart reads the settings, which activation defers
    services.afterActivation(() => {
      for (const d of vscode.workspace.textDocuments) void this.open(d);
    });
  }

  get(document: vscode.TextDocument): ArticleAnnotations | undefined {
    return this.byArticle.get(document.uri.toString());
  }

  /** The annotation file's URI for an article: same folder, "<name>.annotations.json". */
  static fileFor(article: vscode.Uri): vscode.Uri {
    return vscode.Uri.joinPath(article, '..', annotationFileName(path.posix.basename(article.path)));
  }

  /** Loads the article's annotation file (if any) and starts watching it. */
  async open(document: vscode.TextDocument): Promise<ArticleAnnotations | undefined> {
    if (document.uri.scheme !== 'file' || !isArticle(document)) return undefined;
    const key = document.uri.toString();
    const existing = this.byArticle.get(key);
    if (existing) return existing;
    const file = AnnotationStore.fileFor(document.uri);
    const state: ArticleAnnotations = {
      article: document.uri, file, doc: emptyDocument(path.posix.basename(document.uri.path)), spans: new Map(),
      diskText: null, base: null, error: null, readOnly: false, unsaved: false, queue: Promise.resolve(),
    };
    this.byArticle.set(key, state);
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.joinPath(file, '..'), path.posix.basename(file.path)));
    watcher.onDidChange(() => void this.reload(document));
    watcher.onDidCreate(() => void this.reload(document));
    watcher.onDidDelete(() => void this.reload(document));
    this.watchers.set(key, watcher);
    await this.reload(document);
    return state;
  }

  /** Runs `task` after every earlier file operation of this article. */
  /** Resolves once this article's queued file reads and writes (saves, reloads) are done. */
  async settled(document: vscode.TextDocument): Promise<void> {
    const state = this.get(document);
    if (state) await state.queue;
  }

  private serial<T>(state: ArticleAnnotations, task: () => Promise<T>): Promise<T> {
    const run = state.queue.then(task, task);
    state.queue = run.catch(() => undefined);
    return run;
  }

  /** Reads the file again; merges it with unsaved decisions when there are any. */
  async reload(document: vscode.TextDocument): Promise<void> {
    const state = this.get(document);
    if (state) await this.serial(state, () => this.reloadNow(document, state));
  }

  private async reloadNow(document: vscode.TextDocument, state: ArticleAnnotations): Promise<void> {
    const text = await readTextIfExists(state.file.fsPath);
    if (text === state.diskText && state.error === null) return; // our own write, or no change
    const name = path.posix.basename(state.file.path);
    if (text === null) {
      // deleted on disk: keep what the editor holds; the next save writes it again
      state.diskText = null;
      state.error = null;
      state.unsaved = state.doc.items.length > 0;
      this.changed(document, state);
      return;
    }
    const parsed = parseAnnotations(text, name);
    if (!parsed.ok) {
      state.error = parsed.error;
      state.diskText = text;
      void vscode.window.showErrorMessage(`News Lens: ${formatFileError(parsed.error)}. The file is not used or overwritten until it is fixed.`);
      this.services.log.error(formatFileError(parsed.error));
      this.changed(document, state);
      return;
    }
    state.error = null;
    state.readOnly = parsed.readOnly;
    for (const notice of parsed.notices) void vscode.window.showInformationMessage(`News Lens: ${notice}`);
    const current = document.getText();
    const theirs = reanchorDocument(parsed.doc, current);
    if (state.unsaved && state.doc.items.length > 0) {
      const mine = this.rebased(state, current);
      const base = state.base ? reanchorDocument(state.base, current).doc : undefined;
      const merged = mergeAnnotations(mine, theirs.doc, base);
      state.doc = merged.doc;
      this.reportConflicts(name, merged.conflicts);
      state.spans = reanchorDocument(state.doc, current).spans;
    } else {
      state.doc = theirs.doc;
      state.spans = theirs.spans;
      state.unsaved = false;
    }
    state.diskText = text;
    state.base = parsed.doc;
    this.changed(document, state);
  }

  /** Replaces the decisions (a command made one) and saves when the article itself is saved. */
  async update(document: vscode.TextDocument, next: AnnotationDoc): Promise<void> {
    const state = this.get(document) ?? (await this.open(document));
    if (!state) throw new Error('News Lens: this document is not an article on disk');
    this.assertWritable(state);
    const current = document.getText();
    const index = new CodePointIndex(current);
    for (const a of next.items) {
      if (!state.spans.has(a.id) && a.position) state.spans.set(a.id, [index.toUtf16(a.position.start), index.toUtf16(a.position.end)]);
    }
    state.doc = next;
    state.unsaved = true;
    this.changed(document, state);
    if (!document.isDirty) await this.save(document);
  }

  /** Writes the decisions, positioned on the saved article text; refuses over a broken file. */
  async save(document: vscode.TextDocument): Promise<boolean> {
    const state = this.get(document);
    return state ? this.serial(state, () => this.saveNow(document, state)) : false;
  }

  /** Merges a colleague's document into this article's decisions (Import annotations…). */
  async importDoc(document: vscode.TextDocument, theirs: AnnotationDoc, from: string): Promise<MergeConflict[]> {
    const state = this.get(document) ?? (await this.open(document));
    if (!state) throw new Error('News Lens: this document is not an article on disk');
    this.assertWritable(state);
    const current = document.getText();
    const merged = mergeAnnotations(this.rebased(state, current), reanchorDocument(theirs, current).doc);
    state.spans = reanchorDocument(merged.doc, current).spans;
    this.reportConflicts(from, merged.conflicts);
    await this.update(document, merged.doc);
    return merged.conflicts;
  }

  private async saveNow(document: vscode.TextDocument, state: ArticleAnnotations): Promise<boolean> {
    if (state.error || state.readOnly || !state.unsaved) return !state.unsaved;
    for (let attempt = 0; ; attempt++) {
      const held = state.doc;
      const doc = this.rebased(state, document.getText());
      try {
        state.diskText = await saveAnnotations(state.file.fsPath, doc, { expectedOnDisk: state.diskText });
        state.base = doc;
        // a decision made while writing stays unsaved: its own save is queued behind this one
        if (state.doc === held) {
          state.doc = doc;
          state.unsaved = false;
        }
        this.changed(document, state);
        return true;
      } catch (err) {
        if (attempt === 0 && err instanceof SaveRefusedError && err.reason === 'changed') {
          await this.reloadNow(document, state); // merges the new file with our decisions; then once more
          if (!state.error && state.unsaved) continue;
        }
        void vscode.window.showErrorMessage(`News Lens: ${err instanceof Error ? err.message : String(err)}`);
        return false;
      }
    }
  }

  /** The document with every selector rewritten for `text` (the editor's current text). */
  private rebased(state: ArticleAnnotations, text: string): AnnotationDoc {
    const index = new CodePointIndex(text);
    return {
      ...state.doc,
      articleHash: textFingerprint(text),
      items: state.doc.items.map((a) => (state.spans.has(a.id) ? placeAnnotation(a, text, index, state.spans.get(a.id) ?? null) : a)),
    };
  }

  /** Moves spans with the edit; spans the edit reached into are found again by their quote. */
  private follow(e: vscode.TextDocumentChangeEvent): void {
    const state = this.get(e.document);
    if (!state || e.contentChanges.length === 0 || state.spans.size === 0) return;
    const live = new Map<string, Span>();
    for (const [id, span] of state.spans) if (span) live.set(id, span);
    const changes = e.contentChanges.map((c) => ({ offset: c.rangeOffset, removedLength: c.rangeLength, insertedText: c.text }));
    const text = e.document.getText();
    for (const [id, moved] of shiftSpans(live, changes)) {
      if (!moved.dirty) {
        state.spans.set(id, moved.span);
        continue;
      }
      const item = state.doc.items.find((a) => a.id === id);
      state.spans.set(id, item ? anchorQuote(text, item.quote, moved.span[0]).span : null);
    }
  }

  private assertWritable(state: ArticleAnnotations): void {
    const name = path.posix.basename(state.file.path);
    if (state.error) throw new Error(`News Lens: ${formatFileError(state.error)}. Fix the file before adding decisions.`);
    if (state.readOnly) throw new Error(`News Lens: ${name} is from a newer News Lens and is read-only here.`);
  }

  private reportConflicts(from: string, conflicts: MergeConflict[]): void {
    if (conflicts.length === 0) return;
    const list = conflicts.slice(0, 3).map((c) => `“${c.exact.slice(0, 40)}”`).join(', ');
    void vscode.window.showWarningMessage(`News Lens: ${conflicts.length} conflicting decision${conflicts.length === 1 ? '' : 's'} from ${from} (${list}). Use “News Lens: Resolve Annotation Conflict” to choose.`);
  }

  private changed(document: vscode.TextDocument, state: ArticleAnnotations): void {
    this.services.cache.schedule(document, 0);
    this.emitter.fire(state);
  }

  private close(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.watchers.get(key)?.dispose();
    this.watchers.delete(key);
    this.byArticle.delete(key);
  }

  /** Open conflicts of an article's decisions. */
  conflicts(document: vscode.TextDocument): MergeConflict[] {
    const state = this.get(document);
    return state ? openConflicts(state.doc) : [];
  }

  dispose(): void {
    for (const w of this.watchers.values()) w.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
