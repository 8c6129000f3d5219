import * as assert from 'node:assert/strict';
import type { Entity, Span } from '../../../src/core/types';
import {
  addAttributionScore,
  addDocumentScore,
  addNameScore,
  emptyAttributionCounts,
  emptyNameCounts,
  greedyOneToOne,
  matchContent,
  normalizeContent,
  predictedPersonNames,
  predictionsOf,
  prf,
  type GoldAttribution,
  type PredictedAttribution,
} from '../../../src/cli/score';

/** The span of the n-th (0-based) occurrence of `needle` in `text`. */
function at(text: string, needle: string, n = 0): Span {
  let i = -1;
  for (let k = 0; k <= n; k++) i = text.indexOf(needle, i + 1);
  assert.ok(i >= 0, `"${needle}" not in text`);
  return [i, i + needle.length];
}

const TEXT =
  '“The port will reopen on Friday,” Harbour Master Ines Okafor said on Tuesday. ' +
  'She said repairs would cost less than expected. ' +
  'The union called the plan reckless, according to a statement.';

const gold = (content: Span[], source: Span[] = [], cue: Span[] = [], direct = true): GoldAttribution => ({ content, source, cue, direct });
const pred = (kind: 'quote' | 'claim', span: Span, speaker: Span | null = null, cue: Span | null = null): PredictedAttribution => ({
  kind,
  content: [span],
  speaker,
  cue,
});

describe('eval/score: normalizeContent (exact match)', () => {
  const table: Array<[string, string]> = [
    ['“The port will reopen on Friday,”', 'The port will reopen on Friday'],
    ['  "We won."  ', 'We won'],
    ['‘Not yet’?', 'Not yet'],
    ['« Jamais ! »', 'Jamais'],
    ['repairs would cost less than expected.', 'repairs would cost less than expected'],
    ['“Mr. Smith’s plan”', 'Mr. Smith’s plan'],
    ['The U.S.', 'The U.S'],
  ];
  for (const [input, expected] of table) it(`${JSON.stringify(input)} -> ${JSON.stringify(expected)}`, () => assert.equal(normalizeContent(input), expected));

  it('keeps case and inner punctuation', () => assert.notEqual(normalizeContent('“We won, again.”'), normalizeContent('we won again')));
});

describe('eval/score: content matching', () => {
  // Gold content of 10 characters at [100, 110); predictions overlap it by n characters.
  const text = 'x'.repeat(200);
  const g = [gold([[100, 110]])];
  const table: Array<[Span, boolean, boolean]> = [
    [[97, 103], true, false], // 3 of 10 = 30%: matches at 30%
    [[98, 102], false, false], // 2 of 10: no
    [[102, 110], true, true], // 8 of 10 = 80%
    [[103, 150], true, false], // 7 of 10; long predictions are not punished at 30/80%
    [[110, 120], false, false], // touching is not overlapping
  ];
  for (const [span, at30, at80] of table) {
    it(`[${span}] against [100,110): 30% ${at30}, 80% ${at80}`, () => {
      assert.equal(matchContent(text, [pred('quote', span)], g, 'overlap30').length, at30 ? 1 : 0);
      assert.equal(matchContent(text, [pred('quote', span)], g, 'overlap80').length, at80 ? 1 : 0);
    });
  }

  it('counts the characters of every fragment of a discontinuous gold content', () => {
    const frag = [gold([[0, 10], [50, 60]])]; // 20 gold characters
    assert.equal(matchContent(text, [pred('quote', [0, 5])], frag, 'overlap30').length, 0, '5 of 20');
    assert.equal(matchContent(text, [pred('quote', [0, 6])], frag, 'overlap30').length, 1, '6 of 20');
    assert.equal(matchContent(text, [{ kind: 'quote', content: [[0, 10], [50, 56]], speaker: null, cue: null }], frag, 'overlap80').length, 1);
  });

  it('matches one to one: of two predictions on one gold, the larger overlap wins', () => {
    const pairs = matchContent(text, [pred('quote', [100, 104]), pred('quote', [103, 110])], g, 'overlap30');
    assert.deepEqual(pairs, [[1, 0]]);
  });

  it('one prediction spanning two golds matches only the one it covers more of', () => {
    const two = [gold([[0, 10]]), gold([[10, 30]])];
    assert.deepEqual(matchContent(text, [pred('claim', [5, 30])], two, 'overlap30'), [[0, 1]]);
  });

  it('is greedy, not optimal: the largest overlap is taken first', () => {
    // p0 overlaps g0 by 10 and g1 by 4; p1 overlaps g0 by 8 only. Greedy gives p0-g0, p1 unmatched.
    assert.deepEqual(greedyOneToOne([[10, 0, 0], [4, 0, 1], [8, 1, 0]]), [[0, 0]]);
  });

  it('exact match compares normalised texts of overlapping spans only', () => {
    const t = '“We won.” She said: We won';
    const gq = [gold([at(t, 'We won.')])];
    assert.equal(matchContent(t, [pred('quote', at(t, '“We won.”'))], gq, 'exact').length, 1);
    assert.equal(matchContent(t, [pred('quote', at(t, 'We won', 1))], gq, 'exact').length, 0, 'same text elsewhere');
    assert.equal(matchContent(t, [pred('quote', at(t, '“We won.” She'))], gq, 'exact').length, 0);
  });
});

