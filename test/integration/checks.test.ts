/** Editorial checks in the Problems panel (vscode.languages.getDiagnostics), and their switches. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, fixtureUri, openArticle, withSetting } from './editorHelpers';

function findings(document: vscode.TextDocument): string[] {
  return vscode.languages
    .getDiagnostics(document.uri)
    .filter((d) => d.source === 'News Lens')
    .map((d) => `${String(d.code)}: ${document.getText(d.range)}`);
}

describe('editor: editorial checks', function () {
  // Generous: settings writes and 100 KB analyses are slow when the machine is busy; no timing is asserted.
  this.timeout(90000);
  afterEach(closeAll);

  it('reports the unattributed quote, the anonymous source and the unclosed quotation mark', async () => {
    const { editor } = await openArticle(fixtureUri('editor-port-strike.news'));
    const found = findings(editor.document);
    assert.ok(found.includes('unattributed-quote: “It cannot go on like this.”'), found.join('\n'));
    assert.ok(found.some((f) => /^anonymous-source: .*official/i.test(f)), found.join('\n'));
    assert.ok(found.some((f) => f.startsWith('unbalanced-quote: “')), found.join('\n'));
    const diag = vscode.languages.getDiagnostics(editor.document.uri).find((d) => d.code === 'unbalanced-quote');
    assert.equal(diag?.range.start.line, editor.document.lineCount - 2, 'at the unclosed mark on the last paragraph');
  });

  it('each check can be switched off, and one setting turns them all off', async () => {
    const { editor } = await openArticle(fixtureUri('editor-port-strike.news'));
    let restore = await withSetting('checks.anonymousSource', false);
    try {
      const found = findings(editor.document);
      assert.ok(!found.some((f) => f.startsWith('anonymous-source')), found.join('\n'));
      assert.ok(found.some((f) => f.startsWith('unattributed-quote')));
    } finally {
      await restore();
    }
    restore = await withSetting('checks.enabled', false);
    try {
      assert.deepEqual(findings(editor.document), []);
    } finally {
      await restore();
    }
    assert.ok(findings(editor.document).length > 0, 'back on after restoring');
  });
});
