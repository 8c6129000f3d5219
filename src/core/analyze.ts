/**
 * The pipeline, in the order that matters:
 *   1. entities (names, honorifics, pronouns and role nouns resolved to entities)
 *   2. quotation marks paired into quotations; unbalanced marks become problems
 *   3. quote attribution: speaker and cue around each quotation
 *   4. claims: reported speech from cues outside quotations, sentence by sentence
 *   5. quotations with no cue of their own inside a claim (or opening in it) take that claim's
 *      speaker and cue
 *   6. speakers resolved to entities (not to a possessor: "his agent"; to a name in apposition:
 *      "the agent, Lucas Ferreira"); unnamed speakers become new entities (anonymous or not)
 * A pure function of the text: no I/O, deterministic, linear in the text.
 */
import { headNamesOnePerson, headNamesSomeone, isAnonymousSource, lastWord, speakerKind } from './anonymous';
import { attributeQuotes, leadInClaims, type Found } from './attribution';
import { findClaims, headlineClaims, pollClaims, verbQuoteClaims } from './claims';
import { findEntities, lowerLeadingArticle, type EntityIndex, type IndexedMention } from './entities';
import { idOf } from './ids';
import { maskMarkup, tidyMarkupNames } from './markup';
import { findQuotes, type QuoteSpan } from './quotes';
import { orgApposition } from './roles';
import { IT_REACH } from './coref';
import { collapseSpaces, hasWords, lowerShared, sliceShared, sortMostlyOrdered } from './text';
import { isWordCode } from './tokens';
import { afterContentNoun, PRONOUNS, relativeSpeaker } from './speaker';
import type { Analysis, AnalyzeOptions, Attribution, Entity, EntityKind, Mention, MentionForm, Span } from './types';
import { CALENDAR, LEGAL_FORMS, ORG_DESCRIPTORS, PLACE_HEADS } from './lexicon/common';
import { NATIONALITIES, PLACES } from './lexicon/places';
import { HONORIFICS } from './lexicon/titles';

/** Unattributed quotations of at most this many words inside a sentence are scare quotes or titles. */
const SCARE_QUOTE_WORDS = 3;

// Patterns made once, not per call; they keep no state.
const STARTS_UPPER = /^\p{Lu}/u;
const SENTENCE_END = /[\n.!?:]/;

