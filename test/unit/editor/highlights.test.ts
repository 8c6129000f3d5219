import * as assert from 'node:assert/strict';
import { highlightsOf } from '../../../src/editor/highlights';
import { STRIKE_TEXT, strikeAnalysis } from './strikeAnalysis';

describe('highlights: which text gets which kind', () => {
  const highlights = highlightsOf(strikeAnalysis());
  const texts = (kind: string) => highlights.filter((h) => h.kind === kind).map((h) => STRIKE_TEXT.slice(h.span[0], h.span[1]));

  it('named speakers, including a pronoun that introduces a claim', () => {
    assert.deepEqual(texts('speaker'), ['Marta Kessler', 'Kessler', 'Pieter Aalders', 'He']);
  });
  it('anonymous sources once each, not as speakers', () => {
    assert.deepEqual(texts('anonymous'), ['a senior ministry official']);
  });
  it('every quote and claim', () => {
    assert.equal(texts('quote').length, 3);
    assert.deepEqual(texts('claim'), ['the strike could last weeks', 'the government was ready to mediate', 'talks would resume']);
  });
  it('a pronoun that introduces nothing is not highlighted', () => {
    const a = strikeAnalysis();
    a.claims = a.claims.filter((c) => c.id !== 'c3');
    assert.ok(!highlightsOf(a).some((h) => STRIKE_TEXT.slice(h.span[0], h.span[1]) === 'He'));
  });
  it('one tint index per named person, none for anonymous or unattributed', () => {
    const tint = (needle: string) => highlights.find((h) => STRIKE_TEXT.slice(h.span[0], h.span[1]).startsWith(needle))?.speakerIndex;
    assert.equal(tint('Marta'), 0);
    assert.equal(tint('“We will'), 0);
    assert.equal(tint('Pieter'), 1);
    assert.equal(tint('talks would'), 1);
    assert.equal(tint('“This is'), null);
    assert.equal(tint('“Nobody'), null);
  });
});
