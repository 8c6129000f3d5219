/**
 * The Speakers view: people and organisations (role, counts) > their quotes and claims,
 * then "Unattributed" and "Anonymous sources" groups. Follows the active editor; a click
 * reveals the place.
 */
import * as vscode from 'vscode';
import type { Analysis, Attribution, Entity } from '../core';
import { CommandId } from './commands';
import { isArticle } from './config';
import { kindIcon, kindName } from './entityKind';
import { SPEAKERS_VIEW_ID } from './generalCommands';
import { attributionsOf, definingMention, entityById } from './lookup';
import { count, escapeMarkdown, firstWords } from './markdown';
import type { Feature, Services } from './services';

type Node =
  | { type: 'entity'; entity: Entity; own: Attribution[] }
  | { type: 'group'; label: string; icon: string; items: Attribution[] }
  | { type: 'attribution'; attribution: Attribution };

const ITEM_WORDS = 9;

/** "4 quotes, 1 claim", leaving out a zero ("1 claim"); "" when both are zero. */
function counts(quotes: number, claims: number): string {
  return [quotes > 0 ? count(quotes, 'quote') : '', claims > 0 ? count(claims, 'claim') : ''].filter(Boolean).join(', ');
}

class SpeakersTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private document: vscode.TextDocument | undefined;
  private analysis: Analysis | undefined;
  private text = '';

  constructor(private readonly services: Services) {}

  /** Takes the active article's current analysis (or nothing) and redraws. */
  update(editor: vscode.TextEditor | undefined): void {
    const document = editor && isArticle(editor.document) ? editor.document : undefined;
    this.document = document;
    this.analysis = document ? this.services.cache.get(document) : undefined;
    this.text = this.analysis && document ? document.getText() : '';
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }

  get current(): vscode.TextDocument | undefined {
    return this.document;
  }

  getChildren(node?: Node): Node[] {
    const analysis = this.analysis;
    if (!analysis) return [];
    if (!node) return this.roots(analysis);
    if (node.type === 'entity') return node.own.map((attribution) => ({ type: 'attribution', attribution }));
    if (node.type === 'group') return node.items.map((attribution) => ({ type: 'attribution', attribution }));
    return [];
  }

  private roots(analysis: Analysis): Node[] {
    const named = analysis.entities
      .filter((e) => !e.anonymous)
      .map((entity) => ({ type: 'entity' as const, entity, own: attributionsOf(analysis, entity.id) }))
      // Those who speak most first; ties keep the article's order.
      .sort((a, b) => b.own.length - a.own.length);
    const anonymousIds = new Set(analysis.entities.filter((e) => e.anonymous).map((e) => e.id));
    const known = new Set(analysis.entities.map((e) => e.id));
    const all = [...analysis.quotes, ...analysis.claims].sort((a, b) => a.span[0] - b.span[0]);
    const anonymous = all.filter((a) => a.anonymous || (a.entity !== null && anonymousIds.has(a.entity)));
    const unattributed = all.filter((a) => !anonymous.includes(a) && (a.entity === null || !known.has(a.entity)));
    const roots: Node[] = [...named];
    if (unattributed.length > 0) roots.push({ type: 'group', label: 'Unattributed', icon: 'question', items: unattributed });
    if (anonymous.length > 0) roots.push({ type: 'group', label: 'Anonymous sources', icon: 'eye-closed', items: anonymous });
    return roots;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const uri = this.document?.uri.toString() ?? '';
    const reveal = (span: [number, number], title: string): vscode.Command => ({
      command: CommandId.Reveal,
      title,
      arguments: [uri, span[0], span[1]],
    });
    if (node.type === 'entity') {
      const { entity, own } = node;
      const quotes = own.filter((a) => a.kind === 'quote').length;
      const item = new vscode.TreeItem(entity.name || entity.id, own.length > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
      item.description = [entity.role, counts(quotes, own.length - quotes)].filter(Boolean).join(' — ');
      item.iconPath = new vscode.ThemeIcon(kindIcon(entity));
      const aliases = entity.aliases.length > 0 ? `\n\nAlso: ${entity.aliases.map(escapeMarkdown).join(', ')}` : '';
      item.tooltip = new vscode.MarkdownString(`**${escapeMarkdown(entity.name)}**${entity.role ? ` — ${escapeMarkdown(entity.role)}` : ''}\n\n*${kindName(entity)}* · ${count(entity.mentions.length, 'mention')}${aliases}`);
      const first = definingMention(entity, this.text);
      if (first) item.command = reveal(first.span, 'Reveal first mention');
      item.contextValue = 'newsLens.speaker';
      item.id = `${uri}#${entity.id}`;
      return item;
    }
    if (node.type === 'group') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.description = count(node.items.length, 'item');
      item.iconPath = new vscode.ThemeIcon(node.icon);
      item.id = `${uri}#${node.label}`;
      return item;
    }
    const a = node.attribution;
    const item = new vscode.TreeItem(firstWords(this.text.slice(a.span[0], a.span[1]), ITEM_WORDS) || a.id);
    // Who said it, as the article names them, where no named speaker's row above says so: in
    // the Unattributed and Anonymous sources groups ("said (a senior government official)").
    const named = this.analysis && a.entity !== null && entityById(this.analysis, a.entity)?.anonymous === false;
    const speaker = a.speaker ? this.text.slice(a.speaker[0], a.speaker[1]) : null;
    item.description = [a.cue ? this.text.slice(a.cue[0], a.cue[1]) : '', speaker && !named ? `(${speaker})` : ''].filter(Boolean).join(' ');
    item.iconPath = new vscode.ThemeIcon(a.kind === 'quote' ? 'quote' : 'comment');
    item.tooltip = `${a.kind === 'quote' ? 'Quote' : 'Claim'}${speaker ? ` by “${speaker}”` : ''} · found by ${a.rule}`;
    item.command = reveal(a.span, 'Reveal');
    item.contextValue = `newsLens.${a.kind}`;
    return item;
  }
}

