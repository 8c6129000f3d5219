import * as assert from 'node:assert/strict';
import { exportJson } from '../../../src/formats/json';
import { ARTICLE, EXTRAS, articleAnalysis } from './fixture';

describe('formats/json: the native analysis', () => {
  it('round-trips the analysis exactly, with UTF-16 offsets that read the article', () => {
    const analysis = articleAnalysis();
    const doc = JSON.parse(exportJson({ file: 'a.txt', text: ARTICLE, analysis, extras: EXTRAS }));
    assert.equal(doc.format, 'news-lens.analysis');
    assert.equal(doc.offsets, 'utf-16');
    assert.deepEqual(doc.analysis, analysis);
    for (const q of doc.analysis.quotes) assert.match(ARTICLE.slice(q.span[0], q.span[1]), /^".*"$/s);
    assert.deepEqual(doc.extras.c1, EXTRAS.get('c1'));
  });

  it('leaves extras out when there are none', () => {
    const doc = JSON.parse(exportJson({ file: 'a.txt', text: ARTICLE, analysis: articleAnalysis() }));
    assert.equal('extras' in doc, false);
  });
});
