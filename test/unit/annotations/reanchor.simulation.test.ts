import * as assert from 'node:assert/strict';
import { reanchorDocument } from '../../../src/annotations/anchor';
import { emptyDocument, makeAnnotation } from '../../../src/annotations/create';
import { parseAnnotations } from '../../../src/annotations/parse';
import { serializeAnnotations } from '../../../src/annotations/serialize';
import { ARTICLES, Marker, applyEdit, marker, pickSpan, prng, randomEdit, readArticle, survived } from './simulation';

interface Tally {
  annotations: number;
  survivors: number;
  foundAtTruth: number;
  survivorsOrphaned: number;
  editedFoundNearby: number;
  editedOrphaned: number;
  wrong: string[];
}

/**
 * One round: annotate `perRound` spans of the article, apply `edits` random edits, write the
 * file, read it back and re-anchor it to the edited text; compare with the tracked truth.
 */
function round(original: string, rand: () => number, perRound: number, edits: number, tally: Tally, label: string): void {
  const now = '2026-11-27T12:00:00.000Z';
  let doc = emptyDocument('article.news', original);
  const markers = new Map<string, Marker>();
  for (let k = 0; k < perRound; k++) {
    const span = pickSpan(original, rand);
    if (!span) continue;
    const a = makeAnnotation(original, span, { decision: 'note', note: `note ${k}` }, { creator: 'Sim', now, taken: new Set(doc.items.map((x) => x.id)) });
    doc = { ...doc, items: [...doc.items, a] };
    markers.set(a.id, marker(span[0], span[1]));
  }
  let text = original;
  const applied: string[] = [];
  for (let e = 0; e < edits; e++) {
    const edit = randomEdit(text, rand);
    applied.push(edit.op);
    text = applyEdit(text, edit, [...markers.values()]);
  }
  const reread = parseAnnotations(serializeAnnotations(doc), 'sim.annotations.json');
  assert.ok(reread.ok, 'the simulated file must parse');
  const { spans } = reanchorDocument(reread.doc, text);
  for (const a of reread.doc.items) {
    const m = markers.get(a.id)!;
    const got = spans.get(a.id) ?? null;
    tally.annotations++;
    if (survived(m)) {
      tally.survivors++;
      for (const p of m.places) assert.equal(text.slice(p.start, p.end), a.quote.exact, 'the tracked truth must hold the quote');
      if (!got) tally.survivorsOrphaned++;
      else if (m.places.some((p) => got[0] === p.start && got[1] === p.end)) tally.foundAtTruth++;
      else tally.wrong.push(`${label}: ${JSON.stringify(a.quote.exact)} at ${got} but truly at ${m.places.map((p) => `${p.start},${p.end}`).join(' or ')} (edits ${applied})`);
    } else if (!got) {
      tally.editedOrphaned++;
    } else if (m.places.some((p) => p.end > p.start && got[0] < p.end && got[1] > p.start)) {
      tally.editedFoundNearby++;
    } else {
      tally.wrong.push(`${label}: edited ${JSON.stringify(a.quote.exact)} placed at ${got} on ${JSON.stringify(text.slice(got[0], got[1]))}; its remains are at ${m.places.map((p) => `${p.start},${p.end}`).join(' or ')}`);
    }
  }
}

describe('annotations: re-anchoring under random edits (seeded simulation)', () => {
  const tally: Tally = { annotations: 0, survivors: 0, foundAtTruth: 0, survivorsOrphaned: 0, editedFoundNearby: 0, editedOrphaned: 0, wrong: [] };

  before(() => {
    const rand = prng(20261127);
    for (const name of ARTICLES) {
      const text = readArticle(name);
      for (let r = 0; r < 24; r++) round(text, rand, 14, 2 + Math.floor(rand() * 8), tally, `${name} round ${r}`);
    }
    const rate = tally.foundAtTruth / tally.survivors;
    console.log(`      re-anchoring simulation: ${tally.annotations} annotations, ${tally.survivors} with surviving text, `
      + `${tally.foundAtTruth} found at their true place (${(100 * rate).toFixed(2)}%), ${tally.survivorsOrphaned} of them orphaned; `
      + `${tally.annotations - tally.survivors} edited inside: ${tally.editedFoundNearby} found on their edited remains, ${tally.editedOrphaned} orphaned; `
      + `wrong anchors: ${tally.wrong.length}`);
  });

  it('runs over at least 1,000 annotations on four articles', () => {
    assert.ok(tally.annotations >= 1000, `only ${tally.annotations} annotations`);
  });

  it('never places an annotation on other text (zero wrong anchors)', () => {
    assert.deepEqual(tally.wrong, []);
  });

  it('finds at least 99% of the annotations whose text survived at their true new place', () => {
    assert.ok(tally.foundAtTruth / tally.survivors >= 0.99, `${tally.foundAtTruth} of ${tally.survivors}`);
  });
});
