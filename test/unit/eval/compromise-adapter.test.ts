// The peer's adapter (scripts/lib/compromise-adapter.mjs): what it adds to compromise must be
// thin and right, or the peer row of `npm run eval` would be unfair either way.
import * as assert from 'node:assert/strict';
import { resolve } from 'node:path';

type Span = [number, number];
interface PeerAnalysis {
  quotes: { kind: 'quote'; span: Span; speaker: Span | null; cue: Span | null }[];
  claims: unknown[];
  persons: Span[];
}
// An ES module loaded from CommonJS (Node >= 20.19 loads ES modules through require).
const { compromiseAnalysis } = require(resolve(__dirname, '../../../../scripts/lib/compromise-adapter.mjs')) as {
  compromiseAnalysis: (text: string) => PeerAnalysis;
};

describe('eval: compromise adapter', () => {
  const text = 'The vote was close. “We will build it,” Mayor Ruth Castellanos said on Sunday. Critics were unmoved.';
  const read = (s: Span | null) => (s ? text.slice(s[0], s[1]) : null);
  const result = compromiseAnalysis(text);

  it('widens a quotation to its marks and finds speaker and speech verb in the same sentence', () => {
    assert.equal(result.quotes.length, 1);
    const [q] = result.quotes;
    assert.equal(read(q.span), '“We will build it,”');
    assert.match(read(q.speaker) ?? '', /Castellanos$/);
    assert.equal(read(q.cue), 'said');
  });

  it('predicts no claims (compromise has no reported speech)', () => assert.deepEqual(result.claims, []));

  it('drops an honorific from person names, as CoNLL does', () => {
    const t = 'Talks ended , Mr Dimitrov said .';
    const names = compromiseAnalysis(t).persons.map(([s, e]) => t.slice(s, e));
    assert.ok(names.includes('Dimitrov'), JSON.stringify(names));
  });

  it('gives no speaker from another sentence', () => {
    const t = 'John Smith left early. “It is over.”';
    const [q] = compromiseAnalysis(t).quotes;
    assert.equal(q?.speaker ?? null, null);
  });
});
