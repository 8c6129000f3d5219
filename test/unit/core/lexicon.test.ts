import * as assert from 'node:assert/strict';
import { COMMON_WORDS, COMMON_WORDS_PACKED, frontDecoded } from '../../../src/core/lexicon/common-words';
import { FEMALE_GIVEN, FEMALE_GIVEN_PACKED, MALE_GIVEN, MALE_GIVEN_PACKED } from '../../../src/core/lexicon/given-names';

describe('lexicon: the front-coded common-words list', () => {
  it('decodes each word from the letters it shares with the word before', () => {
    assert.deepEqual([...frontDecoded('aback 3ndon 7ed 7ing zeal 2ro')], ['aback', 'abandon', 'abandoned', 'abandoning', 'zeal', 'zero']);
  });
  for (const [name, packed, set] of [['common words', COMMON_WORDS_PACKED, COMMON_WORDS], ['male given names', MALE_GIVEN_PACKED, MALE_GIVEN], ['female given names', FEMALE_GIVEN_PACKED, FEMALE_GIVEN]] as const) {
    it(`${name}: sorted, each digit the longest beginning shared with the word before (at most 9), so a word added by hand is checked`, () => {
      const tokens = packed.trim().split(/\s+/);
      const words = [...set];
      assert.equal(words.length, tokens.length, 'no word twice');
      for (let k = 1; k < words.length; k++) {
        const [before, word] = [words[k - 1], words[k]];
        assert.ok(before < word, `${before} before ${word}`);
        let shared = 0;
        while (shared < 9 && shared < before.length && before[shared] === word[shared]) shared++;
        assert.equal(tokens[k], (shared > 0 ? String(shared) : '') + word.slice(shared), `the token for ${word}`);
      }
    });
  }
  it('holds the words the readers ask about', () => {
    for (const w of ['said', 'campaign', 'zero']) assert.ok(COMMON_WORDS.has(w), w);
    for (const w of ['aaron', 'alistair', 'zoran']) assert.ok(MALE_GIVEN.has(w), w);
    for (const w of ['agnes', 'tove', 'zoya']) assert.ok(FEMALE_GIVEN.has(w), w);
    assert.ok(!COMMON_WORDS.has('3ndon') && !COMMON_WORDS.has(''));
  });
});