export function analyze(input: string, options: AnalyzeOptions = {}): Analysis {
  // (with a markup option, the words of a same-length copy: every offset stays the input's)
  const text = maskMarkup(typeof input === 'string' ? input : String(input ?? ''), options.markup);
  const index = findEntities(text, { noCoreference: options.noCoreference });
  const scan = findQuotes(text);
  const quoteFinds = attributeQuotes(text, scan.quotes);
  const claimFinds = findClaims(text, quoteFinds);
  adoptClaimSpeakers(text, index, quoteFinds, claimFinds);
  claimFinds.push(...verbQuoteClaims(text, quoteFinds));
  claimFinds.push(...headlineClaims(text, claimFinds));
  claimFinds.push(...pollClaims(text));
  // "He had “wanted to …,” she said.": the sentence a quotation goes on from is the statement
  leadInClaims(text, quoteFinds, claimFinds);
  endWithQuotations(claimFinds, scan.quotes);
  const kept = quoteFinds.filter((q) => q.rule !== 'quote.unattributed' || !isScareQuote(text, q.span));

  const entities: Entity[] = index.entities.slice();
  const created = new Map<string, Entity>();
  let roleMentions = null as Map<Entity, Mention[]> | null; // (made for the first: many texts have none)
  const resolve = (f: Found, id: string): Attribution => {
    let entity: Entity | null = null;
    let anonymous = false;
    // "…, a charge Turner has denied": the speaker is the relative clause's subject, not the content noun
    if (f.speaker) f.speaker = afterContentNoun(text, f.speaker);
    let speaker = f.speaker;
    if (f.speaker) {
      const m = index.mentionAt(f.speaker);
      // A speaker that is exactly a mention ("Mr Xi said") takes the mention's span array: equal
      // values, one array less for the editor to hold while it shows the analysis.
      if (m && m.s === f.speaker[0] && m.e === f.speaker[1]) speaker = m.span;
      entity = m?.ent ?? null;
      // "his agent", "Porto Alegre's president": the possessor is someone else; the speaker is the
      // name in apposition when there is one ("Porto Alegre's president, Ana Costa, said").
      // A phrase that opens with someone stays theirs: "She and her aides", "Mr Autor and his colleagues".
      let apposed: Entity | null = null;
      if (m && possessorIn(text, m, f.speaker)) entity = leadingMention(text, index, f.speaker) ?? (apposed = appositiveAfter(text, index, f.speaker[1]));
      // "The head of the World Trade Organization, Ngozi Okonjo-Iweala, warned": the name in
      // apposition, not the body named inside the phrase
      else if (m && m.s > f.speaker[0] && !leadingMention(text, index, f.speaker)) entity = (apposed = appositiveAfter(text, index, f.speaker[1])) ?? entity;
      const phrase = sliceShared(text, f.speaker[0], f.speaker[1]); // (shared strings: no copy per attribution)
      // A name inside an unnamed source ("an official in the mayor's office", "a spokesman for
      // Mr Xi") is where the source stands, not who speaks: the speaker stays anonymous.
      // (the phrase is read first: a long document's entity may have thousands of mentions)
      const phraseAnonymous = isAnonymousSource(phrase);
      // ... unless a name in apposition says who it is: "his spokeswoman, Rachel Kim, said",
      // "A spokesman for the ministry, Li Wei, said"
      if (phraseAnonymous && !apposed) apposed = appositiveAfter(text, index, f.speaker[1]);
      if (apposed) entity = apposed;
      else if (entity && !entity.anonymous && phraseAnonymous && mentionCovering(index, f.speaker[0])?.ent !== entity) entity = null;
      // "said the agent, Lucas Ferreira": a speaker no mention covers is the name in apposition
      if (!entity && !phraseAnonymous) entity = apposed = appositiveAfter(text, index, f.speaker[1]) ?? appositiveAfter(text, index, f.speaker[1], phrase);
      // "A rival operator, Fjord Lines, said": an organisation named in apposition (the entity
      // layer makes no name of one unknown capitalised word, nor knows "Fjord Lines" for a body)
      if (!entity) {
        const name = orgNameApposed(text, phrase, f.speaker[1]);
        if (name) entity = apposed = speakerEntity(text, text.slice(name[0], name[1]), lowerShared(text, name[0], name[1]), name, false, entities, created, 'organization');
      }
      // "A rival, Fjordkapital, said", "His sister, Ingrid, said": one capitalised word in apposition
      // to a determined phrase is the speaker's name (the entity layer makes no name of it alone)
      if (!entity) {
        const name = wordApposed(text, phrase, f.speaker[1]);
        if (name) entity = apposed = apposedWordEntity(text, phrase, name, index.entities, entities, created, (roleMentions ??= new Map()));
      }
      // ... and the phrase is one more way the article names that person: "the agent"
      if (entity && entity === apposed) addRoleMention(text, entity, f.speaker, (roleMentions ??= new Map()));
      anonymous = entity ? entity.anonymous : phraseAnonymous;
      if (!entity) {
        const lower = lowerShared(text, f.speaker[0], f.speaker[1]);
        if (!PRONOUNS.has(lower)) entity = speakerEntity(text, phrase, lower, f.speaker, anonymous, entities, created);
      }
    }
    // "Mishustin, who called for": the entity is the antecedent's, the mention the relative pronoun
    if (f.speaker && f.cue) speaker = relativeSpeaker(text, f.speaker, f.cue) ?? speaker;
    return { id, kind: f.kind, span: f.span, speaker, entity: entity?.id ?? null, cue: f.cue, anonymous, rule: f.rule };
  };
  const quotes = kept.map((f, k) => resolve(f, idOf('q', k + 1)));
  const claims = sortMostlyOrdered(claimFinds, bySpanStart).map((f, k) => resolve(f, idOf('c', k + 1)));
  // A speaker phrase may serve a quote and a claim, and quotes are resolved before claims.
  for (const e of created.values()) if (e.mentions.length > 1) e.mentions = inTextOrder(e.mentions);
  if (roleMentions) for (const [e, ms] of roleMentions) e.mentions = inTextOrder(e.mentions.concat(ms));
  relinkItSpeakers(text, entities, quotes, claims);
  linkUnresolvedPersonPronouns(text, entities, quotes, claims);
  adoptLaterNamedRoles(entities, quotes, claims);
  if (options.markup) tidyMarkupNames(entities);
  return { length: text.length, entities, quotes, claims, problems: scan.problems };
}

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their']);

/**
 * Is mention m the possessor inside speaker phrase `span` ("his agent", "the club's president"):
 * a possessive pronoun or a name with "'s", followed by more words of the phrase?
 */
function possessorIn(text: string, m: IndexedMention, span: Span): boolean {
  if (m.s < span[0] || m.e >= span[1]) return false;
  let k = m.e;
  const c = text.charCodeAt(k);
  if ((c === 0x27 || c === 0x2019) && (text[k + 1] === 's' || text[k + 1] === 'S')) k += 2;
  else if (!POSSESSIVE_PRONOUNS.has(lowerShared(text, m.s, m.e))) return false;
  while (k < span[1] && text.charCodeAt(k) === 0x20) k++;
  return k < span[1] && k > m.e && isWordCode(text.charCodeAt(k));
}

