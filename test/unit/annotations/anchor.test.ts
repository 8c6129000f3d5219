import * as assert from 'node:assert/strict';
import { anchorQuote, quoteAt, reanchorDocument } from '../../../src/annotations/anchor';
import { CodePointIndex } from '../../../src/core/codepoints';
import { makeAnnotation } from '../../../src/annotations/create';
import { T0, docWith, find } from './helpers';
import { readArticle } from './simulation';

const market = readArticle('annotations-night-market.news');
const port = readArticle('annotations-port-strike.news');

describe('annotations/codepoints: the file counts code points, the editor UTF-16 units', () => {
  it('converts both ways around emoji before and inside spans', () => {
    const text = 'a😀b🏔️c';
    const index = new CodePointIndex(text);
    // UTF-16: a=0, 😀=1-2, b=3, 🏔=4-5, U+FE0F=6, c=7; code points: a=0, 😀=1, b=2, 🏔=3, FE0F=4, c=5
    assert.deepEqual([0, 1, 3, 4, 6, 7, 8].map((u) => index.toCodePoint(u, 'ceil')), [0, 1, 2, 3, 4, 5, 6]);
    assert.deepEqual([0, 1, 2, 3, 4, 5, 6].map((p) => index.toUtf16(p)), [0, 1, 3, 4, 6, 7, 8]);
    assert.equal(index.lengthCp, 6);
  });

  it('writes code-point positions for a speaker after emoji, and finds the span again in UTF-16', () => {
    const span = find(market, 'Chen Wei-ling');
    const a = makeAnnotation(market, span, { decision: 'add', kind: 'speaker' }, { creator: 'Ana', now: T0 });
    const emojiBefore = [...market.slice(0, span[0])].filter((c) => c.length === 2).length;
    assert.ok(emojiBefore >= 3, 'the fixture has emoji before the name');
    assert.deepEqual(a.position, { start: span[0] - emojiBefore, end: span[1] - emojiBefore });
    assert.equal([...market].slice(a.position!.start, a.position!.end).join(''), 'Chen Wei-ling');
    const { spans, outcomes } = reanchorDocument({ schemaVersion: 1, article: 'm', items: [a] }, market);
    assert.deepEqual(spans.get(a.id), span);
    assert.equal(outcomes.get(a.id), 'anchored');
  });

  it('never cuts a surrogate pair in the prefix or suffix', () => {
    // 32 units before NAME start inside the first emoji, 32 after it end inside the second
    const text = 'x'.repeat(5) + '😀' + 'x'.repeat(31) + 'NAME' + 'y'.repeat(31) + '🦑' + 'z';
    const q = quoteAt(text, find(text, 'NAME'));
    assert.deepEqual(q, { exact: 'NAME', prefix: 'x'.repeat(31), suffix: 'y'.repeat(31) });
  });
});

describe('annotations/anchor: finding annotations again', () => {
  const quote = '"Every day of this costs the region millions,"';
  const doc = docWith(port, 'port-strike.news', [
    [quote, { decision: 'speaker', speaker: 'Pieter van Dijk' }],
    ['Rob Hendriks', { decision: 'role', role: 'spokesperson for the employers\u2019 association' }],
    ['Sanne de Vries', { decision: 'add', kind: 'speaker' }],
  ]);

  it('keeps every annotation in place when the text did not change', () => {
    const r = reanchorDocument(doc, port);
    assert.deepEqual(r.counts, { anchored: 3, moved: 0, orphaned: 0 });
  });

  it('moves annotations when paragraphs are reordered and text is inserted before them', () => {
    const paras = port.split('\n\n');
    const moved = ['Editor\u2019s note: updated at 18:00 with comments from the employers.', ...paras.slice(0, 2), paras[5], paras[2], paras[3], paras[4], ...paras.slice(6)].join('\n\n');
    const r = reanchorDocument(doc, moved);
    assert.deepEqual(r.counts, { anchored: 0, moved: 3, orphaned: 0 });
    for (const a of r.doc.items) {
      const [s, e] = r.spans.get(a.id)!;
      assert.equal(moved.slice(s, e), a.quote.exact);
    }
  });

  it('follows a quote whose wording was lightly edited (fuzzy), rewriting its exact text', () => {
    const edited = port.replace(quote, '"Every single day of this costs the region millions,"');
    const r = reanchorDocument(doc, edited);
    const a = r.doc.items.find((x) => x.decision.decision === 'speaker')!;
    assert.equal(r.outcomes.get(a.id), 'moved');
    assert.equal(a.quote.exact, '"Every single day of this costs the region millions,"');
  });

  it('orphans an annotation whose sentence was deleted, keeping its text, with no position', () => {
    const r = reanchorDocument(doc, port.replace(/Economists warned[^\n]*\n/, ''));
    const a = r.doc.items.find((x) => x.quote.exact === 'Sanne de Vries')!;
    assert.equal(r.outcomes.get(a.id), 'orphaned');
    assert.equal(a.orphaned, true);
    assert.equal(a.position, undefined);
    assert.equal(r.counts.orphaned, 1);
  });

  // Hypothesis' failure: the annotated passage is gone but a look-alike remains elsewhere.
  const lookAlikes: Array<[string, string, string]> = [
    ['a repeated name in another sentence', 'He added that perishable cargo would be given priority once work resumed.',
      'Hendriks later said perishable cargo would be given priority once the backlog was cleared.'],
    ['the same short quote in another paragraph', '"We are not going anywhere," one worker said.', 'A second worker said: "We are not going anywhere, not this week."'],
  ];
  for (const [name, original, lookAlike] of lookAlikes) {
    it(`orphans rather than attach to look-alike text: ${name}`, () => {
      const exact = name.startsWith('a repeated') ? 'perishable cargo would be given priority once work resumed' : '"We are not going anywhere,"';
      const d = docWith(port, 'port-strike.news', [[exact, { decision: 'note', note: 'check' }]]);
      const changed = port.replace(original, '').replace('Officials in The Hague', `${lookAlike} Officials in The Hague`);
      const r = reanchorDocument(d, changed);
      const span = r.spans.get(d.items[0].id);
      assert.equal(span, null, `attached to ${span && JSON.stringify(changed.slice(span[0], span[1]))}`);
    });
  }

  it('picks the right one of several mentions of a name by its context', () => {
    const nth = 2;
    const span = find(port, 'Janssen', nth);
    const a = makeAnnotation(port, span, { decision: 'add', kind: 'speaker' }, { creator: 'Ana', now: T0 });
    const changed = 'UPDATE: talks resumed on Sunday.\n\n' + port;
    const found = anchorQuote(changed, a.quote, null);
    assert.deepEqual(found.span, [span[0] + 34, span[1] + 34]);
  });

  it('does not anchor a word inside a longer word ("the" in "whether")', () => {
    const text = 'They asked whether the port would open.';
    const a = makeAnnotation(text, find(text, 'the', 1), { decision: 'note', note: 'n' }, { creator: 'Ana', now: T0 });
    assert.equal(anchorQuote('They asked whether port would open.', a.quote, null).span, null);
  });
});
