/**
 * Paints the highlights. Decoration types are made once here and themed through the
 * `newsLens.*` colours in package.json; kinds differ by shape as well as colour (for
 * colour-blind readers): speaker = solid bottom border, quote = background with left/right
 * borders, claim = dotted underline, anonymous = dashed box.
 */
import * as vscode from 'vscode';
import type { Span } from '../core';
import { CommandId, registerCommand } from './commands';
import { isArticle, onDidChangeConfig, readConfig } from './config';
import { HIGHLIGHT_KINDS, highlightsOf, type HighlightKind } from './highlights';
import { toRange } from './ranges';
import type { Services } from './services';

/** Number of per-speaker tints (newsLens.tint1..tint6): hue = speaker index modulo this. */
export const TINT_COUNT = 6;

export interface Painted {
  version: number;
  ranges: Record<HighlightKind, vscode.Range[]>;
}

const color = (id: string) => new vscode.ThemeColor(`newsLens.${id}`);

function baseStyle(kind: HighlightKind, tint?: number): vscode.DecorationRenderOptions {
  const border = (name: string) => (tint === undefined ? color(name) : color(`tint${tint + 1}Border`));
  const background = (name: string) => (tint === undefined ? color(name) : color(`tint${tint + 1}Background`));
  switch (kind) {
    case 'speaker':
      return { borderStyle: 'solid', borderWidth: '0 0 2px 0', borderColor: border('speakerBorder'), backgroundColor: background('speakerBackground') };
    case 'quote':
      return { backgroundColor: background('quoteBackground'), borderStyle: 'solid', borderWidth: '0 2px', borderColor: border('quoteBorder'), borderRadius: '2px' };
    case 'claim': {
      // text-decoration cannot take a ThemeColor; the theme colour's CSS variable can.
      const line = tint === undefined ? '--vscode-newsLens-claimBorder' : `--vscode-newsLens-tint${tint + 1}Border`;
      return { textDecoration: `underline dotted var(${line}) 2px`, backgroundColor: color('claimBackground') };
    }
    case 'anonymous':
      return { borderStyle: 'dashed', borderWidth: '1px', borderColor: color('anonymousBorder'), borderRadius: '3px', backgroundColor: color('anonymousBackground') };
  }
}

const RULER_LANE: Record<HighlightKind, vscode.OverviewRulerLane> = {
  speaker: vscode.OverviewRulerLane.Left,
  quote: vscode.OverviewRulerLane.Center,
  claim: vscode.OverviewRulerLane.Right,
  anonymous: vscode.OverviewRulerLane.Left,
};
const RULER_COLOR: Record<HighlightKind, string> = {
  speaker: 'speakerBorder',
  quote: 'quoteBorder',
  claim: 'claimBorder',
  anonymous: 'anonymousBorder',
};

export class Decorations implements vscode.Disposable {
  /**
   * Decoration types by key ("quote.ruler", "tint3.quote.ruler", "quote" without ruler marks), each
   * made once, on first use: an article without tint never creates the tint types, and activation
   * creates none.
   */
  private readonly types = new Map<string, vscode.TextEditorDecorationType>();
  /** Per editor, the types that hold ranges now: only these need clearing on the next paint. */
  private readonly inUse = new WeakMap<vscode.TextEditor, Set<vscode.TextEditorDecorationType>>();
  private readonly painted = new Map<string, Painted>();
  private visible = true;
  /** Milliseconds from the last edit of a document to the paint of its new analysis. */
  lastRepaintMs: number | undefined;
  /** Milliseconds the last paint itself took (ranges computed and handed to the editor). */
  lastPaintMs: number | undefined;

  constructor(private readonly services: Services) {}

  private type(key: string, options: () => vscode.DecorationRenderOptions): vscode.TextEditorDecorationType {
    let type = this.types.get(key);
    if (!type) {
      type = vscode.window.createTextEditorDecorationType({ rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed, ...options() });
      this.types.set(key, type);
    }
    return type;
  }

