import * as assert from 'node:assert/strict';
import { WordTable } from '../../../src/core/wordtable';

describe('wordtable: WordTable', () => {
  const words = ['the', 'president', 'of', 'ministry', 'über', 'o’brien', 'a', 'an'];
  const table = new WordTable(words.map((w, k) => [w, k + 1] as const));

  it('finds every word by string and by its code units inside a text, and nothing else', () => {
    for (const [k, w] of words.entries()) {
      assert.equal(table.get(w), k + 1);
      const text = `(${w})`;
      const i = table.indexOf(text, 1, 1 + w.length);
      assert.equal(table.word(i), w);
    }
    for (const w of ['The', 'th', 'thee', 'presiden', 'ministries', '', 'o\'brien', 'uber']) assert.equal(table.get(w, -7), -7, w);
  });

  it('keeps the last number of a repeated word, as a Map does', () => {
    const t = new WordTable([['x', 1], ['y', 2], ['x', 3]]);
    assert.equal(t.get('x'), 3);
    assert.equal(t.size, 2);
  });

  it('stays exact when many words share hash slots', () => {
    const many = Array.from({ length: 5000 }, (_, k) => `w${k.toString(36)}`);
    const t = new WordTable(many.map((w, k) => [w, k] as const));
    for (const [k, w] of many.entries()) assert.equal(t.get(w, -1), k);
    for (let k = 5000; k < 6000; k++) assert.equal(t.get(`w${k.toString(36)}`, -1), -1);
  });
});
