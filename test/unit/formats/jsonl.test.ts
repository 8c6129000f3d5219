import * as assert from 'node:assert/strict';
import type { Analysis } from '../../../src/core/types';
import { parseJsonlDocument, toJsonlRecord } from '../../../src/formats/jsonl';

// A hand-made analysis of: “We will win,” Mr Xi said. He said talks went well.
const text = '“We will win,” Mr Xi said. He said talks went well.';
const analysis: Analysis = {
  length: text.length,
  entities: [
    {
      id: 'e1',
      kind: 'person',
      name: 'Xi',
      role: null,
      gender: 'male',
      aliases: ['Mr Xi'],
      mentions: [
        { span: [15, 20], form: 'honorific', rule: 'entity.honorific' },
        { span: [27, 29], form: 'pronoun', rule: 'coref.pronoun' },
      ],
      anonymous: false,
      rule: 'entity.honorific',
    },
  ],
  quotes: [{ id: 'q1', kind: 'quote', span: [0, 14], speaker: [15, 20], entity: 'e1', cue: [21, 25], anonymous: false, rule: 'quote.cue-after' }],
  claims: [{ id: 'c1', kind: 'claim', span: [35, 50], speaker: [27, 29], entity: null, cue: null, anonymous: false, rule: 'claim.said' }],
  problems: [{ kind: 'unbalanced-quote', span: [0, 1], message: 'never emitted' }],
};

describe('formats/jsonl: toJsonlRecord', () => {
  const record = toJsonlRecord('doc-7', analysis);

  it('emits exactly the documented keys, in order', () => {
    assert.deepEqual(Object.keys(record), ['id', 'entities', 'quotes', 'claims']);
    assert.deepEqual(Object.keys(record.entities[0]), ['id', 'kind', 'name', 'role', 'aliases', 'mentions']);
    for (const a of [...record.quotes, ...record.claims]) {
      assert.deepEqual(Object.keys(a), ['id', 'span', 'speaker', 'entity', 'cue', 'rule']);
    }
  });

  it('keeps spans as [start, end] pairs and nulls as null', () => {
    assert.equal(
      JSON.stringify(record),
      '{"id":"doc-7","entities":[{"id":"e1","kind":"person","name":"Xi","role":null,"aliases":["Mr Xi"],"mentions":[[15,20],[27,29]]}],' +
        '"quotes":[{"id":"q1","span":[0,14],"speaker":[15,20],"entity":"e1","cue":[21,25],"rule":"quote.cue-after"}],' +
        '"claims":[{"id":"c1","span":[35,50],"speaker":[27,29],"entity":null,"cue":null,"rule":"claim.said"}]}',
    );
    assert.equal(text.slice(...record.quotes[0].span), '“We will win,”');
    assert.equal(text.slice(...record.entities[0].mentions[0]), 'Mr Xi');
  });

  it('echoes a numeric id unchanged and does not share arrays with the analysis', () => {
    const r = toJsonlRecord(42, analysis);
    assert.equal(r.id, 42);
    r.entities[0].mentions[0][0] = -1;
    r.entities[0].aliases.push('x');
    assert.deepEqual(analysis.entities[0].mentions[0].span, [15, 20]);
    assert.deepEqual(analysis.entities[0].aliases, ['Mr Xi']);
  });

  it('maps an empty analysis to empty lists', () => {
    const empty: Analysis = { length: 0, entities: [], quotes: [], claims: [], problems: [] };
    assert.equal(JSON.stringify(toJsonlRecord('e', empty)), '{"id":"e","entities":[],"quotes":[],"claims":[]}');
  });
});

describe('formats/jsonl: parseJsonlDocument', () => {
  const good: Array<[string, string | number, string]> = [
    ['{"id": "a", "text": "Hello"}', 'a', 'Hello'],
    ['{"id": 3, "text": "", "corpus": "x", "attributions": []}', 3, ''],
    ['{"text": "“Hi,” she said.", "id": "b"}', 'b', '“Hi,” she said.'],
  ];
  for (const [line, id, docText] of good) {
    it(`reads ${line}`, () => assert.deepEqual(parseJsonlDocument(line), { ok: true, id, text: docText }));
  }

  const bad: Array<[string, RegExp]> = [
    ['{"id": "a", "text": "unterminated', /not valid JSON/],
    ['[1, 2]', /expected a JSON object/],
    ['"just a string"', /expected a JSON object/],
    ['null', /expected a JSON object/],
    ['{"text": "no id"}', /missing "id"/],
    ['{"id": null, "text": "x"}', /missing "id"/],
    ['{"id": "a"}', /document "a": missing "text"/],
    ['{"id": "a", "text": 5}', /missing "text"/],
  ];
  for (const [line, message] of bad) {
    it(`refuses ${line}`, () => {
      const doc = parseJsonlDocument(line);
      assert.equal(doc.ok, false);
      if (!doc.ok) assert.match(doc.error, message);
    });
  }
});