describe('eval/score: a scored document', () => {
  const quote = at(TEXT, '“The port will reopen on Friday,”');
  const master = at(TEXT, 'Harbour Master Ines Okafor');
  const okafor = at(TEXT, 'Ines Okafor');
  const said = at(TEXT, 'said');
  const she = at(TEXT, 'She');
  const said2 = at(TEXT, 'said', 1);
  const repairs = at(TEXT, 'repairs would cost less than expected.');
  const union = at(TEXT, 'The union');
  const reckless = at(TEXT, 'the plan reckless');
  const golds = [
    gold([at(TEXT, 'The port will reopen on Friday,')], [master], [said], true),
    gold([repairs], [she], [said2], false),
    gold([reckless], [], [at(TEXT, 'called')], false), // no source annotated
  ];

  it('scores content, speaker, end-to-end and cue by the rules', () => {
    const preds = [
      pred('quote', quote, okafor, [said[0], said[1]]), // speaker overlaps gold source: right
      pred('claim', [repairs[0], repairs[1] - 1], null, [said2[0], said2[1]]), // no speaker: wrong
      pred('claim', at(TEXT, 'called the plan reckless'), union, at(TEXT, 'according to')), // gold has no source; cue differs
      pred('claim', at(TEXT, 'on Tuesday')), // matches nothing
    ];
    const c = emptyAttributionCounts();
    addAttributionScore(c, TEXT, preds, golds);
    assert.deepEqual(c.content.overlap30, { matched: 3, predicted: 4, gold: 3 });
    assert.deepEqual(c.content.exact, { matched: 2, predicted: 4, gold: 3 }, 'the claim lacking its final period still matches exactly');
    assert.deepEqual(c.speaker, { correct: 1, total: 2 }, 'only golds with a source count');
    assert.deepEqual(c.endToEnd, { matched: 1, predicted: 4, gold: 3 }, 'a speaker given where gold has none is wrong');
    assert.deepEqual(c.cue, { correct: 2, total: 3 });
  });

  it('compares cue text case-insensitively, not cue position', () => {
    const t = 'Said the mayor: “Go.” He said so.';
    const g = [gold([at(t, '“Go.”')], [], [at(t, 'Said')])];
    const c = emptyAttributionCounts();
    addAttributionScore(c, t, [pred('quote', at(t, '“Go.”'), null, at(t, 'said'))], g);
    assert.deepEqual(c.cue, { correct: 1, total: 1 });
  });

  it('splits into all, quotes against direct gold and claims against indirect gold', () => {
    const preds = [pred('claim', quote), pred('claim', repairs)]; // the quote was taken for a claim
    const counts = { all: emptyAttributionCounts(), direct: emptyAttributionCounts(), indirect: emptyAttributionCounts() };
    addDocumentScore(counts, TEXT, preds, golds);
    assert.deepEqual(counts.all.content.overlap30, { matched: 2, predicted: 2, gold: 3 });
    assert.deepEqual(counts.direct.content.overlap30, { matched: 0, predicted: 0, gold: 1 });
    assert.deepEqual(counts.indirect.content.overlap30, { matched: 1, predicted: 2, gold: 2 });
  });

  it('computes precision, recall and F1, with 0 for empty sides', () => {
    assert.deepEqual(prf({ matched: 3, predicted: 4, gold: 6 }), { precision: 0.75, recall: 0.5, f1: 0.6 });
    assert.deepEqual(prf({ matched: 0, predicted: 0, gold: 0 }), { precision: 0, recall: 0, f1: 0 });
  });
});

