import * as assert from 'node:assert/strict';
import { exportBrat } from '../../../src/formats/brat';
import type { Analysis } from '../../../src/core/types';
import { ARTICLE, EXTRAS, articleAnalysis, cpSlice, find } from './fixture';
import { readStandoff } from './standoff';

function exported(analysis: Analysis = articleAnalysis(), text = ARTICLE) {
  const { txt, ann } = exportBrat({ file: 'a.txt', text, analysis, extras: EXTRAS });
  return { txt, so: readStandoff(ann) };
}

describe('formats/brat: standoff read back by our own reader', () => {
  it('copies the article text unchanged', () => {
    assert.equal(exported().txt, ARTICLE);
  });

  it('every T fragment is the code point slice of the .txt, never crossing a line', () => {
    const { txt, so } = exported();
    assert.ok(so.t.size > 0);
    for (const [id, t] of so.t) {
      const pieces = t.fragments.map(([s, e]) => {
        assert.ok(s < e && e <= Array.from(txt).length, `${id} fragment in range`);
        const piece = cpSlice(txt, s, e);
        assert.ok(!/[\r\n]/.test(piece), `${id} fragment holds no line break`);
        return piece;
      });
      assert.equal(pieces.join(' '), t.text, `${id} text`);
    }
  });

  it('each quote and claim becomes a T with its label, text and relations to speaker and cue', () => {
    const analysis = articleAnalysis();
    const { so } = exported(analysis);
    const byText = (label: string, text: string) => [...so.t].find(([, t]) => t.label === label && t.text === text)?.[0];
    for (const a of [...analysis.quotes, ...analysis.claims]) {
      const content = ARTICLE.slice(a.span[0], a.span[1]).split('\n').join(' ');
      const id = byText(a.kind === 'quote' ? 'Quote' : 'Claim', content);
      assert.ok(id, `${a.id} exported`);
      const saidBy = so.r.filter((r) => r.type === 'SaidBy' && r.arg1 === id);
      if (a.speaker) {
        assert.equal(saidBy.length, 1, `${a.id} SaidBy`);
        assert.equal(so.t.get(saidBy[0].arg2)?.text, ARTICLE.slice(a.speaker[0], a.speaker[1]));
        assert.equal(so.t.get(saidBy[0].arg2)?.label, 'Speaker');
      } else assert.equal(saidBy.length, 0);
      const cue = so.r.filter((r) => r.type === 'HasCue' && r.arg1 === id);
      assert.equal(cue.length, a.cue ? 1 : 0, `${a.id} HasCue`);
      if (a.cue) assert.equal(so.t.get(cue[0].arg2)?.text, ARTICLE.slice(a.cue[0], a.cue[1]));
    }
  });

  it('splits the claim that crosses a line break into two fragments', () => {
    const { so } = exported();
    const claim = [...so.t.values()].find((t) => t.text.startsWith('the plan'));
    assert.equal(claim?.fragments.length, 2);
    assert.equal(claim?.text, 'the plan would "cost nothing" 😀');
  });

  it('writes Anonymous and Status attributes, entity references and one-line notes', () => {
    const { so } = exported();
    const tText = (id: string) => so.t.get(id)?.text;
    assert.deepEqual(so.a.filter((a) => a.name === 'Status').map((a) => [tText(a.target), a.value]).sort(), [
      ['the delegation will return in March', 'Disputed'],
      ['the plan would "cost nothing" 😀', 'False'],
    ]);
    const anonymous = so.a.filter((a) => a.name === 'Anonymous').map((a) => tText(a.target)).sort();
    assert.deepEqual(anonymous, ['a senior official', 'the delegation will return in March']);
    const refs = so.n.map((n) => [tText(n.target), n.ref, n.name]);
    assert.deepEqual(refs.find(([t]) => t === 'Ms Duarte'), ['Ms Duarte', 'NewsLens:e1', 'Ana Duarte']);
    const notes = so.notes.map((n) => [tText(n.target), n.text]);
    assert.ok(notes.some(([t, n]) => t === 'Ana Duarte' && n === 'Role: Foreign Minister'));
    const note = notes.find(([t]) => t === 'the delegation will return in March')?.[1];
    assert.equal(note, 'check =HYPERLINK("http://x") <script>alert(1)</script> | # heading second line');
  });

  it('shares one T between attributions that name the same speaker mention', () => {
    const text = 'Mr Lee said "yes" and "no".';
    const speaker = find(text, 'Mr Lee');
    const cue = find(text, 'said');
    const analysis: Analysis = {
      length: text.length, problems: [], claims: [],
      entities: [{ id: 'e1', kind: 'person', name: 'Lee', role: null, gender: null, aliases: [], anonymous: false, rule: 't', mentions: [{ span: speaker, form: 'honorific', rule: 't' }] }],
      quotes: ['"yes"', '"no"'].map((q, i) => ({ id: `q${i + 1}`, kind: 'quote' as const, span: find(text, q), speaker, entity: 'e1', cue, anonymous: false, rule: 't' })),
    };
    const { so } = exported(analysis, text);
    assert.equal([...so.t.values()].filter((t) => t.label === 'Speaker').length, 1);
    assert.equal([...so.t.values()].filter((t) => t.label === 'Cue').length, 1);
    assert.equal(so.r.filter((r) => r.type === 'SaidBy').length, 2);
  });

  it('writes an empty .ann for an article with no annotations', () => {
    const { txt, ann } = exportBrat({ file: 'e.txt', text: '😀 nothing here', analysis: { length: 14, entities: [], quotes: [], claims: [], problems: [] } });
    assert.equal(txt, '😀 nothing here');
    assert.equal(ann, '');
  });
});
