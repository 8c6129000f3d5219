import * as assert from 'node:assert/strict';
import { analyze, type Analysis, type Span } from '../../../src/core';
import { attributionCard, entityCard, type LinkBuilder } from '../../../src/editor/hoverText';
import { STRIKE_TEXT, spanOf, strikeAnalysis } from './strikeAnalysis';

// An independent CommonMark renderer (installed with @vscode/vsce) shows what a reader would see.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const MarkdownIt: any = require('markdown-it');
const md = new MarkdownIt({ html: false, linkify: true });

const LINK_PREFIX = 'command:newsLens.reveal?';
const link: LinkBuilder = (span: Span) => `${LINK_PREFIX}${span[0]}-${span[1]}`;

/** Every href in the rendered card. */
function hrefs(markdown: string): string[] {
  return [...md.render(markdown).matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
}

function entity(analysis: Analysis, id: string) {
  const e = analysis.entities.find((x) => x.id === id);
  if (!e) throw new Error(id);
  return e;
}

describe('hover cards: a person', () => {
  const analysis = strikeAnalysis();
  const kessler = entity(analysis, 'e1');

  it('full: name, role, kind, mentions, aliases, then each quote and claim linking to its place', () => {
    const card = entityCard(analysis, STRIKE_TEXT, kessler, 'full', link);
    assert.match(card, /^\*\*Marta Kessler\*\* — union leader\n/);
    assert.match(card, /\*person\* · 2 mentions · 1 quote · 1 claim/);
    assert.match(card, /Also called: “Kessler”/);
    assert.match(card, /\*\*Quotes\*\*\n\n- \[“We will not load a single ship until…\]/);
    assert.match(card, /\*\*Claims\*\*\n\n- \[the strike could last weeks\]/);
    const q1 = analysis.quotes[0].span;
    const c1 = analysis.claims[0].span;
    // Each quote and claim, then the "First mention" action.
    assert.deepEqual(hrefs(card), [link(q1), link(c1), link(spanOf(STRIKE_TEXT, 'Marta Kessler'))]);
    assert.match(card, /\[First mention\]\(/);
    assert.match(card, /— \*told\*/);
  });

  it('an "All mentions" action when the editor offers one', () => {
    const card = entityCard(analysis, STRIKE_TEXT, kessler, 'full', link, 'command:newsLens.showMentions?x');
    assert.match(card, /\[First mention\]\([^)]*\) · \[All mentions\]\(command:newsLens\.showMentions\?x\)/);
    assert.ok(!entityCard(analysis, STRIKE_TEXT, kessler, 'compact', link, 'command:x').includes('All mentions'), 'not in compact cards');
  });

  it('compact: one line with name, role and counts', () => {
    const card = entityCard(analysis, STRIKE_TEXT, kessler, 'compact', link);
    assert.equal(card, '**Marta Kessler** — union leader · 2 mentions · 1 quote · 1 claim');
  });

  it('a nameless entity is shown by its id, never as empty bold', () => {
    const card = entityCard(analysis, STRIKE_TEXT, { ...kessler, name: '  ' }, 'compact', link);
    assert.ok(card.startsWith('**e1** — union leader'), card);
  });

  it('an anonymous source says so', () => {
    const card = entityCard(analysis, STRIKE_TEXT, entity(analysis, 'e3'), 'full', link);
    assert.match(card, /\*anonymous source\*/);
    assert.match(card, /does not name who this is/);
    assert.equal(entityCard(analysis, STRIKE_TEXT, entity(analysis, 'e3'), 'compact', link), '**a senior ministry official** · 1 mention · 1 quote · 0 claims · anonymous source', 'as a compact card of its quote does');
  });

  it('a person without a role or quotes gets a short, honest card', () => {
    const bare = { ...entity(analysis, 'e2'), id: 'e9', role: null, aliases: [] };
    const card = entityCard(analysis, STRIKE_TEXT, bare, 'full', link);
    assert.match(card, /^\*\*Pieter Aalders\*\*\n/);
    assert.match(card, /0 quotes · 0 claims/);
    assert.deepEqual(hrefs(card), [link(spanOf(STRIKE_TEXT, 'Pieter Aalders'))], 'only the first-mention action');
  });
});

describe('hover cards: a quote or claim', () => {
  const analysis = strikeAnalysis();
  it('names the speaker with role, the place they are named, the cue and the rule', () => {
    const q1 = analysis.quotes[0];
    const card = attributionCard(analysis, STRIKE_TEXT, q1, 'full', link);
    assert.match(card, /^\*\*Quote\*\* by \*\*Marta Kessler\*\* \(union leader\)/);
    assert.match(card, /Cue: \*told\* · Found by `quote\.cue-after`/);
    assert.deepEqual(hrefs(card), [link(spanOf(STRIKE_TEXT, 'Marta Kessler'))]);
  });
  it('a claim through a pronoun still names the person', () => {
    const card = attributionCard(analysis, STRIKE_TEXT, analysis.claims[2], 'full', link);
    assert.match(card, /^\*\*Claim\*\* by \*\*Pieter Aalders\*\* \(Transport Minister\)/);
    assert.match(card, /Named here as \[“He”\]/);
  });
  it('an unattributed quote says nobody is named', () => {
    const card = attributionCard(analysis, STRIKE_TEXT, analysis.quotes[2], 'full', link);
    assert.match(card, /^\*\*Quote\*\* — \*no speaker found\*\n/, 'not "Quote by no speaker found"');
    assert.match(card, /attribute it before publishing/);
    assert.match(card, /No cue word/);
    assert.match(attributionCard(analysis, STRIKE_TEXT, analysis.quotes[2], 'compact', link), /^\*\*Quote\*\* · \*no speaker found\*/);
  });
  it('a speaker phrase that opened its sentence reads in lower case after "by"; a name keeps its capitals', () => {
    const text = 'A senior official in the harbour office said the talks had failed. The Tarrow Gazette said the same.';
    const real = analyze(text);
    const [first, second] = real.claims;
    assert.match(attributionCard(real, text, first, 'full', link), /^\*\*Claim\*\* by \*\*a senior official in the harbour office\*\*/);
    assert.match(attributionCard(real, text, second, 'full', link), /^\*\*Claim\*\* by \*\*Tarrow Gazette\*\*/);
  });
  it('an anonymous quote carries the note', () => {
    const card = attributionCard(analysis, STRIKE_TEXT, analysis.quotes[1], 'compact', link);
    assert.equal(card, '**Quote** · **a senior ministry official** · *said* · anonymous source');
  });
});

describe('hover cards: hostile article text stays text', () => {
  // An article (or a shared file) that tries to smuggle links, images, HTML and commands.
  const hostile = [
    '[Run me](command:workbench.action.terminal.new) said <img src=x onerror=alert(1)> and',
    '“![pixel](https://tracker.example/p.png) <script>x</script> www.example.com `code` **bold**” end.',
  ].join('\n');
  const nameSpan = spanOf(hostile, '[Run me](command:workbench.action.terminal.new)');
  const quoteSpan = spanOf(hostile, '“![pixel](https://tracker.example/p.png) <script>x</script> www.example.com `code` **bold**”');
  const analysis: Analysis = {
    length: hostile.length,
    entities: [{
      id: 'e1', kind: 'person', name: hostile.slice(nameSpan[0], nameSpan[1]), role: '<b>role</b> | # heading',
      gender: null, aliases: ['](command:evil)'], mentions: [{ span: nameSpan, form: 'name', rule: 't' }], anonymous: false, rule: 't',
    }],
    quotes: [{ id: 'q1', kind: 'quote', span: quoteSpan, speaker: nameSpan, entity: 'e1', cue: spanOf(hostile, 'said'), anonymous: false, rule: 'r`x' }],
    claims: [],
    problems: [],
  };

  for (const mode of ['full', 'compact'] as const) {
    it(`${mode}: the only links are ours, and no HTML, image or code renders`, () => {
      const cards = [
        entityCard(analysis, hostile, analysis.entities[0], mode, link),
        attributionCard(analysis, hostile, analysis.quotes[0], mode, link),
      ];
      for (const card of cards) {
        const html = md.render(card);
        for (const href of hrefs(card)) assert.ok(href.startsWith(LINK_PREFIX), href);
        assert.ok(!/<img|<script|<b>|<h1|<table/.test(html), html);
        assert.ok(!/<code>[^<]*code/.test(html), html);
        assert.ok(html.includes('[Run me](command:workbench.action.terminal.new)'), 'the name shows as itself');
      }
    });
  }
});
