import * as assert from 'node:assert/strict';
import { sentences, words } from '../../../src/core/text';

const read = (text: string) => sentences(text).map(([s, e]) => text.slice(s, e));

describe('text: words', () => {
  const table: Array<[string, string[]]> = [
    ["Mr. O'Brien met al-Hassan.", ['Mr.', "O'Brien", 'met', 'al-Hassan']],
    ['The U.S. envoy, George W. Bush', ['The', 'U.S.', 'envoy', 'George', 'W.', 'Bush']],
    ['Njuguna Ndung’u said', ['Njuguna', 'Ndung’u', 'said']],
  ];
  for (const [input, expected] of table) {
    it(`splits ${JSON.stringify(input)}`, () => assert.deepEqual(words(input).map((w) => w.text), expected));
  }
});

describe('text: sentences', () => {
  it('does not split after honorifics, initials or acronyms', () => {
    assert.deepEqual(read('Mr. Smith met George W. Bush in the U.S. on Monday. Then he left.'), [
      'Mr. Smith met George W. Bush in the U.S. on Monday.',
      'Then he left.',
    ]);
  });
  it('splits after a closing quotation mark and at paragraph breaks', () => {
    assert.deepEqual(read('“We will win.” She smiled.\n\nNext paragraph'), ['“We will win.”', 'She smiled.', 'Next paragraph']);
  });
  it('does not split before a lower-case word', () => {
    assert.deepEqual(read('It cost $3.5 million. e.g. this stays.'), ['It cost $3.5 million. e.g. this stays.']);
  });
});
