import * as assert from 'node:assert/strict';
import { analyze, type Analysis } from '../../../src/core';
import { DEFAULTS_FOR_TESTS } from './checkDefaults';
import { editorialFindings } from '../../../src/editor/editorialChecks';
import { sizeText, statusText } from '../../../src/editor/statusCounts';
import { STRIKE_TEXT, spanOf, strikeAnalysis } from './strikeAnalysis';

const all = DEFAULTS_FOR_TESTS;
const codes = (a: Analysis, text: string, checks = all) => editorialFindings(a, text, checks).map((f) => `${f.code}:${text.slice(f.span[0], f.span[1])}`);

describe('editorial checks', () => {
  it('flags the unattributed quote and the anonymous source, not the attributed ones', () => {
    assert.deepEqual(codes(strikeAnalysis(), STRIKE_TEXT), [
      'anonymous-source:a senior ministry official',
      'unattributed-quote:“Nobody wins a long strike.”',
    ]);
  });
  it('an anonymous source named once as saying several things gets one finding there, not one each', () => {
    const anonymousFindings = (a: Analysis) => editorialFindings(a, STRIKE_TEXT, all).filter((f) => f.code === 'anonymous-source');
    const a = strikeAnalysis();
    assert.deepEqual(anonymousFindings(a).map((f) => f.message), ['Anonymous source for a quote: “a senior ministry official”. Is the reason for anonymity given?']);
    const byOfficial = a.quotes[1];
    a.claims.push({ ...byOfficial, id: 'c4', kind: 'claim', span: spanOf(STRIKE_TEXT, 'a difficult moment') });
    assert.deepEqual(anonymousFindings(a).map((f) => f.message), ['Anonymous source for a quote and a claim: “a senior ministry official”. Is the reason for anonymity given?']);
    a.claims.push({ ...byOfficial, id: 'c5', kind: 'claim', span: spanOf(STRIKE_TEXT, 'Nobody wins') });
    assert.match(anonymousFindings(a)[0].message, /^Anonymous source for a quote and 2 claims: /);
    assert.equal(anonymousFindings(a).length, 1);
  });
  it('an anonymous source whose clause gives the reason says which, and asks only when none is given', () => {
    const message = (text: string) => editorialFindings(analyze(text), text, all).find((f) => f.code === 'anonymous-source')?.message;
    assert.match(message('A senior official, who asked not to be named because the talks were private, said the deal was close.') ?? '', /Reason given: “because the talks were private”\.$/);
    assert.match(message('The deal was close, said an aide who was not authorised to speak publicly.') ?? '', /Reason given: “not authorised to speak publicly”\.$/);
    // a "because" in what the source said is no reason for anonymity
    assert.match(message('A senior official said the deal failed because the bank withdrew.') ?? '', /Is the reason for anonymity given\?$/);
  });
  it('reports unbalanced quotation marks from the engine\'s problems', () => {
    const a = strikeAnalysis();
    a.problems = [{ kind: 'unbalanced-quote', span: [0, 1], message: 'Opening quotation mark never closed' }];
    const f = editorialFindings(a, STRIKE_TEXT, all).find((x) => x.code === 'unbalanced-quote');
    assert.equal(f?.message, 'Opening quotation mark never closed');
    assert.equal(f?.severity, 'warning');
  });
  it('each check switches off alone, and the master switch turns all off', () => {
    const a = strikeAnalysis();
    assert.deepEqual(codes(a, STRIKE_TEXT, { ...all, anonymousSource: false }), ['unattributed-quote:“Nobody wins a long strike.”']);
    assert.deepEqual(codes(a, STRIKE_TEXT, { ...all, unattributedQuote: false }), ['anonymous-source:a senior ministry official']);
    assert.deepEqual(codes(a, STRIKE_TEXT, { ...all, enabled: false }), []);
  });

  describe('surname before full name', () => {
    const text = 'Kessler said the strike would go on. Later, union leader Marta Kessler told reporters it was over.';
    const analysis = (name: string, kind: 'person' | 'organization' = 'person'): Analysis => ({
      length: text.length,
      entities: [{
        id: 'e1', kind, name, role: null, gender: null, aliases: [], anonymous: false, rule: 't',
        mentions: [{ span: spanOf(text, 'Kessler'), form: 'name', rule: 't' }, { span: spanOf(text, 'Marta Kessler'), form: 'name', rule: 't' }],
      }],
      quotes: [], claims: [], problems: [],
    });
    it('flags a surname that comes before the full name, saying where the full name is', () => {
      const f = editorialFindings(analysis('Marta Kessler'), text, all);
      assert.equal(f.length, 1);
      assert.equal(f[0].code, 'surname-before-full-name');
      assert.deepEqual(f[0].span, spanOf(text, 'Kessler'));
      assert.match(f[0].message, /“Kessler” is named before the full name “Marta Kessler” \(line 1\)/);
    });
    it('does not flag when the full name comes first', () => {
      assert.deepEqual(codes(strikeAnalysis(), STRIKE_TEXT).filter((c) => c.startsWith('surname')), []);
    });
    it('does not flag a one-word name or an organisation', () => {
      assert.deepEqual(codes(analysis('Kessler'), text), []);
      assert.deepEqual(codes(analysis('Marta Kessler', 'organization'), text), []);
    });
  });
});

describe('status-bar counts', () => {
  it('counts speakers who are quoted or make claims, quotes and claims', () => {
    assert.equal(statusText(strikeAnalysis()), '3 speakers · 3 quotes · 3 claims');
  });
  it('sizes for the too-large notice', () => {
    assert.deepEqual([sizeText(512), sizeText(20 * 1024), sizeText(2097152), sizeText(3.3 * 1024 * 1024)], ['512 B', '20 KB', '2.0 MB', '3.3 MB']);
  });
  it('singular and zero', () => {
    assert.equal(statusText({ length: 0, entities: [], quotes: [], claims: [], problems: [] }), '0 speakers · 0 quotes · 0 claims');
  });
});
