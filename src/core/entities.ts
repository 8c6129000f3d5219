/**
 * The entity layer: people and organisations with canonical name, role, gender, aliases and
 * every mention. Stages, each in its own file:
 *   tokens.ts (words) -> names.ts (name candidates) -> roles.ts (titles around names, role
 *   nouns) -> here (names linked into entities: full name, surname, honorific + surname,
 *   headline capitals) -> coref.ts (pronouns and role nouns).
 * Linear in the length of the text: the text is read block by block, links go through maps.
 */
import { AUX, FEMALE, findPronouns, MALE, resolve, type CorefEntity, type NameEvent, type Pronoun } from './coref';
import { BUSINESS_DESCRIPTORS, BUSINESS_LINES, LEGAL_FORMS, ORG_DESCRIPTORS, ORG_HEADS, SPEECH_VERBS } from './lexicon/common';
import { HONORIFICS, ROLE_LINKS, ROLE_MODIFIERS, TITLE_HEADS } from './lexicon/titles';
import { idOf } from './ids';
import { lowerShared, sliceShared, sortMostlyOrdered } from './text';
import { findNames, givenGender, isGiven, PARTICLES, type NameCandidate } from './names';
import { appositiveBeforeRole, appositiveRole, findRoleNouns, orgApposition, premodifierRole, type RoleFound, type RoleNoun } from './roles';
import { blocks, Keep, tokenize } from './tokens';
import type { Entity, EntityKind, Gender, Mention, MentionForm, Span } from './types';

export interface EntityIndex {
  /** Entities in order of first mention, ids "e1", "e2", ... */
  entities: Entity[];
  /**
   * The entity one of whose mentions overlaps `span`, or null. When several mentions lie inside
   * the span, the one ending last wins (the head of an English noun phrase is at its end:
   * "US National Security Council spokesman John Kirby" -> John Kirby); otherwise the largest overlap.
   */
  entityAt(span: Span): Entity | null;
  /** The mention entityAt() chooses, with its entity, or null. */
  mentionAt(span: Span): IndexedMention | null;
}

/** A mention in the index: its bounds and its entity. */
export interface IndexedMention {
  s: number;
  e: number;
  ent: Entity;
  /** The mention's own span array. */
  span: Span;
}

/** A name candidate lifted out of its block, with the role read around it. */
interface Found {
  c: NameCandidate;
  text: string;
  role: RoleFound | null;
}

interface Draft {
  kind: EntityKind;
  name: string;
  nparts: number;
  first: string;
  gender: Gender | null;
  role: RoleFound | null;
  heads: string[];
  mentions: Mention[];
  rule: string;
}

/** The lower-case words any stage looks at; all other lower-case words are skipped when tokenising. */
const KEEP = new Keep(
  new Set<string>([
    'the', 'a', 'an', 'it', 'who', 'of', 'for', 'and', '&', 'on',
    ...MALE, ...FEMALE, ...AUX, ...PARTICLES, ...ROLE_LINKS, ...TITLE_HEADS, ...ROLE_MODIFIERS, ...ORG_HEADS, ...ORG_DESCRIPTORS, ...SPEECH_VERBS, ...HONORIFICS.keys(),
  ]),
);

