/**
 * Coreference: pronouns and role nouns linked to the fitting antecedent, in one pass in text
 * order with a running "last person by gender" and "last organisation by head word", so the
 * cost is linear (no search back over earlier mentions).
 * - "he"/"him"/"his" -> the last male (or not yet gendered) person; "she"/"her" likewise female;
 * - "it" before a speech verb ("It added") -> the last organisation, if recent;
 * - "the ministry"/"the agency" -> the last organisation whose name has that head word;
 * - "the French president" -> the last person whose role has that head and those modifiers.
 */
import { SPEECH_VERBS } from './lexicon/common';
import { COUNTRY_OF } from './lexicon/places';
import type { RoleNoun } from './roles';
import { Case, type Tok } from './tokens';
import type { Gender } from './types';

export interface Pronoun {
  s: number;
  e: number;
  gender: Gender | null; // null: "it"
  /** The relative "who" right after a name: "Mikhail Mishustin, who called for ...". */
  relative?: boolean;
}

export const MALE = new Set(['he', 'him', 'his', 'himself']);
export const FEMALE = new Set(['she', 'her', 'hers', 'herself']);
export const AUX = new Set(['has', 'had', 'have', 'would', 'will', 'also', 'later', 'then', 'previously', 'earlier']);

/** First code units (all ASCII) and the longest length of the words findPronouns() looks for. */
const PRONOUN_FIRST = new Uint8Array(65536);
let PRONOUN_MAX = 0;
for (const w of [...MALE, ...FEMALE, 'who', 'it']) {
  PRONOUN_FIRST[w.charCodeAt(0)] = 1;
  PRONOUN_MAX = Math.max(PRONOUN_MAX, w.length);
}

/** Pronouns of one block that may name a speaker, in text order. */
export function findPronouns(toks: Tok[]): Pronoun[] {
  const out: Pronoun[] = [];
  for (let i = 0; i < toks.length; i++) {
    const lo = toks[i].lo;
    // Most tokens are ruled out by their length and first letter, before any set look-up.
    if (lo.length > PRONOUN_MAX || PRONOUN_FIRST[lo.charCodeAt(0)] !== 1) continue;
    if (lo === 'who') {
      if (i > 0 && toks[i - 1].cap !== Case.Lower) out.push({ s: toks[i].s, e: toks[i].e, gender: null, relative: true });
    } else if (MALE.has(lo)) out.push({ s: toks[i].s, e: toks[i].e, gender: 'male' });
    else if (FEMALE.has(lo)) out.push({ s: toks[i].s, e: toks[i].e, gender: 'female' });
    else if (lo === 'it' && i + 1 < toks.length && toks[i + 1].adj) {
      // Only the "it" of a statement: "It added", "it has said"; not "it fits", "it is".
      let k = i + 1;
      if (AUX.has(toks[k].lo) && k + 1 < toks.length && toks[k + 1].adj) k++;
      if (SPEECH_VERBS.has(toks[k].lo)) out.push({ s: toks[i].s, e: toks[i].e, gender: null });
    }
  }
  return out;
}

/** What the resolver needs to know about an entity. */
export interface CorefEntity {
  kind: 'person' | 'organization';
  gender: Gender | null;
  /** Lower-case role, or null. */
  role: string | null;
  /** Lower-case head words of an organisation's name ("ministry", "agency"). */
  heads: string[];
  /** Lower-case name (organisations: a nationality in a role noun must agree with it). */
  name?: string;
  /**
   * May this organisation be "the company" later: 2 a business by its name ("Veltra Motors"),
   * 1 perhaps ("Norvik", "Brekke Partners"), 0 not (a ministry, a newspaper). Unset: 0.
   */
  business?: 0 | 1 | 2;
  /** May this organisation be "the agency" later: a government body ("the State Department", "the FBI"). Unset: no. */
  agency?: boolean;
}

/** A name mention of a known entity. */
export interface NameEvent {
  s: number;
  e: number;
  entity: number;
}

export interface CorefLink {
  s: number;
  e: number;
  entity: number;
  form: 'pronoun' | 'role';
  rule: string;
}

/** The role carries the modifier, or the country a nationality names: "french" in "President of France". */
function roleHas(role: string, mod: string): boolean {
  if (role.includes(mod)) return true;
  const country = COUNTRY_OF.get(mod);
  return country !== undefined && role.includes(country);
}

/** A relative "who" links to the name that ends at most this far before it (", who"). */
const RELATIVE_REACH = 3;
/** Beyond this distance (UTF-16 units) a pronoun is not linked: the antecedent is out of view. */
const PRONOUN_REACH = 1500;

