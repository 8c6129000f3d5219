import * as assert from 'node:assert/strict';
import type { Analysis } from '../../../src/core/types';
import { applyDecisions, applyDecisionsDetailed } from '../../../src/annotations/apply';
import { Decision } from '../../../src/annotations/model';
import { docWith, find } from './helpers';

// A hand-made engine analysis (the contract), with the engine's mistakes to correct.
const text = 'Foreign Minister Sergei Lavrov said: "We are ready to talk." Putin smiled. "Nothing changes," Lavrov added. Mr Lavrov left. Officials said the talks would resume.';
const engine = (): Analysis => ({
  length: text.length,
  entities: [
    { id: 'e1', kind: 'person', name: 'Sergei Lavrov', role: 'Foreign Minister', gender: 'male', aliases: ['Lavrov'], anonymous: false, rule: 'name',
      mentions: [{ span: find(text, 'Sergei Lavrov'), form: 'name', rule: 'name' }, { span: find(text, 'Lavrov', 1), form: 'name', rule: 'surname' }] },
    { id: 'e2', kind: 'person', name: 'Putin', role: null, gender: null, aliases: [], anonymous: false, rule: 'name', mentions: [{ span: find(text, 'Putin'), form: 'name', rule: 'name' }] },
    { id: 'e3', kind: 'person', name: 'Mr Lavrov', role: null, gender: null, aliases: [], anonymous: false, rule: 'name', mentions: [{ span: find(text, 'Mr Lavrov'), form: 'honorific', rule: 'name' }] },
  ],
  quotes: [
    { id: 'q1', kind: 'quote', span: find(text, '"We are ready to talk."'), speaker: find(text, 'Putin'), entity: 'e2', cue: find(text, 'said'), anonymous: false, rule: 'quote.cue-before' },
    { id: 'q2', kind: 'quote', span: find(text, '"Nothing changes,"'), speaker: find(text, 'Lavrov', 1), entity: 'e1', cue: find(text, 'added'), anonymous: false, rule: 'quote.cue-after' },
  ],
  claims: [],
  problems: [],
});
const decide = (...d: Array<[string, Decision]>) => docWith(text, 'lavrov.news', d);

describe('annotations/apply: human decisions over the engine', () => {
  it('marks everything as engine when there are no decisions, and leaves the engine analysis untouched', () => {
    const before = engine();
    const out = applyDecisions(before, decide(), text);
    assert.ok([...out.entities, ...out.quotes].every((x) => x.source === 'engine'));
    assert.deepEqual(before, engine());
  });

  it('gives a quote to the speaker a person chose, dropping the wrong speaker mention', () => {
    const out = applyDecisions(engine(), decide(['"We are ready to talk."', { decision: 'speaker', speaker: 'Sergei Lavrov' }]), text);
    const q1 = out.quotes.find((q) => q.id === 'q1')!;
    assert.equal(q1.entity, 'e1');
    assert.equal(q1.speaker, null);
    assert.equal(q1.source, 'human');
    assert.equal(out.quotes.find((q) => q.id === 'q2')!.source, 'engine');
  });

  it('removes a rejected quote and adds a claim the engine missed, with a new speaker', () => {
    const out = applyDecisions(engine(), decide(
      ['"Nothing changes,"', { decision: 'reject', kind: 'quote' }],
      ['the talks would resume', { decision: 'add', kind: 'claim', speaker: 'Kremlin officials' }],
    ), text);
    assert.deepEqual(out.quotes.map((q) => q.id), ['q1']);
    assert.equal(out.claims.length, 1);
    const entity = out.entities.find((e) => e.id === out.claims[0].entity)!;
    assert.equal(entity.name, 'Kremlin officials');
    assert.equal(entity.source, 'human');
    assert.equal(out.claims[0].rule, 'human.add');
  });

  it('merges two people the engine split and changes a role', () => {
    const out = applyDecisions(engine(), decide(
      ['Mr Lavrov', { decision: 'merge', into: 'Sergei Lavrov' }],
      ['Putin', { decision: 'role', role: 'President of Russia' }],
    ), text);
    assert.deepEqual(out.entities.map((e) => e.name), ['Sergei Lavrov', 'Putin']);
    const lavrov = out.entities[0];
    assert.equal(lavrov.mentions.length, 3);
    assert.ok(lavrov.aliases.includes('Mr Lavrov'));
    assert.equal(out.entities[1].role, 'President of Russia');
  });

  it('reports statuses, orphans and decisions it could not apply, without applying conflicts', () => {
    let doc = decide(
      ['"We are ready to talk."', { decision: 'status', status: 'disputed' }],
      ['Putin smiled', { decision: 'reject', kind: 'quote' }],
      ['"Nothing changes,"', { decision: 'speaker', speaker: 'Putin' }],
    );
    doc = { ...doc, items: doc.items.map((a) => (a.decision.decision === 'speaker' ? { ...a, conflict: 'conflict:1' } : a)) };
    const r = applyDecisionsDetailed(engine(), doc, text.replace('Putin smiled', 'Putin nodded'));
    assert.equal(r.statuses.get('q1')?.status, 'disputed');
    assert.equal(r.orphans.length, 1);
    assert.equal(r.conflicted.length, 1);
    assert.equal(r.analysis.quotes.find((q) => q.id === 'q2')!.entity, 'e1', 'a decision in conflict is not applied');
  });
});