export function findEntities(text: string, options: { noCoreference?: boolean } = {}): EntityIndex {
  const found: Found[] = [];
  const pronouns: Pronoun[] = [];
  const roleNouns: RoleNoun[] = [];
  for (const [bs, be] of blocks(text)) {
    const toks = tokenize(text, bs, be, KEEP);
    const names = findNames(text, toks);
    for (const c of names) {
      if (c.caps && c.b > c.a) {
        // Headline capitals: each word on its own; linking decides (and merges neighbours).
        for (let k = c.a; k <= c.b; k++) {
          const t = toks[k];
          const one: NameCandidate = { ...c, a: k, b: k, s: t.s, e: t.e, parts: [t.lo], hon: -1 };
          found.push({ c: one, text: t.t, role: null });
        }
        continue;
      }
      let role: RoleFound | null = null;
      // "Hafen Metall, Germany's largest union,": a name in apposition to an organisation is one
      if (c.kind === 'person' && !c.caps && c.hon < 0 && (c.strength > 0 || c.parts.length > 1) && orgApposition(text, c.e)) c.kind = 'organization';
      if (c.kind === 'person' && !c.caps) {
        role =
          premodifierRole(text, toks, c.hon >= 0 ? c.hon : c.a) ??
          appositiveRole(text, toks, c.b) ??
          appositiveBeforeRole(text, toks, c.hon >= 0 ? c.hon : c.a, c.b);
      }
      // A shared string: a name is mostly written again and again, one string serves each time.
      found.push({ c, text: sliceShared(text, c.s, c.e), role });
    }
    if (!options.noCoreference) {
      for (const p of findPronouns(toks)) pronouns.push(p);
      // Role nouns inside a name ("the Foreign Ministry") are part of that name.
      let ni = 0;
      for (const r of findRoleNouns(toks)) {
        while (ni < names.length && names[ni].e <= r.s) ni++;
        if (ni < names.length && names[ni].s < r.e) continue;
        roleNouns.push(r);
      }
    }
  }
  const drafts = link(text, found);
  return build(text, drafts, pronouns, roleNouns, options);
}

/** The words that name an organisation later ("the ministry", "the fund", "the company"). */
function orgHeads(c: NameCandidate): string[] {
  const heads = c.parts.filter((w) => ORG_HEADS.has(w));
  if (c.descriptor !== null) {
    heads.push(c.descriptor);
    if (BUSINESS_DESCRIPTORS.has(c.descriptor) && c.descriptor !== 'company') heads.push('company');
  }
  return heads;
}

/** Last words of a name that fit a business and other bodies alike ("Brekke Partners", "Tarvo Group"). */
const MAYBE_BUSINESS = new Set(['group', 'partners', 'holding', 'holdings', 'capital', 'international', 'investment', 'investments', 'financial', 'trading', 'associates', 'bank', 'securities', 'resources', 'properties', 'realty', 'communications', 'services', 'trust', 'cos', 'bros', 'bros.']);
/** An acronym ("NATO", "FBI"): seldom a business in news, and not counted as one that might be. */
const ACRONYM = /^[\p{Lu}\p{N}.&-]+$/u;

/**
 * May this organisation be "the company" later? 2: a name ending in a line of business or a legal
 * form ("Veltra Motors", "Coastline Dredging Ltd." but not the Securities and Exchange Commission),
 * or one introduced as a business ("the carmaker Veltra", "the law firm Brekke"). 1: a bare name
 * ("Norvik", which may as well be the Kremlin) or a name ending in a word that fits any body
 * ("Brekke Partners"): not linked, but a rival to a business in reach. 0: a ministry, a newspaper,
 * an acronym. Once per entity.
 */
function mayBeBusiness(name: string, heads: string[]): 0 | 1 | 2 {
  const last = heads[heads.length - 1];
  if (last === undefined) return ACRONYM.test(name) ? 0 : 1;
  if (LEGAL_FORMS.has(last) || BUSINESS_LINES.has(last) || heads.includes('company')) return 2;
  return MAYBE_BUSINESS.has(last) ? 1 : 0;
}

/** Last head words of a government body's name ("State Department", "General Services Administration"). */
const AGENCY_HEADS = new Set(['agency', 'department', 'bureau', 'administration', 'commission', 'service']);
/** Government bodies known by their letters ("the FBI said ... the agency"). */
const AGENCY_ACRONYMS = new Set(['fbi', 'f.b.i.', 'cia', 'c.i.a.', 'nsa', 'n.s.a.', 'epa', 'fda', 'irs', 'fema', 'dea', 'atf', 'gsa', 'fec', 'sec', 'ftc', 'fcc', 'tsa', 'cdc', 'dhs', 'nasa']);

/** May this organisation be "the agency" later: a government body by its name's last head or its letters. Once per entity. */
function mayBeAgency(name: string, heads: string[]): boolean {
  const last = heads[heads.length - 1];
  return last !== undefined ? AGENCY_HEADS.has(last) : AGENCY_ACRONYMS.has(name.toLowerCase());
}

