import * as assert from 'node:assert/strict';
import { addAnnotation } from '../../../src/annotations/create';
import { annotationFileName, articleFileNameOf } from '../../../src/annotations/model';
import { parseAnnotations } from '../../../src/annotations/parse';
import { serializeAnnotations } from '../../../src/annotations/serialize';
import { T1, docWith, find } from './helpers';
import { readArticle } from './simulation';

const text = readArticle('annotations-glacier-summit.news');
const doc = docWith(text, 'glacier-summit.news', [
  ['Paula Ferreira', { decision: 'role', role: 'Greenwatch director' }],
  ['Amara Okafor', { decision: 'add', kind: 'speaker' }],
  ['"a rounding error"', { decision: 'speaker', speaker: 'Paula Ferreira' }],
]);

describe('annotations/serialize: stable files that merge cleanly in git', () => {
  it('names the file after the article', () => {
    assert.equal(annotationFileName('port-strike.news'), 'port-strike.news.annotations.json');
    assert.equal(articleFileNameOf('port-strike.news.annotations.json'), 'port-strike.news');
    assert.equal(articleFileNameOf('port-strike.json'), null);
  });

  it('writes 2-space JSON with a trailing newline, items in text order, keys in a fixed order', () => {
    const out = serializeAnnotations(doc);
    assert.ok(out.endsWith('}\n') && !out.endsWith('\n\n'));
    assert.match(out, /^\{\n  "@context": "http:\/\/www.w3.org\/ns\/anno.jsonld",\n  "type": "AnnotationCollection",\n  "newsLens": \{\n    "schemaVersion": 1,/);
    const exacts = [...out.matchAll(/"exact": "((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`));
    assert.deepEqual(exacts, ['Amara Okafor', 'Paula Ferreira', '"a rounding error"']);
    const item = JSON.parse(out).items[0];
    assert.deepEqual(Object.keys(item), ['id', 'type', 'motivation', 'creator', 'created', 'modified', 'body', 'target', 'newsLens']);
  });

  it('gives the same bytes for the same document, whatever the order of its items', () => {
    const shuffled = { ...doc, items: [...doc.items].reverse() };
    assert.equal(serializeAnnotations(shuffled), serializeAnnotations(doc));
    const r = parseAnnotations(serializeAnnotations(doc), 'x');
    assert.ok(r.ok);
    assert.equal(serializeAnnotations(r.doc), serializeAnnotations(doc));
  });

  it('adding an annotation in one paragraph changes only the lines of that annotation', () => {
    const before = serializeAnnotations(doc).split('\n');
    const after = serializeAnnotations(addAnnotation(doc, text, find(text, 'Sita Gurung'), { decision: 'note', note: 'spelling?' }, { creator: 'Ben', now: T1 }).doc).split('\n');
    // a pure insertion: the old lines are a prefix and a suffix of the new ones
    let head = 0;
    while (before[head] === after[head]) head++;
    let tail = 0;
    while (head + tail < before.length && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
    assert.equal(head + tail, before.length);
    assert.ok(after.length - before.length < 40);
  });
});
