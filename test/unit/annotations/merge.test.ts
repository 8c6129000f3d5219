import * as assert from 'node:assert/strict';
import { addAnnotation, removeAnnotations, updateDecision } from '../../../src/annotations/create';
import { mergeAnnotations, openConflicts, resolveConflict } from '../../../src/annotations/merge';
import { Annotation, AnnotationDoc, Decision, decisionValue } from '../../../src/annotations/model';
import { parseAnnotations } from '../../../src/annotations/parse';
import { serializeAnnotations } from '../../../src/annotations/serialize';
import { T1, T2, docWith, find } from './helpers';
import { readArticle } from './simulation';

const text = readArticle('annotations-council-budget.news');
const ARTICLE = 'council-budget.news';

/** Written to disk and read back, as a colleague's file arrives. */
function roundTrip(doc: AnnotationDoc): AnnotationDoc {
  const r = parseAnnotations(serializeAnnotations(doc), `${ARTICLE}.annotations.json`);
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  return r.doc;
}

/** What a decision means, independent of who made it and when. */
const meaning = (a: Annotation) => JSON.stringify([a.quote.exact, a.position?.start, a.decision.decision, 'kind' in a.decision ? a.decision.kind : null, decisionValue(a.decision)]);

function add(doc: AnnotationDoc, needle: string, decision: Decision, creator: string, now: string): AnnotationDoc {
  return addAnnotation(doc, text, find(text, needle), decision, { creator, now }).doc;
}

const base = docWith(text, ARTICLE, [
  ['"the least bad of a set of bad options"', { decision: 'speaker', speaker: 'Grace Whitfield' }],
  ['the authority faced a gap of 38 million pounds', { decision: 'status', status: 'unverified' }],
  ['Tom Ashworth', { decision: 'role', role: 'opposition leader' }],
]);

