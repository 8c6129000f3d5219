/**
 * Context keys for `when` clauses in package.json:
 * `newsLens.isArticle` — the active editor is analysed by News Lens (palette, menus, keybindings);
 * `newsLens.hasArticle` — some visible editor is (the Speakers view's welcome content).
 */
import * as vscode from 'vscode';
import { isArticle, onDidChangeConfig } from './config';
import type { Feature } from './services';

export const registerContextKeys: Feature = (services) => {
  const { context } = services;
  const update = () => {
    const active = vscode.window.activeTextEditor;
    void vscode.commands.executeCommand('setContext', 'newsLens.isArticle', !!active && isArticle(active.document));
    void vscode.commands.executeCommand('setContext', 'newsLens.hasArticle', vscode.window.visibleTextEditors.some((e) => isArticle(e.document)));
  };
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.window.onDidChangeVisibleTextEditors(update),
    vscode.workspace.onDidOpenTextDocument(update), // a language change re-opens the document
    onDidChangeConfig(update),
  );
  services.afterActivation(update);
};
