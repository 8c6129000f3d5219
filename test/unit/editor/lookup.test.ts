import * as assert from 'node:assert/strict';
import { attributionsOf, definingMention, targetAt } from '../../../src/editor/lookup';
import { STRIKE_TEXT, spanOf, strikeAnalysis } from './strikeAnalysis';

describe('lookup: what is at an offset', () => {
  const analysis = strikeAnalysis();
  const at = (needle: string, nth = 0, into = 1) => spanOf(STRIKE_TEXT, needle, nth)[0] + into;

  it('a mention gives its person', () => {
    const t = targetAt(analysis, at('Kessler', 1));
    assert.equal(t?.type === 'entity' && t.entity.name, 'Marta Kessler');
  });
  it('inside a quote gives the quote', () => {
    const t = targetAt(analysis, at('single ship'));
    assert.equal(t?.type === 'attribution' && t.attribution.id, 'q1');
  });
  it('the end of a span is outside it (half-open)', () => {
    const [, end] = spanOf(STRIKE_TEXT, 'Marta Kessler');
    const t = targetAt(analysis, end);
    assert.notEqual(t?.type, 'entity');
  });
  it('plain narration gives nothing', () => {
    assert.equal(targetAt(analysis, at('Dock workers')), undefined);
  });
  it('a person\'s quotes and claims in text order', () => {
    assert.deepEqual(attributionsOf(analysis, 'e1').map((a) => a.id), ['q1', 'c1']);
  });
  it('the defining mention is the full name, even when a shorter one comes first', () => {
    const e = { ...analysis.entities[0], mentions: [...analysis.entities[0].mentions].reverse() };
    assert.deepEqual(definingMention(e, STRIKE_TEXT)?.span, spanOf(STRIKE_TEXT, 'Marta Kessler'));
  });
});
