import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addAnnotation, emptyDocument } from '../../../src/annotations/create';
import type { Decision } from '../../../src/annotations/model';
import { serializeAnnotations } from '../../../src/annotations/serialize';
import { loadDecisions } from '../../../src/cli/exportDecisions';
import { ARTICLE, articleAnalysis, find } from '../formats/fixture';

describe('cli/exportDecisions: human decisions merged over the engine for export', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'news-lens-decisions-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function merged(decisions: Array<[string, Decision]>, text = ARTICLE) {
    let doc = emptyDocument('a.txt', ARTICLE);
    for (const [needle, decision] of decisions) {
      doc = addAnnotation(doc, ARTICLE, find(ARTICLE, needle), decision, { creator: 'Rita', now: '2026-11-27T10:00:00Z' }).doc;
    }
    writeFileSync(join(dir, 'a.txt.annotations.json'), serializeAnnotations(doc));
    return loadDecisions(join(dir, 'a.txt'), text, articleAnalysis(text));
  }

  it('statuses and notes of colleagues reach the side-table with who decided', async () => {
    const r = await merged([
      ['the delegation will return in March', { decision: 'status', status: 'disputed' }],
      ['the delegation will return in March', { decision: 'note', note: 'ask the ministry' }],
      ['Ana Duarte', { decision: 'note', note: 'spelling checked' }],
    ]);
    assert.deepEqual({ ...r.extras!.get('c1') }, { source: 'human', creator: 'Rita', created: '2026-11-27T10:00:00Z', status: 'disputed', note: 'ask the ministry' });
    assert.equal(r.extras!.get('e1')!.note, 'spelling checked');
    assert.equal(r.decisions, 3);
  });

  it('without an annotation file, the analysis is the engine\'s, untouched', async () => {
    const r = await loadDecisions(join(dir, 'none.txt'), ARTICLE, articleAnalysis());
    assert.deepEqual(r.analysis, articleAnalysis());
    assert.equal(r.decisions, 0);
  });

  it('a rejected quote is not exported; a changed speaker and a role are', async () => {
    const r = await merged([
      ['"cost nothing"', { decision: 'reject', kind: 'quote' }],
      ['the delegation will return in March', { decision: 'speaker', speaker: 'Ms Duarte' }],
      ['Ana Duarte', { decision: 'role', role: 'Deputy Prime Minister' }],
    ]);
    assert.deepEqual(r.analysis.quotes.map((q) => q.id), ['q1', 'q2']);
    assert.equal(r.analysis.claims.find((c) => c.id === 'c1')!.entity, 'e1', 'the alias names Ana Duarte');
    assert.equal(r.analysis.entities[0].role, 'Deputy Prime Minister');
    assert.equal(r.analysis.claims.find((c) => c.id === 'c1')!.source, 'human');
    assert.equal(r.analysis.quotes.find((q) => q.id === 'q1')!.source, 'engine');
    assert.equal(r.decisions, 3);
  });

  it('a decision whose text is gone from the article is counted as orphaned, not applied elsewhere', async () => {
    const edited = ARTICLE.replace('reporters in Lisbon', 'the press in Porto');
    const r = await merged([['reporters in Lisbon', { decision: 'note', note: 'which reporters?' }]], edited);
    assert.equal(r.decisions, 0);
    assert.match(r.warning ?? '', /decisions in a\.txt\.annotations\.json not applied: 1 orphaned/);
    assert.ok(![...(r.extras ?? new Map()).values()].some((x) => x.note === 'which reporters?'));
  });
});
