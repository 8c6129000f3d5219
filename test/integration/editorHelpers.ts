/**
 * Shared steps for the editor suites: get the extension's test API, open a fixture article
 * and wait for its analysis, find text, read hovers. No sleeps: `api.whenIdle()` says when
 * the analysis of every open article is current.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/editor/testApi';

export const EXTENSION_ID = 'news-lens.news-lens';
/** out/test/integration -> the repository. */
export const REPO = path.resolve(__dirname, '..', '..', '..');
/** The seed article lives in the shared folder beside the repository; tests skip without it. */
export const SEED_ARTICLE = path.resolve(REPO, '..', 'shared', 'samples', 'xi-moscow-2023-03-21.txt');

export async function api(): Promise<NewsLensApi> {
  const ext = vscode.extensions.getExtension<NewsLensApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is installed`);
  return ext.activate();
}

/** The workspace copy of test/fixtures/articles/<name> (writable; made fresh for each run). */
export function fixtureUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the run opens a workspace folder');
  return vscode.Uri.joinPath(folder.uri, 'articles', name);
}

/** Opens a document in an editor and waits until News Lens has analysed its current version. */
export async function openArticle(uri: vscode.Uri): Promise<{ editor: vscode.TextEditor; api: NewsLensApi }> {
  const newsLens = await api();
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  await newsLens.whenIdle();
  return { editor, api: newsLens };
}

/** The position `into` characters after the start of the n-th occurrence of `needle`. */
export function positionOf(document: vscode.TextDocument, needle: string, nth = 0, into = 1): vscode.Position {
  const text = document.getText();
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `the article contains ${JSON.stringify(needle)} (#${nth})`);
  }
  return document.positionAt(at + into);
}

/** The markdown of every hover at a position, joined. */
export async function hoverText(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position)) ?? [];
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

/** The texts a list of ranges covers. */
export function textsOf(document: vscode.TextDocument, ranges: readonly vscode.Range[]): string[] {
  return ranges.map((r) => document.getText(r));
}

/** Sets a newsLens setting for the test and returns a function that restores it. */
export async function withSetting(key: string, value: unknown): Promise<() => Promise<void>> {
  const config = vscode.workspace.getConfiguration('newsLens');
  const before = config.inspect(key)?.globalValue;
  await config.update(key, value, vscode.ConfigurationTarget.Global);
  await settled(key, value);
  return async () => {
    await vscode.workspace.getConfiguration('newsLens').update(key, before, vscode.ConfigurationTarget.Global);
    await settled(key, before ?? vscode.workspace.getConfiguration('newsLens').inspect(key)?.defaultValue);
  };
}

/**
 * Waits until the extension host sees the new value (the change event has then fired, so
 * News Lens has scheduled its re-analysis), then until that analysis is done.
 */
async function settled(key: string, value: unknown): Promise<void> {
  await waitFor(() => JSON.stringify(vscode.workspace.getConfiguration('newsLens').get(key)) === JSON.stringify(value), `newsLens.${key} = ${JSON.stringify(value)}`);
  await (await api()).whenIdle();
}

/** Polls a condition every 10 ms (a wait, not a timing assertion); fails after 30 s. */
export async function waitFor(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 3000; i++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  assert.fail(`timed out waiting for ${what}`);
}

export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
