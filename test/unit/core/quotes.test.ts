import * as assert from 'node:assert/strict';
import { findQuotes } from '../../../src/core/quotes';

/** The quotations of a text, as the text they cover (marks included). */
const quoted = (text: string): string[] => findQuotes(text).quotes.map((q) => text.slice(q.start, q.end));
const problems = (text: string): number => findQuotes(text).problems.length;

describe('quotes: quotation-mark pairing', () => {
  const table: Array<[string, string[]]> = [
    ['“It fits the pattern,” Ms Hale said.', ['“It fits the pattern,”']],
    ['"It fits the pattern," Ms Hale said.', ['"It fits the pattern,"']],
    ['‘It is over,’ she said.', ['‘It is over,’']],
    ['«Nous sommes prêts», a déclaré le ministre.', ['«Nous sommes prêts»']],
    ['„Wir schaffen das“, sagte sie.', ['„Wir schaffen das“']],
    ['‹Oui›, dit-il.', ['‹Oui›']],
    ['「準備はできている」と彼は言った。', ['「準備はできている」']],
    ["''This isn't tax reform,'' said Mr. Cole.", ["''This isn't tax reform,''"]],
    // a single quotation closing with the double-apostrophe one: three marks
    ["''They all told me 'stay home,''' said Mr. Cole.", ["''They all told me 'stay home,'''"]],
    ["'''Harbour Nights,''' she said. ''Best show on the radio.''", ["'''Harbour Nights,'''", "''Best show on the radio.''"]],
    ['He called it “a “new” start” and left.', ['“a “new” start”']],
    ['“He told me ‘never again’ twice,” she said.', ['“He told me ‘never again’ twice,”']],
    ['There was “no evidence" yet, the mayor said.', ['“no evidence"']],
    ['“One.” Then “two.”', ['“One.”', '“two.”']],
    // a closing mark typed where the opening one belongs, at a paragraph start
    ['The mayor spoke.\n\n” … what we saw on the river was new,” she said.', ['” … what we saw on the river was new,”']],
    ['” Budgets come first,” the treasurer said.', ['” Budgets come first,”']],
    // an opening mark typed for the closing one: after a word or punctuation, before a space or punctuation
    ['“The pier is safe,“ said Ms Hale. “We checked it.”', ['“The pier is safe,“', '“We checked it.”']],
    ['The mayor called the ferry “a relic“ and left.', ['“a relic“']],
    ['“We checked every beam.“\n\nThe pier opened.', ['“We checked every beam.“']],
    // must not close: one before a letter opens a nested quotation
    ['“She wrote“Yes” on the form,” he said.', ['“She wrote“Yes” on the form,”']],
    // must not open: a stray closing mark at a paragraph start before a digit or a mark
    ['Totals:\n\n” 42 votes went missing.', []],
    // transcript turns that open a mark and never close it: each turn up to its paragraph end
    ['"HOLM: We are ready to vote.\n\n"MARSH: Not yet, not today.\n\nThe hearing ended.', ['"HOLM: We are ready to vote.', '"MARSH: Not yet, not today.']],
    // must not match: an ordinary unclosed mark stays unpaired
    ['"Holm: we are ready to vote.\n\nThe hearing ended.', []],
  ];
  for (const [text, expected] of table) {
    it(`pairs ${JSON.stringify(text)}`, () => assert.deepEqual(quoted(text), expected));
  }

  describe('apostrophes are not quotation marks', () => {
    const cases = [
      'Russia’s students’ union played rock ’n’ roll from the ’90s.',
      "Russia's students' union played rock 'n' roll from the '90s, didn't they?",
      'The Joneses’ dog and Ndung’u’s report.',
      'They’ll say it’s ’em again.',
    ];
    for (const text of cases) {
      it(`finds nothing in ${JSON.stringify(text)}`, () => {
        assert.deepEqual(quoted(text), []);
        assert.equal(problems(text), 0);
      });
    }
    it('keeps a single-quoted phrase with apostrophes inside', () => {
      assert.deepEqual(quoted('‘Russia’s students don’t agree,’ she said.'), ['‘Russia’s students don’t agree,’']);
    });
  });

  it('runs a quotation over paragraphs that each open with a mark', () => {
    const text = '“The first part.\n\n“The second part.\n\n“The end,” he said.';
    const scan = findQuotes(text);
    assert.equal(scan.quotes.length, 1);
    assert.equal(scan.quotes[0].paragraphs, 3);
    assert.equal(text.slice(scan.quotes[0].start, scan.quotes[0].end), text.slice(0, text.indexOf(' he said')));
    assert.equal(scan.problems.length, 0);
  });

  it('also with single line breaks between paragraphs', () => {
    assert.deepEqual(quoted('“One\n“Two,” he said.'), ['“One\n“Two,”']);
  });

  describe('unbalanced marks give no quotation and a problem', () => {
    const cases: Array<[string, number]> = [
      ['“This never closes.\n\nThe next paragraph is plain and “closed” here.', 1],
      ['He said it” loudly.', 1],
      ['“Open in one paragraph\n\nand a closing mark in the next.”', 2],
      ['“““', 3],
    ];
    for (const [text, minProblems] of cases) {
      it(`reports ${JSON.stringify(text)}`, () => {
        const scan = findQuotes(text);
        assert.ok(scan.problems.length >= minProblems, `${scan.problems.length} problems`);
        for (const q of scan.quotes) assert.ok(!text.slice(q.start, q.end).includes('\n\n'), 'no quotation crosses a paragraph');
      });
    }
    it('keeps a closed quotation nested in an unclosed one', () => {
      assert.deepEqual(quoted('“He called it ‘a mess’ and walked out.\n\nLater he returned.'), ['‘a mess’']);
    });
  });

  it('ignores markup attributes', () => {
    assert.deepEqual(quoted('<tweet author="kim" id="7">Hi</tweet>'), []);
  });

  it('handles CRLF paragraphs', () => {
    const text = '“One,” she said.\r\n\r\n“Two,” she added.';
    assert.deepEqual(quoted(text), ['“One,”', '“Two,”']);
  });
});
