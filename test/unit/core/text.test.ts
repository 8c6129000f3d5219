import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { collapseSpaces, isAbbreviation, sentenceAt, sentences, tokens, words } from '../../../src/core/text';

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

describe('text: abbreviations', () => {
  const table: Array<[string, boolean]> = [
    ['Mr.', true], ['MR.', true], ['Sept.', true], ['a.m.', true], ['P.M.', true], ['U.S.', true], ['W.', true],
    ['É.', true], ['U.N.', true], ['Mr', false], ['said.', false], ['Monday.', false], ['US.', false], ['U.S', false],
    ['.', false], ['', false], ['\u0000mr.', false], ['Ümr.', false], ['3.', false],
    ['mR.', true], ['dR.', true], ['Co.', true], ['a.M.', true], ['\u000emr.', false], ['m\u000er.', false], ['No1.', false], ['M-r.', false],
  ];
  for (const [word, expected] of table) {
    it(`${JSON.stringify(word)} is ${expected ? '' : 'not '}an abbreviation`, () => assert.equal(isAbbreviation(word), expected));
  }
});

describe('text: sentenceAt agrees with sentences()', () => {
  const articles = [
    'Mr. Smith met George W. Bush in the U.S. on Monday. Then he left. “We will win.” She smiled.\n\nNext paragraph! Is it? Yes.',
    'The minister (Dr. Mara Velez) said: “No.” Officials disagreed.\r\nA line. It cost $3.5 million. e.g. this stays.',
  ];
  it('returns, for every word (where a cue can start), the sentence that holds it (alternating between texts)', () => {
    for (let round = 0; round < 2; round++) {
      for (const text of articles) {
        for (const [s, e] of sentences(text)) {
          for (const t of tokens(text, s, e)) if (!t.punct) assert.deepEqual(sentenceAt(text, t.s), [s, e], `${JSON.stringify(text.slice(t.s, t.e))} in ${JSON.stringify(text.slice(s, e))}`);
        }
      }
    }
  });
});

describe('text: tokens', () => {
  it('gives each word its lower-case text, also when the same word comes back in other cases', () => {
    const text = 'Said SAID said Mr MR. mr Über ÜBER Kessler’s KESSLER’S “Kessler” — O’Brien O’BRIEN';
    for (let round = 0; round < 2; round++) {
      for (const t of tokens(text)) assert.equal(t.lo, text.slice(t.s, t.e).toLowerCase());
    }
  });
});

describe('text: tokens of numbers', () => {
  const table: Array<[string, string[]]> = [
    // a thousands comma stays in its number, so "60,000 people" is not "60" and a clause
    ['about 60,000 people', ['about', '60,000', 'people']],
    ['1,250,000 units', ['1,250,000', 'units']],
    // not a thousands comma: a list, a year before a number, four digits after the comma
    ['in 2016, 300 came', ['in', '2016', ',', '300', 'came']],
    ['1,2 and 3', ['1', ',', '2', 'and', '3']],
    ['10,0000 units', ['10', ',', '0000', 'units']],
    ['Paris,000', ['Paris', ',', '000']],
  ];
  for (const [input, expected] of table) {
    it(`splits ${JSON.stringify(input)}`, () => assert.deepEqual(tokens(input).map((t) => input.slice(t.s, t.e)), expected));
  }
  it('a company of 60,000 people is still the speaker after its relative clause', () => {
    const text = 'The company, which employs about 60,000 people worldwide, said most of the cuts would fall in Saxony.';
    const c = analyze(text).claims[0];
    assert.equal(text.slice(c.speaker![0], c.speaker![1]), 'The company');
  });
});

describe('text: collapseSpaces', () => {
  it('is replace(/\\s+/g, " ").trim() for single spaces, runs, other white space and the ends', () => {
    const cases = ['Mr Xi', 'the  minister', ' a source', 'officials ', '', ' ', 'a\tb', 'x\u00a0y', 'Ann\nLo', 'x\u2009y', 'Über  Uns', '  ', 'one'];
    for (const s of cases) assert.equal(collapseSpaces(s), s.replace(/\s+/g, ' ').trim(), JSON.stringify(s));
  });
  it('returns a phrase that needs no change as it is', () => {
    const s = 'the foreign minister';
    assert.equal(collapseSpaces(s), s);
  });
});
