import * as assert from 'node:assert/strict';
import { exportDoccano } from '../../../src/formats/doccano';
import { exportProdigy } from '../../../src/formats/prodigy';
import type { Analysis } from '../../../src/core/types';
import { ARTICLE, EXTRAS, articleAnalysis, cpSlice, spanTexts } from './fixture';

// Both formats are read by Python tools: offsets index `str` by code point. The read-back
// slices with Array.from (code points), as Python would, never with String#slice.

/** One JSONL line: exactly one record and a newline, parsed by JSON.parse. */
function readLine(jsonl: string): Record<string, unknown> {
  const lines = jsonl.split('\n');
  assert.equal(lines.length, 2, 'one record, newline-terminated');
  assert.equal(lines[1], '');
  return JSON.parse(lines[0]);
}

const analysis: Analysis = articleAnalysis();
const wanted = spanTexts(ARTICLE, analysis);

describe('formats/doccano: relation JSONL read back', () => {
  const rec = readLine(exportDoccano({ file: 'a.txt', text: ARTICLE, analysis, extras: EXTRAS })) as {
    text: string; file: string;
    entities: Array<{ id: number; label: string; start_offset: number; end_offset: number }>;
    relations: Array<{ id: number; from_id: number; to_id: number; type: string }>;
    attributes: Array<{ entity_id: number; status?: string; note?: string; anonymous?: boolean }>;
  };
  const byId = new Map(rec.entities.map((e) => [e.id, e]));
  const textOf = (id: number) => { const e = byId.get(id)!; return cpSlice(rec.text, e.start_offset, e.end_offset); };

  it('keeps the text and the file name', () => {
    assert.equal(rec.text, ARTICLE);
    assert.equal(rec.file, 'a.txt');
  });

  it('every entity offset lands on an annotated text, emoji and CJK included', () => {
    assert.equal(byId.size, rec.entities.length, 'entity ids unique');
    for (const e of rec.entities) assert.ok(wanted.has(textOf(e.id)), `${e.label} "${textOf(e.id)}"`);
    const labels = new Set(rec.entities.map((e) => e.label));
    assert.deepEqual([...labels].sort(), ['Claim', 'Cue', 'Quote', 'Speaker']);
  });

  it('relates each quote and claim to its speaker and cue', () => {
    for (const a of [...analysis.quotes, ...analysis.claims]) {
      const content = ARTICLE.slice(a.span[0], a.span[1]);
      const from = rec.entities.find((e) => e.label === (a.kind === 'quote' ? 'Quote' : 'Claim') && textOf(e.id) === content)!;
      assert.ok(from, a.id);
      const said = rec.relations.filter((r) => r.from_id === from.id && r.type === 'SaidBy');
      assert.deepEqual(said.map((r) => textOf(r.to_id)), a.speaker ? [ARTICLE.slice(a.speaker[0], a.speaker[1])] : []);
      const cue = rec.relations.filter((r) => r.from_id === from.id && r.type === 'HasCue');
      assert.deepEqual(cue.map((r) => textOf(r.to_id)), a.cue ? [ARTICLE.slice(a.cue[0], a.cue[1])] : []);
    }
    for (const r of rec.relations) assert.ok(byId.has(r.from_id) && byId.has(r.to_id));
  });

  it('keeps statuses and notes as metadata on the claim', () => {
    const disputed = rec.attributes.find((x) => x.status === 'disputed')!;
    assert.equal(textOf(disputed.entity_id), 'the delegation will return in March');
    assert.equal(disputed.note, EXTRAS.get('c1')!.note);
    assert.equal(disputed.anonymous, true);
  });
});

describe('formats/prodigy: span JSONL read back', () => {
  const rec = readLine(exportProdigy({ file: 'a.txt', text: ARTICLE, analysis, extras: EXTRAS })) as {
    text: string; answer: string;
    spans: Array<{ start: number; end: number; label: string; text: string }>;
    meta: { file: string; attributions: Array<{ span: number; speaker?: number; cue?: number; status?: string }> };
  };

  it('is an accepted task with the text and file', () => {
    assert.equal(rec.answer, 'accept');
    assert.equal(rec.text, ARTICLE);
    assert.equal(rec.meta.file, 'a.txt');
  });

  it('every span\'s code point offsets read its own text, sorted by start', () => {
    for (const s of rec.spans) {
      assert.equal(cpSlice(rec.text, s.start, s.end), s.text, `${s.label} ${s.start}-${s.end}`);
      assert.ok(wanted.has(s.text));
    }
    const starts = rec.spans.map((s) => s.start);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
    assert.ok(rec.spans.some((s) => s.label === 'CLAIM' && s.text.includes('\n')), 'a span may hold a line break');
  });

  it('links quotes and claims to speaker and cue spans in meta', () => {
    assert.equal(rec.meta.attributions.length, analysis.quotes.length + analysis.claims.length);
    for (const a of [...analysis.quotes, ...analysis.claims]) {
      const link = rec.meta.attributions.find((l) => rec.spans[l.span].text === ARTICLE.slice(a.span[0], a.span[1]))!;
      assert.ok(link, a.id);
      assert.equal(link.speaker === undefined ? null : rec.spans[link.speaker].text, a.speaker ? ARTICLE.slice(a.speaker[0], a.speaker[1]) : null);
      assert.equal(link.cue === undefined ? null : rec.spans[link.cue].label, a.cue ? 'CUE' : null);
    }
  });
});
