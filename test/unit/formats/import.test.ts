import * as assert from 'node:assert/strict';
import { parseAnnotations } from '../../../src/annotations/parse';
import { serializeAnnotations } from '../../../src/annotations/serialize';
import { exportBrat } from '../../../src/formats/brat';
import { importBrat } from '../../../src/formats/bratImport';
import { toAnnotationDoc, type ImportedAnnotation } from '../../../src/formats/imported';
import { exportW3c } from '../../../src/formats/w3c';
import { importW3c } from '../../../src/formats/w3cImport';
import { ARTICLE, EXTRAS, articleAnalysis, find } from './fixture';

/** The decisions an export of the fixture must come back as: "kind speaker @ text". */
function expectedAdds(): string[] {
  const analysis = articleAnalysis();
  const name = (id: string | null) => analysis.entities.find((e) => e.id === id)?.name;
  return [...analysis.quotes, ...analysis.claims]
    .map((a) => `${a.kind} ${name(a.entity) ?? '-'} @ ${ARTICLE.slice(a.span[0], a.span[1])}`)
    .sort();
}
function adds(list: ImportedAnnotation[]): string[] {
  return list
    .filter((a) => a.decision.decision === 'add' && a.decision.kind !== 'speaker')
    .map((a) => {
      const d = a.decision as { kind: string; speaker?: string };
      return `${d.kind} ${d.speaker ?? '-'} @ ${a.span ? ARTICLE.slice(a.span[0], a.span[1]) : 'ORPHAN'}`;
    })
    .sort();
}
const values = (list: ImportedAnnotation[], decision: string) =>
  list.filter((a) => a.decision.decision === decision).map((a) => [ARTICLE.slice(a.span![0], a.span![1]), Object.values(a.decision)[1]]).sort();

/** Imported decisions written as an annotation file must pass the annotation module's own reader. */
function assertValidAnnotationFile(list: ImportedAnnotation[], text = ARTICLE) {
  const doc = toAnnotationDoc('a.txt', text, list, { creator: 'Import', now: '2026-11-28T00:00:00Z' });
  const parsed = parseAnnotations(serializeAnnotations(doc), 'a.txt.annotations.json');
  assert.ok(parsed.ok, parsed.ok ? '' : JSON.stringify(parsed.error));
  assert.equal(parsed.doc.items.length, list.length);
}

describe('formats/import: brat standoff into human decisions', () => {
  const { txt, ann } = exportBrat({ file: 'a.txt', text: ARTICLE, analysis: articleAnalysis(), extras: EXTRAS });

  it('reads our own brat export back: every quote and claim with its speaker, on its span', () => {
    const r = importBrat(ann, txt);
    assert.deepEqual(r.errors, []);
    assert.deepEqual(adds(r.annotations), expectedAdds());
    assert.deepEqual(values(r.annotations, 'status'), [['the delegation will return in March', 'disputed'], ['the plan\nwould "cost nothing" 😀', 'false']]);
    assert.ok(values(r.annotations, 'role').some(([t, role]) => t === 'Ana Duarte' && role === 'Foreign Minister'));
    assertValidAnnotationFile(r.annotations);
  });

  it('reads an INCEpTION-style file: Source/Content/Cue labels, an attribution event, notes', () => {
    const text = 'The mayor, Ines Koh, said 😀 the bridge would reopen in May.';
    const cp = (s: string) => { const [a, b] = find(text, s); return `${Array.from(text.slice(0, a)).length} ${Array.from(text.slice(0, b)).length}`; };
    const file = [
      `T1\tSource ${cp('Ines Koh')}\tInes Koh`,
      `T2\tCue ${cp('said')}\tsaid`,
      `T3\tContent ${cp('the bridge would reopen in May')}\tthe bridge would reopen in May`,
      'E1\tAttribution:T2 Source:T1 Content:T3',
      'A1\tStatus T3 Verified',
      '#1\tAnnotatorNotes T3\tConfirmed with the council press office',
      '',
    ].join('\n');
    const r = importBrat(file, text);
    assert.deepEqual(r.errors, []);
    const claim = r.annotations.find((a) => a.decision.decision === 'add' && a.decision.kind === 'claim')!;
    assert.deepEqual(claim.decision, { decision: 'add', kind: 'claim', speaker: 'Ines Koh' });
    assert.equal(text.slice(claim.span![0], claim.span![1]), 'the bridge would reopen in May');
    assert.ok(r.annotations.some((a) => a.decision.decision === 'note' && a.decision.note === 'Confirmed with the council press office'));
    assert.ok(r.annotations.some((a) => a.decision.decision === 'status' && a.decision.status === 'verified'));
  });

  it('re-places a T whose text moved (an older draft) and orphans one whose text is gone', () => {
    const edited = 'UPDATE 😀 😀: ' + ARTICLE.replace('will return in March', 'may return in April');
    const r = importBrat(ann, edited);
    const q1 = r.annotations.find((a) => a.quote.exact === '"a first step 😀 towards peace 𝒳"')!;
    assert.equal(edited.slice(q1.span![0], q1.span![1]), '"a first step 😀 towards peace 𝒳"');
    const c1 = r.annotations.find((a) => a.decision.decision === 'add' && a.quote.exact === 'the delegation will return in March')!;
    assert.equal(c1.span, null, 'orphan, never attached to other text');
    assert.ok(r.warnings.some((w) => /not in the article; kept as an orphan/.test(w.message)));
    assertValidAnnotationFile(r.annotations, edited);
  });

  const malformed: Array<[string, RegExp]> = [
    ['T1\tQuote 5\t"x"', /line 1: a text-bound annotation needs/],
    ['T1\tQuote 9 3\tx', /line 1: each fragment needs start < end/],
    ['R1\tSaidBy T1 T2', /line 1: a relation needs/],
    ['A1\tStatus T1 Sensational', /line 1: status must be one of/],
    ['X1\twhat', /line 1: unknown annotation kind/],
    ['T1\tQuote 0 3\t𝒳 W\nR1\tSaidBy Arg1:T1 Arg2:T9', /line 2: T9 is not a text-bound annotation/],
  ];
  for (const [file, message] of malformed) {
    it(`reports ${JSON.stringify(file)} with its line number, without throwing`, () => {
      const r = importBrat(file, ARTICLE);
      assert.ok(r.errors.length > 0);
      assert.match(r.errors.map((e) => `${e.where}: ${e.message}`).join('\n'), message);
    });
  }
});

