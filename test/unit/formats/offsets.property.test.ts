import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import type { Analysis, Span } from '../../../src/core/types';
import { exportBrat } from '../../../src/formats/brat';
import { exportCsv } from '../../../src/formats/csv';
import { exportDoccano } from '../../../src/formats/doccano';
import { exportProdigy } from '../../../src/formats/prodigy';
import { exportW3c } from '../../../src/formats/w3c';
import { cpSlice } from './fixture';
import { readStandoff } from './standoff';

// Random articles built from pieces with astral characters, CJK, combining marks, curly
// quotes and line breaks, with random annotations on whole-character boundaries: in every
// code point format, every offset must read back exactly the annotated text.
const piece = fc.constantFrom('a', 'Xi ', ' ', '\n', '\r\n', '😀', '𝒳', '𠀋', '中', 'é', 'e\u0301', '“', '”', '"', ',', '=', '\t', '👩‍👩‍👧');
const article = fc.array(piece, { minLength: 1, maxLength: 80 }).map((p) => p.join(''));

/** A random non-empty span on code point boundaries, as UTF-16 offsets. */
function spanIn(text: string, a: number, b: number): Span | null {
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)) starts.push(i);
  }
  starts.push(text.length);
  const [x, y] = [a % starts.length, b % starts.length].sort((m, n) => m - n);
  return x === y ? null : [starts[x], starts[y]];
}

const annotated = fc.tuple(article, fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat(), fc.boolean()), { minLength: 1, maxLength: 5 }))
  .map(([text, picks]): { text: string; analysis: Analysis } => {
    const analysis: Analysis = { length: text.length, entities: [], quotes: [], claims: [], problems: [] };
    picks.forEach(([a, b, c, d, quote], i) => {
      const span = spanIn(text, a, b);
      if (!span) return;
      const speaker = spanIn(text, c, d);
      if (speaker) {
        analysis.entities.push({ id: `e${i}`, kind: 'person', name: `P${i}`, role: null, gender: null, aliases: [], anonymous: false, rule: 't', mentions: [{ span: speaker, form: 'name', rule: 't' }] });
      }
      const list = quote ? analysis.quotes : analysis.claims;
      list.push({ id: `${quote ? 'q' : 'c'}${i}`, kind: quote ? 'quote' : 'claim', span, speaker, entity: speaker ? `e${i}` : null, cue: null, anonymous: false, rule: 't' });
    });
    return { text, analysis };
  });

const wanted = (text: string, analysis: Analysis) => new Set([...analysis.quotes, ...analysis.claims].flatMap((a) => [a.span, a.speaker]).filter((s): s is Span => !!s).map((s) => text.slice(s[0], s[1])));

describe('formats: offsets land on the annotated text for any article (property)', () => {
  it('doccano and prodigy (Python code point indices)', () => {
    fc.assert(fc.property(annotated, ({ text, analysis }) => {
      const want = wanted(text, analysis);
      const d = JSON.parse(exportDoccano({ file: 'a', text, analysis }));
      for (const e of d.entities) assert.ok(want.has(cpSlice(text, e.start_offset, e.end_offset)));
      const p = JSON.parse(exportProdigy({ file: 'a', text, analysis }));
      for (const s of p.spans) assert.equal(cpSlice(text, s.start, s.end), s.text);
    }), { numRuns: 200 });
  });

  it('brat (fragments between line breaks) and CSV (start, end)', () => {
    fc.assert(fc.property(annotated, ({ text, analysis }) => {
      const { txt, ann } = exportBrat({ file: 'a', text, analysis });
      for (const t of readStandoff(ann).t.values()) {
        assert.equal(t.fragments.map(([s, e]) => cpSlice(txt, s, e)).join(' '), t.text);
      }
      const rows: Record<string, string>[] = parse(exportCsv({ file: 'a', text, analysis }), { bom: true, columns: true });
      for (const row of rows) assert.equal(cpSlice(text, Number(row.start), Number(row.end)), row.text.replace(/^'(?=[=+\-@\t\r])/, ''));
    }), { numRuns: 200 });
  });

  it('W3C (position and quote selectors agree)', () => {
    fc.assert(fc.property(annotated, ({ text, analysis }) => {
      const collection = JSON.parse(exportW3c({ file: 'a', text, analysis }));
      for (const item of collection.first.items) {
        for (const target of [item.target].flat()) {
          const [quote, position] = target.selector;
          assert.equal(cpSlice(text, position.start, position.end), quote.exact);
          assert.equal(cpSlice(text, position.start - Array.from(quote.prefix).length, position.start), quote.prefix);
        }
      }
    }), { numRuns: 200 });
  });
});
