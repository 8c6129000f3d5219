/**
 * The text of hover cards, as markdown built from the analysis alone (no vscode), so it is
 * tested on Node. Every piece of article text goes through escapeMarkdown; the only links are
 * the ones `link` builds (in the editor: our own reveal command).
 */
import type { Analysis, Attribution, Entity, Span } from '../core';
import { lowerLeadingArticle } from '../core/entities';
import { kindName } from './entityKind';
import { attributionsOf, definingMention, entityById } from './lookup';
import { codeSpan, count, escapeMarkdown, firstWords } from './markdown';

export type CardMode = 'full' | 'compact';
/** Builds the link target for a span of the article (a `command:` URI in the editor). */
export type LinkBuilder = (span: Span) => string;

/** Words of a quote or claim shown in a card line. */
const LINE_WORDS = 8;

const read = (text: string, span: Span) => text.slice(span[0], span[1]);

function tally(quotes: number, claims: number): string {
  return `${count(quotes, 'quote')} · ${count(claims, 'claim')}`;
}

/** One line per quote or claim: its first words as a link to it, then the cue. */
function attributionLine(text: string, a: Attribution, link: LinkBuilder): string {
  const words = escapeMarkdown(firstWords(read(text, a.span), LINE_WORDS));
  const cue = a.cue ? ` — *${escapeMarkdown(read(text, a.cue))}*` : '';
  return `- [${words}](${link(a.span)})${cue}`;
}

/**
 * `mentionsLink`, when given, is the target of an "All mentions" action (in the editor: our
 * command that lists them in a references peek).
 */
export function entityCard(analysis: Analysis, text: string, entity: Entity, mode: CardMode, link: LinkBuilder, mentionsLink?: string): string {
  const own = attributionsOf(analysis, entity.id);
  const quotes = own.filter((a) => a.kind === 'quote');
  const claims = own.filter((a) => a.kind === 'claim');
  const name = `**${escapeMarkdown(entity.name.trim() || entity.id)}**`;
  const role = entity.role ? ` — ${escapeMarkdown(entity.role)}` : '';
  if (mode === 'compact') {
    return `${name}${role} · ${count(entity.mentions.length, 'mention')} · ${tally(quotes.length, claims.length)}${entity.anonymous ? ' · anonymous source' : ''}`;
  }
  const lines: string[] = [`${name}${role}`, ''];
  const facts = [`*${kindName(entity)}*`, count(entity.mentions.length, 'mention'), tally(quotes.length, claims.length)];
  lines.push(facts.join(' · '), '');
  const aliases = entity.aliases.filter((a) => a !== entity.name);
  if (aliases.length > 0) lines.push(`Also called: ${aliases.map((a) => `“${escapeMarkdown(a)}”`).join(', ')}`, '');
  if (entity.anonymous) {
    lines.push('*Anonymous source: the article does not name who this is. Weigh what they say accordingly.*', '');
  }
  if (quotes.length > 0) lines.push(`**Quotes**`, '', ...quotes.map((a) => attributionLine(text, a, link)), '');
  if (claims.length > 0) lines.push(`**Claims**`, '', ...claims.map((a) => attributionLine(text, a, link)), '');
  // Actions last, GitLens-style: the facts and the list come first.
  const first = definingMention(entity, text);
  const actions = [first ? `[First mention](${link(first.span)})` : '', mentionsLink ? `[All mentions](${mentionsLink})` : ''].filter(Boolean);
  if (actions.length > 0) lines.push('---', '', actions.join(' · '));
  return lines.join('\n').trimEnd();
}

/**
 * An entity's name as it reads after "Claim by": a speaker phrase that opened its sentence ("A
 * senior official in the mayor's office", "The union") takes a lower-case article; names keep theirs.
 */
function inSentence(entity: Entity): string {
  const name = entity.name.trim() || entity.id;
  const phrase = entity.rule === 'entity.speaker' || entity.rule === 'entity.anonymous-source';
  return phrase ? lowerLeadingArticle(name) : name;
}

export function attributionCard(analysis: Analysis, text: string, a: Attribution, mode: CardMode, link: LinkBuilder): string {
  const entity = entityById(analysis, a.entity);
  const kind = a.kind === 'quote' ? 'Quote' : 'Claim';
  let who: string | null = null;
  if (entity) {
    const role = entity.role ? ` (${escapeMarkdown(entity.role)})` : '';
    who = `**${escapeMarkdown(inSentence(entity))}**${role}`;
  } else if (a.speaker) {
    who = `“${escapeMarkdown(read(text, a.speaker))}”`;
  }
  const nobody = '*no speaker found*';
  const anonymous = a.anonymous || entity?.anonymous === true;
  const cue = a.cue ? escapeMarkdown(read(text, a.cue)) : null;
  if (mode === 'compact') {
    return `**${kind}** · ${who ?? nobody}${cue ? ` · *${cue}*` : ''}${anonymous ? ' · anonymous source' : ''}`;
  }
  const lines = [who ? `**${kind}** by ${who}` : `**${kind}** — ${nobody}`, ''];
  if (a.speaker && entity) {
    lines.push(`Named here as [“${escapeMarkdown(read(text, a.speaker))}”](${link(a.speaker)})`, '');
  }
  const facts = [cue ? `Cue: *${cue}*` : 'No cue word', `Found by ${codeSpan(a.rule)}`];
  lines.push(facts.join(' · '));
  if (anonymous) lines.push('', '*Anonymous source: the article does not name the speaker.*');
  if (!entity && !a.speaker && !anonymous) lines.push('', '*Nobody is named as saying this: attribute it before publishing.*');
  return lines.join('\n');
}
