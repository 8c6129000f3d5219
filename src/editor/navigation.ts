/**
 * Outline (people > their quotes and claims; an "Unattributed" group), Go to Definition
 * (a mention -> the first full mention), Find All References (every mention and alias), and
 * Next / Previous Quote.
 */
import * as vscode from 'vscode';
import type { Analysis, Attribution, Entity } from '../core';
import { CommandId, registerCommand } from './commands';
import { isArticle } from './config';
import { attributionsOf, definingMention, targetAt } from './lookup';
import { count, firstWords } from './markdown';
import { toLocation, toOffset, toRange } from './ranges';
import { registerForArticles } from './selector';
import type { Feature, Services } from './services';

const SYMBOL_WORDS = 8;

function attributionSymbol(document: vscode.TextDocument, text: string, a: Attribution): vscode.DocumentSymbol {
  const range = toRange(document, a.span);
  const name = firstWords(text.slice(a.span[0], a.span[1]), SYMBOL_WORDS) || a.id;
  const cue = a.cue ? text.slice(a.cue[0], a.cue[1]) : '';
  return new vscode.DocumentSymbol(name, cue, a.kind === 'quote' ? vscode.SymbolKind.String : vscode.SymbolKind.Event, range, range);
}

function entitySymbol(document: vscode.TextDocument, text: string, analysis: Analysis, e: Entity): vscode.DocumentSymbol | undefined {
  const first = definingMention(e, text);
  if (!first) return undefined;
  const own = attributionsOf(analysis, e.id);
  const children = own.map((a) => attributionSymbol(document, text, a));
  // The symbol's range covers its mentions and its quotes, so "follow cursor" finds it.
  const starts = [...e.mentions.map((m) => m.span[0]), ...own.map((a) => a.span[0])];
  const ends = [...e.mentions.map((m) => m.span[1]), ...own.map((a) => a.span[1])];
  const range = toRange(document, [Math.min(...starts), Math.max(...ends)]);
  const quotes = own.filter((a) => a.kind === 'quote').length;
  const detail = [e.role ?? '', `${count(quotes, 'quote')}, ${count(own.length - quotes, 'claim')}`].filter(Boolean).join(' · ');
  const kind = e.anonymous ? vscode.SymbolKind.Variable : e.kind === 'organization' ? vscode.SymbolKind.Module : vscode.SymbolKind.Object;
  const symbol = new vscode.DocumentSymbol(e.name || e.id, detail, kind, range, toRange(document, first.span));
  symbol.children = children;
  return symbol;
}

export function documentSymbols(document: vscode.TextDocument, analysis: Analysis): vscode.DocumentSymbol[] {
  const text = document.getText();
  const symbols = analysis.entities
    .map((e) => entitySymbol(document, text, analysis, e))
    .filter((s): s is vscode.DocumentSymbol => s !== undefined);
  const known = new Set(analysis.entities.map((e) => e.id));
  const orphans = [...analysis.quotes, ...analysis.claims]
    .filter((a) => a.entity === null || !known.has(a.entity))
    .sort((x, y) => x.span[0] - y.span[0]);
  if (orphans.length > 0) {
    const range = toRange(document, [orphans[0].span[0], Math.max(...orphans.map((a) => a.span[1]))]);
    const group = new vscode.DocumentSymbol('Unattributed', count(orphans.length, 'item'), vscode.SymbolKind.Namespace, range, toRange(document, orphans[0].span));
    group.children = orphans.map((a) => attributionSymbol(document, text, a));
    symbols.push(group);
  }
  return symbols.sort((a, b) => a.range.start.compareTo(b.range.start));
}

function entityAt(services: Services, document: vscode.TextDocument, position: vscode.Position): { analysis: Analysis; entity: Entity } | undefined {
  if (!isArticle(document)) return undefined;
  const analysis = services.cache.get(document);
  if (!analysis) return undefined;
  const target = targetAt(analysis, toOffset(document, position));
  if (target?.type === 'entity') return { analysis, entity: target.entity };
  // On a quote or claim: its speaker is the entity meant.
  if (target?.type === 'attribution' && target.attribution.entity !== null) {
    const entity = analysis.entities.find((e) => e.id === target.attribution.entity);
    if (entity) return { analysis, entity };
  }
  return undefined;
}

/** Moves the selection to the next (+1) or previous (-1) quote, wrapping around. */
function stepQuote(services: Services, direction: 1 | -1): void {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !isArticle(editor.document)) return;
  const analysis = services.cache.get(editor.document);
  const quotes = [...(analysis?.quotes ?? [])].sort((a, b) => a.span[0] - b.span[0]);
  if (quotes.length === 0) {
    vscode.window.setStatusBarMessage('News Lens: no quotes in this article', 3000);
    return;
  }
  const here = toOffset(editor.document, editor.selection.start);
  const next =
    direction === 1
      ? (quotes.find((q) => q.span[0] > here) ?? quotes[0])
      : ([...quotes].reverse().find((q) => q.span[0] < here) ?? quotes[quotes.length - 1]);
  const range = toRange(editor.document, next.span);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

export const registerNavigation: Feature = (services) => {
  const symbols: vscode.DocumentSymbolProvider = {
    provideDocumentSymbols(document) {
      const analysis = isArticle(document) ? services.cache.get(document) : undefined;
      return analysis ? documentSymbols(document, analysis) : undefined;
    },
  };
  const definitions: vscode.DefinitionProvider = {
    provideDefinition(document, position) {
      const found = entityAt(services, document, position);
      const first = found && definingMention(found.entity, document.getText());
      return first ? toLocation(document, first.span) : undefined;
    },
  };
  const references: vscode.ReferenceProvider = {
    provideReferences(document, position, context) {
      const found = entityAt(services, document, position);
      if (!found) return undefined;
      const first = definingMention(found.entity, document.getText());
      return found.entity.mentions
        .filter((m) => context.includeDeclaration || m !== first)
        .map((m) => toLocation(document, m.span));
    },
  };
  registerForArticles(services, (selector) =>
    vscode.Disposable.from(
      vscode.languages.registerDocumentSymbolProvider(selector, symbols, { label: 'News Lens' }),
      vscode.languages.registerDefinitionProvider(selector, definitions),
      vscode.languages.registerReferenceProvider(selector, references),
    ),
  );
  registerCommand(services.context, CommandId.ShowMentions, async (uri: string, offset: number) => {
    if (typeof uri !== 'string' || !Number.isInteger(offset)) return;
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    const position = toRange(document, [offset, offset]).start;
    const found = entityAt(services, document, position);
    if (!found) return;
    const locations = found.entity.mentions.map((m) => toLocation(document, m.span));
    await vscode.commands.executeCommand('editor.action.showReferences', document.uri, position, locations);
  });
  registerCommand(services.context, CommandId.NextQuote, () => stepQuote(services, 1));
  registerCommand(services.context, CommandId.PreviousQuote, () => stepQuote(services, -1));
};
