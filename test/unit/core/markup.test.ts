import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../../src/core';
import { markupOfFile, markupOfLanguage, maskMarkdown, maskMarkup } from '../../../src/core/markup';

/** maskMarkdown(input), checked to keep the length (every offset must stay valid). */
function masked(input: string): string {
  const out = maskMarkdown(input);
  assert.equal(out.length, input.length);
  return out;
}

describe('markup: Markdown syntax becomes spaces', () => {
  const table: Array<[string, string, string]> = [
    ['strong emphasis', 'said **Ingrid Solheim**, chief', 'said   Ingrid Solheim  , chief'],
    ['emphasis', 'chief of *Fjord Lines*.', 'chief of  Fjord Lines .'],
    ['underscore strong emphasis', 'the __Kolholm Gazette__ wrote', 'the   Kolholm Gazette   wrote'],
    ['underscore emphasis', 'the _Kolholm Gazette_ wrote', 'the  Kolholm Gazette  wrote'],
    ['both at once', '***Never*** again', '   Never    again'],
    ['strikethrough', 'a ~~free~~ cheap ferry', 'a   free   cheap ferry'],
    ['emphasis over a line break in one paragraph', 'said **Ingrid\nSolheim** today', 'said   Ingrid\nSolheim   today'],
    ['emphasis after a quotation mark', '"*Never*," she said', '" Never ," she said'],
    ['blockquote', '> "Quiet nights," she said.', '  "Quiet nights," she said.'],
    ['nested blockquote', '> > Quoted twice', '    Quoted twice'],
    ['heading', '# Ferry to Kolholm', '  Ferry to Kolholm'],
    ['level-three heading', '### Night crossings', '    Night crossings'],
    ['dash bullet', '- Ingrid Solheim spoke', '  Ingrid Solheim spoke'],
    ['star bullet', '* Ingrid Solheim spoke', '  Ingrid Solheim spoke'],
    ['plus bullet, indented', '  + Ingrid Solheim spoke', '    Ingrid Solheim spoke'],
    ['numbered item', '1. Ingrid Solheim spoke', '   Ingrid Solheim spoke'],
    ['numbered item with a parenthesis', '12) Ingrid Solheim spoke', '    Ingrid Solheim spoke'],
    ['bullet in a blockquote', '> - Ingrid Solheim spoke', '    Ingrid Solheim spoke'],
    ['link: the text stays', 'of [Fjord Lines](https://fjordlines.example/about).', 'of  Fjord Lines                                   .'],
    ['link with parentheses in its address', '[Kolholm](https://wiki.example/Kolholm_(island))', ' Kolholm                                        '],
    ['link in parentheses', '([Fjord Lines](https://x.example))', '( Fjord Lines                    )'],
    ['image: its alternative text stays', '![the night ferry](ferry.png)', '  the night ferry            '],
    ['escaped star: the star is text', 'a \\*real\\* star', 'a  *real * star'],
    ['second line of a list', 'Intro\n- first\n- second', 'Intro\n  first\n  second'],
  ];
  for (const [what, input, expected] of table) {
    it(what, () => assert.equal(masked(input), expected));
  }
});

describe('markup: text that only looks like Markdown stays', () => {
  const rows: Array<[string, string]> = [
    ['an underscore inside a word', 'call snake_case_name here'],
    ['a star between spaces', 'it costs 5 * 3 crowns'],
    ['a star with no partner', 'a footnote* follows'],
    ['apostrophes and curly quotes', 'rock ’n’ roll, O\'Brien’s “night” ferry'],
    ['straight quotation marks', '"Quiet," she said, \'very quiet\''],
    ['a hashtag', '#Kolholm trends'],
    ['a hyphen inside a line', 'a well - known ferry'],
    ['a year then a full stop inside a line', 'In 1984. the ferry'],
    ['brackets with no address', 'he [the mayor] said (twice)'],
    ['a link text with a space before its address', '[Fjord Lines] (https://fjordlines.example)'],
    ['a single tilde', 'about ~30 crowns'],
    ['an emphasis pair broken by a paragraph', '*open\n\nclose*'],
  ];
  for (const [what, input] of rows) {
    it(what, () => assert.equal(masked(input), input));
  }
});