export const registerSpeakersView: Feature = (services) => {
  const tree = new SpeakersTree(services);
  let view: vscode.TreeView<Node> | undefined;
  const refresh = () => {
    tree.update(vscode.window.activeTextEditor);
    if (!view) return;
    const document = tree.current;
    view.description = document ? document.uri.path.split('/').pop() : undefined;
    const state = document ? services.cache.state(document) : undefined;
    view.message =
      state?.status === 'too-large'
        ? `This article is too large to analyse (${state.size.toLocaleString('en')} characters; the limit, newsLens.maxFileSize, is ${state.limit.toLocaleString('en')}).`
        : state?.status === 'failed'
          ? `The analysis failed: ${state.message}`
          : undefined;
  };
  services.context.subscriptions.push(
    tree,
    { dispose: () => view?.dispose() },
    vscode.window.onDidChangeActiveTextEditor(refresh),
    services.cache.onDidChange(({ document }) => {
      if (document === vscode.window.activeTextEditor?.document) refresh();
    }),
  );
  services.afterActivation(() => {
    view = vscode.window.createTreeView(SPEAKERS_VIEW_ID, { treeDataProvider: tree, showCollapseAll: true });
    refresh();
  });
  // For the integration tests: each row as "label — description", children indented by two spaces.
  services.probes.set('speakers', () => {
    const rows: string[] = [];
    const walk = (nodes: Node[], depth: number) => {
      for (const n of nodes) {
        const item = tree.getTreeItem(n);
        rows.push(`${'  '.repeat(depth)}${String(item.label)}${item.description ? ` — ${String(item.description)}` : ''}`);
        walk(tree.getChildren(n), depth + 1);
      }
    };
    walk(tree.getChildren(), 0);
    return rows;
  });
  // The named speakers' rows as pictured: label, codicon, tooltip (where the kind is named).
  services.probes.set('speakerIcons', () => tree.getChildren().filter((n) => n.type === 'entity').map((n) => {
    const item = tree.getTreeItem(n);
    return { label: String(item.label), icon: (item.iconPath as vscode.ThemeIcon).id, tooltip: (item.tooltip as vscode.MarkdownString).value };
  }));
};
