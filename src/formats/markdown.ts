/**
 * `markdown`: a readable report of one article: the people (and organisations) with their
 * roles, aliases and quotes; then the claims with their status and notes, as a table for a
 * fact-checking desk; then quotes nobody was found to have said.
 *
 * Article text, names, roles and notes are untrusted (a shared annotation file may hold
 * anything): every such string goes through `escapeMarkdown`, so it renders as the same
 * text and can neither open markdown structure (headings, lists, links, tables, code) nor
 * inject HTML.
 */
import { prepare, type ExportAttribution, type ExportDoc, type ExportInput } from './model';

export function exportMarkdown(input: ExportInput): string {
  const doc = prepare(input);
  const quotes = doc.attributions.filter((a) => a.kind === 'quote');
  const claims = doc.attributions.filter((a) => a.kind === 'claim');
  const out: string[] = [];
  out.push(`# News Lens report: ${escapeMarkdown(doc.file)}`, '');
  out.push(`${count(doc.speakers.length, 'speaker')}, ${count(quotes.length, 'quote')}, ${count(claims.length, 'claim')}.`, '');

  out.push('## People', '');
  if (doc.speakers.length === 0) out.push('_No speakers found._', '');
  for (const s of doc.speakers) {
    out.push(`### ${escapeMarkdown(s.name)}`, '');
    const facts: string[] = [];
    if (s.role) facts.push(escapeMarkdown(s.role));
    if (s.kind === 'organization') facts.push('organisation');
    if (s.anonymous) facts.push('anonymous source');
    if (s.aliases.length > 0) facts.push('also: ' + s.aliases.map(escapeMarkdown).join(', '));
    if (facts.length > 0) out.push(facts.join(' · '), '');
    if (s.extras.note) out.push(`Note: ${escapeMarkdown(s.extras.note)}`, '');
    const theirs = quotes.filter((q) => q.entity?.id === s.id);
    for (const q of theirs) out.push(quoteItem(doc, q));
    out.push(theirs.length > 0 ? '' : '_No quotes._\n');
  }

  out.push('## Claims', '');
  if (claims.length === 0) out.push('_No claims found._', '');
  else {
    out.push('| Status | Speaker | Claim | Line | Note |', '| --- | --- | --- | ---: | --- |');
    for (const c of claims) {
      const speaker = c.entity?.name ?? (c.speaker ? doc.slice(c.speaker) : '');
      out.push(`| ${[c.extras.status ?? 'unverified', speaker, doc.slice(c.span)].map(escapeMarkdown).join(' | ')} | ${doc.line(c.span[0])} | ${escapeMarkdown(c.extras.note ?? '')} |`);
    }
    out.push('');
  }

  const orphans = quotes.filter((q) => !q.entity);
  if (orphans.length > 0) {
    out.push('## Quotes without a known speaker', '');
    for (const q of orphans) out.push(quoteItem(doc, q));
    out.push('');
  }
  return out.join('\n').replace(/\n+$/, '') + '\n';
}

function quoteItem(doc: ExportDoc, q: ExportAttribution): string {
  let item = `- line ${doc.line(q.span[0])}: ${escapeMarkdown(doc.slice(q.span))}`;
  if (q.cue) item += ` (${escapeMarkdown(doc.slice(q.cue))})`;
  if (q.extras.status) item += ` [${escapeMarkdown(q.extras.status)}]`;
  if (q.extras.note) item += ` (note: ${escapeMarkdown(q.extras.note)})`;
  return item;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * Untrusted text as inline markdown that renders as itself: whitespace runs (line breaks
 * included) become one space, so nothing can start a block; `&`, `<` and `>` become
 * entities, so no HTML or autolink opens; the marks that open inline structure anywhere in
 * a line (emphasis, code, links and images, table cells, strikethrough, math, heading
 * closers) are backslash-escaped. Marks that only act at the start of a line (lists, quotes,
 * numbered items) need no escape: the report never starts a line with untrusted text.
 */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]#|~$]/g, (c) => '\\' + c)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}