/**
 * Adds speaker phrase `span` as a role mention of `entity` (to `pending`, put in text order once
 * all speakers are resolved), as an alias and as its role if it has none.
 */
function addRoleMention(text: string, entity: Entity, span: Span, pending: Map<Entity, Mention[]>): void {
  const mention: Mention = { span, form: 'role', rule: 'attribution.appositive' };
  const more = pending.get(entity);
  if (more) more.push(mention);
  else pending.set(entity, [mention]); // (one long, mostly: an empty list would grow to 17 slots)
  const alias = lowerLeadingArticle(collapseSpaces(text.slice(span[0], span[1])));
  if (alias !== entity.name && !entity.aliases.includes(alias)) entity.aliases.push(alias);
  // ... and, when the article gives no other, the role: "head of the World Trade Organization"
  if (entity.role === null && entity.kind === 'person') {
    // "his spokeswoman" -> "spokeswoman": a pronoun names no one out of its sentence
    let role = withoutArticle(alias);
    const space = role.indexOf(' ');
    if (space > 0 && POSSESSIVE_PRONOUNS.has(role.slice(0, space).toLowerCase())) role = role.slice(space + 1);
    entity.role = role;
    entity.roleRule = 'role.appositive-speaker';
  }
}

/** The entity of a mention that opens speaker phrase `span` and is not a possessor in it, or null. */
function leadingMention(text: string, index: EntityIndex, span: Span): Entity | null {
  const m = mentionCovering(index, span[0]);
  return m && m.s === span[0] && !possessorIn(text, m, span) ? m.ent : null;
}

/** A one-code-unit span for mentionCovering(), reused: mentionAt() reads its bounds and keeps nothing. */
const PROBE: Span = [0, 0];

/** index.mentionAt([k, k + 1]) (the mention over offset k), without a new span per call. */
function mentionCovering(index: EntityIndex, k: number): IndexedMention | null {
  PROBE[0] = k;
  PROBE[1] = k + 1;
  return index.mentionAt(PROBE);
}

/** Where an apposition after offset `end` begins: past ", " (-1 when no comma follows). */
function appositionStart(text: string, end: number): number {
  if (text.charCodeAt(end) !== 0x2c) return -1;
  let k = end + 1;
  while (text.charCodeAt(k) === 0x20) k++;
  return k;
}

/**
 * The person named in apposition right after offset `end`: ", Ana Costa," -> Ana Costa's entity,
 * or null. After a phrase that names a body (`phrase` given: "The company's largest union"), an
 * organisation too: ", the Dairy Workers Federation,".
 */
function appositiveAfter(text: string, index: EntityIndex, end: number, phrase?: string): Entity | null {
  let k = appositionStart(text, end);
  if (k < 0) return null;
  const org = phrase !== undefined && (text.startsWith('the ', k) || text.startsWith('The ', k)) && speakerKind(phrase, false) === 'organization';
  if (org) k += 4;
  const m = mentionCovering(index, k);
  if (!m || m.s !== k || m.ent.kind !== (org ? 'organization' : 'person') || PRONOUNS.has(lowerShared(text, m.s, m.e))) return null;
  // the name closes the apposition: ", Ana Costa, said", "said the agent, Lucas Ferreira."
  const after = text.charCodeAt(m.e);
  return after === 0x2c || after === 0x2e || after === 0x3b || m.e === text.length ? m.ent : null;
}

/** One to four capitalised words closed by a comma, period or semicolon: "Fjord Lines,", "Unite.". */
const APPOSED_NAME = /^\p{Lu}[\p{L}\p{N}&'’.-]*(?: \p{Lu}[\p{L}\p{N}&'’.-]*){0,3}(?=[,.;])/u;

/**
 * "A rival operator, Fjord Lines, said", "The union, Fellesforbundet, said": a speaker phrase whose
 * head is a word for a kind of organisation, then a name in apposition. The name's span, or null.
 * (A name in apposition that the entity layer found is appositiveAfter()'s.)
 */
function orgNameApposed(text: string, phrase: string, end: number): Span | null {
  const head = lastWord(phrase);
  if (!ORG_DESCRIPTORS.has(head) && !INSTITUTION_HEADS.has(head)) return null;
  return nameApposed(text, end, APPOSED_NAME);
}

/**
 * The name that `pattern` reads in apposition after offset `end`, not a day, month, pronoun,
 * place, nationality, legal form ("The company, Inc.,") or hyphenated adjective; its span, or null.
 */
function nameApposed(text: string, end: number, pattern: RegExp): Span | null {
  const k = appositionStart(text, end);
  if (k < 0) return null;
  const name = pattern.exec(text.slice(k, k + 80))?.[0];
  if (name === undefined) return null;
  const lower = name.toLowerCase();
  if (CALENDAR.has(lower) || PRONOUNS.has(lower) || PLACES.has(lower) || NATIONALITIES.has(lower) || LEGAL_FORMS.has(lower)) return null;
  // "The firm, Oslo-based, said": an adjective in commas, no name
  return HYPHEN_LOWER.test(name) ? null : [k, k + name.length];
}

