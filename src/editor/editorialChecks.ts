/**
 * Editorial checks as findings over the analysis: pure (no vscode), tested on Node.
 * Each finding carries its check's `code`, the span it is about and a message for Problems.
 */
import type { Analysis, Attribution, Entity, Span } from '../core';
import type { CheckSwitches } from './config';
import { count, firstWords } from './markdown';

export type CheckCode = 'unattributed-quote' | 'anonymous-source' | 'unbalanced-quote' | 'surname-before-full-name';
export type FindingSeverity = 'warning' | 'information';

export interface Finding {
  code: CheckCode;
  span: Span;
  message: string;
  severity: FindingSeverity;
}

const WORDS = 6;

export function editorialFindings(analysis: Analysis, text: string, checks: CheckSwitches): Finding[] {
  if (!checks.enabled) return [];
  const out: Finding[] = [];
  if (checks.unattributedQuote) out.push(...unattributedQuotes(analysis, text));
  if (checks.anonymousSource) out.push(...anonymousSources(analysis, text));
  if (checks.unbalancedQuotes) {
    for (const p of analysis.problems) {
      if (p.kind === 'unbalanced-quote') out.push({ code: 'unbalanced-quote', span: p.span, message: p.message, severity: 'warning' });
    }
  }
  if (checks.surnameBeforeFullName) out.push(...surnamesFirst(analysis, text));
  return out.sort((a, b) => a.span[0] - b.span[0] || a.code.localeCompare(b.code));
}

function unattributedQuotes(analysis: Analysis, text: string): Finding[] {
  return analysis.quotes
    .filter((q) => q.entity === null && q.speaker === null && !q.anonymous)
    .map((q) => ({
      code: 'unattributed-quote' as const,
      span: q.span,
      message: `Quote without a speaker: ${firstWords(text.slice(q.span[0], q.span[1]), WORDS)}`,
      severity: 'warning' as const,
    }));
}

/**
 * One finding per anonymous source: at each place it is named as saying something (once for
 * all it says there: "some members had argued …, but had agreed …"), else at its first mention.
 */
function anonymousSources(analysis: Analysis, text: string): Finding[] {
  const anonymous = new Map(analysis.entities.filter((e) => e.anonymous).map((e) => [e.id, e]));
  const out: Finding[] = [];
  const spoken = new Set<string>();
  const isAnonymous = (a: Attribution) => a.anonymous || (a.entity !== null && anonymous.has(a.entity));
  const said = new Map<string, { span: Span; quotes: number; claims: number }>();
  for (const a of [...analysis.quotes, ...analysis.claims].filter(isAnonymous)) {
    if (a.entity) spoken.add(a.entity);
    const span = a.speaker ?? a.span;
    const key = `${span[0]}:${span[1]}`;
    const place = said.get(key) ?? { span, quotes: 0, claims: 0 };
    if (a.kind === 'quote') place.quotes += 1;
    else place.claims += 1;
    said.set(key, place);
  }
  const some = (n: number, kind: string) => (n === 0 ? '' : n === 1 ? `a ${kind}` : count(n, kind));
  for (const { span, quotes, claims } of said.values()) {
    const what = [some(quotes, 'quote'), some(claims, 'claim')].filter(Boolean).join(' and ');
    const reason = anonymityReason(text, span);
    out.push({
      code: 'anonymous-source',
      span,
      message: `Anonymous source for ${what}: “${firstWords(text.slice(span[0], span[1]), WORDS)}”. ${reason ? `Reason given: “${firstWords(reason, WORDS)}”.` : 'Is the reason for anonymity given?'}`,
      severity: 'information',
    });
  }
  for (const e of anonymous.values()) {
    if (spoken.has(e.id) || e.mentions.length === 0) continue;
    const span = e.mentions[0].span;
    out.push({ code: 'anonymous-source', span, message: `Anonymous source: “${firstWords(text.slice(span[0], span[1]), WORDS)}”.`, severity: 'information' });
  }
  return out;
}

/**
 * Why a source is not named, when the clause on it says so: "a senior official, who asked not to
 * be named because the talks were private, said", "said an aide who was not authorised to speak
 * publicly", "…, speaking on condition of anonymity for fear of reprisals". Only that clause is
 * read (a "because" in what the source said is no reason for anonymity). The reason's words to
 * the clause's end, or null.
 */
const SOURCE_CLAUSE = /^,?\s+(?:who|speaking)\b[^,.;:!?\n—–]*/i;
const REASON = /\b(?:because|not (?:authori[sz]ed|allowed|permitted) to|for fear|to protect|so as not to)\b.*/i;
function anonymityReason(text: string, span: Span): string | null {
  const clause = SOURCE_CLAUSE.exec(text.slice(span[1], span[1] + 300));
  return clause ? (REASON.exec(clause[0])?.[0] ?? null) : null;
}

/**
 * A person whose first proper-name mention is not their full name ("Kirby said …") while the
 * full name ("John Kirby") comes only later. Needs a canonical name of two or more words.
 */
function surnamesFirst(analysis: Analysis, text: string): Finding[] {
  const out: Finding[] = [];
  for (const e of analysis.entities) {
    if (!isNamedPerson(e)) continue;
    const named = e.mentions.filter((m) => m.form === 'name' || m.form === 'honorific');
    const full = named.findIndex((m) => text.slice(m.span[0], m.span[1]).includes(e.name));
    if (full <= 0) continue; // the full name comes first, or never as a mention
    const first = named[0];
    const line = lineOf(text, named[full].span[0]);
    out.push({
      code: 'surname-before-full-name',
      span: first.span,
      message: `“${text.slice(first.span[0], first.span[1])}” is named before the full name “${e.name}” (line ${line}).`,
      severity: 'information',
    });
  }
  return out;
}

function isNamedPerson(e: Entity): boolean {
  return e.kind === 'person' && !e.anonymous && e.name.trim().split(/\s+/).length >= 2;
}

/** 1-based line number of an offset. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
