/**
 * A hand-built analysis of a short invented article, for testing the editor's pure helpers
 * without the engine. Spans are found by searching the text, so the table stays readable.
 */
import type { Analysis, Attribution, Entity, Mention, Span } from '../../../src/core';

export const STRIKE_TEXT = [
  'ROTTERDAM – Dock workers walked out on Monday.',
  '“We will not load a single ship until the contract is signed,” union leader Marta Kessler told reporters.',
  'Kessler said the strike could last weeks. Transport Minister Pieter Aalders said the government was ready to mediate.',
  'He added that talks would resume. “This is a difficult moment,” a senior ministry official said.',
  '“Nobody wins a long strike.”',
].join('\n');

/** The span of the n-th (0-based) occurrence of `needle` in `text`. */
export function spanOf(text: string, needle: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`not in text: ${needle} (#${nth})`);
  }
  return [at, at + needle.length];
}

const t = STRIKE_TEXT;
const mention = (needle: string, form: Mention['form'], nth = 0): Mention => ({ span: spanOf(t, needle, nth), form, rule: 'test' });

export function strikeAnalysis(): Analysis {
  const kessler: Entity = {
    id: 'e1', kind: 'person', name: 'Marta Kessler', role: 'union leader', gender: 'female',
    aliases: ['Kessler'], mentions: [mention('Marta Kessler', 'name'), mention('Kessler', 'name', 1)],
    anonymous: false, rule: 'test',
  };
  const aalders: Entity = {
    id: 'e2', kind: 'person', name: 'Pieter Aalders', role: 'Transport Minister', gender: 'male',
    aliases: ['He'], mentions: [mention('Pieter Aalders', 'name'), mention('He', 'pronoun')],
    anonymous: false, rule: 'test',
  };
  const official: Entity = {
    id: 'e3', kind: 'person', name: 'a senior ministry official', role: null, gender: null,
    aliases: [], mentions: [mention('a senior ministry official', 'group')], anonymous: true, rule: 'test',
  };
  const attribution = (a: Partial<Attribution> & Pick<Attribution, 'id' | 'kind' | 'span'>): Attribution => ({
    speaker: null, entity: null, cue: null, anonymous: false, rule: 'test.rule', ...a,
  });
  return {
    length: t.length,
    entities: [kessler, aalders, official],
    quotes: [
      attribution({ id: 'q1', kind: 'quote', span: spanOf(t, '“We will not load a single ship until the contract is signed,”'), speaker: spanOf(t, 'Marta Kessler'), entity: 'e1', cue: spanOf(t, 'told'), rule: 'quote.cue-after' }),
      attribution({ id: 'q2', kind: 'quote', span: spanOf(t, '“This is a difficult moment,”'), speaker: spanOf(t, 'a senior ministry official'), entity: 'e3', cue: spanOf(t, 'said', 2), anonymous: true }),
      attribution({ id: 'q3', kind: 'quote', span: spanOf(t, '“Nobody wins a long strike.”') }),
    ],
    claims: [
      attribution({ id: 'c1', kind: 'claim', span: spanOf(t, 'the strike could last weeks'), speaker: spanOf(t, 'Kessler', 1), entity: 'e1', cue: spanOf(t, 'said'), rule: 'claim.said-that' }),
      attribution({ id: 'c2', kind: 'claim', span: spanOf(t, 'the government was ready to mediate'), speaker: spanOf(t, 'Pieter Aalders'), entity: 'e2', cue: spanOf(t, 'said', 1) }),
      attribution({ id: 'c3', kind: 'claim', span: spanOf(t, 'talks would resume'), speaker: spanOf(t, 'He'), entity: 'e2', cue: spanOf(t, 'added') }),
    ],
    problems: [],
  };
}
