import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ANNO_CONTEXT, exportW3c } from '../../../src/formats/w3c';
import { ARTICLE, EXTRAS, articleAnalysis, cpSlice } from './fixture';

// The JSON-LD check: the export is expanded by jsonld.js in safe mode (any term the context
// does not define, or any relative IRI, is an error), offline, with the anno.jsonld context
// served from a copy we wrote from the W3C vocabulary. Then the expanded graph, not our own
// compact output, is read back.
const jsonld = require('jsonld') as { expand(doc: unknown, options: object): Promise<Node[]> };
type Node = Record<string, unknown>;

const CONTEXT = JSON.parse(readFileSync(resolve(__dirname, '../../../../test/fixtures/formats/anno-context.jsonld'), 'utf8'));
const documentLoader = async (url: string) => {
  if (url !== ANNO_CONTEXT) throw new Error(`test loader: no network (${url})`);
  return { contextUrl: null, documentUrl: url, document: CONTEXT };
};

const OA = 'http://www.w3.org/ns/oa#';
const AS = 'http://www.w3.org/ns/activitystreams#';
const RDF_VALUE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#value';

const list = (n: Node, p: string) => (n[p] ?? []) as Node[];
const value = (n: Node, p: string) => (list(n, p)[0]?.['@value']);
const iri = (n: Node, p: string) => list(n, p).map((x) => x['@id'] as string);

async function expandedExport() {
  const analysis = articleAnalysis();
  const compact = JSON.parse(exportW3c({ file: 'world/duarte 😀.txt', text: ARTICLE, analysis, extras: EXTRAS }));
  const [collection] = await jsonld.expand(compact, { documentLoader, safe: true, base: null });
  const page = list(collection, `${AS}first`)[0];
  const items = (list(page, `${AS}items`)[0]['@list']) as Node[];
  return { analysis, compact, collection, page, items };
}

/** The text a target's selectors point at, after checking that they agree with each other. */
function selected(target: Node): string {
  const selectors = list(target, `${OA}hasSelector`);
  const quote = selectors.find((s) => (s['@type'] as string[]).includes(`${OA}TextQuoteSelector`))!;
  const position = selectors.find((s) => (s['@type'] as string[]).includes(`${OA}TextPositionSelector`))!;
  assert.ok(quote && position, 'both selectors');
  const [start, end] = [Number(value(position, `${OA}start`)), Number(value(position, `${OA}end`))];
  const exact = value(quote, `${OA}exact`) as string;
  assert.equal(cpSlice(ARTICLE, start, end), exact, 'position selector (code points) reads the exact text');
  const prefix = value(quote, `${OA}prefix`) as string;
  const suffix = value(quote, `${OA}suffix`) as string;
  assert.equal(cpSlice(ARTICLE, start - Array.from(prefix).length, start), prefix);
  assert.equal(cpSlice(ARTICLE, end, end + Array.from(suffix).length), suffix);
  assert.ok(Array.from(prefix).length <= 32 && Array.from(suffix).length <= 32);
  return exact;
}