describe('formats/import: W3C and Hypothesis annotations into human decisions', () => {
  it('reads our own W3C export back: kinds, speakers via linking bodies, statuses and notes', () => {
    const json = exportW3c({ file: 'a.txt', text: ARTICLE, analysis: articleAnalysis(), extras: EXTRAS });
    const r = importW3c(json, ARTICLE);
    assert.deepEqual(r.errors, []);
    assert.deepEqual(adds(r.annotations), expectedAdds());
    assert.deepEqual(values(r.annotations, 'status'), [['the delegation will return in March', 'disputed'], ['the plan\nwould "cost nothing" 😀', 'false']]);
    assert.deepEqual(values(r.annotations, 'note').map(([, n]) => n).sort(), [...EXTRAS.values()].map((e) => e.note).sort());
    const c1 = r.annotations.find((a) => a.decision.decision === 'status' && a.decision.status === 'disputed')!;
    assert.equal(c1.creator, 'Rita Okafor');
    assertValidAnnotationFile(r.annotations);
  });

  it('reads Hypothesis API JSON, placing a stale position by its quote and context', () => {
    const exact = 'the delegation will return in March';
    const [s] = find(ARTICLE, exact);
    const hypothesis = {
      total: 2,
      rows: [
        {
          id: 'h1', user: 'acct:rita_okafor@hypothes.is', created: '2026-11-20T09:00:00.000000+00:00',
          text: 'Who is the official? Ask the desk.', tags: ['claim', 'status:unverified'],
          target: [{ source: 'https://example.org/duarte', selector: [
            { type: 'RangeSelector', startContainer: '/div[1]/p[3]', startOffset: 0, endContainer: '/div[1]/p[3]', endOffset: 10 },
            { type: 'TextPositionSelector', start: s + 40, end: s + 40 + exact.length },
            { type: 'TextQuoteSelector', exact, prefix: 'According to a senior official, ', suffix: '.\n=SUM(A1:A9) was the subject line' },
          ] }],
        },
        { id: 'h2', user: 'acct:rita_okafor@hypothes.is', text: '', tags: [], target: [{ source: 'https://example.org/duarte', selector: [{ type: 'TextQuoteSelector', exact: 'not in this article at all' }] }] },
      ],
    };
    const r = importW3c(JSON.stringify(hypothesis), ARTICLE);
    assert.deepEqual(r.errors, []);
    const placed = r.annotations.filter((a) => a.origin.startsWith('/rows/0'));
    assert.deepEqual(placed.map((a) => a.decision.decision).sort(), ['add', 'note', 'status']);
    for (const a of placed) {
      assert.equal(ARTICLE.slice(a.span![0], a.span![1]), exact);
      assert.equal(a.creator, 'rita_okafor');
    }
    assert.ok(r.warnings.some((w) => w.where === '/rows/1' && /skipped/.test(w.message)));
  });

  const hostile: Array<[string, string, RegExp]> = [
    ['broken JSON', '{"items": [\n  {"target": }\n]}', /^2:\d+: not valid JSON/],
    ['a number', '42', /^\/: expected an annotation/],
    ['an item that is a string', '{"items": ["x"]}', /^\/items\/0: an annotation must be a JSON object/],
    ['no target', '{"items": [{"body": {"purpose": "commenting", "value": "hi"}}]}', /^\/items\/0\/target: an annotation needs a target/],
    ['a bare IRI target', '{"items": [{"body": {"purpose": "commenting", "value": "hi"}, "target": "https://x"}]}', /^\/items\/0\/target: a target must be an object/],
    ['a bad status', '{"items": [{"body": {"purpose": "assessing", "value": "fake news"}, "target": {"selector": {"type": "TextQuoteSelector", "exact": "Ms Duarte"}}}]}', /^\/items\/0: status "fake news"/],
    ['an empty exact', '{"items": [{"body": {"value": "x", "purpose": "commenting"}, "target": {"selector": {"type": "TextQuoteSelector", "exact": ""}}}]}', /^\/items\/0\/target: TextQuoteSelector needs/],
    ['deep nesting', '['.repeat(5000) + ']'.repeat(5000), /not valid JSON/],
  ];
  for (const [name, json, message] of hostile) {
    it(`reports ${name} with its place, without throwing`, () => {
      const r = importW3c(json, ARTICLE);
      assert.match(r.errors.map((e) => `${e.where}: ${e.message}`).join('\n'), message);
    });
  }
});
