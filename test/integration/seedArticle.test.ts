/**
 * The seed article from the shared folder, read from its path at test time (it belongs to its
 * publisher: never copied into the repository, so these tests name only the people in it).
 * Skipped when the shared folder is not beside the repository. The four quotes with their
 * speakers are checked in detections.test.ts.
 */
import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import { closeAll, hoverText, openArticle, positionOf, SEED_ARTICLE } from './editorHelpers';

describe('editor: the seed article', function () {
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
});