const isInitialPart = (p: string): boolean => p.length === 2 && p.endsWith('.');
function compatibleFirst(a: string, b: string): boolean {
  if (a === b || a === '' || b === '') return true;
  if (isInitialPart(a)) return b.startsWith(a[0]);
  if (isInitialPart(b)) return a.startsWith(b[0]);
  return false;
}

/** A name with a given name and a surname; honorific names ("Mrs von der Leyen") link by surname. */
function isFullName(c: NameCandidate): boolean {
  return c.parts.length >= 2 && c.strength >= 1 && !c.caps && c.hon < 0 && !PARTICLES.has(c.parts[0]);
}

/**
 * The name a company goes by without its legal form ("Coastline Dredging" for "Coastline
 * Dredging Ltd.", "Norvane" for "Norvane Inc.") or its line of business ("Norvane" for "Norvane
 * Semiconductor"), joined; else null.
 */
function shortCompanyName(parts: string[]): string | null {
  const last = parts[parts.length - 1];
  if (parts.length >= 2 && LEGAL_FORMS.has(last)) return parts.slice(0, -1).join(' ');
  return parts.length >= 2 && BUSINESS_LINES.has(last) ? parts.slice(0, -1).join(' ') : null;
}

/**
 * What follows a name that only a business has: "Norvane's chief executive", "Veltra's shares",
 * "Norvane's parent company", "Veltra shares fell" (not "Pike's campaign", "Pike's stock market").
 */
