/* eslint-disable @typescript-eslint/no-explicit-any -- these tests edit raw JSON of any shape, as a hostile or careless colleague would */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { parseAnnotations } from '../../../src/annotations/parse';
import { serializeAnnotations } from '../../../src/annotations/serialize';
import { reanchorDocument } from '../../../src/annotations/anchor';
import { docWith } from './helpers';
import { prng, readArticle } from './simulation';

const schemaPath = path.join(__dirname, '..', '..', '..', '..', 'schemas', 'annotations.schema.json');
const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
// strictTuples off: the selector list is a tuple whose second member (the position) is optional.
const ajv = new Ajv({ strict: true, strictTuples: false, allErrors: false });
const validate = ajv.compile(schema);

const text = readArticle('annotations-glacier-summit.news');
const doc = docWith(text, 'glacier-summit.news', [
  ['Amara Okafor', { decision: 'role', role: 'chair of the talks' }],
  ['"a modest beginning"', { decision: 'speaker', speaker: 'Lukas Meier' }],
  ['the fund would start with 300 million dollars', { decision: 'status', status: 'disputed' }],
  ['uphill 🏔️ because the streams had changed course', { decision: 'note', note: 'Ask the Khumbu office for the survey.' }],
  ['One delegate, who asked not to be named', { decision: 'reject', kind: 'speaker' }],
  ['Lund', { decision: 'merge', into: 'Henrik Lund' }],
  ['Greenwatch', { decision: 'add', kind: 'speaker' }],
]);
// one orphan among them: re-anchored against a text without the Greenwatch paragraph
const orphaned = reanchorDocument(doc, text.replace(/Environmental groups[^\n]*\n/, '')).doc;
const good = [serializeAnnotations(doc), serializeAnnotations(orphaned), serializeAnnotations({ ...doc, items: [] })];

/** What our parser says (semantic faults are the checks the schema cannot express). */
function ours(source: string): 'valid' | 'invalid' | 'semantic' {
  const r = parseAnnotations(source, 'f.annotations.json');
  if (r.ok) return 'valid';
  return /does not span|duplicate annotation id/.test(r.error.message) ? 'semantic' : 'invalid';
}
const theirs = (source: string) => (validate(JSON.parse(source)) ? 'valid' : 'invalid');

describe('annotations/schema: the JSON Schema and the parser agree', () => {
  it('the schema compiles in strict mode as draft-07', () => {
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.equal(typeof validate, 'function');
  });

  good.forEach((source, k) => {
    it(`both accept good file #${k + 1}`, () => {
      assert.equal(ours(source), 'valid');
      assert.equal(theirs(source), 'valid', JSON.stringify(validate.errors));
    });
  });

  const bad: Array<[string, (j: any) => void]> = [
    ['an orphan that keeps its position', (j) => { j.items[0].orphaned = true; }],
    ['orphaned: false', (j) => { j.items[0].orphaned = false; }],
    ['a kind on a note', (j) => { j.items.find((i: any) => i.newsLens.decision === 'note').newsLens.kind = 'quote'; }],
    ['a person on a status', (j) => { j.items.find((i: any) => i.newsLens.decision === 'status').newsLens.person = 'X'; }],
    ['a creator of another type', (j) => { j.items[0].creator.type = 'Robot'; }],
    ['an extra top-level property', (j) => { j.generator = 'x'; }],
    ['selectors in the other order', (j) => { j.items[0].target.selector.reverse(); }],
    ['a negative start', (j) => { j.items[0].target.selector[1].start = -1; }],
    ['an empty speaker name', (j) => { j.items.find((i: any) => i.newsLens.decision === 'speaker').body[0].value = ''; }],
    ['schema version 0', (j) => { j.newsLens.schemaVersion = 0; }],
    ['schema version as a string', (j) => { j.newsLens.schemaVersion = '1'; }],
    ['a reject without a kind', (j) => { delete j.items.find((i: any) => i.newsLens.decision === 'reject').newsLens.kind; }],
    ['a status without a body', (j) => { j.items.find((i: any) => i.newsLens.decision === 'status').body = []; }],
    ['a body as an object, not an array', (j) => { const i = j.items.find((x: any) => x.newsLens.decision === 'note'); i.body = i.body[0]; }],
    ['a fractional start', (j) => { j.items[0].target.selector[1].start = 1.5; }],
    ['a __proto__ key', (j) => { Object.defineProperty(j.items[0], '__proto__', { value: { polluted: true }, enumerable: true }); }],
  ];
  for (const [name, edit] of bad) {
    it(`both refuse ${name}`, () => {
      const json = JSON.parse(good[0]);
      edit(json);
      const source = JSON.stringify(json, null, 2);
      assert.equal(ours(source), 'invalid');
      assert.equal(theirs(source), 'invalid');
    });
  }

  it('agree on 400 random mutations of good files (seeded)', () => {
    const rand = prng(4242);
    const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
    const values = [null, 0, -3, 2.5, 7, '', 'x', 'classifying', 'TextualBody', 'Annotation', true, false, [], {}, 'quote', 'verified', '2026-01-01T00:00:00Z'];
    let disagreements = 0;
    let semantic = 0;
    const verdicts = { valid: 0, invalid: 0 };
    for (let n = 0; n < 400; n++) {
      const json = JSON.parse(pick(good));
      // walk to a random container
      let node: any = json;
      for (let depth = 0; depth < 8; depth++) {
        const keys = Object.keys(node);
        if (keys.length === 0 || rand() < 0.2) break;
        const next = node[pick(keys)];
        if (next === null || typeof next !== 'object') break;
        node = next;
      }
      const keys = Object.keys(node);
      const key = keys.length > 0 && rand() < 0.85 ? pick(keys) : 'extra';
      if (rand() < 0.25 && !Array.isArray(node)) delete node[key];
      else node[key] = pick(values);
      const source = JSON.stringify(json);
      const a = ours(source);
      const b = theirs(source);
      if (a === 'semantic') {
        semantic++;
        continue;
      }
      verdicts[b]++;
      if (a !== b) disagreements++;
    }
    assert.equal(disagreements, 0);
    assert.ok(verdicts.invalid > 100 && verdicts.valid > 10, JSON.stringify({ verdicts, semantic }));
  });
});
