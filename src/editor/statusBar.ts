/** Status-bar item: counts for the active article; a click opens the Speakers view. */
import * as vscode from 'vscode';
import { CommandId } from './commands';
import { isArticle } from './config';
import type { Feature } from './services';
import { sizeText, statusText } from './statusCounts';

export const registerStatusBar: Feature = (services) => {
  const { context, cache } = services;
  const item = vscode.window.createStatusBarItem('newsLens.counts', vscode.StatusBarAlignment.Right, 100);
  item.name = 'News Lens';
  item.command = CommandId.ShowSpeakers;
  /** The URI the item's text describes: while typing, the last counts stay until the new ones. */
  let shownFor: string | undefined;
  const update = () => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isArticle(document)) {
      item.hide();
      shownFor = undefined;
      return;
    }
    const state = cache.state(document);
    if (state.status === 'off' && shownFor === document.uri.toString()) return;
    shownFor = state.status === 'off' ? undefined : document.uri.toString();
    item.backgroundColor = undefined;
    if (state.status === 'analysed') {
      const named = state.analysis.entities.filter((e) => !e.anonymous).length;
      item.text = `$(person) ${statusText(state.analysis)}`;
      item.tooltip = `News Lens: ${named} people and organisations named. Click to open the Speakers view.`;
    } else if (state.status === 'too-large') {
      item.text = `$(warning) News Lens: not analysed (${sizeText(state.size)} > ${sizeText(state.limit)})`;
      item.tooltip = 'This document is larger than newsLens.maxFileSize, so News Lens does not analyse it.';
    } else if (state.status === 'failed') {
      item.text = '$(error) News Lens: analysis failed';
      item.tooltip = state.message;
      item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
    } else {
      item.text = '$(sync~spin) News Lens';
      item.tooltip = 'Analysing…';
    }
    item.show();
  };
  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    cache.onDidChange(({ document }) => {
      if (document === vscode.window.activeTextEditor?.document) update();
    }),
  );
  services.afterActivation(update);
  services.probes.set('statusBar', () => (shownFor ? item.text : undefined));
};