describe('formats/w3c: Web Annotation JSON-LD, checked by expansion', () => {
  it('expands in safe mode to an OrderedCollection with one page of oa:Annotations', async () => {
    const { analysis, compact, collection, page, items } = await expandedExport();
    assert.equal(compact['@context'], ANNO_CONTEXT);
    assert.deepEqual(collection['@type'], [`${AS}OrderedCollection`]);
    assert.deepEqual(page['@type'], [`${AS}OrderedCollectionPage`]);
    const count = analysis.entities.length + analysis.quotes.length + analysis.claims.length;
    assert.equal(items.length, count);
    assert.equal(Number(value(collection, `${AS}totalItems`)), count);
    for (const item of items) assert.deepEqual(item['@type'], [`${OA}Annotation`]);
  });

  it('the check can fail: a term the context does not define is rejected', async () => {
    const base = { '@context': ANNO_CONTEXT, id: 'urn:x:1', type: 'Annotation' };
    await assert.rejects(jsonld.expand({ ...base, speakerName: 'x' }, { documentLoader, safe: true }));
  });

  it('gives every annotation a unique IRI, and every IRI in the graph is absolute', async () => {
    const { collection, page, items } = await expandedExport();
    const ids = [collection, page, ...items].map((n) => n['@id'] as string);
    assert.equal(new Set(ids).size, ids.length);
    const all: string[] = [];
    const walk = (x: unknown): void => {
      if (Array.isArray(x)) x.forEach(walk);
      else if (x && typeof x === 'object') {
        for (const [k, v] of Object.entries(x)) {
          if (k === '@id') all.push(v as string);
          else walk(v);
        }
      }
    };
    walk(collection);
    assert.ok(all.length > items.length);
    for (const id of all) assert.match(id, /^[a-z][a-z0-9+.-]*:\S+$/, `absolute IRI: ${id}`);
  });

  it('every target selects its text in code points, emoji and CJK before and inside', async () => {
    const { analysis, items } = await expandedExport();
    const want = new Map([...analysis.quotes, ...analysis.claims].map((a) => [a.id, ARTICLE.slice(a.span[0], a.span[1])]));
    let checked = 0;
    for (const item of items) {
      for (const target of list(item, `${OA}hasTarget`)) {
        const text = selected(target);
        const id = decodeURIComponent((item['@id'] as string).split('#')[1]);
        if (want.has(id)) assert.equal(text, want.get(id), id);
        checked++;
      }
    }
    assert.ok(checked >= items.length);
  });

  it('classifies quotes and claims and links each to its speaker annotation', async () => {
    const { analysis, items } = await expandedExport();
    const speakers = new Map(items
      .filter((i) => iri(i, `${OA}motivatedBy`)[0] === `${OA}identifying`)
      .map((i) => [i['@id'] as string, i]));
    assert.equal(speakers.size, analysis.entities.length);
    for (const a of [...analysis.quotes, ...analysis.claims]) {
      const item = items.find((i) => (i['@id'] as string).endsWith(`#${a.id}`))!;
      assert.deepEqual(iri(item, `${OA}motivatedBy`), [`${OA}classifying`]);
      const bodies = list(item, `${OA}hasBody`);
      const purpose = (b: Node) => iri(b, `${OA}hasPurpose`)[0];
      assert.equal(value(bodies.find((b) => purpose(b) === `${OA}classifying`)!, RDF_VALUE), a.kind);
      const links = bodies.filter((b) => purpose(b) === `${OA}linking`);
      if (a.entity) {
        assert.equal(links.length, 1, a.id);
        const speaker = speakers.get(iri(links[0], `${OA}hasSource`)[0]);
        assert.ok(speaker, `${a.id} links to a speaker annotation`);
        const name = analysis.entities.find((e) => e.id === a.entity)!.name;
        assert.equal(value(list(speaker, `${OA}hasBody`)[0], RDF_VALUE), name);
      } else assert.equal(links.length, 0);
      const cue = bodies.find((b) => purpose(b) === `${OA}describing`);
      if (a.cue) assert.equal(selected(cue!), ARTICLE.slice(a.cue[0], a.cue[1]));
    }
  });

  it('carries notes as commenting bodies and statuses as assessing bodies', async () => {
    const { items } = await expandedExport();
    const item = items.find((i) => (i['@id'] as string).endsWith('#c1'))!;
    const bodies = list(item, `${OA}hasBody`);
    const byPurpose = (p: string) => bodies.filter((b) => iri(b, `${OA}hasPurpose`)[0] === `${OA}${p}`).map((b) => value(b, RDF_VALUE));
    assert.deepEqual(byPurpose('commenting'), [EXTRAS.get('c1')!.note]);
    assert.deepEqual(byPurpose('assessing'), ['disputed']);
    assert.equal(value(item, 'http://purl.org/dc/terms/created'), '2026-11-27T10:00:00Z');
  });

  it('speaker annotations target every mention of the speaker', async () => {
    const { analysis, items } = await expandedExport();
    const duarte = items.find((i) => (i['@id'] as string).endsWith('#e1'))!;
    const texts = list(duarte, `${OA}hasTarget`).map(selected);
    assert.deepEqual(texts, analysis.entities[0].mentions.map((m) => ARTICLE.slice(m.span[0], m.span[1])));
  });
});
