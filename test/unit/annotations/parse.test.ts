/* eslint-disable @typescript-eslint/no-explicit-any -- these tests edit raw JSON of any shape, as a hostile or careless colleague would */
import * as assert from 'node:assert/strict';
import { LIMITS } from '../../../src/annotations/model';
import { formatFileError, parseAnnotations } from '../../../src/annotations/parse';
import { compareItems, serializeAnnotations } from '../../../src/annotations/serialize';
import { readArticle } from './simulation';
import { docWith } from './helpers';

const FILE = 'port-strike.news.annotations.json';
const text = readArticle('annotations-port-strike.news');
const doc = docWith(text, 'port-strike.news', [
  ['"We have waited eighteen months for a fair offer, and we are done waiting,"', { decision: 'speaker', speaker: 'Marieke Janssen' }],
  ['Marieke Janssen', { decision: 'role', role: 'chair of the FNV dockers\u2019 section', person: 'Marieke Janssen' }],
  ['about 40 vessels were waiting at anchor in the North Sea by noon', { decision: 'status', status: 'verified' }],
  ['"We are not going anywhere," one worker said.', { decision: 'reject', kind: 'quote' }],
  ['van Dijk said', { decision: 'note', note: 'Check the title: harbour master or port director?' }],
  ['Ms Janssen', { decision: 'merge', into: 'Marieke Janssen', person: 'Ms Janssen' }],
  ['Rob Hendriks', { decision: 'add', kind: 'speaker', speaker: 'Rob Hendriks' }],
]);
const good = serializeAnnotations(doc);

/** The good file as a JSON value, changed by `edit`, serialised again. */
function variant(edit: (json: any) => void): string {
  const json = JSON.parse(good);
  edit(json);
  return JSON.stringify(json, null, 2);
}

function fault(source: string) {
  const r = parseAnnotations(source, FILE);
  assert.equal(r.ok, false, 'expected the file to be refused');
  return (r as Extract<typeof r, { ok: false }>).error;
}

describe('annotations/parse: reading a file', () => {
  it('reads back what serialize wrote, decision by decision', () => {
    const r = parseAnnotations(good, FILE);
    assert.ok(r.ok);
    assert.equal(r.readOnly, false);
    assert.deepEqual(r.doc, { ...doc, items: [...doc.items].sort(compareItems) });
  });

  it('names the file and line:column of a JSON syntax error', () => {
    const broken = good.replace('"decision": "status"', '"decision": "status",,');
    const e = fault(broken);
    const line = broken.split('\n').findIndex((l) => l.includes('"status",,')) + 1;
    assert.equal(e.file, FILE);
    assert.equal(e.line, line);
    assert.match(formatFileError(e), new RegExp(`^${FILE.replace(/\./g, '\\.')}:${line}:\\d+: not valid JSON`));
  });

  const schemaFaults: Array<[string, (json: any) => void, string, RegExp]> = [
    ['a number as exact text', (j) => { j.items[3].target.selector[0].exact = 42; }, '/items/3/target/selector/0/exact', /must be a string/],
    ['a missing creator', (j) => { delete j.items[0].creator; }, '/items/0', /missing required property "creator"/],
    ['an unknown status', (j) => { j.items.find((i: any) => i.newsLens.decision === 'status').body[0].value = 'true-ish'; }, '/body/0/value', /must be one of/],
    ['an unknown property (a typo)', (j) => { j.items[1].newsLens.decison = 'note'; }, '/items/1/newsLens/decison', /unknown property/],
    ['a motivation that does not fit the decision', (j) => { j.items[2].motivation = 'bookmarking'; }, '/items/2/motivation', /must be/],
    ['a body on a reject', (j) => { j.items.find((i: any) => i.newsLens.decision === 'reject').body = [{ type: 'TextualBody', purpose: 'commenting', value: 'x' }]; }, '/body', /at most 0 items/],
    ['a created time that is not a date', (j) => { j.items[0].created = 'yesterday'; }, '/items/0/created', /expected form/],
    ['a position shorter than its exact text', (j) => { j.items[0].target.selector[1].end -= 1; }, '/items/0/target/selector/1', /does not span/],
    ['two annotations with one id', (j) => { j.items[1].id = j.items[0].id; }, '/items/1/id', /duplicate annotation id/],
    ['a wrong @context', (j) => { j['@context'] = 'http://example.com/evil.jsonld'; }, '/@context', /must be "http:\/\/www.w3.org\/ns\/anno.jsonld"/],
    ['items that are not an array', (j) => { j.items = {}; }, '/items', /must be an array/],
  ];
  for (const [name, edit, pointer, message] of schemaFaults) {
    it(`points at the fault: ${name}`, () => {
      const source = variant(edit);
      const e = fault(source);
      assert.ok(e.pointer!.endsWith(pointer), `pointer ${e.pointer} should end with ${pointer}`);
      assert.match(e.message, message);
      assert.ok(e.line! >= 1 && e.column! >= 1);
      // the line named holds the faulty value (or its object)
      assert.ok(source.split('\n')[e.line! - 1].trim().length > 0);
    });
  }

  it('gives the line of a faulty value, not of the file start', () => {
    const source = variant((j) => { j.items[3].target.selector[0].exact = 42; });
    const e = fault(source);
    assert.match(source.split('\n')[e.line! - 1], /"exact": 42/);
  });

  it('opens a file from a newer schema version read-only, with a notice, skipping decisions it does not know', () => {
    const source = variant((j) => {
      j.newsLens.schemaVersion = 2;
      j.newsLens.reviewer = 'desk';
      j.items[0].newsLens.confidence = 0.9;
      j.items.push({ ...j.items[1], id: 'urn:newslens:future', newsLens: { decision: 'translate' } });
    });
    const r = parseAnnotations(source, FILE);
    assert.ok(r.ok);
    assert.equal(r.readOnly, true);
    assert.equal(r.doc.items.length, doc.items.length);
    assert.match(r.notices[0], /newer News Lens \(schema version 2.*read-only/);
    assert.match(r.notices[1], /1 annotation of a kind this version does not know/);
  });

  it('refuses a string over its limit with the size in the message', () => {
    const e = fault(variant((j) => { j.items.find((i: any) => i.newsLens.decision === 'note').body[0].value = 'x'.repeat(LIMITS.note + 1); }));
    assert.match(e.message, new RegExp(`too long: ${LIMITS.note + 1} characters, at most ${LIMITS.note}`));
    assert.match(e.pointer!, /\/items\/\d+\/body\/0\/value/);
  });

  it('refuses a file over the size limit before parsing it', () => {
    const e = fault(' '.repeat(LIMITS.fileChars + 1));
    assert.match(e.message, /too large/);
  });

  it('counts string limits in code points, as JSON Schema does', () => {
    const emojiName = '😀'.repeat(LIMITS.name); // 2 UTF-16 units each, at the limit in code points
    const r = parseAnnotations(variant((j) => { j.items[0].creator.name = emojiName; }), FILE);
    assert.ok(r.ok, r.ok ? '' : r.error.message);
  });
});
