import * as assert from 'node:assert/strict';
import { escapeMarkdown, exportMarkdown } from '../../../src/formats/markdown';
import { ARTICLE, EXTRAS, articleAnalysis } from './fixture';

/** Undoes escapeMarkdown's escapes: what a CommonMark renderer shows for escaped text. */
function shown(md: string): string {
  return md.replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

describe('formats/markdown: the report', () => {
  const report = exportMarkdown({ file: 'world/a_b.txt', text: ARTICLE, analysis: articleAnalysis(), extras: EXTRAS });

  it('lists people with roles and their quotes, claims with status, unattributed quotes', () => {
    assert.match(report, /^# News Lens report: world\/a\\_b\.txt$/m);
    assert.match(report, /^### Ana Duarte\n\nForeign Minister · also: Ms Duarte\n/m);
    assert.match(report, /^- line 3: "a first step 😀 towards peace 𝒳" \(said\)$/m);
    assert.match(report, /^### a senior official\n\nanonymous source\n/m);
    assert.match(report, /^\| disputed \| a senior official \| the delegation will return in March \| 5 \| check/m);
    assert.match(report, /^## Quotes without a known speaker\n\n- line 8: "cost nothing"$/m);
  });

  it('renders a claim that spans two lines as one table row', () => {
    const row = report.split('\n').find((l) => l.includes('the plan would'))!;
    assert.match(row, /^\| false \| Ana Duarte \| the plan would "cost nothing" 😀 \| 7 \| -2\+3 @desk \|$/);
  });

  const hostile = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '[click](javascript:alert(1))',
    '![x](http://tracker/p.png)',
    '**bold** _em_ `code` ~~gone~~ $x^2$',
    '# heading\n- list\n> quote\n\n| a | b |',
    'a | b | c',
    '&lt;already escaped&gt; &amp;',
    'trailing backslash \\',
  ];
  for (const s of hostile) {
    it(`escapes ${JSON.stringify(s)} so it shows as itself and opens nothing`, () => {
      const e = escapeMarkdown(s);
      assert.doesNotMatch(e, /[<>\n]/, 'no raw angle bracket or line break');
      assert.doesNotMatch(e, /(?<!\\)[[\]`*_|~$]/, 'every inline mark escaped');
      assert.equal(shown(e), s.replace(/\s+/g, ' ').trim());
    });
  }

  it('no line of the report starts with untrusted text', () => {
    const nasty = articleAnalysis();
    nasty.entities[0].name = '# Boss\n1. <b>x</b>';
    nasty.entities[0].role = '> role';
    const md = exportMarkdown({ file: '- f.txt', text: ARTICLE, analysis: nasty, extras: new Map([['c1', { note: '\n# injected' }]]) });
    assert.doesNotMatch(md, /<b>|^# injected|^1\. /m);
    assert.match(md, /^### \\# Boss 1\. &lt;b&gt;x&lt;\/b&gt;$/m);
  });
});
