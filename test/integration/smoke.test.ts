/**
 * Smoke test of the harness itself: we are inside real VS Code, the extension under
 * development is loaded and activates, and a fixture article opens in an editor.
 * The feature suites (highlights, hovers, navigation, checks) live next to this file.
 */
import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync, unlinkSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'news-lens.news-lens';

function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test run opens a workspace folder');
  return folder.uri;
}

describe('smoke: the harness runs inside real VS Code', () => {
  it('loads the News Lens extension in development mode', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is present`);
    assert.equal(ext.packageJSON.name, 'news-lens');
  });

  it('activates the extension without throwing', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    await ext.activate();
    assert.equal(ext.isActive, true);
  });

  it('opens a fixture article from the workspace in an editor', async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'harbour-ferry.news');
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc);
    assert.equal(editor.document.uri.toString(), uri.toString());
    assert.equal(doc.getText(), readFileSync(uri.fsPath, 'utf8'));
    assert.match(doc.lineAt(0).text, /^date \d{4}-\d{2}-\d{2}$/);
  });

  it('turns off editor features that would look like our highlights in an article', () => {
    // VS Code boxes every occurrence of the word under the cursor: in prose, grey boxes on names
    const editor = vscode.workspace.getConfiguration('editor', { languageId: 'news-article' });
    assert.equal(editor.get('occurrencesHighlight'), 'off');
    assert.equal(vscode.workspace.getConfiguration('editor', { languageId: 'plaintext' }).get('occurrencesHighlight'), 'singleFile');
  });

  it('gives tests a writable copy of the workspace', async () => {
    const file = path.join(workspaceRoot().fsPath, 'scratch-smoke.news');
    writeFileSync(file, 'date 2025-01-01\n\nA line written by the smoke test.\n');
    try {
      const doc = await vscode.workspace.openTextDocument(file);
      assert.equal(doc.lineCount, 4);
    } finally {
      unlinkSync(file);
    }
  });
});
