/** A Markdown article in real VS Code: read through its syntax (`**`, `> `, `[…](…)`). */
import * as assert from 'node:assert/strict';
import { closeAll, fixtureUri, hoverText, openArticle, positionOf, textsOf, withSetting } from './editorHelpers';

const FERRY = 'editor-night-ferry.md';

describe('editor: Markdown articles', function () {
  this.timeout(60000);
  afterEach(closeAll);

  it('attributes a blockquote\'s quote to the speaker in bold, with her role, and paints her name without the stars', async () => {
    const restore = await withSetting('languages', ['news-article', 'plaintext', 'markdown']);
    try {
      const { editor, api } = await openArticle(fixtureUri(FERRY));
      const document = editor.document;
      assert.equal(document.languageId, 'markdown');
      assert.equal(api.status(document), 'analysed');
      const analysis = api.analysisFor(document.uri)?.analysis;
      assert.ok(analysis);
      const text = document.getText();
      const quote = analysis.quotes.find((q) => text.slice(q.span[0], q.span[1]).includes('ferry that runs at night'));
      assert.ok(quote, 'the quote is found');
      assert.ok(quote.speaker);
      assert.equal(text.slice(quote.speaker[0], quote.speaker[1]), 'Ingrid Solheim');
      const ingrid = analysis.entities.find((e) => e.id === quote.entity);
      assert.equal(ingrid?.name, 'Ingrid Solheim');
      assert.equal(ingrid?.role, 'chief executive of Fjord Lines');

      const card = await hoverText(document, positionOf(document, 'ferry that runs at night'));
      assert.ok(card.startsWith('**Quote** by **Ingrid Solheim**'), card);
      const painted = api.decorations(document.uri);
      assert.ok(painted);
      assert.ok(textsOf(document, painted.ranges.speaker).includes('Ingrid Solheim'), textsOf(document, painted.ranges.speaker).join(' | '));
    } finally {
      await restore();
    }
  });
});