const BUSINESS_AFTER = /['’]s (?:chief executive|CEO|chief financial officer|chief operating officer|parent company|shares|shareholders|stockholders|stock(?! market)|board of directors|subsidiar(?:y|ies)|market (?:value|capitali[sz]ation))\b| (?:shares|stock) (?:rose|fell|closed|jumped|dropped|gained|lost|slid|surged|tumbled|were|have|had)\b/y;
/** What comes before a name that only a business has: "shares of Norvane", "a stake in Veltra", "a firm called Brekke", "the oil giant Tarvo". */
const BUSINESS_BEFORE = /(?:\b(?:shares|stock|stakes?) (?:of|in)|\b(?:company|firm|maker|giant|business|start-?up|retailer|manufacturer|chain|conglomerate) (?:called|named)|\b(?:the|an?) [a-z-]+ giant) $/i;
/** How far back BUSINESS_BEFORE reads (UTF-16 units). */
const BUSINESS_BEFORE_REACH = 40;

/**
 * A name as the subject of a verb whose object is "its"/"itself": "Tarvex has positioned itself",
 * "Tarvex keeps its", "Tarvex contended in its" (a person's is "his"/"her"); the word after the
 * name is a verb's form ("-ed", "-s", "has"), not a noun ("Pike campaign explained in its").
 */
const ITS_AFTER = / (?:ha[sd] )?(?:[a-z]{2,}ed|[a-z]{3,}s|ha[sd])(?: (?:up|in|to|on))? its(?:elf)?\b/y;

/**
 * What the text around candidate c says it names: 2 a business (BUSINESS_AFTER, BUSINESS_BEFORE),
 * 1 an organisation (ITS_AFTER), 0 nothing.
 */
function orgContext(text: string, c: NameCandidate): 0 | 1 | 2 {
  BUSINESS_AFTER.lastIndex = c.e;
  if (BUSINESS_AFTER.test(text)) return 2;
  // the text before is read only after a word that BUSINESS_BEFORE's end: "of", "in", "called", "named", "giant"
  const p = c.s - 2;
  const end = p >= 0 && text.charCodeAt(p + 1) === 0x20 ? text.charCodeAt(p) : 0;
  if ((end === 0x66 || end === 0x6e || end === 0x64 || end === 0x74) && BUSINESS_BEFORE.test(text.slice(Math.max(0, c.s - BUSINESS_BEFORE_REACH), c.s))) return 2;
  ITS_AFTER.lastIndex = c.e;
  return ITS_AFTER.test(text) ? 1 : 0;
}

/**
 * "Valeant's chief executive ... Valeant said": a name the article uses as a business's or an
 * organisation's (orgContext) is that organisation wherever it stands, never a person; a business
 * is "the company" later. Not a name some mention gives to a person (a given name, an honorific:
 * "Bill Clinton's stock", "Mr. Pike's shares"), nor one in headline capitals. Marks every
 * candidate of those names.
 */
function markOrganisations(text: string, found: Found[]): void {
  let names: Map<string, 1 | 2> | null = null;
  for (const f of found) {
    const c = f.c;
    if (c.caps || c.hon >= 0) continue;
    const level = orgContext(text, c);
    if (level === 0) continue;
    const key = c.parts.join(' ');
    names ??= new Map();
    if ((names.get(key) ?? 0) < level) names.set(key, level);
  }
  if (names === null) return;
  for (const f of found) {
    const c = f.c;
    if (c.kind !== 'person') continue;
    // A person's surname or full name: "Mr. Pike", "Bill Pike" (a given name first).
    if (c.hon >= 0 || (c.strength === 2 && c.parts.length > 1)) {
      names.delete(c.parts[c.parts.length - 1]);
      names.delete(c.parts.join(' '));
    } else if (c.parts.length === 1 && isGiven(c.parts[0])) names.delete(c.parts[0]);
  }
  for (const f of found) {
    const c = f.c;
    const level = c.caps || c.hon >= 0 ? undefined : names.get(c.parts.join(' '));
    if (level === undefined) continue;
    if (c.kind === 'person') {
      c.kind = 'organization';
      c.rule = level === 2 ? 'name.business-context' : 'name.organisation-context';
    }
    if (level === 2) c.descriptor ??= 'company';
  }
}

/** Links name candidates into entity drafts: full names first, then surnames and headlines. */
function link(text: string, found: Found[]): Draft[] {
  markOrganisations(text, found);
  const drafts: Draft[] = [];
  const firstPos: number[] = [];
  const bySurname = new Map<string, number[]>();
  /** Entities by given name (only names of the given-name list: "Alan" -> Alan Shearer). */
  const byFirst = new Map<string, number[]>();
  /** Entities by first part, for honorific links to surname-first names ("Mr Xi"). */
  const byFirstAny = new Map<string, number[]>();
  const orgByKey = new Map<string, number>();
  const addTo = (m: Map<string, number[]>, k: string, id: number): void => {
    const l = m.get(k);
    if (!l) m.set(k, [id]);
    else if (l[l.length - 1] !== id && !l.includes(id)) l.push(id);
  };
  const create = (f: Found, kind: EntityKind, rule: string): number => {
    const p = f.c.parts;
    drafts.push({
      kind,
      name: f.text.slice(f.c.hon >= 0 ? f.text.indexOf(' ') + 1 : 0).trim() || f.text,
      nparts: p.length,
      first: p.length > 1 ? p[0] : '',
      gender: f.c.gender ?? (p.length > 1 ? givenGender(p[0]) : null),
      role: null,
      heads: kind === 'organization' ? orgHeads(f.c) : [],
      mentions: [],
      rule,
    });
    firstPos.push(f.c.s);
    return drafts.length - 1;
  };
  const mention = (id: number, f: Found, rule: string): void => {
    const d = drafts[id];
    const form: MentionForm = f.c.hon >= 0 ? 'honorific' : 'name';
    d.mentions.push({ span: [f.c.s, f.c.e], form, rule });
    if (f.c.s < firstPos[id]) firstPos[id] = f.c.s;
    if (!d.role && f.role) d.role = f.role;
    if (!d.gender && f.c.gender) d.gender = f.c.gender;
  };
  // A company's name without its legal form ("Coastline Dredging" for "Coastline Dredging Ltd."):
  // the same company, not a person, wherever it stands.
  const shortNames = new Set<string>();
  for (const f of found) {
    const short = f.c.kind === 'organization' ? shortCompanyName(f.c.parts) : null;
    if (short !== null) shortNames.add(short);
  }
  const orgByShort = new Map<string, number>();
  // Pass A: full names (two or more parts) and organisations.
  for (const f of found) {
    const c = f.c;
    const short = c.kind === 'organization' ? shortCompanyName(c.parts) : shortNames.size > 0 && isFullName(c) ? c.parts.join(' ') : null;
    if (c.kind === 'organization' || (short !== null && shortNames.has(short))) {
      // f.text is text[c.s, c.e): its lower case as a shared string (no new string per mention)
      const key = lowerShared(text, c.s, c.e);
      let id = orgByKey.get(key) ?? (short !== null ? (orgByShort.get(short) ?? orgByKey.get(short)) : orgByShort.get(key));
      if (id === undefined) {
        id = create(f, 'organization', 'entity.organization');
        mention(id, f, c.kind === 'organization' ? c.rule : 'alias.company-short');
      } else {
        mention(id, f, orgByKey.has(key) ? 'alias.repeat' : c.kind === 'organization' ? 'alias.company-full' : 'alias.company-short');
        // the fullest form names it: "Coastline Dredging Ltd."
        if (c.kind === 'organization' && f.text.length > drafts[id].name.length) drafts[id].name = f.text;
      }
      orgByKey.set(key, id);
      if (short !== null) orgByShort.set(short, id);
      continue;
    }
    if (!isFullName(c)) continue;
    const sur = c.parts[c.parts.length - 1];
    const first = c.parts[0];
    let id = -1;
    for (const cand of bySurname.get(sur) ?? []) {
      if (drafts[cand].nparts >= 2 && compatibleFirst(drafts[cand].first, first)) id = cand;
    }
    if (id < 0) {
      id = create(f, 'person', 'entity.person');
      mention(id, f, c.rule);
    } else {
      const d = drafts[id];
      if (c.parts.length > d.nparts || (c.parts.length === d.nparts && f.text.length > d.name.length)) {
        d.name = f.text.slice(c.hon >= 0 ? f.text.indexOf(' ') + 1 : 0);
        d.nparts = c.parts.length;
        d.first = first;
      }
      mention(id, f, 'alias.full-name');
    }
    addTo(bySurname, sur, id);
    addTo(byFirstAny, first, id);
    if (isGiven(first)) addTo(byFirst, first, id);
    // "von der Leyen": the surname may be the particle phrase; "Leyen" alone still links.
  }
  // Pass B: one-word names, honorific + surname, headline capitals.
  const nearest = (list: number[], pos: number): number => {
    let best = list[0];
    for (const id of list) if (firstPos[id] <= pos) best = id;
    return best;
  };
  for (let fi = 0; fi < found.length; fi++) {
    const f = found[fi];
    const c = f.c;
    if (c.kind !== 'person' || isFullName(c)) continue;
    const key = c.parts[c.parts.length - 1];
    const sur = bySurname.get(key);
    if (sur) {
      mention(nearest(sur, c.s), f, c.hon >= 0 ? 'alias.honorific-surname' : c.caps ? 'alias.headline-surname' : 'alias.surname');
      continue;
    }
    // "Norvane" after (or before) "Norvane Semiconductor": the company; "Nordlink said" after
    // "the ferry operator Nordlink": the organisation of that name
    // (not an organisation in capitals: a transcript's "TAPPER:" is no company of Jake Tapper's)
    const joined = c.hon < 0 ? c.parts.join(' ') : '';
    const named = orgByKey.get(joined);
    const company = c.hon < 0 ? (orgByShort.get(joined) ?? (named !== undefined && drafts[named].name !== drafts[named].name.toUpperCase() ? named : undefined)) : undefined;
    if (company !== undefined) {
      mention(company, f, 'alias.company-short');
      continue;
    }
    // A given name alone ("Alan"), or the family name of a surname-first name ("Mr Xi" -> Xi Jinping).
    // In headline capitals a given name counts only right before its surname ("ROBERTO DURAN").
    const giv = c.parts.length !== 1 ? undefined : c.hon >= 0 ? byFirstAny.get(key) : byFirst.get(key);
    const next = found[fi + 1];
    if (giv && (!c.caps || (next && next.c.caps && next.c.s - c.e <= 2 && bySurname.get(next.c.parts[0])?.some((x) => giv.includes(x))))) {
      mention(nearest(giv, c.s), f, c.hon >= 0 ? 'alias.honorific-family-name-first' : c.caps ? 'alias.headline-given-name' : 'alias.given-name');
      continue;
    }
    if (c.caps) continue;
    if (c.hon >= 0 || (c.strength >= 1 && c.parts.length === 1)) {
      const id = create(f, 'person', 'entity.person');
      mention(id, f, c.rule);
      addTo(bySurname, key, id);
    }
  }
  for (const d of drafts) sortMentions(d.mentions);
  return drafts;
}

function build(text: string, drafts: Draft[], pronouns: Pronoun[], roleNouns: RoleNoun[], options: { noCoreference?: boolean }): EntityIndex {
  if (!options.noCoreference && (pronouns.length > 0 || roleNouns.length > 0)) {
    // The name mentions in text order; resolve() reads them merged with pronouns and role nouns.
    const names: NameEvent[] = [];
    for (let id = 0; id < drafts.length; id++) {
      for (const m of drafts[id].mentions) names.push({ s: m.span[0], e: m.span[1], entity: id });
    }
    sortByStart(names, (x) => x.s);
    const ents: CorefEntity[] = drafts.map((d) => ({
      kind: d.kind === 'organization' ? 'organization' : 'person',
      gender: d.gender,
      role: d.role ? d.role.text.toLowerCase() : null,
      heads: d.heads,
      name: d.kind === 'organization' ? d.name.toLowerCase() : undefined,
      business: d.kind === 'organization' ? mayBeBusiness(d.name, d.heads) : 0,
      agency: d.kind === 'organization' && mayBeAgency(d.name, d.heads),
    }));
    for (const l of resolve(names, pronouns, roleNouns, ents)) drafts[l.entity].mentions.push({ span: [l.s, l.e], form: l.form, rule: l.rule });
    ents.forEach((e, id) => {
      if (!drafts[id].gender) drafts[id].gender = e.gender;
    });
  }
  // Entities in order of first mention.
  const live = drafts.filter((d) => d.mentions.length > 0);
  for (const d of live) {
    sortMentions(d.mentions);
    d.mentions = mergeNeighbours(text, d.mentions);
  }
  sortByStart(live, (x) => x.mentions[0].span[0]);
  const entities: Entity[] = live.map((d, n) => {
    const aliases: string[] = [];
    // Most entities have a few aliases: a look through the list instead of a Set per entity;
    // a Set only past ALIAS_SCAN aliases, so the cost stays linear.
    let seen: Set<string> | null = null;
    for (const m of d.mentions) {
      if (m.form === 'pronoun') continue;
      // "The mayor" opening a sentence and "the mayor" later are one alias.
      // A shared string (most aliases repeat a name already seen): no new string per mention.
      const a = m.form === 'role' ? lowerLeadingArticle(sliceShared(text, m.span[0], m.span[1])) : sliceShared(text, m.span[0], m.span[1]);
      if (a === d.name || (seen !== null ? seen.has(a) : aliases.includes(a))) continue;
      aliases.push(a);
      if (seen !== null) seen.add(a);
      else if (aliases.length > ALIAS_SCAN) seen = new Set(aliases);
    }
    const e: Entity = {
      id: idOf('e', n + 1),
      kind: d.kind,
      name: d.name,
      role: d.role ? d.role.text : null,
      gender: d.kind === 'person' ? d.gender : null,
      // exact-size copies: a list grown by push keeps spare room (17 slots for one mention), and
      // results are held (editor, bench) while the spare room is copied by every collection
      aliases: aliases.slice(),
      mentions: d.mentions.slice(),
      anonymous: false,
      rule: d.rule,
    };
    if (d.role) e.roleRule = d.role.rule;
    return e;
  });
  return makeIndex(entities);
}

/** Up to this many aliases an entity's aliases are looked through as a list (see build). */
const ALIAS_SCAN = 16;

/** Mentions in text order (see sortByStart). */
function sortMentions(ms: Mention[]): void {
  sortByStart(ms, (x) => x.span[0]);
}

/**
 * arr.sort((x, y) => start(x) - start(y)), stable, with as little scratch memory as may be: the
 * entity layer sorts many short lists (each entity's mentions after coreference, the entities
 * themselves), mostly in order already (sortMostlyOrdered), and a long document's mentions
 * (sortLongByStart).
 */
function sortByStart<T>(arr: T[], start: (t: T) => number): void {
  if (!sortLongByStart(arr, start)) sortMostlyOrdered(arr, (x, y) => start(x) - start(y));
}

/** "ROBERTO" + "DURAN" in a headline, found word by word, become one mention. */
function mergeNeighbours(text: string, ms: Mention[]): Mention[] {
  // Most lists have nothing to merge or drop: then the list itself is the result (no copy).
  let k = 1;
  while (k < ms.length && ms[k].span[0] >= ms[k - 1].span[1] && !mergeable(text, ms[k - 1], ms[k])) k++;
  if (k >= ms.length) return ms;
  const out: Mention[] = [];
  for (const m of ms) {
    const p = out[out.length - 1];
    if (p && mergeable(text, p, m)) {
      out[out.length - 1] = { span: [p.span[0], m.span[1]], form: 'name', rule: p.rule };
    } else if (!p || m.span[0] >= p.span[1]) out.push(m);
  }
  return out;
}

/** Two name mentions with only spaces (at most two) between them: one name. */
function mergeable(text: string, p: Mention, m: Mention): boolean {
  return p.form === 'name' && m.form === 'name' && m.span[0] > p.span[1] && m.span[0] - p.span[1] <= 2 && text.slice(p.span[1], m.span[0]).trim() === '';
}

/** Below this length a comparator sort is cheaper than making the typed array. */
const LONG_SORT = 512;

/**
 * arr.sort((x, y) => start(x) - start(y)) for a long array (a long document's mentions), and true;
 * false (nothing done) for a short one. Starts are non-negative integers: start * n + index
 * packs each element's start and original index into one exact float (below 2^53), so a native
 * numeric sort of those keys gives the same stable order without a comparator call per pair.
 */
function sortLongByStart<T>(arr: T[], start: (t: T) => number): boolean {
  const n = arr.length;
  if (n < LONG_SORT) return false;
  let k = 1;
  while (k < n && start(arr[k]) >= start(arr[k - 1])) k++;
  if (k >= n) return true; // in order already: a stable sort would leave it as it is
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = start(arr[i]) * n + i;
  keys.sort();
  const copy = arr.slice();
  for (let i = 0; i < n; i++) arr[i] = copy[keys[i] % n];
  return true;
}

function makeIndex(entities: Entity[]): EntityIndex {
  const all: IndexedMention[] = [];
  let maxLen = 0;
  for (const ent of entities) {
    for (const m of ent.mentions) {
      all.push({ s: m.span[0], e: m.span[1], ent, span: m.span });
      if (m.span[1] - m.span[0] > maxLen) maxLen = m.span[1] - m.span[0];
    }
  }
  sortByStart(all, (x) => x.s);
  const index: EntityIndex = {
    entities,
    entityAt(span: Span): Entity | null {
      return index.mentionAt(span)?.ent ?? null;
    },
    mentionAt([s, e]: Span): IndexedMention | null {
      // First mention that could overlap: start >= s - maxLen.
      let lo = 0;
      let hi = all.length;
      const from = s - maxLen;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (all[mid].s < from) lo = mid + 1;
        else hi = mid;
      }
      let inside: IndexedMention | null = null;
      let best: IndexedMention | null = null;
      let bestOverlap = 0;
      for (let k = lo; k < all.length && all[k].s < Math.max(e, s + 1); k++) {
        const m = all[k];
        const ov = Math.min(e, m.e) - Math.max(s, m.s);
        const touches = ov > 0 || (s === e && m.s <= s && s < m.e);
        if (!touches) continue;
        if (m.s >= s && m.e <= e && (!inside || m.e > inside.e || (m.e === inside.e && m.s < inside.s))) inside = m;
        if (ov > bestOverlap || !best) {
          best = m;
          bestOverlap = ov;
        }
      }
      return inside ?? best;
    },
  };
  return index;
}

/** "The ministry" -> "the ministry"; other text unchanged. */
export function lowerLeadingArticle(alias: string): string {
  return /^(?:The|A|An) /.test(alias) ? alias[0].toLowerCase() + alias.slice(1) : alias;
}