describe('markup: choosing it', () => {
  it('from a language id or a file name', () => {
    assert.equal(markupOfLanguage('markdown'), 'markdown');
    assert.equal(markupOfLanguage('plaintext'), undefined);
    assert.equal(markupOfFile('ferry.md'), 'markdown');
    assert.equal(markupOfFile('FERRY.Markdown'), 'markdown');
    assert.equal(markupOfFile('ferry.news'), undefined);
    assert.equal(markupOfFile('md'), undefined);
  });
  it('no markup gives the text itself', () => {
    const text = '**Ingrid Solheim**';
    assert.equal(maskMarkup(text, undefined), text);
  });
});

describe('markup: analyze reads through Markdown', () => {
  const article =
    '# Night ferry for Kolholm\n\n' +
    '> "People on Kolholm deserve a ferry that runs at night," said **Ingrid Solheim**, chief executive of Fjord Lines.\n';
  it('attributes the blockquote\'s quote to the emphasised speaker, with her role', () => {
    const a = analyze(article, { markup: 'markdown' });
    assert.equal(a.quotes.length, 1);
    const q = a.quotes[0];
    assert.equal(article.slice(...q.span), '"People on Kolholm deserve a ferry that runs at night,"');
    assert.ok(q.speaker);
    assert.equal(article.slice(...q.speaker), 'Ingrid Solheim');
    assert.equal(article.slice(...q.cue!), 'said');
    const ingrid = a.entities.find((e) => e.id === q.entity);
    assert.equal(ingrid?.name, 'Ingrid Solheim');
    assert.equal(ingrid?.role, 'chief executive of Fjord Lines');
  });
  it('a role ending in a link reads as words, with single spaces', () => {
    const text = '"We sail at midnight," said **Ingrid Solheim**, chief executive of [Fjord Lines](https://fjordlines.example).';
    const a = analyze(text, { markup: 'markdown' });
    const ingrid = a.entities.find((e) => e.id === a.quotes[0]?.entity);
    assert.equal(ingrid?.role, 'chief executive of Fjord Lines');
  });
  it('without the option the text is read as it is', () => {
    assert.deepEqual(analyze(article), analyze(article, {}));
  });
});

describe('markup: any input stays safe', () => {
  const PIECES = ['*', '**', '_', '__', '~~', '~', '[', ']', '(', ')', '](', '!', '\\', '#', '# ', '> ', '- ', '1. ', ' ', '\n', '\n\n', '\r\n', '"', '’', 'Ingrid', 'said', 'é', '😀', '\uD800'];
  it('random Markdown-like texts: same length, the same characters where not blanked, spans in bounds', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }), (pieces) => {
        const text = pieces.join('');
        const out = masked(text);
        for (let k = 0; k < text.length; k++) assert.ok(out[k] === text[k] || out[k] === ' ', `offset ${k}`);
        const a = analyze(text, { markup: 'markdown' });
        assert.equal(a.length, text.length);
        for (const x of [...a.quotes, ...a.claims]) assert.ok(x.span[0] >= 0 && x.span[1] <= text.length);
      }),
    );
  });
  it('empty, only stars, binary', () => {
    assert.equal(masked(''), '');
    assert.equal(masked('*'.repeat(1000)), '*'.repeat(1000));
    masked('\u0000\uFFFF\uD800]('.repeat(100));
  });
  it('large adversarial texts (about 10 MB): a same-length copy, finished (one pass; a quadratic one would not end)', function () {
    this.timeout(60_000); // a harness guard, as for the engine's other large inputs; speed is measured by npm run bench
    for (const unit of ['](', '[', '*a ', 'a_', '((', '#', '> ', '1'.repeat(9)]) {
      const text = unit.repeat(Math.ceil(10e6 / unit.length));
      assert.equal(masked(text).length, text.length, JSON.stringify(unit));
    }
  });
});