  /**
   * The type for a kind, tint and ruler choice. The ruler mark is part of the style (not a type
   * of its own), so each range is handed to the editor once per paint, not twice.
   */
  private styleType(kind: HighlightKind, tint: number | undefined, ruler: boolean): vscode.TextEditorDecorationType {
    // Anonymous sources keep their own look: a tint would hide that they are anonymous.
    const t = kind === 'anonymous' ? undefined : tint;
    const key = `${t === undefined ? kind : `tint${t + 1}.${kind}`}${ruler ? '.ruler' : ''}`;
    return this.type(key, () => ({
      ...baseStyle(kind, t),
      ...(ruler ? { overviewRulerColor: color(RULER_COLOR[kind]), overviewRulerLane: RULER_LANE[kind] } : {}),
    }));
  }

  get highlightsVisible(): boolean {
    return this.visible;
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
    void vscode.commands.executeCommand('setContext', 'newsLens.highlightsOn', visible);
    this.paintAll();
  }

  /** What was last painted for this URI (the test API reads it; decorations are not readable otherwise). */
  paintedFor(uri: vscode.Uri): Painted | undefined {
    return this.painted.get(uri.toString());
  }

  paintAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.paint(editor);
  }

  /** Paints the editor from the cache; paints nothing when the analysis is not for this version. */
  paint(editor: vscode.TextEditor): void {
    const started = performance.now();
    const document = editor.document;
    const analysis = this.services.cache.get(document);
    const byType = new Map<vscode.TextEditorDecorationType, vscode.Range[]>();
    const ranges = mapKinds<vscode.Range[]>(() => []);
    const config = readConfig(document);
    if (analysis && this.visible && isArticle(document)) {
      const on: Record<HighlightKind, boolean> = {
        speaker: config.highlight.speakers,
        quote: config.highlight.quotes,
        claim: config.highlight.claims,
        anonymous: config.highlight.anonymous,
      };
      for (const h of highlightsOf(analysis)) {
        if (!on[h.kind]) continue;
        const range = toRange(document, h.span as Span);
        const tint = config.speakerTint && h.speakerIndex !== null ? h.speakerIndex % TINT_COUNT : undefined;
        push(byType, this.styleType(h.kind, tint, config.overviewRuler), range);
        ranges[h.kind].push(range);
      }
    }
    const before = this.inUse.get(editor) ?? new Set();
    for (const type of before) if (!byType.has(type)) editor.setDecorations(type, []);
    for (const [type, list] of byType) editor.setDecorations(type, list);
    this.inUse.set(editor, new Set(byType.keys()));
    const key = document.uri.toString();
    const last = this.painted.get(key);
    this.painted.set(key, { version: document.version, ranges });
    const editedAt = this.services.cache.editedAtMs(document.uri);
    const now = performance.now();
    this.lastPaintMs = now - started;
    if (analysis && editedAt !== undefined && last?.version !== document.version) this.lastRepaintMs = now - editedAt;
  }

  dispose(): void {
    for (const t of this.types.values()) t.dispose();
    this.types.clear();
    this.painted.clear();
  }
}

function mapKinds<T>(f: (k: HighlightKind) => T): Record<HighlightKind, T> {
  return Object.fromEntries(HIGHLIGHT_KINDS.map((k) => [k, f(k)])) as Record<HighlightKind, T>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Creates the painter, repaints on every new analysis and editor change, and registers the toggle. */
export function registerDecorations(services: Services): Decorations {
  const { context, cache } = services;
  const decorations = new Decorations(services);
  context.subscriptions.push(
    decorations,
    cache.onDidChange(({ document }) => {
      for (const editor of vscode.window.visibleTextEditors) {
        if (editor.document === document) decorations.paint(editor);
      }
    }),
    vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => decorations.paint(e))),
    onDidChangeConfig(() => decorations.paintAll()),
  );
  services.afterActivation(() => void vscode.commands.executeCommand('setContext', 'newsLens.highlightsOn', true));
  registerCommand(context, CommandId.ToggleHighlights, () => decorations.setVisible(!decorations.highlightsVisible));
  return decorations;
}