/** A hyphen before a lower-case letter: "Oslo-based", "Harvard-educated". */
const HYPHEN_LOWER = /-\p{Ll}/u;
/** One capitalised word closed by a comma, period or semicolon: "Fjordkapital,", "Ingrid.". */
const APPOSED_WORD = /^\p{Lu}[\p{L}\p{N}'’-]*(?=[,.;])/u;
/** A determiner and one to four lower-case words: "A rival", "his younger sister", "the new owner". */
const DETERMINED_PHRASE = /^(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y|[Oo]ne|[Aa]nother)(?: [a-z][a-z'’-]*){1,4}$/;

/**
 * "A rival, Fjordkapital, said", "said his sister, Ingrid.": a determined phrase of lower-case
 * words with a singular head, not a word for a place, then one capitalised word in apposition
 * that closes it (no honorific, no initial). The word's span, or null.
 */
function wordApposed(text: string, phrase: string, end: number): Span | null {
  // (asked of every speaker with no entity: most have no comma after them, the cheapest test)
  if (appositionStart(text, end) < 0 || !DETERMINED_PHRASE.test(phrase)) return null;
  const head = lastWord(phrase);
  // (a plural names several, the word after it the first of a list: "His sons, Erik, Lars and Per")
  const plural = head.endsWith('s') && !head.endsWith('ss');
  const name = !plural && !PLACE_NOUNS.has(head) ? nameApposed(text, end, APPOSED_WORD) : null;
  // not an honorific or an initial before its name: "her room, Ms. Lund recalled"
  return name && name[1] - name[0] > 1 && !HONORIFICS.has(lowerShared(text, name[0], name[1])) ? name : null;
}

/** Words for a place: the word in apposition names it ("The capital, Tarrowby, said"). */
const PLACE_NOUNS = new Set([...PLACE_HEADS, 'capital', 'country', 'nation', 'suburb', 'neighbourhood', 'neighborhood']);

/** Heads for a person or a body alike ("A rival, Fjordkapital", "Its owner, Nordvik"): no kind of their own for the name. */
const EITHER_KIND = new Set(['rival', 'opponent', 'ally', 'challenger', 'contender', 'incumbent', 'winner', 'runner-up', 'champion', 'representative', 'agent', 'owner', 'buyer', 'seller', 'investor', 'partner', 'parent', 'dealer', 'trader', 'broker', 'landlord', 'tenant', 'customer', 'critic', 'supporter']);

/**
 * The entity of `name`, one word in apposition to speaker phrase `phrase`: the one entity the
 * entity layer named by that word elsewhere (its name, an alias, or the first or last word of its
 * name), a person's only after a word for a person ("His sister, Ingrid"); else a new entity, a
 * person after a word for a person, of kind other after a word for anyone ("A rival"): a single
 * unknown word is no evidence of an organisation. The word joins the entity's mentions.
 */
function apposedWordEntity(text: string, phrase: string, name: Span, known: readonly Entity[], entities: Entity[], created: Map<string, Entity>, pending: Map<Entity, Mention[]>): Entity {
  const word = text.slice(name[0], name[1]);
  const person = headNamesOnePerson(phrase) && !EITHER_KIND.has(lastWord(phrase));
  const found = onlyEntityNamed(known, word);
  if (found && (!person || found.kind === 'person')) {
    (pending.get(found) ?? pending.set(found, []).get(found)!).push({ span: name, form: 'name', rule: 'attribution.appositive-name' });
    return found;
  }
  return speakerEntity(text, word, word.toLowerCase(), name, false, entities, created, person ? 'person' : 'other');
}

/** The one entity whose name or alias is `word`, or whose name opens or ends with it; null if none or several. */
function onlyEntityNamed(known: readonly Entity[], word: string): Entity | null {
  let found: Entity | null = null;
  for (const e of known) {
    if (e.name !== word && !e.aliases.includes(word) && !e.name.startsWith(word + ' ') && !e.name.endsWith(' ' + word)) continue;
    if (found) return null;
    found = e;
  }
  return found;
}

/**
 * Step 5: a quotation inside a claim's content ("said Trump had “the opportunity ...”"), or one
 * that opens there and runs on past the claim's sentence, takes the claim's speaker and cue.
 * So does a quotation inside a claim whose own cue has a subject that is no one ("said the case
 * showed “...”", "said history has shown “...”"); one whose cue has no subject at all ("said ...,
 * adding “...”") takes the claim's speaker and keeps its cue unless the cue follows it. On
 * PolNeAR train this changes 97 quotations: the speaker overlaps the gold source for 78 of them
 * (11 before), and the cue is the gold cue for 67 (23 before).
 */
function adoptClaimSpeakers(text: string, index: EntityIndex, quotes: Found[], claims: Found[]): void {
  let c = 0;
  const sorted = sortMostlyOrdered(claims.slice(), bySpanStart);
  for (const q of quotes) {
    while (c < sorted.length && sorted[c].span[1] < q.span[0]) c++;
    const unattributed = q.rule === 'quote.unattributed' || q.rule === 'quote.follow-on';
    if (!unattributed && !q.cue) continue;
    for (let k = c; k < sorted.length && k < c + 4 && sorted[k].span[0] <= q.span[0]; k++) {
      const claim = sorted[k];
      if (unattributed) {
        // inside it, or opening in it and running on past the claim's sentence ("said the crew
        // “deserve better. They know it.”")
        if (claim.span[0] <= q.span[0] && q.span[0] < claim.span[1]) {
          q.speaker = claim.speaker;
          q.cue = claim.cue;
          q.rule = 'quote.in-claim';
          break;
        }
      } else if (claim.speaker && q.span[1] <= claim.span[1] && claim.cue && claim.cue[0] !== q.cue![0]) {
        // (asked only here, of the few quotations inside a claim: it reads the phrase several ways)
        if (!speaksForNoOne(text, index, q.speaker)) break;
        // a cue after the quotation (“…,” adding) introduces what follows it, not the quotation
        if (q.speaker || q.cue![0] >= q.span[1]) q.cue = claim.cue;
        q.speaker = claim.speaker;
        q.rule = 'quote.in-claim';
        break;
      }
    }
  }
}

/**
 * Step 5b: "said that “the pier is safe. Nobody has shown otherwise.”": a claim whose content ends
 * inside a quotation that opens in it (at a sentence end in the quotation) ends with the
 * quotation: a reader's statement does not stop mid-quote (PolNeAR train: the gold content ends
 * with the quotation for 74 of 108 such claims, where the claim ends 1). `quotes` sorted and disjoint.
 */
function endWithQuotations(claims: Found[], quotes: QuoteSpan[]): void {
  for (const c of claims) {
    // the last quotation that opens before the claim's end (binary search: quotes are sorted)
    let lo = 0;
    let hi = quotes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (quotes[mid].start < c.span[1]) lo = mid + 1;
      else hi = mid;
    }
    const q = lo > 0 ? quotes[lo - 1] : null;
    if (q && q.start > c.span[0] && q.end > c.span[1]) c.span = [c.span[0], q.end];
  }
}

/**
 * Is `speaker` (a quotation's, with a cue) missing or no one: not a pronoun, not an anonymous
 * source, no person or organisation the entity layer knows, and a head that stands for no one
 * ("the case", "history", "the polls")?
 */
function speaksForNoOne(text: string, index: EntityIndex, speaker: Span | null): boolean {
  if (speaker === null) return true;
  const phrase = sliceShared(text, speaker[0], speaker[1]);
  if (PRONOUNS.has(lowerShared(text, speaker[0], speaker[1])) || isAnonymousSource(phrase)) return false;
  const ent = index.mentionAt(speaker)?.ent;
  return (!ent || ent.kind === 'other') && !headNamesSomeone(phrase);
}

/**
 * Step 7: "The agency said on Monday that fares would rise. It added ...": the entity layer links
 * the "It" of a statement to the last organisation it knows by name, but an organisation named
 * only as a speaker ("The agency", made in step 6) may stand nearer. Such an "it" (the subject
 * of its cue: "It added", "it has said") goes to that nearer organisation (or to the
 * organisation of the "it" before, which continues it), within the entity layer's reach; the
 * pronoun moves to that entity's mentions.
 */
/** Between a speaker "it" and its cue: nothing but spaces and at most one auxiliary ("It has said"). */
const IT_CUE_GAP = /^\s+(?:(?:has|had|have|would|will|also|later|then|previously|earlier)\s+)?$/i;

/**
 * Heads of an organisation named only as a speaker that an "it" may continue ("The agency",
 * "Rubio's campaign"); not a document ("The statement", "The report"), whose "it" is mostly the
 * organisation behind it.
 */
const INSTITUTION_HEADS = new Set(['ministry', 'agency', 'department', 'office', 'party', 'committee', 'council', 'campaign', 'commission', 'government', 'administration', 'court', 'police', 'company', 'corporation', 'university', 'institute', 'foundation', 'association', 'union', 'bank', 'network', 'group', 'organization', 'organisation', 'federation', 'league', 'bureau', 'service', 'board', 'fund', 'authority', 'club', 'firm', 'army', 'military']);

function relinkItSpeakers(text: string, entities: Entity[], quotes: Attribution[], claims: Attribution[]): void {
  const its: Attribution[] = [];
  // (indexed loops: this runs once per text, mostly before the optimiser does, and an unoptimised
  // for...of makes an iterator result per element)
  for (let l = 0; l < 2; l++) {
    const list = l === 0 ? quotes : claims;
    for (let k = 0; k < list.length; k++) {
      const a = list[k];
      const sp = a.speaker;
      if (sp === null || sp[1] - sp[0] !== 2 || (text.charCodeAt(sp[0]) | 0x20) !== 0x69 || (text.charCodeAt(sp[0] + 1) | 0x20) !== 0x74) continue; // "it"
      if (a.cue !== null && IT_CUE_GAP.test(text.slice(sp[1], a.cue[0]))) its.push(a);
    }
  }
  // Only an organisation named as a speaker can stand nearer than the one the entity layer chose.
  if (its.length === 0 || !entities.some((e) => e.rule === 'entity.speaker' && e.kind === 'organization' && INSTITUTION_HEADS.has(lastWord(e.name)))) return;
  its.sort((a, b) => a.speaker![0] - b.speaker![0]);
  const byId = new Map(entities.map((e) => [e.id, e]));
  // Organisation mentions other than pronouns, by start: [start, entity]
  const orgs: Array<[number, Entity]> = [];
  for (const e of entities) {
    if (e.kind !== 'organization' || (e.rule === 'entity.speaker' && !INSTITUTION_HEADS.has(lastWord(e.name)))) continue;
    for (const m of e.mentions) if (m.form !== 'pronoun') orgs.push([m.span[0], e]);
  }
  orgs.sort((a, b) => a[0] - b[0]);
  let last: [number, Entity] | null = null; // the last "it" linked, which a following "it" continues
  let k = 0;
  // Moves are gathered and applied once per entity: a long text may hold thousands of them.
  const drops = new Map<Entity, Set<number>>();
  const adds = new Map<Entity, Mention[]>();
  for (let i = 0; i < its.length; ) {
    const a = its[i];
    const at = a.speaker![0];
    let j = i + 1;
    while (j < its.length && its[j].speaker![0] === at) j++; // a quote and a claim may share the speaker
    const group = its.slice(i, j);
    i = j;
    while (k < orgs.length && orgs[k][0] < at) k++;
    let near: [number, Entity] | null = k > 0 ? orgs[k - 1] : null;
    if (last && (!near || last[0] > near[0])) near = last;
    if (!near || at - near[0] > IT_REACH) continue;
    const target: Entity = near[1];
    last = [at, target];
    if (target.rule !== 'entity.speaker' && a.entity === null) continue; // the entity layer saw it and left it
    const old = a.entity === null ? undefined : byId.get(a.entity);
    if (old === target) continue;
    if (old) (drops.get(old) ?? drops.set(old, new Set()).get(old)!).add(at);
    (adds.get(target) ?? adds.set(target, []).get(target)!).push({ span: a.speaker!, form: 'pronoun', rule: 'coref.it-speaker' });
    for (const b of group) b.entity = target.id;
  }
  for (const e of new Set([...drops.keys(), ...adds.keys()])) {
    const gone = drops.get(e);
    const kept = gone ? e.mentions.filter((m) => !(m.form === 'pronoun' && gone.has(m.span[0]))) : e.mentions;
    e.mentions = inTextOrder(kept.concat(adds.get(e) ?? []));
  }
}

/**
 * Step 8: "A spokeswoman for the union said … “Now there is no excuse,” she said.": a speaker "he"
 * or "she" the entity layer left without an entity (no named person of that gender within its
 * reach) is the last person named only as a speaker before it ("A spokeswoman for the union",
 * "the doctor"), within the same reach: one person, not a group ("Officials", "The researchers")
 * and not an organisation. The pronoun joins that entity's mentions.
 */
function linkUnresolvedPersonPronouns(text: string, entities: Entity[], quotes: Attribution[], claims: Attribution[]): void {
  const open: Attribution[] = [];
  for (const list of [quotes, claims]) {
    for (const a of list) {
      if (a.entity !== null || a.speaker === null || a.speaker[1] - a.speaker[0] > 3) continue;
      const w = lowerShared(text, a.speaker[0], a.speaker[1]);
      if (w === 'he' || w === 'she') open.push(a);
    }
  }
  if (open.length === 0) return;
  // mentions of people named only as speakers, by start
  const people: Array<[number, Entity]> = [];
  for (const e of entities) {
    if (e.rule !== 'entity.speaker' && e.rule !== 'entity.anonymous-source') continue;
    if (e.kind !== 'person' && !headNamesOnePerson(e.name)) continue;
    for (const m of e.mentions) people.push([m.span[0], e]);
  }
  if (people.length === 0) return;
  people.sort((x, y) => x[0] - y[0]);
  // every named person's mentions too: a name nearer than the speaker phrase means the entity
  // layer saw a person there and chose none, so the phrase is not the antecedent
  const named: number[] = [];
  for (const e of entities) if (e.kind === 'person' && e.rule !== 'entity.speaker') for (const m of e.mentions) named.push(m.span[0]);
  named.sort((x, y) => x - y);
  const adds = new Map<Entity, Mention[]>();
  const added = new Set<number>(); // pronoun starts already added (a quote and a claim may share one)
  open.sort((x, y) => x.speaker![0] - y.speaker![0]);
  // (open, people and named are in text order: one pass over each)
  let pi = 0;
  let ni = 0;
  for (const a of open) {
    const at = a.speaker![0];
    while (pi < people.length && people[pi][0] < at) pi++;
    if (pi === 0) continue;
    const best = people[pi - 1];
    if (at - best[0] > IT_REACH) continue;
    while (ni < named.length && named[ni] < at) ni++;
    if (ni > 0 && named[ni - 1] > best[0]) continue;
    const e = best[1];
    // "the mother of one of the victims" is no "he"
    const said = genderOfPhrase(e.name);
    const he = (text.charCodeAt(at) | 0x20) === 0x68;
    if (said !== null && said !== (he ? 'male' : 'female')) continue;
    if (e.gender !== null && e.gender !== (he ? 'male' : 'female')) continue;
    a.entity = e.id;
    if (added.has(at)) continue;
    added.add(at);
    (adds.get(e) ?? adds.set(e, []).get(e)!).push({ span: a.speaker!, form: 'pronoun', rule: 'coref.pronoun-last-speaker' });
  }
  for (const [e, ms] of adds) e.mentions = inTextOrder(e.mentions.concat(ms));
}

/** A speaker named only by a possessive and a role: "its chief executive", "his agent". */
const POSSESSIVE_ROLE = /^(?:his|her|its|their) ([a-z][a-z-]*(?: [a-z][a-z-]*){0,2})$/i;
/** The word after a role that opens what it is of: "chief executive of Veltra Motors". */
const ROLE_TAIL = /^ (?:of|for|at|to|with|in)\b/;

/**
 * Step 9: "…, its chief executive said." and later "said Ingrid Solheim, chief executive of Veltra
 * Motors": a speaker named only by a possessive and a role is the one person the article names
 * later with that same role ("chief executive", "agent"). Not when two people carry the role, nor
 * when the one who does is named before the speaker phrase (the entity layer would have linked
 * a mention of them there). The speaker's mentions join that person's; its entity is dropped.
 * Cost: a regex per entity made from a speaker phrase; the people with a role are indexed by its
 * first word once, and only when some speaker is such a role.
 */
function adoptLaterNamedRoles(entities: Entity[], quotes: Attribution[], claims: Attribution[]): void {
  let moved: Map<string, Entity> | null = null;
  // People with a role, by the role's first word (made for the first such speaker: most texts have none)
  let byFirst: Map<string, Entity[]> | null = null;
  for (const e of entities) {
    if (e.rule !== 'entity.speaker' || e.anonymous || e.kind === 'organization') continue;
    const m = POSSESSIVE_ROLE.exec(e.name);
    if (!m || !headNamesOnePerson(m[1])) continue;
    if (byFirst === null) {
      byFirst = new Map();
      for (const p of entities) {
        if (p.kind !== 'person' || p.role === null || p.rule === 'entity.speaker') continue;
        const w = p.role.toLowerCase().split(' ', 1)[0];
        (byFirst.get(w) ?? byFirst.set(w, []).get(w)!).push(p);
      }
    }
    const role = m[1].toLowerCase();
    let one: Entity | null = null;
    let count = 0;
    for (const p of byFirst.get(role.split(' ', 1)[0]) ?? []) {
      const r = p.role!.toLowerCase();
      if (!r.startsWith(role) || (role.length < r.length && !ROLE_TAIL.test(r.slice(role.length, role.length + 6)))) continue;
      count++;
      one = p;
    }
    if (count !== 1 || one === null || one.mentions[0].span[0] < e.mentions[0].span[0]) continue;
    (moved ??= new Map()).set(e.id, one);
  }
  if (moved === null) return;
  const gone = moved;
  for (const list of [quotes, claims]) for (const a of list) if (a.entity !== null && gone.has(a.entity)) a.entity = gone.get(a.entity)!.id;
  const adds = new Map<Entity, Mention[]>();
  for (const e of entities) {
    const to = gone.get(e.id);
    if (!to) continue;
    const ms = adds.get(to) ?? adds.set(to, []).get(to)!;
    for (const x of e.mentions) ms.push({ span: x.span, form: 'role', rule: 'coref.role-named-later' });
  }
  for (const [p, ms] of adds) p.mentions = inTextOrder(p.mentions.concat(ms));
  for (const e of entities) {
    const to = gone.get(e.id);
    if (to && !to.aliases.includes(e.name)) to.aliases.push(e.name);
  }
  for (let k = entities.length - 1; k >= 0; k--) if (gone.has(entities[k].id)) entities.splice(k, 1);
}

/** The gender a speaker phrase's words give ("the woman", "a spokesman", "his mother"), or null. */
function genderOfPhrase(name: string): 'male' | 'female' | null {
  const m = GENDERED.exec(name);
  return m === null ? null : FEMALE_WORDS.test(m[0]) ? 'female' : 'male';
}
const GENDERED = /\b(?:woman|women|mother|wife|daughter|sister|girl|grandmother|widow|aunt|niece|spokeswoman|chairwoman|businesswoman|congresswoman|mrs|ms|miss|madam|lady|man|men|father|husband|son|brother|boy|grandfather|widower|uncle|nephew|spokesman|chairman|businessman|congressman|mr|sir)\b/i;
const FEMALE_WORDS = /^(?:woman|women|mother|wife|daughter|sister|girl|grandmother|widow|aunt|niece|spokeswoman|chairwoman|businesswoman|congresswoman|mrs|ms|miss|madam|lady)$/i;

/** A short quotation inside a sentence with no cue: “a marriage”, a title, a scare quote. */
function isScareQuote(text: string, span: Span): boolean {
  if (hasWords(text, span[0] + 1, span[1] - 1, SCARE_QUOTE_WORDS + 1)) return false;
  let k = span[0] - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  return k >= 0 && !SENTENCE_END.test(text[k]);
}

/**
 * s.replace(/^(?:the|a|an)\s+/, '') for a lower-case name with single spaces (collapseSpaces()),
 * without the regex.
 */
function withoutArticle(s: string): string {
  if (s.startsWith('the ')) return s.slice(4);
  if (s.startsWith('a ')) return s.slice(2);
  if (s.startsWith('an ')) return s.slice(3);
  return s;
}

/** STARTS_UPPER.test(s), without the regex for an ASCII first letter. */
function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : STARTS_UPPER.test(s);
}

/** Orders for sortMostlyOrdered() (made once: the lists come nearly sorted, see there). */
const bySpanStart = (a: Found, b: Found): number => a.span[0] - b.span[0];
const bySpan = (a: Mention, b: Mention): number => a.span[0] - b.span[0] || a.span[1] - b.span[1];

/** Mentions sorted by offset, each span once: `ms`, a list made in this analysis, put so in place. */
function inTextOrder(ms: Mention[]): Mention[] {
  if (isInTextOrder(ms)) return ms;
  sortMostlyOrdered(ms, bySpan);
  let n = 1;
  for (let k = 1; k < ms.length; k++) if (!sameSpan(ms[k], ms[n - 1])) ms[n++] = ms[k];
  ms.length = n;
  return ms;
}

/** Are these mentions in text order, each span once? */
function isInTextOrder(ms: Mention[]): boolean {
  for (let k = 1; k < ms.length; k++) if (bySpan(ms[k - 1], ms[k]) >= 0) return false;
  return true;
}

/** "Nordpulp, which bought the mill, said": a name that "which" takes up is no person. */
const whichAfter = (text: string, e: number): boolean => text.startsWith(', which ', e);

const sameSpan = (a: Mention, b: Mention): boolean => a.span[0] === b.span[0] && a.span[1] === b.span[1];

/**
 * The entity for a speaker phrase the entity layer does not cover: found or made (its mentions
 * are put in order later). `lower` is the phrase in lower case.
 */
function speakerEntity(text: string, phrase: string, lower: string, span: Span, anonymous: boolean, entities: Entity[], created: Map<string, Entity>, kind?: EntityKind): Entity {
  const name = collapseSpaces(phrase);
  const lowerName = name === phrase ? lower : name.toLowerCase();
  const key = withoutArticle(lowerName);
  // "The agency", "The mayor of Tarrow" name no one: a capital after "the" is the sentence's
  // (key === lowerName: no leading article)
  const form: MentionForm = anonymous ? 'group' : key === lowerName && startsUpper(name) ? 'name' : 'role';
  const mention = { span, form, rule: 'attribution.speaker' };
  let entity = created.get(key);
  if (entity) {
    entity.mentions.push(mention);
    return entity;
  }
  entity = {
    id: idOf('e', entities.length + 1),
    kind: kind ?? (!anonymous && (orgApposition(text, span[1]) || (form === 'name' && whichAfter(text, span[1]))) ? 'organization' : speakerKind(name, anonymous)),
    name,
    role: null,
    gender: null,
    aliases: [],
    mentions: [mention],
    anonymous,
    rule: anonymous ? 'entity.anonymous-source' : 'entity.speaker',
  };
  entities.push(entity);
  created.set(key, entity);
  return entity;
}
