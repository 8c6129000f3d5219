/**
 * The seed article from the shared folder, read from its path at test time (it belongs to its
 * publisher: never copied into the repository, so these tests name only the people in it).
 * Skipped when the shared folder is not beside the repository.
 */
import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import { closeAll, hoverText, openArticle, positionOf, SEED_ARTICLE } from './editorHelpers';

describe('editor: the seed article', function () {
  // Generous: settings writes and 100 KB analyses are slow when the machine is busy; no timing is asserted.
  this.timeout(90000);
  before(function () {
    if (!existsSync(SEED_ARTICLE)) this.skip();
  });
  afterEach(closeAll);

  it('hovering Mishustin shows his full name and role', async () => {
    const { editor } = await openArticle(vscode.Uri.file(SEED_ARTICLE));
    const card = await hoverText(editor.document, positionOf(editor.document, 'Mishustin', 0, 2));
    assert.match(card, /Mikhail Mishustin/);
    assert.match(card, /Prime Minister/);
  });

  it('hovering Kirby shows his full name and role', async () => {
    const { editor } = await openArticle(vscode.Uri.file(SEED_ARTICLE));
    const card = await hoverText(editor.document, positionOf(editor.document, 'Kirby', 0, 2));
    assert.match(card, /John Kirby/);
    assert.match(card, /National Security Council spokesman/);
  });

  it('the four quotes are highlighted, each with its speaker', async () => {
    const { editor, api } = await openArticle(vscode.Uri.file(SEED_ARTICLE));
    const uri = editor.document.uri;
    const analysis = api.analysisFor(uri)?.analysis;
    const painted = api.decorations(uri);
    assert.ok(analysis && painted);
    assert.equal(painted.ranges.quote.length, 4, 'four quote highlights');
    const speakerOf = (q: (typeof analysis.quotes)[number]) => analysis.entities.find((e) => e.id === q.entity)?.name ?? '(none)';
    const speakers = [...analysis.quotes].sort((a, b) => a.span[0] - b.span[0]).map(speakerOf);
    assert.equal(speakers.length, 4);
    assert.match(speakers[0], /Xi Jinping/);
    assert.match(speakers[1], /Foreign Ministry/);
    assert.match(speakers[2], /Foreign Ministry/);
    assert.match(speakers[3], /John Kirby/);
    const speakerRanges = painted.ranges.speaker.map((r) => editor.document.getText(r)).join(' | ');
    for (const name of ['Xi', 'Kirby', 'Ministry']) assert.match(speakerRanges, new RegExp(name));
  });
});
