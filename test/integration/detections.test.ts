/**
 * What a reader checks in our fixtures and the seed article: the right people linked across
 * their mentions, with their roles. These depend on the engine's speaker, role and
 * coreference layers (the other suites test the editor's wiring on whatever the engine finds).
 * The seed article's four quotes are checked in seedArticle.test.ts.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, fixtureUri, hoverText, openArticle, positionOf } from './editorHelpers';

const STRIKE = 'editor-port-strike.news';

describe('editor: detections a reader checks', function () {
  // Generous: settings writes and 100 KB analyses are slow when the machine is busy; no timing is asserted.
  this.timeout(90000);
  afterEach(closeAll);

  it('hovering a surname shows the full name and role of the union leader', async () => {
    const { editor } = await openArticle(fixtureUri(STRIKE));
    const card = await hoverText(editor.document, positionOf(editor.document, 'Kessler said'));
    assert.match(card, /^\*\*Marta Kessler\*\* — union leader/, card);
    assert.match(card, /\*\*Quotes\*\*/);
  });

  it('Go to Definition on "Ms Kessler" jumps to "Marta Kessler"', async () => {
    const { editor } = await openArticle(fixtureUri(STRIKE));
    const document = editor.document;
    const locations = (await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', document.uri, positionOf(document, 'Ms Kessler', 0, 4))) ?? [];
    assert.equal(locations.length, 1);
    const target = locations[0];
    const range = 'targetRange' in target ? target.targetRange : target.range;
    assert.match(document.getText(range), /Marta Kessler$/);
    assert.ok(range.start.line < positionOf(document, 'Ms Kessler').line);
  });

  it('Find All References on "Mr Aalders" lists his full name too, and nobody else', async () => {
    const { editor } = await openArticle(fixtureUri(STRIKE));
    const document = editor.document;
    const refs = (await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, positionOf(document, 'Mr Aalders', 0, 4))) ?? [];
    const texts = refs.map((r) => document.getText(r.range));
    assert.ok(texts.some((t) => t.endsWith('Pieter Aalders')), texts.join(' | '));
    assert.ok(texts.includes('Mr Aalders'), texts.join(' | '));
    assert.ok(!texts.some((t) => /Kessler/.test(t)), 'nobody else is included');
  });

  it('the Speakers view shows the union leader by name with her role', async () => {
    const { api } = await openArticle(fixtureUri(STRIKE));
    const rows = api.probe('speakers') as string[];
    assert.ok(rows.some((r) => /^Marta Kessler — union leader/i.test(r)), rows.join('\n'));
  });

  it('a surname used before the full name is reported; a full name first is not', async () => {
    const { editor } = await openArticle(fixtureUri('editor-council-vote.news'));
    const found = vscode.languages.getDiagnostics(editor.document.uri).map((d) => `${String(d.code)}: ${editor.document.getText(d.range)}`);
    assert.ok(found.includes('surname-before-full-name: Okafor'), found.join('\n'));
    assert.ok(!found.some((f) => f.startsWith('surname-before-full-name: ') && /Reyes/.test(f)), found.join('\n'));
  });
});