/** "It added" links to an organisation named at most this far back (UTF-16 units). */
export const IT_REACH = 400;
/** Words that name a business later whatever its name ("the company", "the firm"). */
const COMPANY_NOUNS = new Set(['company', 'firm']);
/**
 * "The company" links to the last organisation seen that may be a business, if it is one by its
 * name or was named just before (within COMPANY_CLOSE: "Exxon Mobil contended ... The company
 * said"), but not when another that may be one was seen at most COMPANY_REACH back (UTF-16 units):
 * with two in view it is left unresolved, unless the last one was named just before (within
 * COMPANY_CLOSE) and the other was not.
 */
const COMPANY_REACH = 1500;
const COMPANY_CLOSE = 300;
/** "The agency" links to the last government body seen at most this far back (UTF-16 units), with the rivals rule of "the company". */
const AGENCY_REACH = 1500;

/** The last two entities of one sort seen ("a business", "an agency"), each with where it was last seen (a plain object: resolve() makes two per document). */
interface LastTwo {
  last: number;
  lastPos: number;
  prev: number;
  prevPos: number;
}
function seeOne(t: LastTwo, id: number, pos: number): void {
  if (id !== t.last) {
    t.prev = t.last;
    t.prevPos = t.lastPos;
    t.last = id;
  }
  t.lastPos = pos;
}
/**
 * Which of the two a noun at `at` names, given `fallback` (the last one, or -1): with the other
 * seen within COMPANY_REACH too, it is left unresolved (-1), unless the last one was named just
 * before (within COMPANY_CLOSE) and the other was not, or only one of them has `word` among its
 * heads (null: none has).
 */
function pickOne(t: LastTwo, at: number, fallback: number, ents: CorefEntity[], word: string | null): number {
  if (t.prev < 0 || at - t.prevPos > COMPANY_REACH || (at - t.lastPos <= COMPANY_CLOSE && at - t.prevPos > COMPANY_CLOSE)) return fallback;
  const lastHas = word !== null && ents[t.last].heads.includes(word);
  const prevHas = word !== null && ents[t.prev].heads.includes(word);
  return lastHas === prevHas ? -1 : lastHas ? t.last : t.prev;
}
/** How many people with the same role head a role noun considers (the most recently introduced). */
const ROLE_CANDIDATES = 16;

/**
 * Resolves references given the name mentions, pronouns and role nouns, each list in text order:
 * they are read merged in text order (at one offset: the name first, then the pronoun, then the
 * role noun), without making a merged list of events. May set an entity's gender from the
 * pronoun that first refers to it. Cost: O(names + pronouns + role nouns + distinct role heads).
 */