describe('annotations/merge: two colleagues, one file', () => {
  it('round trip: decisions written, reloaded and merged from two colleagues lose nothing and duplicate nothing', () => {
    const shared = roundTrip(base);
    const statusId = shared.items.find((a) => a.decision.decision === 'status')!.id;
    // Ana: checks the gap figure, adds a claim and a note
    let ana = updateDecision(shared, statusId, { decision: 'status', status: 'verified' }, T1);
    ana = add(ana, 'the parking changes would raise about 4.5 million pounds a year', { decision: 'add', kind: 'claim', speaker: 'council papers' }, 'Ana Ruiz', T1);
    ana = add(ana, 'Neil Roberts', { decision: 'note', note: 'Call Unison press office.' }, 'Ana Ruiz', T1);
    ana = add(ana, '"If parking costs more than the cake, people stay home,"', { decision: 'speaker', speaker: 'Priya Sharma' }, 'Ana Ruiz', T1);
    // Ben: the same speaker decision as Ana (collapses), a different note, a rejection
    let ben = add(shared, '"If parking costs more than the cake, people stay home,"', { decision: 'speaker', speaker: 'Priya Sharma' }, 'Ben Okoye', T2);
    ben = add(ben, 'Neil Roberts', { decision: 'note', note: 'He was elected in May.' }, 'Ben Okoye', T2);
    ben = add(ben, 'A council spokesperson', { decision: 'reject', kind: 'speaker' }, 'Ben Okoye', T2);

    const { doc, conflicts, collapsed } = mergeAnnotations(roundTrip(ana), roundTrip(ben), shared);
    const merged = roundTrip(doc);
    assert.deepEqual(conflicts, []);
    assert.equal(collapsed, 1);
    const meanings = merged.items.map(meaning);
    assert.equal(new Set(meanings).size, meanings.length, 'no decision appears twice');
    // Ben left the shared decisions as they were, so where Ana changed one, hers is the decision
    const expected = new Set([...ana.items, ...ben.items.filter((b) => !ana.items.some((a) => a.id === b.id))].map(meaning));
    assert.deepEqual(new Set(meanings), expected, 'every decision of either colleague is in the merge');
    assert.deepEqual(merged.items.find((a) => a.id === statusId)!.decision, { decision: 'status', status: 'verified' });
    // both notes on Neil Roberts are kept: notes never contradict
    assert.equal(merged.items.filter((a) => a.quote.exact === 'Neil Roberts').length, 2);
  });

  it('is idempotent and symmetric in what it keeps', () => {
    const ana = add(base, 'Priya Sharma', { decision: 'add', kind: 'speaker' }, 'Ana Ruiz', T1);
    const ben = add(base, 'Neil Roberts', { decision: 'add', kind: 'speaker' }, 'Ben Okoye', T1);
    const ab = mergeAnnotations(ana, ben, base).doc;
    const ba = mergeAnnotations(ben, ana, base).doc;
    assert.deepEqual(new Set(ab.items.map((a) => a.id)), new Set(ba.items.map((a) => a.id)));
    assert.equal(serializeAnnotations(mergeAnnotations(ab, ab, ab).doc), serializeAnnotations(ab));
    assert.equal(serializeAnnotations(mergeAnnotations(ab, ab).doc), serializeAnnotations(ab));
  });

  it('keeps contradicting decisions on one span as a conflict: reject vs a speaker', () => {
    const quote = '"Nobody came into politics to close libraries,"';
    const ana = add(base, quote, { decision: 'reject', kind: 'quote' }, 'Ana Ruiz', T1);
    const ben = add(base, quote, { decision: 'speaker', speaker: 'Tom Ashworth' }, 'Ben Okoye', T2);
    const { doc, conflicts } = mergeAnnotations(ana, ben, base);
    assert.equal(conflicts.length, 1);
    assert.equal(conflicts[0].exact, quote);
    assert.equal(conflicts[0].items.length, 2);
    const flagged = doc.items.filter((a) => a.conflict === conflicts[0].id);
    assert.deepEqual(flagged.map((a) => a.decision.decision).sort(), ['reject', 'speaker']);
    // the conflict survives the file and can be resolved by keeping one side
    const reread = roundTrip(doc);
    assert.deepEqual(openConflicts(reread).map((c) => c.items.length), [2]);
    const keep = flagged.find((a) => a.decision.decision === 'speaker')!.id;
    const resolved = resolveConflict(reread, conflicts[0].id, keep);
    assert.deepEqual(openConflicts(resolved), []);
    assert.equal(resolved.items.length, base.items.length + 1);
    assert.equal(resolved.items.find((a) => a.id === keep)!.conflict, undefined);
  });

  const contradictions: Array<[string, Decision, Decision]> = [
    ['two statuses', { decision: 'status', status: 'false' }, { decision: 'status', status: 'misleading' }],
    ['two speakers', { decision: 'speaker', speaker: 'Grace Whitfield' }, { decision: 'speaker', speaker: 'Neil Roberts' }],
    ['quote vs claim', { decision: 'add', kind: 'quote' }, { decision: 'add', kind: 'claim' }],
    ['add vs reject of a quote', { decision: 'add', kind: 'quote' }, { decision: 'reject', kind: 'quote' }],
    ['two roles', { decision: 'role', role: 'council leader' }, { decision: 'role', role: 'mayor' }],
  ];
  for (const [name, a, b] of contradictions) {
    it(`marks ${name} on the same span as a conflict, keeping both`, () => {
      const span = 'more than 6,000 people had answered the budget survey';
      const { doc, conflicts } = mergeAnnotations(add(base, span, a, 'Ana Ruiz', T1), add(base, span, b, 'Ben Okoye', T1), base);
      assert.equal(conflicts.length, 1);
      assert.equal(doc.items.length, base.items.length + 2);
    });
  }

  it('does not see a conflict between different spans or between a status and a note', () => {
    const ana = add(base, 'Library staff held a silent protest', { decision: 'status', status: 'verified' }, 'Ana Ruiz', T1);
    const ben = add(base, 'Library staff held a silent protest', { decision: 'note', note: 'photo on the desk' }, 'Ben Okoye', T1);
    assert.deepEqual(mergeAnnotations(ana, ben, base).conflicts, []);
  });

  it('keeps both when the same annotation was changed differently on both sides', () => {
    const id = base.items.find((a) => a.decision.decision === 'status')!.id;
    const ana = updateDecision(base, id, { decision: 'status', status: 'verified' }, T1);
    const ben = updateDecision(base, id, { decision: 'status', status: 'false' }, T2);
    const { doc, conflicts } = mergeAnnotations(ana, ben, base);
    assert.equal(conflicts.length, 1);
    const statuses = doc.items.filter((a) => a.decision.decision === 'status').map((a) => (a.decision as { status: string }).status).sort();
    assert.deepEqual(statuses, ['false', 'verified']);
    assert.equal(new Set(doc.items.map((a) => a.id)).size, doc.items.length, 'the copy gets its own id');
  });

  it('without a base, a same-id annotation that differs is a conflict, not a silent choice', () => {
    const id = base.items[0].id;
    const ana = updateDecision(base, id, { decision: 'speaker', speaker: 'Tom Ashworth' }, T1);
    const { conflicts, doc } = mergeAnnotations(ana, base);
    assert.equal(conflicts.length, 1);
    assert.equal(doc.items.length, base.items.length + 1);
  });

  it('applies a deletion made on one side when the other side left the annotation alone', () => {
    const gone = base.items[2].id;
    const ana = removeAnnotations(base, [gone]);
    assert.equal(mergeAnnotations(ana, base, base).doc.items.some((a) => a.id === gone), false);
    assert.equal(mergeAnnotations(base, ana, base).doc.items.some((a) => a.id === gone), false);
  });

  it('keeps an annotation deleted on one side but edited on the other (the edit wins; nothing lost)', () => {
    const target = base.items.find((a) => a.decision.decision === 'role')!.id;
    const ana = removeAnnotations(base, [target]);
    const ben = updateDecision(base, target, { decision: 'role', role: 'leader of the opposition group' }, T2);
    const kept = mergeAnnotations(ana, ben, base).doc.items.find((a) => a.id === target);
    assert.deepEqual(kept?.decision, { decision: 'role', role: 'leader of the opposition group' });
  });
});
