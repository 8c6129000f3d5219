import * as assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { CSV_COLUMNS, csvHeader, csvRows, exportCsv, neutraliseFormula } from '../../../src/formats/csv';
import { ARTICLE, EXTRAS, articleAnalysis, cpSlice } from './fixture';

/** Parsed back by csv-parse (strict RFC 4180: quotes only around whole fields). */
function readBack(csv: string): Record<string, string>[] {
  assert.ok(csv.startsWith('\ufeff'), 'starts with a byte order mark for spreadsheets');
  assert.ok(!/[^\r]\n/.test(csv.replace(/"(?:[^"]|"")*"/g, '')), 'records end in CRLF');
  return parse(csv, { bom: true, columns: true, relax_quotes: false, skip_empty_lines: false });
}

/** What a spreadsheet cell shows once the formula guard (one leading apostrophe) is removed. */
const unguard = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

describe('formats/csv: one row per quote or claim, parsed back', () => {
  const analysis = articleAnalysis();
  const rows = readBack(exportCsv({ file: 'world/a.txt', text: ARTICLE, analysis, extras: EXTRAS }));

  it('has the columns the desk asked for, and one row per quote and claim', () => {
    assert.deepEqual(Object.keys(rows[0]), [...CSV_COLUMNS]);
    assert.equal(rows.length, analysis.quotes.length + analysis.claims.length);
  });

  it('each row\'s start and end (code points) read its text, line breaks and emoji included', () => {
    for (const row of rows) {
      const text = unguard(row.text);
      assert.equal(cpSlice(ARTICLE, Number(row.start), Number(row.end)), text, row.id);
      const a = [...analysis.quotes, ...analysis.claims].find((x) => x.id === row.id)!;
      assert.equal(text, ARTICLE.slice(a.span[0], a.span[1]));
      assert.equal(Number(row.line), ARTICLE.slice(0, a.span[0]).split('\n').length, `${row.id} line`);
    }
  });

  it('names the speaker by the entity, with role, cue, status and note', () => {
    const c1 = rows.find((r) => r.id === 'c1')!;
    assert.deepEqual([c1.kind, c1.speaker, c1.cue, c1.status, c1.source], ['claim', 'a senior official', 'According to', 'disputed', 'human']);
    assert.equal(c1.note, EXTRAS.get('c1')!.note);
    const q2 = rows.find((r) => r.id === 'q2')!;
    assert.deepEqual([q2.speaker, q2['speaker role'], q2.cue], ['Ana Duarte', 'Foreign Minister', 'told']);
    assert.equal(rows.find((r) => r.id === 'q3')!.speaker, '');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    assert.equal(rows.find((r) => r.id === 'c2')!.text, "'=SUM(A1:A9) was the subject line of a leaked memo");
    assert.equal(rows.find((r) => r.id === 'c3')!.note, "'-2+3 @desk");
    for (const row of rows) for (const cell of Object.values(row)) assert.doesNotMatch(cell, /^[=+\-@\t\r]/);
  });

  const hostile: Array<[string, string]> = [
    ['=1+1', "'=1+1"], ['+33 1 23', "'+33 1 23"], ['-5%', "'-5%"], ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=cmd', "'\t=cmd"], ['\r=x', "'\r=x"], ['a=1', 'a=1'], ['', ''], ['“=quoted”', '“=quoted”'],
  ];
  for (const [cell, want] of hostile) {
    it(`neutraliseFormula(${JSON.stringify(cell)}) = ${JSON.stringify(want)}`, () => assert.equal(neutraliseFormula(cell), want));
  }

  it('quotes fields with commas, quotes and line breaks so they survive the round trip', () => {
    const text = 'She said "a, b" and\r\nthen "c""d".';
    const analysis = { length: text.length, entities: [], quotes: [], problems: [],
      claims: [{ id: 'c1', kind: 'claim' as const, span: [0, text.length] as [number, number], speaker: null, entity: null, cue: null, anonymous: false, rule: 't' }] };
    const [row] = readBack(csvHeader() + csvRows({ file: 'x,"y".txt', text, analysis }));
    assert.equal(row.text, text);
    assert.equal(row.file, 'x,"y".txt');
  });

  it('a batch is the header once and each article\'s rows', () => {
    const one = csvRows({ file: 'a.txt', text: ARTICLE, analysis });
    const batch = readBack(csvHeader() + one + one.replaceAll('a.txt', 'b.txt'));
    assert.equal(batch.length, 2 * rows.length);
    assert.deepEqual([...new Set(batch.map((r) => r.file))], ['a.txt', 'b.txt']);
  });
});
