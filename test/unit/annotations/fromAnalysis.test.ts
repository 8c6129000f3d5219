import * as assert from 'node:assert/strict';
import type { Analysis } from '../../../src/core/types';
import { annotationsFromAnalysis } from '../../../src/annotations/fromAnalysis';
import { parseAnnotations } from '../../../src/annotations/parse';
import { serializeAnnotations } from '../../../src/annotations/serialize';
import { find } from './helpers';

// A hand-made analysis (the engine's contract) of a short text with an emoji before the quote.
const text = '🚢 Harbour master Pieter van Dijk said: "Every day costs millions." Van Dijk left.';
const analysis: Analysis = {
  length: text.length,
  entities: [{
    id: 'e1', kind: 'person', name: 'Pieter van Dijk', role: 'harbour master', gender: 'male', aliases: ['Van Dijk'], anonymous: false, rule: 'name',
    mentions: [{ span: find(text, 'Pieter van Dijk'), form: 'name', rule: 'name' }, { span: find(text, 'Van Dijk'), form: 'name', rule: 'surname' }],
  }],
  quotes: [{ id: 'q1', kind: 'quote', span: find(text, '"Every day costs millions."'), speaker: find(text, 'Pieter van Dijk'), entity: 'e1', cue: find(text, 'said'), anonymous: false, rule: 'quote.cue-before' }],
  claims: [],
  problems: [],
};

describe('annotations/fromAnalysis: the engine\u2019s annotations as a starting file', () => {
  const doc = annotationsFromAnalysis(text, analysis, { creator: 'News Lens engine', now: '2026-11-27T12:00:00.000Z', source: 'harbour.news' });

  it('writes quotes with their speaker, named mentions and the role, all marked as software', () => {
    const summary = doc.items.map((a) => [a.quote.exact, a.decision]);
    assert.deepEqual(summary, [
      ['"Every day costs millions."', { decision: 'add', kind: 'quote', speaker: 'Pieter van Dijk' }],
      ['Pieter van Dijk', { decision: 'add', kind: 'speaker', speaker: 'Pieter van Dijk' }],
      ['Van Dijk', { decision: 'add', kind: 'speaker', speaker: 'Pieter van Dijk' }],
      ['Pieter van Dijk', { decision: 'role', role: 'harbour master', person: 'Pieter van Dijk' }],
    ]);
    assert.ok(doc.items.every((a) => a.software === true && a.creator === 'News Lens engine'));
  });

  it('counts positions in code points (the ship emoji is one)', () => {
    const quote = doc.items[0];
    const utf16 = find(text, '"Every day costs millions."');
    assert.deepEqual(quote.position, { start: utf16[0] - 1, end: utf16[1] - 1 });
  });

  it('is a valid annotation file', () => {
    const r = parseAnnotations(serializeAnnotations(doc), 'harbour.news.annotations.json');
    assert.ok(r.ok, r.ok ? '' : r.error.message);
    assert.equal(r.doc.items.length, 4);
    assert.equal(r.doc.article, 'harbour.news');
  });
});
