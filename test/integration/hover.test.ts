/** Hover cards in real VS Code, through vscode.executeHoverProvider. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Entity } from '../../src/core';
import type { NewsLensApi } from '../../src/editor/testApi';
import { closeAll, fixtureUri, hoverText, openArticle, positionOf, withSetting } from './editorHelpers';

const STRIKE = 'editor-port-strike.news';

/**
 * The named person or organisation with the most quotes in the analysis, and a position inside
 * their first mention. (Which names the engine links is tested in detections.test.ts.)
 */
function quotedSpeaker(api: NewsLensApi, document: vscode.TextDocument): { speaker: Entity; at: vscode.Position } {
  const analysis = api.analysisFor(document.uri)?.analysis;
  assert.ok(analysis, 'analysed');
  const quotesOf = (e: Entity) => analysis.quotes.filter((q) => q.entity === e.id).length;
  const speaker = analysis.entities.filter((e) => !e.anonymous && quotesOf(e) > 0).sort((a, b) => quotesOf(b) - quotesOf(a))[0];
  assert.ok(speaker, 'the engine attributes at least one quote to a named speaker');
  return { speaker, at: document.positionAt(speaker.mentions[0].span[0] + 1) };
}

describe('editor: hover cards', function () {
  // Generous: settings writes and 100 KB analyses are slow when the machine is busy; no timing is asserted.
  this.timeout(90000);
  afterEach(closeAll);

  it('on a person: name, role, mentions, and their quotes linking to our reveal command', async () => {
    const { editor, api } = await openArticle(fixtureUri(STRIKE));
    const { speaker, at } = quotedSpeaker(api, editor.document);
    const card = await hoverText(editor.document, at);
    assert.ok(card.includes(`**${speaker.name}**`), card);
    if (speaker.role) assert.ok(card.includes(speaker.role), card);
    assert.match(card, new RegExp(`${speaker.mentions.length} mentions?`));
    assert.match(card, /\*\*Quotes\*\*/);
    const links = [...card.matchAll(/\]\((command:[^)]*)\)/g)].map((m) => m[1]);
    assert.ok(links.length > 0, 'the card links to the quotes');
    for (const link of links) assert.match(link, /^command:newsLens\.(reveal|showMentions)\?/);
    assert.ok(links.some((l) => l.startsWith('command:newsLens.showMentions?')), 'an "All mentions" action');
  });

  it('a link in the card reveals the place it names', async () => {
    const { editor, api } = await openArticle(fixtureUri(STRIKE));
    const card = await hoverText(editor.document, quotedSpeaker(api, editor.document).at);
    // The first link under "Quotes" (the card begins with a "First mention" action).
    const link = /\*\*Quotes\*\*[\s\S]*?\]\(command:newsLens\.reveal\?([^)]*)\)/.exec(card);
    assert.ok(link, card);
    const args = JSON.parse(decodeURIComponent(link[1])) as [string, number, number];
    await vscode.commands.executeCommand('newsLens.reveal', ...args);
    const active = vscode.window.activeTextEditor;
    assert.ok(active);
    assert.equal(active.document.getText(active.selection), active.document.getText().slice(args[1], args[2]));
    assert.match(active.document.getText(active.selection), /^“/);
  });

  it('on a quote: the speaker, the cue and the rule that found it', async () => {
    const { editor, api } = await openArticle(fixtureUri(STRIKE));
    const card = await hoverText(editor.document, positionOf(editor.document, 'heart of our economy'));
    const quote = api.analysisFor(editor.document.uri)?.analysis.quotes.find((q) => editor.document.getText().slice(q.span[0], q.span[1]).includes('heart of our economy'));
    const speaker = api.analysisFor(editor.document.uri)?.analysis.entities.find((e) => e.id === quote?.entity);
    assert.ok(speaker, 'the quote has a speaker');
    assert.ok(card.startsWith(`**Quote** by **${speaker.name}**`), card);
    assert.match(speaker.name, /Aalders/);
    assert.match(card, /Cue: \*said\b[^*]*\*/); // "said" or "said in a statement"
    assert.match(card, /Found by `[a-z-]+\.[a-z.-]+`/);
  });

  it('an anonymous source is said to be anonymous', async () => {
    const { editor } = await openArticle(fixtureUri(STRIKE));
    const card = await hoverText(editor.document, positionOf(editor.document, 'We hope we will never'));
    assert.match(card, /anonymous/i);
  });

  it('"All mentions" lists the speaker\'s mentions through our own command', async () => {
    const { editor, api } = await openArticle(fixtureUri(STRIKE));
    const { speaker, at } = quotedSpeaker(api, editor.document);
    const card = await hoverText(editor.document, at);
    const link = /\[All mentions\]\(command:newsLens\.showMentions\?([^)]*)\)/.exec(card);
    assert.ok(link, card);
    const args = JSON.parse(decodeURIComponent(link[1])) as [string, number];
    assert.equal(args[0], editor.document.uri.toString());
    assert.equal(args[1], speaker.mentions[0].span[0]);
    await vscode.commands.executeCommand('newsLens.showMentions', ...args); // opens the references peek
  });

  it('compact mode gives one line; off gives no card', async () => {
    const { editor, api } = await openArticle(fixtureUri(STRIKE));
    const { speaker, at } = quotedSpeaker(api, editor.document);
    let restore = await withSetting('hover.mode', 'compact');
    try {
      const card = await hoverText(editor.document, at);
      assert.ok(card.startsWith(`**${speaker.name}**`), card);
      assert.ok(!card.includes('\n'), card);
    } finally {
      await restore();
    }
    restore = await withSetting('hover.mode', 'off');
    try {
      assert.equal(await hoverText(editor.document, at), '');
    } finally {
      await restore();
    }
  });

  it('narration between quotes gets no card', async () => {
    const { editor } = await openArticle(fixtureUri(STRIKE));
    assert.equal(await hoverText(editor.document, positionOf(editor.document, 'walked off the job')), '');
  });
});
