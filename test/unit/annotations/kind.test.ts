/* eslint-disable @typescript-eslint/no-explicit-any -- these tests edit raw JSON of any shape, as a hostile or careless colleague would */
/**
 * The `kind` decision: "the entity mentioned here is a person / an organisation / another named
 * source". Read, written, merged and laid over the engine like the role and merge decisions.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import type { Analysis } from '../../../src/core/types';
import { applyDecisions, applyDecisionsDetailed } from '../../../src/annotations/apply';
import { addAnnotation } from '../../../src/annotations/create';
import { mergeAnnotations, openConflicts, resolveConflict } from '../../../src/annotations/merge';
import { AnnotationDoc, Decision } from '../../../src/annotations/model';
import { parseAnnotations } from '../../../src/annotations/parse';
import { compareItems, serializeAnnotations } from '../../../src/annotations/serialize';
import { mergeDecisions } from '../../../src/cli/exportDecisions';
import { kindIcon, kindName } from '../../../src/editor/entityKind';
import { exportMarkdown } from '../../../src/formats/markdown';
import { toJsonlRecord } from '../../../src/formats/jsonl';
import { entityCard } from '../../../src/editor/hoverText';
import { T0, T1, T2, docWith, find } from './helpers';

const ARTICLE = 'ringvik-mill.news';
const FILE = `${ARTICLE}.annotations.json`;
const text = [
  'RINGVIK – Brakvik Timber will close its paper mill here in March, the company said on Tuesday.',
  '"We cannot keep a mill running at a loss for a fourth year," Brakvik Timber said in a statement.',
  'Selma Aasgard, who leads the local branch of the woodworkers\u2019 union, called the decision "a slow goodbye to the valley".',
  'Aasgard said Fjellnett Haulage would lose its biggest customer.',
].join('\n');

// The engine's analysis, with the mistake to correct: the company is a person.
const engine = (): Analysis => ({
  length: text.length,
  entities: [
    { id: 'e1', kind: 'person', name: 'Brakvik Timber', role: null, gender: null, aliases: [], anonymous: false, rule: 'name',
      mentions: [{ span: find(text, 'Brakvik Timber'), form: 'name', rule: 'name' }, { span: find(text, 'Brakvik Timber', 1), form: 'name', rule: 'name' }] },
    { id: 'e2', kind: 'person', name: 'Selma Aasgard', role: null, gender: 'female', aliases: ['Aasgard'], anonymous: false, rule: 'name',
      mentions: [{ span: find(text, 'Selma Aasgard'), form: 'name', rule: 'name' }, { span: find(text, 'Aasgard said'), form: 'name', rule: 'surname' }] },
  ],
  quotes: [
    { id: 'q1', kind: 'quote', span: find(text, '"We cannot keep a mill running at a loss for a fourth year,"'), speaker: find(text, 'Brakvik Timber', 1), entity: 'e1', cue: find(text, 'said in'), anonymous: false, rule: 'quote.cue-after' },
  ],
  claims: [
    { id: 'c1', kind: 'claim', span: find(text, 'Fjellnett Haulage would lose its biggest customer'), speaker: find(text, 'Aasgard said'), entity: 'e2', cue: find(text, 'said Fjellnett'), anonymous: false, rule: 'claim.cue' },
  ],
  problems: [],
});

const decide = (...d: Array<[string, Decision, string?, string?]>) => docWith(text, ARTICLE, d);
const organisation: Decision = { decision: 'kind', kind: 'organization', person: 'Brakvik Timber' };
const good = serializeAnnotations(decide(
  ['Brakvik Timber', organisation],
  ['Selma Aasgard', { decision: 'kind', kind: 'person' }],
  ['Selma Aasgard', { decision: 'role', role: 'union branch leader', person: 'Selma Aasgard' }],
));

function variant(edit: (json: any) => void): string {
  const json = JSON.parse(good);
  edit(json);
  return JSON.stringify(json, null, 2);
}
const kindItem = (json: any) => json.items.find((i: any) => i.newsLens.decision === 'kind' && i.newsLens.person === 'Brakvik Timber');

function fault(source: string) {
  const r = parseAnnotations(source, FILE);
  assert.equal(r.ok, false, 'expected the file to be refused');
  return (r as Extract<typeof r, { ok: false }>).error;
}

/** Faulty kind decisions: what is wrong, the change, where the fault is (after /items/N), what the message says. */
const bad: Array<[string, (j: any) => void, string, RegExp]> = [
  ['a kind spelt with a capital', (j) => { kindItem(j).body[0].value = 'Organization'; }, '/body/0/value', /must be one of "person", "organization", "other"/],
  ['a kind that is not one', (j) => { kindItem(j).body[0].value = 'government'; }, '/body/0/value', /must be one of/],
  ['an empty kind', (j) => { kindItem(j).body[0].value = ''; }, '/body/0/value', /must be one of/],
  ['a kind as a number', (j) => { kindItem(j).body[0].value = 2; }, '/body/0/value', /must be one of/],
  ['a kind as a list', (j) => { kindItem(j).body[0].value = ['organization']; }, '/body/0/value', /must be one of/],
  ['a kind with markup', (j) => { kindItem(j).body[0].value = '<img src=x onerror=alert(1)>'; }, '/body/0/value', /must be one of/],
  ['a kind named __proto__', (j) => { kindItem(j).body[0].value = '__proto__'; }, '/body/0/value', /must be one of/],
  ['no body', (j) => { kindItem(j).body = []; }, '/body', /at least 1 item/],
  ['two bodies', (j) => { const i = kindItem(j); i.body.push(i.body[0]); }, '/body', /at most 1 items/],
  ['the body of another decision', (j) => { kindItem(j).body[0].purpose = 'identifying'; }, '/body/0/purpose', /must be "tagging"/],
  ['add\u2019s motivation', (j) => { kindItem(j).motivation = 'classifying'; }, '/motivation', /must be "tagging"/],
  ['the kind under newsLens as well', (j) => { kindItem(j).newsLens.kind = 'organization'; }, '/newsLens/kind', /carries the entity's kind in its body/],
  ['an empty person', (j) => { kindItem(j).newsLens.person = ''; }, '/newsLens/person', /must not be empty/],
  ['a person as a number', (j) => { kindItem(j).newsLens.person = 7; }, '/newsLens/person', /must be a string/],
  ['a person over the name limit', (j) => { kindItem(j).newsLens.person = 'B'.repeat(301); }, '/newsLens/person', /too long: 301 characters/],
];

describe('annotations/kind: reading and writing a kind decision', () => {
  it('writes it as a W3C tag (motivation and body purpose "tagging"), the name under newsLens.person', () => {
    const item = kindItem(JSON.parse(good));
    assert.equal(item.motivation, 'tagging');
    assert.deepEqual(item.body, [{ type: 'TextualBody', purpose: 'tagging', value: 'organization', format: 'text/plain' }]);
    assert.deepEqual(item.newsLens, { decision: 'kind', person: 'Brakvik Timber' });
    assert.equal(item.target.selector[0].exact, 'Brakvik Timber');
  });

  it('reads back what it wrote, with and without the person, and writes the same bytes again', () => {
    const doc = decide(['Brakvik Timber', organisation], ['Selma Aasgard', { decision: 'kind', kind: 'person' }], ['Aasgard said', { decision: 'kind', kind: 'other' }]);
    const r = parseAnnotations(serializeAnnotations(doc), FILE);
    assert.ok(r.ok, r.ok ? '' : r.error.message);
    assert.deepEqual(r.doc, { ...doc, items: [...doc.items].sort(compareItems) });
    assert.equal(serializeAnnotations(r.doc), serializeAnnotations(doc));
  });

  for (const [name, edit, pointer, message] of bad) {
    it(`refuses ${name}, naming the place, without changing what it was given`, () => {
      const source = variant(edit);
      const e = fault(source);
      assert.match(e.pointer!, new RegExp(`^/items/\\d+${pointer.replace(/\//g, '\\/')}$`));
      assert.match(e.message, message);
      assert.ok(e.line! > 1, 'the line of the fault');
      assert.equal(source, variant(edit), 'the input is left as it was');
    });
  }

  it('a person named with markup is kept as plain text, never interpreted', () => {
    const hostile = '[Brakvik](command:workbench.action.quit) <b>Timber</b>';
    const r = parseAnnotations(variant((j) => { kindItem(j).newsLens.person = hostile; }), FILE);
    assert.ok(r.ok, r.ok ? '' : r.error.message);
    assert.ok(r.doc.items.some((a) => a.decision.decision === 'kind' && a.decision.person === hostile));
  });

  it('a decision this version does not know is refused with its place, as an older News Lens refuses "kind"', () => {
    const e = fault(variant((j) => { kindItem(j).newsLens.decision = 'recolour'; }));
    assert.match(e.pointer!, /^\/items\/\d+\/newsLens\/decision$/);
    assert.match(e.message, /must be one of "add", .*"merge", "kind"/);
  });

  it('a file from a newer schema version opens read-only and lists its unknown decisions as skipped, keeping the kind', () => {
    const r = parseAnnotations(variant((j) => { j.newsLens.schemaVersion = 2; j.items[0].newsLens.decision = 'recolour'; }), FILE);
    assert.ok(r.ok && r.readOnly);
    assert.match(r.notices.join(' '), /1 annotation of a kind this version does not know is not shown/);
    assert.equal(r.doc.items.filter((a) => a.decision.decision === 'kind').length, 1);
  });
});

describe('annotations/kind: the JSON Schema agrees with the parser', () => {
  const schema = JSON.parse(readFileSync(path.join(__dirname, '..', '..', '..', '..', 'schemas', 'annotations.schema.json'), 'utf8'));
  const validate = new Ajv({ strict: true, strictTuples: false }).compile(schema);
  const both = (source: string) => [parseAnnotations(source, FILE).ok, validate(JSON.parse(source)) as boolean];

  it('both accept a file with kind decisions', () => assert.deepEqual(both(good), [true, true], JSON.stringify(validate.errors)));
  for (const [name, edit] of bad) {
    it(`both refuse ${name}`, () => assert.deepEqual(both(variant(edit)), [false, false]));
  }
});

describe('annotations/kind: merging colleagues\u2019 kinds', () => {
  const base = decide(['Selma Aasgard', { decision: 'role', role: 'union branch leader' }]);
  const set = (doc: AnnotationDoc, d: Decision, creator: string, now: string) => addAnnotation(doc, text, find(text, 'Brakvik Timber'), d, { creator, now }).doc;

  it('two colleagues calling the same name different kinds is a conflict: both kept, neither applied', () => {
    const mine = set(base, { decision: 'kind', kind: 'organization', person: 'Brakvik Timber' }, 'Ana Ruiz', T1);
    const theirs = set(base, { decision: 'kind', kind: 'other', person: 'Brakvik Timber' }, 'Jonas Berg', T2);
    const { doc, conflicts } = mergeAnnotations(mine, theirs, base);
    assert.equal(conflicts.length, 1);
    assert.equal(conflicts[0].exact, 'Brakvik Timber');
    assert.equal(conflicts[0].items.length, 2);
    assert.deepEqual(openConflicts(doc).map((c) => c.items.length), [2]);
    const applied = applyDecisionsDetailed(engine(), doc, text);
    assert.equal(applied.conflicted.length, 2);
    assert.equal(applied.analysis.entities.find((e) => e.id === 'e1')!.kind, 'person', 'an open conflict changes nothing');
    // resolved by keeping Ana's: the company is an organisation
    const kept = conflicts[0].items.find((id) => doc.items.find((a) => a.id === id)!.creator === 'Ana Ruiz')!;
    const resolved = resolveConflict(doc, conflicts[0].id, kept);
    assert.equal(applyDecisions(engine(), resolved, text).entities.find((e) => e.id === 'e1')!.kind, 'organization');
  });

  it('two colleagues calling it the same kind is one decision, not a conflict', () => {
    const mine = set(base, organisation, 'Ana Ruiz', T1);
    const theirs = set(base, organisation, 'Jonas Berg', T2);
    const { doc, conflicts, collapsed } = mergeAnnotations(mine, theirs, base);
    assert.deepEqual([conflicts.length, collapsed], [0, 1]);
    assert.equal(doc.items.filter((a) => a.decision.decision === 'kind').length, 1);
    assert.equal(applyDecisions(engine(), doc, text).entities.find((e) => e.id === 'e1')!.kind, 'organization');
  });

  it('the same kind with the name spelt two ways is no conflict either', () => {
    const mine = set(base, organisation, 'Ana Ruiz', T1);
    const theirs = set(base, { decision: 'kind', kind: 'organization', person: 'Brakvik' }, 'Jonas Berg', T2);
    assert.equal(mergeAnnotations(mine, theirs, base).conflicts.length, 0);
  });
});

describe('annotations/kind: applied over the engine, as the hover card and Speakers view show it', () => {
  const link = () => '#';
  const company = (out: Analysis) => out.entities.find((e) => e.name === 'Brakvik Timber')!;

  it('the engine\u2019s person becomes an organisation, marked human, from any of its mentions', () => {
    for (const nth of [0, 1]) {
      const doc = addAnnotation(decide(), text, find(text, 'Brakvik Timber', nth), { decision: 'kind', kind: 'organization' }, { creator: 'Ana Ruiz', now: T0 }).doc;
      const out = applyDecisions(engine(), doc, text);
      assert.equal(company(out).kind, 'organization');
      assert.equal(company(out).source, 'human');
      const other = out.entities.find((e) => e.id === 'e2')!;
      assert.deepEqual([other.kind, other.source], ['person', 'engine']);
    }
  });

  it('the hover card says organisation, not person, and the Speakers view pictures it so', () => {
    const before = engine();
    const after = applyDecisions(before, decide(['Brakvik Timber', organisation]), text);
    assert.match(entityCard(before, text, company(before), 'full', link), /\*person\*/);
    const card = entityCard(after, text, company(after), 'full', link);
    assert.match(card, /\*organisation\*/);
    assert.doesNotMatch(card, /\*person\*/);
    assert.deepEqual([kindName(company(before)), kindIcon(company(before))], ['person', 'person']);
    assert.deepEqual([kindName(company(after)), kindIcon(company(after))], ['organisation', 'organization']);
  });

  it('a person can become a named source, and an organisation a person again', () => {
    const out = applyDecisions(engine(), decide(['Selma Aasgard', { decision: 'kind', kind: 'other' }]), text);
    assert.equal(kindName(out.entities.find((e) => e.id === 'e2')!), 'named source');
    const back = applyDecisions(engine(), decide(['Brakvik Timber', organisation, 'Ana Ruiz', T1], ['Brakvik Timber', { decision: 'kind', kind: 'person' }, 'Jonas Berg', T2]), text);
    assert.equal(company(back).kind, 'person', 'the latest word counts');
  });

  it('Set Speaker › New organisation: a new name\u2019s speaker and kind decisions, made together on the quote, make an organisation', () => {
    // both at the same instant, the kind first in the file (ids sort it there): it still applies after the speaker
    const quote = '"We cannot keep a mill running at a loss for a fourth year,"';
    for (const order of [0, 1]) {
      const decisions: Array<[string, Decision, string?, string?]> = [
        [quote, { decision: 'speaker', speaker: 'Ringvik Paper Group' }, 'Ana Ruiz', T1],
        [quote, { decision: 'kind', kind: 'organization', person: 'Ringvik Paper Group' }, 'Ana Ruiz', T1],
      ];
      const doc = decide(...(order === 0 ? decisions : decisions.reverse()));
      const applied = applyDecisionsDetailed(engine(), doc, text);
      const group = applied.analysis.entities.find((e) => e.name === 'Ringvik Paper Group')!;
      assert.equal(group.kind, 'organization');
      assert.equal(applied.analysis.quotes[0].entity, group.id);
      assert.equal(company(applied.analysis).kind, 'person', 'the entity the quote\u2019s span overlaps is not the one named');
      assert.deepEqual(applied.unapplied, []);
    }
  });

  it('the exports (as the Export command merges the file) call it an organisation', () => {
    const merged = mergeDecisions(engine(), decide(['Brakvik Timber', organisation]), text, FILE);
    assert.equal(merged.decisions, 1);
    assert.match(exportMarkdown({ file: ARTICLE, text, analysis: merged.analysis, extras: merged.extras }), /### Brakvik Timber\n\norganisation/);
    assert.doesNotMatch(exportMarkdown({ file: ARTICLE, text, analysis: engine() }), /organisation/);
    const record = toJsonlRecord('ringvik', merged.analysis) as unknown as { entities: Array<{ name: string; kind: string }> };
    assert.equal(record.entities.find((e) => e.name === 'Brakvik Timber')!.kind, 'organization');
  });

  it('a kind for a name the article no longer has is reported as not applied', () => {
    const doc = decide(['the company said', { decision: 'kind', kind: 'organization', person: 'Vestland Pulp' }]);
    const applied = applyDecisionsDetailed(engine(), doc, text);
    assert.equal(applied.unapplied.length, 1);
    assert.ok(applied.analysis.entities.every((e) => e.kind === 'person'));
  });
});
