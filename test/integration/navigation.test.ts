/** Outline, Go to Definition, Find All References and Next/Previous Quote in real VS Code. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, fixtureUri, openArticle } from './editorHelpers';

const STRIKE = 'editor-port-strike.news';

describe('editor: navigation', function () {
  // Generous: settings writes and 100 KB analyses are slow when the machine is busy; no timing is asserted.
  this.timeout(90000);
  afterEach(closeAll);

  it('the outline lists each person with their quotes and claims, and an Unattributed group', async () => {
    const { editor, api } = await openArticle(fixtureUri(STRIKE));
    const analysis = api.analysisFor(editor.document.uri)?.analysis;
    assert.ok(analysis);
    const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri)) ?? [];
    const names = symbols.map((s) => s.name);
    for (const e of analysis.entities) assert.ok(names.includes(e.name), `${e.name} is in the outline: ${names.join(', ')}`);
    const attributions = [...analysis.quotes, ...analysis.claims];
    for (const e of analysis.entities) {
      const symbol = symbols.find((s) => s.name === e.name);
      const own = attributions.filter((a) => a.entity === e.id).length;
      assert.equal(symbol?.children.length, own, `${e.name} has one child per quote or claim`);
    }
    const unattributed = symbols.find((s) => s.name === 'Unattributed');
    assert.ok(unattributed?.children.some((c) => c.name.startsWith('“It cannot go on')), 'the unattributed quote is grouped');
  });

  it('Next / Previous Quote step through the quotes and wrap around', async () => {
    const { editor, api } = await openArticle(fixtureUri(STRIKE));
    const document = editor.document;
    const quotes = [...(api.analysisFor(document.uri)?.analysis.quotes ?? [])].sort((a, b) => a.span[0] - b.span[0]);
    assert.ok(quotes.length >= 2, 'the fixture has quotes');
    const selected = () => document.offsetAt(editor.selection.start);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('newsLens.nextQuote');
    assert.equal(selected(), quotes[0].span[0]);
    assert.equal(document.getText(editor.selection), document.getText().slice(quotes[0].span[0], quotes[0].span[1]));
    await vscode.commands.executeCommand('newsLens.nextQuote');
    assert.equal(selected(), quotes[1].span[0]);
    await vscode.commands.executeCommand('newsLens.previousQuote');
    assert.equal(selected(), quotes[0].span[0]);
    await vscode.commands.executeCommand('newsLens.previousQuote');
    assert.equal(selected(), quotes[quotes.length - 1].span[0], 'wraps to the last quote');
  });

  it('the Speakers view and the status bar follow the active article', async () => {
    const { editor, api } = await openArticle(fixtureUri(STRIKE));
    const analysis = api.analysisFor(editor.document.uri)?.analysis;
    assert.ok(analysis);
    const rows = api.probe('speakers') as string[];
    for (const e of analysis.entities.filter((x) => !x.anonymous)) {
      assert.ok(rows.some((r) => r === e.name || r.startsWith(`${e.name} — `)), `${e.name} has a row:\n${rows.join('\n')}`);
    }
    assert.ok(rows.some((r) => /^Unattributed — /.test(r)), rows.join('\n'));
    assert.ok(rows.some((r) => /^Anonymous sources — /.test(r)), rows.join('\n'));
    assert.ok(rows.some((r) => /^ {2}“We have asked/.test(r)), 'quotes are listed under their speaker');
    const anonymous = rows.slice(rows.findIndex((r) => /^Anonymous sources — /.test(r)) + 1);
    assert.ok(anonymous.length > 0 && anonymous.every((r) => /^ {2}.* \((a senior ministry official|the official)\)$/i.test(r)), `each row under "Anonymous sources" says who, as the article names them:\n${rows.join('\n')}`);
    assert.match(String(api.probe('statusBar')), /\d+ speakers? · \d+ quotes? · \d+ claims?/);
  });
});
