/**
 * Language providers (hover, outline, definition, references) registered for the languages in
 * `newsLens.languages`, and registered again when that setting changes. Providers also check
 * `isArticle(document)`, since the setting may differ per folder.
 */
import * as vscode from 'vscode';
import { onDidChangeConfig, readConfig } from './config';
import type { Services } from './services';

export function articleSelector(): vscode.DocumentSelector {
  return readConfig().languages.map((language) => ({ language }));
}

export function registerForArticles(services: Services, register: (selector: vscode.DocumentSelector) => vscode.Disposable): void {
  // Registered just after activation: reading the language list is the first settings read.
  let current: vscode.Disposable = { dispose() {} };
  let languages = '';
  services.afterActivation(() => {
    current.dispose(); // a settings change may have registered already: never twice
    languages = readConfig().languages.join('\n');
    current = register(articleSelector());
  });
  services.context.subscriptions.push(
    onDidChangeConfig(() => {
      const next = readConfig().languages.join('\n');
      if (next === languages) return;
      languages = next;
      current.dispose();
      current = register(articleSelector());
    }),
    { dispose: () => current.dispose() },
  );
}