export function resolve(names: NameEvent[], pronouns: Pronoun[], roleNouns: RoleNoun[], ents: CorefEntity[]): CorefLink[] {
  const links: CorefLink[] = [];
  let lastMale = -1;
  let lastMalePos = -1;
  let lastFemale = -1;
  let lastFemalePos = -1;
  let lastNeutral = -1; // person without known gender
  let lastNeutralPos = -1;
  let lastOrg = -1;
  let lastOrgPos = -1;
  const orgByHead = new Map<string, number>();
  // The last two organisations seen that may be a business, and the last two government bodies.
  const biz: LastTwo = { last: -1, lastPos: -1, prev: -1, prevPos: -1 };
  const agencies: LastTwo = { last: -1, lastPos: -1, prev: -1, prevPos: -1 };
  // Persons with a role, by the role's last word, most recent last.
  const byRoleHead = new Map<string, number[]>();
  // Plain arrays: most texts have a few entities, and a typed array is costly to make.
  const seen: boolean[] = new Array<boolean>(ents.length).fill(false);
  const lastSeen: number[] = new Array<number>(ents.length).fill(-1);
  const see = (id: number, pos: number): void => {
    const en = ents[id];
    lastSeen[id] = pos;
    if (en.kind === 'organization') {
      lastOrg = id;
      lastOrgPos = pos;
      for (const h of en.heads) orgByHead.set(h, id);
      if (en.business) seeOne(biz, id, pos);
      if (en.agency) seeOne(agencies, id, pos);
      return;
    }
    if (en.gender === 'male') {
      lastMale = id;
      lastMalePos = pos;
    } else if (en.gender === 'female') {
      lastFemale = id;
      lastFemalePos = pos;
    } else {
      lastNeutral = id;
      lastNeutralPos = pos;
    }
    if (!seen[id] && en.role) {
      seen[id] = true;
      const words = en.role.split(/\s+/); // once per entity with a role (seen)
      const head = words[words.length - 1];
      const list = byRoleHead.get(head);
      if (list) list.push(id);
      else byRoleHead.set(head, [id]);
    }
  };
  // An organisation noun ("the company", "the ministry") links to entity `id` (-1: none) when a
  // nationality among its modifiers agrees with the name: "the Brazilian league" is not the
  // Premier League, "the Chinese ministry" is China's Foreign Ministry; other modifiers may be left out.
  const linkOrgNoun = (r: RoleNoun, id: number, rule: string): void => {
    if (id < 0 || !r.mods.every((m) => !COUNTRY_OF.has(m) || roleHas(ents[id].name ?? '', m))) return;
    links.push({ s: r.s, e: r.e, entity: id, form: 'role', rule });
    see(id, r.s);
  };
  let lastName = -1;
  let lastNameEnd = -1;
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < names.length || j < pronouns.length || k < roleNouns.length) {
    const ns = i < names.length ? names[i].s : Infinity;
    const ps = j < pronouns.length ? pronouns[j].s : Infinity;
    const rs = k < roleNouns.length ? roleNouns[k].s : Infinity;
    if (ns <= ps && ns <= rs) {
      const ev = names[i++];
      see(ev.entity, ev.s);
      lastName = ev.entity;
      lastNameEnd = ev.e;
      continue;
    }
    if (ps <= rs) {
      const p = pronouns[j++];
      if (p.relative) {
        if (lastName >= 0 && ents[lastName].kind === 'person' && p.s - lastNameEnd <= RELATIVE_REACH && p.s >= lastNameEnd) {
          links.push({ s: p.s, e: p.e, entity: lastName, form: 'pronoun', rule: 'coref.relative-who' });
        }
        continue;
      }
      if (p.gender === null) {
        if (lastOrg >= 0 && p.s - lastOrgPos <= IT_REACH) {
          links.push({ s: p.s, e: p.e, entity: lastOrg, form: 'pronoun', rule: 'coref.it-organisation' });
          lastOrgPos = p.s;
        }
        continue;
      }
      const male = p.gender === 'male';
      const gid = male ? lastMale : lastFemale;
      const gpos = male ? lastMalePos : lastFemalePos;
      let id = -1;
      let rule = '';
      if (gid >= 0 && (gpos >= lastNeutralPos || lastNeutral < 0)) {
        id = gid;
        rule = male ? 'coref.pronoun-last-male' : 'coref.pronoun-last-female';
      } else if (lastNeutral >= 0) {
        id = lastNeutral;
        rule = 'coref.pronoun-last-person';
        ents[id].gender = p.gender; // the pronoun tells the gender
        if (lastNeutral === id) lastNeutral = -1;
      }
      const pos = id === gid ? gpos : lastNeutralPos;
      if (id < 0 || p.s - Math.max(pos, 0) > PRONOUN_REACH) continue;
      links.push({ s: p.s, e: p.e, entity: id, form: 'pronoun', rule });
      see(id, p.s);
      continue;
    }
    const r = roleNouns[k++];
    if (r.org && COMPANY_NOUNS.has(r.head)) {
      // "Veltra Motors ... The company said": the one business in reach; with two, the one the
      // article introduced by that very word ("the law firm Brekke" for "the firm"), if only one.
      const id = pickOne(biz, r.s, biz.last >= 0 && (ents[biz.last].business === 2 || r.s - biz.lastPos <= COMPANY_CLOSE) ? biz.last : -1, ents, r.head !== 'company' ? r.head : null);
      linkOrgNoun(r, id, 'coref.company-noun');
      continue;
    }
    if (r.org && r.head === 'agency' && agencies.last >= 0) {
      // "the State Department ... the agency said": the one government body in reach
      linkOrgNoun(r, pickOne(agencies, r.s, r.s - agencies.lastPos <= AGENCY_REACH ? agencies.last : -1, ents, 'agency'), 'coref.agency-noun');
      continue;
    }
    if (r.org) {
      linkOrgNoun(r, orgByHead.get(r.head) ?? -1, 'coref.organisation-head-noun');
      continue;
    }
    const list = byRoleHead.get(r.head);
    if (!list) continue;
    // The most recently seen person whose role carries every modifier ("french" in "French
    // president"), among the last ROLE_CANDIDATES people with that role head (bounded work).
    let best = -1;
    for (let k = list.length - 1; k >= 0 && list.length - k <= ROLE_CANDIDATES; k--) {
      const role = ents[list[k]].role ?? '';
      if ((best < 0 || lastSeen[list[k]] > lastSeen[best]) && r.mods.every((m) => roleHas(role, m))) best = list[k];
    }
    if (best >= 0) {
      links.push({ s: r.s, e: r.e, entity: best, form: 'role', rule: 'coref.role-noun' });
      see(best, r.s);
    }
  }
  return links;
}
