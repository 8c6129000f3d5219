import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { codeSpan, count, escapeMarkdown, firstWords } from '../../../src/editor/markdown';

const PUNCT = /[!-/:-@[-`{-~]/;

/** True when every ASCII punctuation character in `s` is backslash-escaped. */
function fullyEscaped(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') {
      if (!PUNCT.test(s[i + 1] ?? '')) return false;
      i++;
    } else if (PUNCT.test(s[i])) {
      return false;
    }
  }
  return true;
}

const unescape = (s: string) => s.replace(/\\([!-/:-@[-`{-~])/g, '$1');

describe('escapeMarkdown', () => {
  const table: Array<[string, string]> = [
    ['plain words stay plain', 'plain words stay plain'],
    ['*bold* and _em_', '\\*bold\\* and \\_em\\_'],
    ['`code`', '\\`code\\`'],
    ['[a link](command:workbench.action.terminal.new)', '\\[a link\\]\\(command\\:workbench\\.action\\.terminal\\.new\\)'],
    ['<img src=x onerror=alert(1)>', '\\<img src\\=x onerror\\=alert\\(1\\)\\>'],
    ['# not a heading', '\\# not a heading'],
    ['a | table | row', 'a \\| table \\| row'],
    ['back\\slash', 'back\\\\slash'],
    ['https://example.com', 'https\\:\\/\\/example\\.com'],
    ['&amp; stays literal', '\\&amp\\; stays literal'],
    ['line one\n\n    indented code', 'line one indented code'],
    ['“curly quotes” and ‘singles’ are not markdown', '“curly quotes” and ‘singles’ are not markdown'],
  ];
  for (const [input, expected] of table) {
    it(`escapes ${JSON.stringify(input)}`, () => assert.equal(escapeMarkdown(input), expected));
  }

  it('escapes every ASCII punctuation mark and loses no text (any string)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const escaped = escapeMarkdown(s);
        assert.ok(fullyEscaped(escaped), escaped);
        assert.equal(unescape(escaped), s.replace(/\s+/g, ' '));
      }),
    );
  });

  it('leaves no line break, so text cannot start a block', () => {
    assert.ok(!/\n/.test(escapeMarkdown('a\r\nb\u2028c\n- item')));
  });
});

describe('firstWords / count / codeSpan', () => {
  it('keeps short text whole and cuts long text with an ellipsis', () => {
    assert.equal(firstWords('  “We will   not\nload,”  ', 8), '“We will not load,”');
    assert.equal(firstWords('one two three four five', 3), 'one two three…');
  });
  it('pluralises', () => {
    assert.deepEqual([count(0, 'quote'), count(1, 'quote'), count(2, 'quote')], ['0 quotes', '1 quote', '2 quotes']);
  });
  it('a code span cannot be closed early by the identifier', () => {
    assert.equal(codeSpan('quote.cue`-after'), '`quote.cue -after`');
  });
});
