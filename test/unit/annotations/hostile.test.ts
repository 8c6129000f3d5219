import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { addAnnotation } from '../../../src/annotations/create';
import { SaveRefusedError, loadAnnotations, saveAnnotations, writeFileAtomic } from '../../../src/annotations/io';
import { LIMITS } from '../../../src/annotations/model';
import { parseAnnotations } from '../../../src/annotations/parse';
import { serializeAnnotations } from '../../../src/annotations/serialize';
import { T0, T1, docWith, find } from './helpers';
import { readArticle } from './simulation';

const text = readArticle('annotations-night-market.news');
const ARTICLE = 'night-market.news';
const NAME = `${ARTICLE}.annotations.json`;

/** Notes, names and roles a hostile colleague might send: they must stay inert text. */
const HOSTILE = [
  '[run me](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22rm%20-rf%20~%22%7D)',
  '<img src=x onerror="alert(1)"><script>alert(2)</script>',
  '**bold** _it_ `code` <!-- hidden --> [link](https://example.com "title")',
  'command:newsLens.setStatus',
  '${workspaceFolder} $(terminal) {{constructor.constructor("return process")()}}',
  '\u202eevil\u202c and \u0000 nul and \ud83d lone surrogate',
];

describe('annotations: hostile files', () => {
  it('keeps markdown, HTML and command: links in notes, names and roles as plain data through a round trip', () => {
    let doc = docWith(text, ARTICLE, []);
    for (const value of HOSTILE) {
      doc = addAnnotation(doc, text, find(text, 'Chen Wei-ling'), { decision: 'note', note: value }, { creator: value, now: T0 }).doc;
      doc = addAnnotation(doc, text, find(text, 'Huang Mei-yu'), { decision: 'role', role: value, person: value }, { creator: 'Ana', now: T0 }).doc;
    }
    const r = parseAnnotations(serializeAnnotations(doc), NAME);
    assert.ok(r.ok, r.ok ? '' : r.error.message);
    const notes = r.doc.items.filter((a) => a.decision.decision === 'note');
    assert.deepEqual(notes.map((a) => (a.decision as { note: string }).note).sort(), [...HOSTILE].sort());
    assert.deepEqual(notes.map((a) => a.creator).sort(), [...HOSTILE].sort());
    const roles = r.doc.items.filter((a) => a.decision.decision === 'role');
    assert.deepEqual(roles.map((a) => (a.decision as { role: string }).role).sort(), [...HOSTILE].sort());
    // the model has no field that could hold markup or a link: every value is a string
    for (const a of r.doc.items) for (const v of Object.values(a.decision)) assert.equal(typeof v, 'string');
  });

  it('treats a __proto__ key as an error, not as a prototype', () => {
    const source = serializeAnnotations(docWith(text, ARTICLE, [['Lin Po-han', { decision: 'note', note: 'x' }]]))
      .replace('"newsLens": {\n        "decision"', '"newsLens": {\n        "__proto__": { "polluted": true },\n        "decision"');
    const r = parseAnnotations(source, NAME);
    assert.equal(r.ok, false);
    assert.match((r as { error: { message: string } }).error.message, /unknown property "__proto__"/);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  const broken: Array<[string, string, RegExp]> = [
    ['an empty file', '', /not valid JSON: unexpected end of file/],
    ['a truncated file', '{"@context": "http://www.w3.org/ns/anno.jsonld", "items": [', /not valid JSON/],
    ['deep nesting', '['.repeat(100_000) + ']'.repeat(100_000), /nesting deeper than 32 levels/],
    ['a string with a raw line break', '{"a": "x\ny"}', /control character in string/],
    ['a duplicate key', '{"type": "AnnotationCollection", "type": "x"}', /duplicate property "type"/],
    ['a JSON array at the top', '[]', /\/: must be an object/],
    ['trailing garbage', '{} {}', /after the end of the JSON value/],
    ['a huge exact text', serializeAnnotations(docWith(text, ARTICLE, [['Wang Jun', { decision: 'add', kind: 'speaker' }]])).replace('"exact": "Wang Jun"', `"exact": "${'y'.repeat(LIMITS.exact * 50)}"`),
      /\/items\/0\/target\/selector\/0\/exact: is too long: 1000000 characters, at most 20000 allowed/],
  ];
  for (const [name, source, message] of broken) {
    it(`refuses ${name} with a clear message and no crash`, () => {
      const r = parseAnnotations(source, NAME);
      assert.equal(r.ok, false);
      const e = (r as { error: { file: string; message: string; pointer?: string } }).error;
      assert.equal(e.file, NAME);
      assert.match(`${e.pointer ? `${e.pointer || '/'}: ` : '/: '}${e.message}`, message);
    });
  }

  describe('on disk', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'news-lens-annotations-'));
    const file = path.join(dir, NAME);
    const doc = docWith(text, ARTICLE, [['Wang Jun', { decision: 'add', kind: 'speaker' }]]);

    it('never overwrites a broken file: the user\u2019s text stays byte for byte', async () => {
      const brokenText = serializeAnnotations(doc).replace('"items": [', '"items": [[');
      writeFileSync(file, brokenText);
      const loaded = await loadAnnotations(file);
      assert.equal(loaded.result?.ok, false);
      await assert.rejects(saveAnnotations(file, doc, { expectedOnDisk: brokenText }), (err: SaveRefusedError) => {
        assert.equal(err.reason, 'broken');
        assert.match(err.message, new RegExp(`${NAME.replace(/\./g, '\\.')}:\\d+:\\d+: .*not overwritten`));
        return true;
      });
      assert.equal(readFileSync(file, 'utf8'), brokenText);
    });

    it('refuses to save over a file that changed on disk since it was loaded (a git pull)', async () => {
      const mine = serializeAnnotations(doc);
      writeFileSync(file, mine);
      const pulled = serializeAnnotations(addAnnotation(doc, text, find(text, 'Chen'), { decision: 'note', note: 'from git' }, { creator: 'Ben', now: T1 }).doc);
      writeFileSync(file, pulled);
      await assert.rejects(saveAnnotations(file, doc, { expectedOnDisk: mine }), /changed on disk/);
      assert.equal(readFileSync(file, 'utf8'), pulled);
    });

    it('refuses to write a document from a newer schema (opened read-only)', async () => {
      const current = readFileSync(file, 'utf8');
      await assert.rejects(saveAnnotations(file, { ...doc, schemaVersion: 2 }, { expectedOnDisk: current }), /read-only/);
      assert.equal(readFileSync(file, 'utf8'), current);
    });

    it('saves atomically when the file is as loaded, leaving no temp file behind', async () => {
      const current = readFileSync(file, 'utf8');
      const next = addAnnotation(doc, text, find(text, 'Lin Po-han'), { decision: 'role', role: 'mayor' }, { creator: 'Ana', now: T1 }).doc;
      const written = await saveAnnotations(file, next, { expectedOnDisk: current });
      assert.equal(readFileSync(file, 'utf8'), written);
      assert.deepEqual(readdirSync(dir), [NAME]);
      await saveAnnotations(path.join(dir, 'new.annotations.json'), next, { expectedOnDisk: null });
      assert.deepEqual(readdirSync(dir).sort(), ['new.annotations.json', NAME].sort());
    });

    it('leaves the old file whole and no temp file when a write fails', async () => {
      const before = readFileSync(file, 'utf8');
      await assert.rejects(writeFileAtomic(path.join(dir, 'missing-dir', NAME), 'x'));
      assert.equal(readFileSync(file, 'utf8'), before);
      assert.ok(readdirSync(dir).every((f) => !f.endsWith('.tmp')));
    });
  });
});