describe('eval/score: predictionsOf', () => {
  const t = '“We are ready,” the minister said. “The talks went well.” He said prices would fall.';
  const said = at(t, 'said');
  const minister = at(t, 'the minister');
  const analysis = {
    quotes: [
      { id: 'q2', kind: 'quote' as const, span: at(t, '“The talks went well.”'), speaker: null, entity: 'e1', cue: said, anonymous: false, rule: 'quote.follow-on' },
      { id: 'q1', kind: 'quote' as const, span: at(t, '“We are ready,”'), speaker: minister, entity: 'e1', cue: said, anonymous: false, rule: 'quote.cue-after' },
    ],
    claims: [{ id: 'c1', kind: 'claim' as const, span: at(t, 'prices would fall.'), speaker: at(t, 'He'), entity: 'e1', cue: at(t, 'said', 1), anonymous: false, rule: 'claim.said' }],
  };

  it('groups quotes sharing one cue into one attribution with several fragments, in text order', () => {
    const preds = predictionsOf(analysis);
    assert.equal(preds.length, 2);
    assert.deepEqual(preds[0], { kind: 'quote', content: [at(t, '“We are ready,”'), at(t, '“The talks went well.”')], speaker: minister, cue: said });
    assert.equal(preds[1].kind, 'claim');
  });

  it('a quote inside the claim that shares its cue adds no characters: the group is the claim, and matches it exactly', () => {
    const u = 'Berit Lund says the ferry has “never once run late” this winter.';
    const says = at(u, 'says');
    const claim = at(u, 'the ferry has “never once run late” this winter.');
    const inner = {
      quotes: [{ id: 'q1', kind: 'quote' as const, span: at(u, '“never once run late”'), speaker: at(u, 'Berit Lund'), entity: 'e1', cue: says, anonymous: false, rule: 'quote.cue-before' }],
      claims: [{ id: 'c1', kind: 'claim' as const, span: claim, speaker: at(u, 'Berit Lund'), entity: 'e1', cue: says, anonymous: false, rule: 'claim.said' }],
    };
    const preds = predictionsOf(inner);
    assert.equal(preds.length, 1);
    assert.deepEqual(preds[0].content, [claim]);
    assert.equal(preds[0].kind, 'quote');
    assert.equal(matchContent(u, preds, [gold([claim], [], [says])], 'exact').length, 1);
  });

  it('gold content pieces listed out of text order read in text order for exact match', () => {
    const u = '“We are ready,” the minister said. “The talks went well.”';
    const pieces = [at(u, '“The talks went well.”'), at(u, '“We are ready,”')];
    const ours = [{ kind: 'quote' as const, content: [at(u, '“We are ready,”'), at(u, '“The talks went well.”')], speaker: null, cue: at(u, 'said') }];
    assert.equal(matchContent(u, ours, [gold(pieces)], 'exact').length, 1);
  });

  it('keeps every quote and claim on its own without grouping, and leaves the analysis untouched', () => {
    assert.equal(predictionsOf(analysis, false).length, 3);
    predictionsOf(analysis);
    assert.equal(analysis.quotes[1].span[0], 0);
  });
});

describe('eval/score: person names (CoNLL)', () => {
  const t = 'Mr Xi met Vladimir Putin . He said Putin and the Kremlin agreed , Dr. Ana Lima said .';
  const mention = (s: Span, form: 'name' | 'honorific' | 'pronoun' | 'role') => ({ span: s, form, rule: 'test' });
  const person = (id: string, mentions: ReturnType<typeof mention>[]): Entity => ({
    id, kind: 'person', name: id, role: null, gender: null, aliases: [], mentions, anonymous: false, rule: 'test',
  });
  const entities: Entity[] = [
    person('e1', [mention(at(t, 'Mr Xi'), 'honorific')]),
    person('e2', [mention(at(t, 'Vladimir Putin'), 'name'), mention(at(t, 'He'), 'pronoun'), mention(at(t, 'Putin', 1), 'name')]),
    { ...person('e3', [mention(at(t, 'the Kremlin'), 'name')]), kind: 'organization' },
    person('e4', [mention(at(t, 'Dr. Ana Lima'), 'honorific')]),
  ];

  it('takes names and honorific mentions without the title; no pronouns, no organisations', () => {
    const names = predictedPersonNames(t, { entities }).map(([s, e]) => t.slice(s, e));
    assert.deepEqual(names, ['Xi', 'Vladimir Putin', 'Putin', 'Ana Lima']);
  });

  it('scores exact spans and one-to-one overlap', () => {
    const gold = [at(t, 'Xi'), at(t, 'Vladimir Putin'), at(t, 'Putin', 1), at(t, 'Ana Lima')];
    const predicted = [at(t, 'Mr Xi'), at(t, 'Vladimir Putin'), at(t, 'Vladimir'), at(t, 'Putin', 1), at(t, 'Putin', 1), at(t, 'said')];
    const c = emptyNameCounts();
    addNameScore(c, predicted, gold);
    assert.deepEqual(c.exact, { matched: 2, predicted: 5, gold: 4 }, 'duplicates count once');
    assert.deepEqual(c.overlap, { matched: 3, predicted: 5, gold: 4 }, '"Vladimir" cannot take "Vladimir Putin" twice');
  });
});
