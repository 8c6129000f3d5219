/**
 * An article we wrote for the export tests, with astral characters (𝒳 U+1D4B3, 😀 U+1F600,
 * 𠀋 U+2000B) before and inside annotated spans, a claim that crosses a line break, text that
 * a spreadsheet would run as a formula and notes full of markdown and HTML; and its analysis,
 * built by locating each span in the text (no offset is typed by hand).
 */
import type { Analysis, Attribution, Entity, Span } from '../../../src/core/types';
import type { AnnotationExtras } from '../../../src/formats/model';

export const ARTICLE = [
  '𝒳 Weekly 😀 edition 𠀋',
  '',
  'Foreign Minister Ana Duarte said the talks were "a first step 😀 towards peace 𝒳".',
  '"We will not sign anything 𠀋 today, or tomorrow," Ms Duarte told reporters in Lisbon.',
  'According to a senior official, the delegation will return in March.',
  '=SUM(A1:A9) was the subject line of a leaked memo, the ministry said.',
  'Ms Duarte said the plan',
  'would "cost nothing" 😀, a claim critics dispute.',
  '',
].join('\n');

/** The span of the n-th (0-based) occurrence of `needle` in `text`. */
export function find(text: string, needle: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`fixture: "${needle}" #${nth} not in text`);
  }
  return [at, at + needle.length];
}

function entity(id: string, name: string, role: string | null, mentions: Span[], extra: Partial<Entity> = {}): Entity {
  return {
    id, kind: 'person', name, role, gender: null, aliases: [], anonymous: false, rule: 'test',
    mentions: mentions.map((span) => ({ span, form: 'name' as const, rule: 'test' })),
    ...extra,
  };
}

function attribution(id: string, content: Span, speaker: Span | null, entityId: string | null, cue: Span | null, anonymous = false): Attribution {
  return { id, kind: id.startsWith('q') ? 'quote' : 'claim', span: content, speaker, entity: entityId, cue, anonymous, rule: 'test' };
}

export function articleAnalysis(text = ARTICLE): Analysis {
  const f = (needle: string, nth = 0) => find(text, needle, nth);
  const duarte = entity('e1', 'Ana Duarte', 'Foreign Minister', [f('Ana Duarte'), f('Ms Duarte'), f('Ms Duarte', 1)], { gender: 'female', aliases: ['Ms Duarte'] });
  const official = entity('e2', 'a senior official', null, [f('a senior official')], { anonymous: true, mentions: [{ span: f('a senior official'), form: 'group', rule: 'test' }] });
  const ministry = entity('e3', 'the ministry', null, [f('the ministry')], { kind: 'organization' });
  return {
    length: text.length,
    entities: [duarte, official, ministry],
    quotes: [
      attribution('q1', f('"a first step 😀 towards peace 𝒳"'), f('Ana Duarte'), 'e1', f('said')),
      attribution('q2', f('"We will not sign anything 𠀋 today, or tomorrow,"'), f('Ms Duarte'), 'e1', f('told')),
      attribution('q3', f('"cost nothing"'), null, null, null),
    ],
    claims: [
      attribution('c1', f('the delegation will return in March'), f('a senior official'), 'e2', f('According to'), true),
      attribution('c2', f('=SUM(A1:A9) was the subject line of a leaked memo'), f('the ministry'), 'e3', f('said', 1)),
      attribution('c3', f('the plan\nwould "cost nothing" 😀'), f('Ms Duarte', 1), 'e1', f('said', 2)),
    ],
    problems: [],
  };
}

/** Human decisions: statuses and hostile notes. */
export const EXTRAS: ReadonlyMap<string, AnnotationExtras> = new Map<string, AnnotationExtras>([
  ['c1', { status: 'disputed', note: 'check =HYPERLINK("http://x") <script>alert(1)</script> | # heading\nsecond line', source: 'human', creator: 'Rita Okafor', created: '2026-11-27T10:00:00Z' }],
  ['c3', { status: 'false', note: '-2+3 @desk', source: 'human' }],
  ['q2', { note: '[click](javascript:alert(1)) **bold** `code`' }],
]);

/** The code point slice of a text, as Python's `text[start:end]` reads it. */
export function cpSlice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

/** Every annotated UTF-16 span of an analysis with its text, for checking read-backs. */
export function spanTexts(text: string, analysis: Analysis): Set<string> {
  const out = new Set<string>();
  for (const a of [...analysis.quotes, ...analysis.claims]) {
    for (const s of [a.span, a.speaker, a.cue]) if (s) out.add(text.slice(s[0], s[1]));
  }
  return out;
}
