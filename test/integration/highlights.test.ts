/**
 * Highlights in real VS Code: what is painted per kind (read through the extension's test
 * API, since decorations cannot be read back), live updates after an edit, the toggle, the
 * per-kind settings, the language list and the size limit.
 */
import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { closeAll, fixtureUri, openArticle, positionOf, textsOf, waitFor, withSetting } from './editorHelpers';

const STRIKE = 'editor-port-strike.news';

/** A new file in the run's workspace copy. */
function scratch(name: string, text: string): vscode.Uri {
  const uri = fixtureUri(name);
  writeFileSync(uri.fsPath, text);
  return uri;
}

describe('editor: highlights', function () {
  // Generous: settings writes and 100 KB analyses are slow when the machine is busy; no timing is asserted.
  this.timeout(90000);
  afterEach(closeAll);

  it('paints every quote and claim the analysis found, at the document version it was made for', async () => {
    const { editor, api } = await openArticle(fixtureUri(STRIKE));
    const document = editor.document;
    const painted = api.decorations(document.uri);
    const analysis = api.analysisFor(document.uri);
    assert.ok(painted && analysis, 'painted and analysed');
    assert.equal(painted.version, document.version);
    assert.equal(analysis.version, document.version);
    const inOrder = (list: Array<{ span: [number, number] }>) =>
      [...list].sort((a, b) => a.span[0] - b.span[0]).map((a) => document.getText().slice(a.span[0], a.span[1]));
    assert.deepEqual(textsOf(document, painted.ranges.quote), inOrder(analysis.analysis.quotes));
    assert.deepEqual(textsOf(document, painted.ranges.claim), inOrder(analysis.analysis.claims));
  });

  it('marks the fixture\'s quotes, its named speakers and its anonymous source', async () => {
    const { editor, api } = await openArticle(fixtureUri(STRIKE));
    const painted = api.decorations(editor.document.uri);
    assert.ok(painted);
    const quotes = textsOf(editor.document, painted.ranges.quote).join('\n');
    for (const start of ['“We have asked for a fair deal', '“The port is the heart of our economy', '“We hope we will never need them,”', '“It cannot go on like this.”', '“When I started on the quays']) {
      assert.ok(quotes.includes(start), `quote starting ${start} is highlighted; got:\n${quotes}`);
    }
    const speakers = textsOf(editor.document, painted.ranges.speaker).join(' | ');
    assert.match(speakers, /Marta Kessler/);
    assert.match(speakers, /Aalders/);
    const anonymous = textsOf(editor.document, painted.ranges.anonymous).join(' | ');
    assert.match(anonymous, /senior ministry official|the official/i);
    const claims = textsOf(editor.document, painted.ranges.claim).join(' | ');
    assert.match(claims, /the government was ready to mediate/);
  });

  it('an edit adds the new quote to the highlights, never painting the old version', async () => {
    const { editor, api } = await openArticle(fixtureUri(STRIKE));
    const document = editor.document;
    const sentence = '“Ships are already turning towards Hamburg,” harbour pilot Joost de Wit said on Tuesday.';
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, positionOf(document, 'Kessler said the walkout', 0, 0), `${sentence}\n\n`);
    assert.ok(await vscode.workspace.applyEdit(edit));
    await api.whenIdle();
    const painted = api.decorations(document.uri);
    assert.ok(painted);
    assert.equal(painted.version, document.version, 'painted for the edited version');
    const quotes = textsOf(document, painted.ranges.quote);
    assert.ok(quotes.some((q) => q.startsWith('“Ships are already turning towards Hamburg')), quotes.join('\n'));
    // The highlights after the insertion moved with the text.
    assert.ok(quotes.some((q) => q.startsWith('“We hope we will never need them')));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('the toggle clears every highlight and brings them back', async () => {
    const { editor, api } = await openArticle(fixtureUri(STRIKE));
    const uri = editor.document.uri;
    const count = () => Object.values(api.decorations(uri)?.ranges ?? {}).reduce((n, r) => n + r.length, 0);
    assert.ok(count() > 0, 'something is highlighted before');
    await vscode.commands.executeCommand('newsLens.toggleHighlights');
    assert.equal(count(), 0, 'nothing is highlighted after the toggle');
    await vscode.commands.executeCommand('newsLens.toggleHighlights');
    assert.ok(count() > 0, 'highlights are back after toggling again');
  });

  it('a kind switched off in settings is not painted; the others stay', async () => {
    const { editor, api } = await openArticle(fixtureUri(STRIKE));
    const restore = await withSetting('highlight.claims', false);
    try {
      const painted = api.decorations(editor.document.uri);
      assert.ok(painted);
      assert.equal(painted.ranges.claim.length, 0);
      assert.ok(painted.ranges.quote.length > 0);
    } finally {
      await restore();
    }
  });

  it('plain text is analysed; Markdown only after opting in', async () => {
    const body = 'date 2026-01-01 OSLO – “The harbour will reopen on Friday,” port director Ingrid Solberg said.\n';
    const { editor: mdEditor, api } = await openArticle(scratch('opt-in.md', body));
    const md = mdEditor.document;
    assert.equal(api.status(md), 'off', 'Markdown is not analysed by default');
    const restore = await withSetting('languages', ['news-article', 'plaintext', 'markdown']);
    try {
      assert.equal(api.status(md), 'analysed');
      assert.ok((api.analysisFor(md.uri)?.analysis.quotes.length ?? 0) > 0, 'the quote is found in Markdown');
    } finally {
      await restore();
    }
    const { editor: txtEditor } = await openArticle(scratch('plain.txt', body));
    assert.equal(txtEditor.document.languageId, 'plaintext');
    assert.equal(api.status(txtEditor.document), 'analysed');
  });

  it('a document over newsLens.maxFileSize is skipped with a notice, and nothing is painted', async () => {
    const { editor, api } = await openArticle(fixtureUri(STRIKE));
    const restore = await withSetting('maxFileSize', 200);
    try {
      assert.equal(api.status(editor.document), 'too-large');
      const painted = api.decorations(editor.document.uri);
      assert.equal(Object.values(painted?.ranges ?? {}).flat().length, 0);
      await waitFor(() => /not analysed/.test(String(api.probe('statusBar'))), 'the status-bar notice');
    } finally {
      await restore();
    }
    assert.equal(api.status(editor.document), 'analysed');
  });
});
