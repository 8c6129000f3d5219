/**
 * Name finding: capitalised token runs in one block of text, split and classified as person or
 * organisation candidates. Places, days, months, titles and sentence-initial common words are
 * not names. A candidate may still need evidence from the whole document (a surname alone, a
 * word in an ALL-CAPS headline): `strength` says how sure this stage is; entities.ts decides.
 */
import { CALENDAR, EVENT_HEADS, FUNCTION_WORDS, LEGAL_FORMS, ORG_DESCRIPTORS, ORG_HEADS, PLACE_HEADS } from './lexicon/common';
import { COMMON_WORDS } from './lexicon/common-words';
import { FEMALE_GIVEN, MALE_GIVEN } from './lexicon/given-names';
import { NATIONALITIES, PLACE_PHRASES, PLACES } from './lexicon/places';
import { HONORIFICS, ROLE_MODIFIERS, TITLE_HEADS } from './lexicon/titles';
import { Case, type Tok } from './tokens';
import { WordTable } from './wordtable';
import type { Gender } from './types';

export type NameKind = 'person' | 'organization';

export interface NameCandidate {
  kind: NameKind;
  /** Index of the first and last name token in the block's token array. */
  a: number;
  b: number;
  /** Start of the mention: the honorific when there is one ("Mr Xi"), else the name start. */
  s: number;
  /** End of the name (before any possessive "'s"). */
  e: number;
  /** Lower-case name tokens, honorific excluded. */
  parts: string[];
  /** Honorific token index, or -1. */
  hon: number;
  gender: Gender | null;
  /** 2 sure, 1 likely, 0 only with support elsewhere in the document. */
  strength: 0 | 1 | 2;
  /** Every token is in capitals (headline). */
  caps: boolean;
  rule: string;
  /** The word for its kind before an organisation's name ("fund" in "the pension fund Fjordkapital"), or null. */
  descriptor: string | null;
}

/** Lower-case name particles that may sit inside a name: "Ursula von der Leyen". */
export const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'ben', 'dos', 'das', 'ter', 'ten', 'zu', 'y', 'bint', 'abu']);
/** Post-nominal letters (honours, offices) that follow a name in capitals: no part of it. */
const POST_NOMINALS = new Set(['kc', 'qc', 'mp', 'mep', 'msp', 'mla', 'obe', 'cbe', 'mbe', 'kbe', 'dbe', 'frs']);
/** Name suffixes: part of the span, not a surname. */
const SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv', 'vi', 'vii', 'viii', 'ix', 'xii', 'xiii', 'xiv', 'xv', 'xvi']);
/** Calendar abbreviations that are also given names: they break a run only when no name follows. */
const NAMELIKE_CALENDAR = new Set(['may', 'june', 'april', 'august', 'jan']);
/** Links that may join the parts of an organisation name: "Ministry of Foreign Affairs". */
const ORG_LINKS = new Set(['of', 'for', 'and', '&', 'on']);
/**
 * Heads of bodies named for a topic, the only ones "on" links: "Council on Foreign Relations",
 * "Committee on Taxation"; not "the Coastal Party on Kolholm", "CBS News on Tuesday night".
 */
const ON_HEADS = new Set(['committee', 'subcommittee', 'council', 'commission', 'centre', 'center', 'conference', 'panel', 'institute', 'office', 'board', 'caucus', 'coalition', 'forum', 'force', 'bureau']);
/** Places that act as organisations when they speak: "the Kremlin said". */
const INSTITUTIONS = new Set(['kremlin', 'white house', 'pentagon', 'downing street', 'whitehall', 'elysee', 'élysée', 'vatican']);
/** Organisation heads that name an organisation on their own: "Reuters", "Congress". */
const SOLO_ORGS = new Set(['reuters', 'xinhua', 'tass', 'interfax', 'bloomberg', 'afp', 'bbc', 'cnn', 'nbc', 'cbs', 'msnbc', 'npr', 'pbs', 'congress', 'parliament', 'nato', 'opec', 'fbi', 'cia', 'nasa', 'duma']);

function nameish(t: Tok): boolean {
  return t.cap !== Case.Lower;
}
/** Given name -> the gender it usually carries, null when used for both. One look-up per word. */
const GIVEN = new Map<string, Gender | null>();
for (const w of MALE_GIVEN) GIVEN.set(w, 'male');
for (const w of FEMALE_GIVEN) GIVEN.set(w, GIVEN.has(w) ? null : 'female');
export function isGiven(lo: string): boolean {
  return GIVEN.has(lo);
}
export function givenGender(lo: string): Gender | null {
  return GIVEN.get(lo) ?? null;
}
function isInitial(t: Tok): boolean {
  return t.t.length === 2 && t.t.charCodeAt(1) === 0x2e && t.cap !== Case.Lower;
}
/** Words that break a capitalised run: "On Tuesday Putin" -> "Putin". */
function breaks(t: Tok, prev?: Tok): boolean {
  const f = lex(t);
  // "Theresa May", "Jan Kroslak": a month that follows a given name is a surname.
  if (f & W.Calendar) return !((f & W.NamelikeCalendar) !== 0 && t.adj && prev !== undefined && has(prev, W.Given));
  return (f & (W.Function | W.Honorific)) === W.Function;
}
/**
 * Given names that are also a function word or a month's short form: capitalised inside a sentence
 * right before another capitalised word that is no common word, they open a name ("the mayor, Per
 * Aas,", "Former governor Jan Brewer"). Not "Will" (title-case headlines: "Will Twitter Survive")
 * nor "June" ("in June Trump said").
 */
const GIVEN_AS_WORD: ReadonlySet<string> = new Set(['per', 'jan']);
/** Does toks[k] open a name as a word of GIVEN_AS_WORD (toks[k + 1], k < last, in the same run)? */
function givenFunctionWord(toks: Tok[], k: number, last: number): boolean {
  const t = toks[k];
  return k < last && !t.si && t.cap !== Case.Lower && GIVEN_AS_WORD.has(t.lo) && toks[k + 1].adj && nameish(toks[k + 1]) && !has(toks[k + 1], W.Common);
}
/** A title word, also the last part of a hyphenated one: "Major-General", "Vice-Admiral". */
export function isTitleWord(lo: string): boolean {
  if (TITLE_HEADS.has(lo)) return true;
  const h = lo.lastIndexOf('-');
  return h > 0 && TITLE_HEADS.has(lo.slice(h + 1));
}
/** Places, nationalities and their plurals ("Israelis"), in one set: one look-up per word. */
const PLACE_WORDS = new Set<string>([...PLACES, ...NATIONALITIES]);
for (const w of NATIONALITIES) if (w.length > 3) PLACE_WORDS.add(w + 's');
/** Common English words and their plurals: "World", "Rights", "Managers". */
const COMMON = new Set<string>(COMMON_WORDS);
for (const w of COMMON_WORDS) if (w.length > 3 && !w.endsWith('s')) COMMON.add(w + 's');

/**
 * Lexicon flags of a token's lower-case word. Name finding asks a dozen set questions about the
 * same token ("a given name?", "a place?", "a title?"); one look-up per token answers them all as
 * bits, cached on the token (Tok.f, -1 until asked). The table (a WordTable, cheaper than a Map of
 * that size) is built on first use from the sets above and below, so it follows them.
 */
const enum W {
  Particle = 1 << 0,
  Suffix = 1 << 1,
  NamelikeCalendar = 1 << 2,
  OrgLink = 1 << 3,
  SoloOrg = 1 << 4,
  Given = 1 << 5,
  TitleWord = 1 << 6, // isTitleWord()
  TitleHead = 1 << 7,
  Place = 1 << 8, // PLACE_WORDS
  Common = 1 << 9, // COMMON
  PlaceStart = 1 << 10,
  Calendar = 1 << 11,
  Function = 1 << 12,
  Honorific = 1 << 13,
  OrgHead = 1 << 14,
  RoleModifier = 1 << 15,
  EventHead = 1 << 16,
  PlaceHead = 1 << 17,
  SurnamePlaceHead = 1 << 18,
  NotAcronym = 1 << 19,
  Said = 1 << 20,
  PhraseStart = 1 << 21, // the first word of a phrase of INSTITUTIONS, PLACE_PHRASES or SOLO_ORGS
  Phrase = 1 << 22, // a one-word phrase of INSTITUTIONS, PLACE_PHRASES or SOLO_ORGS
  Male = 1 << 23, // MALE_GIVEN (with Female: a given name of either, see genderOf())
  Female = 1 << 24, // FEMALE_GIVEN
  OrgDescriptor = 1 << 25, // ORG_DESCRIPTORS
  CapitalisedDescriptor = 1 << 26, // CAPITALISED_DESCRIPTORS
  PostNominal = 1 << 27, // POST_NOMINALS
  OnHead = 1 << 28, // ON_HEADS
  LegalForm = 1 << 29, // LEGAL_FORMS
}
let lexTable: WordTable | null = null;
function buildLex(): WordTable {
  const m = new Map<string, number>();
  const add = (words: Iterable<string>, flag: W): void => {
    for (const w of words) m.set(w, (m.get(w) ?? 0) | flag);
  };
  add(PARTICLES, W.Particle);
  add(SUFFIXES, W.Suffix);
  add(NAMELIKE_CALENDAR, W.NamelikeCalendar);
  add(ORG_LINKS, W.OrgLink);
  add(SOLO_ORGS, W.SoloOrg);
  add(GIVEN.keys(), W.Given);
  add(MALE_GIVEN, W.Male);
  add(FEMALE_GIVEN, W.Female);
  add(TITLE_HEADS, W.TitleHead | W.TitleWord);
  add(PLACE_WORDS, W.Place);
  add(COMMON, W.Common);
  add(PLACE_STARTS, W.PlaceStart);
  add(CALENDAR, W.Calendar);
  add(FUNCTION_WORDS, W.Function);
  add(HONORIFICS.keys(), W.Honorific);
  add(ORG_HEADS, W.OrgHead);
  add(ROLE_MODIFIERS, W.RoleModifier);
  add(EVENT_HEADS, W.EventHead);
  add(PLACE_HEADS, W.PlaceHead);
  add(SURNAME_PLACE_HEADS, W.SurnamePlaceHead);
  add(NOT_ACRONYMS, W.NotAcronym);
  add(SAID, W.Said);
  add(ORG_DESCRIPTORS, W.OrgDescriptor);
  add(CAPITALISED_DESCRIPTORS, W.CapitalisedDescriptor);
  add(POST_NOMINALS, W.PostNominal);
  add(ON_HEADS, W.OnHead);
  add(LEGAL_FORMS, W.LegalForm);
  for (const p of [...INSTITUTIONS, ...PLACE_PHRASES, ...SOLO_ORGS]) {
    const sp = p.indexOf(' ');
    add([sp > 0 ? p.slice(0, sp) : p], sp > 0 ? W.PhraseStart : W.Phrase);
  }
  return new WordTable(m);
}
/**
 * A direct-mapped memo of recent words in front of the table. The table is large (given names,
 * places, common words), so a look-up there mostly misses the processor's caches; the same
 * words recur within and across articles, and their `lo` strings are mostly the same string
 * objects (tokens.ts shares them), so a slot hit is one comparison. Flags depend on the word only.
 */
const MEMO_SIZE = 4096;
const memoWord: Array<string | null> = new Array<string | null>(MEMO_SIZE).fill(null);
const memoFlags = new Int32Array(MEMO_SIZE);
function lex(t: Tok): number {
  let f = t.f;
  if (f === undefined || f < 0) {
    const lo = t.lo;
    let h = 0;
    for (let k = 0; k < lo.length; k++) h = (Math.imul(h, 31) + lo.charCodeAt(k)) | 0;
    const at = (h ^ (h >>> 12)) & (MEMO_SIZE - 1);
    if (memoWord[at] === lo) f = memoFlags[at];
    else {
      f = (lexTable ??= buildLex()).get(lo);
      // isTitleWord()'s hyphen rule ("major-general"); TITLE_HEADS itself is in the table.
      if ((f & W.TitleWord) === 0) {
        let h = lo.length - 1; // lo.lastIndexOf('-') without the call (a builtin, slow for short strings)
        while (h > 0 && lo.charCodeAt(h) !== 0x2d) h--;
        if (h > 0 && TITLE_HEADS.has(lo.slice(h + 1))) f |= W.TitleWord;
      }
      memoWord[at] = lo;
      memoFlags[at] = f;
    }
    t.f = f;
  }
  return f;
}
const has = (t: Tok, flag: W): boolean => (lex(t) & flag) !== 0;
/** givenGender() of a word from its flags. */
function genderOf(f: number): Gender | null {
  const g = f & (W.Male | W.Female);
  return g === W.Male ? 'male' : g === W.Female ? 'female' : null;
}
/** First words of place and club names: "St Louis", "San Marino", "East Fife", "Port Vale". */
const PLACE_STARTS = new Set(['st', 'st.', 'saint', 'san', 'santa', 'santo', 'sao', 'porto', 'puerto', 'fort', 'port', 'lake', 'mount', 'mt', 'mt.', 'cape', 'east', 'west', 'north', 'south', 'upper', 'lower', 'greater', 'new', 'los', 'las', 'el', 'river', 'camp', 'fc', 'ac', 'sc', 'sv', 'fk', 'ofk', 'real', 'inter', 'dynamo', 'dinamo', 'sporting', 'olympique', 'club']);

/** All name candidates of one block, in text order. `text` is the whole document. */
/** "Ontario-based": a hyphen and a lower-case letter (made once, no g flag). */
const HYPHEN_LOWER = /-\p{Ll}/u;

export function findNames(text: string, toks: Tok[]): NameCandidate[] {
  const out: NameCandidate[] = [];
  const n = toks.length;
  for (let i = 0; i < n; i++) {
    if (!nameish(toks[i])) continue;
    // The run: adjacent name-shaped tokens, particles inside, "of" inside organisation names.
    let j = i;
    while (j + 1 < n && toks[j + 1].adj && !toks[j].poss) {
      const nx = toks[j + 1];
      if (nameish(nx)) j++;
      else if (has(nx, W.Particle)) {
        // "von der Leyen": particles count only when a name part follows them.
        let k = j + 1;
        while (k + 1 < n && has(toks[k], W.Particle) && toks[k + 1].adj && k - j < 4) k++;
        if (k > j + 1 && nameish(toks[k]) && toks[k].adj) j = k;
        else break;
      }
      else if (has(nx, W.OrgLink) && (has(toks[j], W.OrgHead) || friendsOf(toks, i, j)) && j + 2 < n && toks[j + 2].adj && nameish(toks[j + 2]) && linksOn(toks, i, j)) j++;
      // "the Bank of the Eastern Isles", "the University of the West Indies"
      else if (nx.lo === 'of' && (has(toks[j], W.OrgHead) || friendsOf(toks, i, j)) && j + 3 < n && toks[j + 2].lo === 'the' && toks[j + 2].adj && toks[j + 3].adj && nameish(toks[j + 3])) j += 2;
      else break;
    }
    splitRun(text, toks, i, j, out);
    i = j;
  }
  return out;
}

function splitRun(text: string, toks: Tok[], i: number, j: number, out: NameCandidate[]): void {
  let a = i;
  for (let k = i; k <= j + 1; k++) {
    const link = k <= j && k > a && toks[k].cap === Case.Lower && (has(toks[k], W.OrgLink) || (toks[k].lo === 'the' && toks[k - 1].lo === 'of'));
    if (k === j + 1 || (breaks(toks[k], k > a ? toks[k - 1] : undefined) && !link && !surnameLike(toks, a, k, j) && !givenFunctionWord(toks, k, j))) {
      if (k > a) classify(text, toks, a, k - 1, out);
      a = k + 1;
    }
  }
}

function classify(text: string, toks: Tok[], a: number, b: number, out: NameCandidate[]): void {
  while (b >= a && has(toks[b], W.Particle | W.OrgLink)) b--;
  // An abbreviated legal form ends the name before it, and may end its sentence: "D.E. Shaw & Co. Obama adviser"
  while (a < b && has(toks[a], W.LegalForm) && toks[a].t.endsWith('.')) a++;
  // Letters after a name are no part of it: "Rupert Ashdown KC", "Jane Pike MP"
  while (b > a && toks[b].cap === Case.Upper && toks[b - 1].cap !== Case.Upper && has(toks[b], W.PostNominal)) b--;
  if (b < a) return;
  // a currency's country code: "NZ$80 million", "HK$3.20"
  if (a === b && text.charCodeAt(toks[b].e) === 0x24) return;
  const allCaps = allUpper(toks, a, b);
  // Organisations: a head word anywhere ("Foreign Ministry", "Xinhua News Agency").
  let orgHead = -1;
  for (let k = a; k <= b; k++) if (has(toks[k], W.OrgHead)) orgHead = k;
  // "the Friends of Tarnby Library", "the Friends of Abe": a society named for what it supports
  if (orgHead < 0 && b > a + 1 && toks[a].lo === 'friends' && toks[a + 1].cap === Case.Lower && has(toks[a + 1], W.OrgLink)) orgHead = a;
  // Title split: the name follows the last title or honorific ("Russian President | Vladimir Putin").
  let title = -1;
  let nb = b; // the last name part before a suffix ("King" in "Martin Luther King Jr.")
  while (nb > a && has(toks[nb], W.Suffix)) nb--;
  for (let k = nb - 1; k >= a; k--) {
    if (has(toks[k], W.TitleWord | W.Honorific)) {
      title = k;
      break;
    }
  }
  let s = title >= 0 ? title + 1 : a;
  // The run's words as one string, for the phrase sets; null when no phrase can match (see phrase()).
  const lowRun = phrase(toks, a, b);
  if (lowRun !== null && INSTITUTIONS.has(lowRun)) return push(out, 'organization', toks, a, b, -1, 2, allCaps, 'name.institution');
  if (lowRun !== null && PLACE_PHRASES.has(lowRun)) return;
  if ((orgHead >= s || (orgHead >= 0 && title < 0)) && !surnameOrg(toks, a, b, orgHead)) {
    if (b === a && !has(toks[a], W.SoloOrg)) {
      // A lone head ("the Ministry", "The Post") is left to the role-noun stage.
      return;
    }
    if (allCaps && b - a < 1 && !has(toks[a], W.SoloOrg)) return;
    // "China's Foreign Ministry": the possessive owner belongs to the name.
    let start = a;
    if (a > 0 && toks[a].adj && toks[a - 1].poss && toks[a - 1].cap !== Case.Lower) start = a - 1;
    return push(out, 'organization', toks, start, b, -1, 2, allCaps, 'name.organization-head');
  }
  if (lowRun !== null && SOLO_ORGS.has(lowRun)) return push(out, 'organization', toks, a, b, -1, 2, allCaps, 'name.organization-known');
  // An acronym in running text ("the IMF said", "NAACP leaders"): an organisation; not the place
  // of a dateline ("BERGEN — The operator …").
  if (a === b && allCaps && isAcronym(toks, a) && !opensDateline(text, toks[a])) return push(out, 'organization', toks, a, b, -1, 2, false, 'name.acronym');
  // "Chipmaker Norvane", "Carmaker Veltra", "Regulator Ofgem": a word for a line of business
  // before a name makes it a company (the word is no part of the name)
  if (a < b && !allCaps && has(toks[a], W.CapitalisedDescriptor)) return push(out, 'organization', toks, a + 1, b, -1, 2, allCaps, 'name.business-descriptor');
  // "the ferry operator Nordlink", "the pension fund Fjordkapital": a lower-case word for a kind
  // of organisation right before a short name (no given name, no place, no day) makes it one
  // after a determiner ("we fund Zika research" has none), and the whole name ("the group Judicial
  // Watch", "the group Citizens for Trump" are longer than the part classified here)
  if (a > 0 && b - a < 3 && !allCaps && toks[a].adj && toks[a - 1].cap === Case.Lower && !toks[a - 1].poss && has(toks[a - 1], W.OrgDescriptor) && toks[b].e - toks[a].s > 1 && !has(toks[a], W.Given | W.Honorific | W.TitleWord | W.Calendar) && !(a === b && has(toks[a], W.Place | W.Common)) && DETERMINED.test(text.slice(Math.max(0, toks[a - 1].s - 48), toks[a - 1].s)) && !NAME_GOES_ON.test(text.slice(toks[b].e, toks[b].e + 8))) {
    return push(out, 'organization', toks, a, b, -1, 2, allCaps, 'name.descriptor', null, toks[a - 1].lo);
  }
  // Strip leading words that are not name parts: "Australian Tom Moody", "Former", a
  // sentence-initial common word ("Add Women"), an adjective ("Ontario-based").
  const afterHonorific = title >= 0 && s === title + 1 && has(toks[title], W.Honorific);
  while (s <= b && !afterHonorific && !has(toks[s], W.Honorific)) {
    const t = toks[s];
    const nextGiven = s < b && has(toks[s + 1], W.Given);
    if (s < b && has(t, W.Given) && (!breaks(t) || givenFunctionWord(toks, s, b))) break; // "Christian Blanc", "Chad Ogea"
    if (has(t, W.Place | W.RoleModifier | W.TitleWord) || breaks(t)) s++;
    // "Add Women", "Fullback Andre Joubert", "Air Hillary Clinton": a word before a name.
    else if (s < b && !isInitial(t) && ((t.si && has(t, W.Common)) || (t.si && nextGiven && b - s >= 2) || (has(t, W.Common) && nextGiven))) s++;
    else if (HYPHEN_LOWER.test(t.t)) s++;
    else break;
  }
  if (s > b || (s === b && has(toks[s], W.Honorific))) return;
  // Words glued together by a scraper ("BenderyFlagShareLikeReply") are not names.
  for (let k = s; k <= b; k++) if (gluedWords(toks[k].t)) return;
  const hon = title >= 0 && has(toks[title], W.Honorific) && title === s - 1 ? title : -1;
  const len = b - s + 1;
  const low = s === a ? lowRun : phrase(toks, s, b);
  // Places: "Moscow", "New York", "Grace Road", "Red Square".
  if (hon < 0) {
    const givenFirst = len > 1 && has(toks[s], W.Given);
    if ((low !== null && PLACE_PHRASES.has(low)) || (has(toks[b], W.PlaceHead) && len > 1 && !(givenFirst && has(toks[b], W.SurnamePlaceHead)))) return;
    // "Douglas & Lomason", "A.G. Edwards & Sons": a firm.
    if (charAround(text, toks[a].s, -1) === 0x26 || charAround(text, toks[b].e + (toks[b].poss ? 2 : 0), 1) === 0x26) return;
    let places = true;
    for (let k = s; k <= b; k++) if (!has(toks[k], W.Place)) places = false;
    if (places) return;
    // A run ending in a title is a role, not a name: "Chinese President".
    if (len === 1 && has(toks[nb], W.TitleWord)) return;
    // A place inside ("Dynamo Moscow", "Rotor Volgograd") makes a team or a site, not a person;
    // bare letters ("W D L") are table headers; an acronym inside a mixed run ("OFK Beograd")
    // or an event word at the end ("World Cup") is not a name.
    if ((has(toks[b], W.EventHead) && !givenFirst) || (len > 1 && has(toks[s], W.PlaceStart))) return;
    if (len > 2 && has(toks[s], W.PhraseStart) && PLACE_PHRASES.has(toks[s].lo + ' ' + toks[s + 1].lo)) return;
    for (let k = s; k <= b; k++) {
      const t = toks[k];
      // "Trevor Holland", "Chad Curtis": a place word after a given name is a surname.
      if (t.t.length === 1 || ((k > s || !has(t, W.Given)) && has(t, W.Place) && !(givenFirst && len === 2 && k === b))) return;
      if (!allCaps && t.cap === Case.Upper && t.t.indexOf('.') < 0 && !(k === b && k > s && has(t, W.Suffix))) return;
    }
  }
  if (len > 5) return;
  const first = toks[s];
  let strength: 0 | 1 | 2 = 0;
  let rule = 'name.capitalised-single';
  let gender: Gender | null = null;
  if (hon >= 0) {
    strength = 2;
    gender = HONORIFICS.get(toks[hon].lo) ?? null;
    rule = 'name.honorific';
  } else if (allCaps) {
    strength = 0;
    rule = 'name.headline-capitals';
  } else if (len >= 2 && has(first, W.Given)) {
    strength = 2;
    rule = 'name.given-name';
  } else if (len >= 2 && isInitial(first)) {
    strength = 2;
    rule = 'name.initial';
  } else if (len >= 2 && len <= 4) {
    // Unknown given name: a name only if no part is a common word ("Human Rights", "Ice Cold").
    let common = false;
    for (let k = s; k <= b; k++) if (has(toks[k], W.Common)) common = true;
    strength = common ? 0 : 1;
    rule = 'name.capitalised-sequence';
  } else if (len === 1 && !allCaps && ((title >= 0 && title === s - 1 && !toks[title].poss) || (s === a && a > 0 && toks[a].adj && !toks[a - 1].poss && has(toks[a - 1], W.TitleHead))) && !has(first, W.Common)) {
    // A title right before a lone name: "President Obama", "spokesman Kirby", "off-spinner Such".
    strength = 1;
    rule = 'name.after-title';
  } else if (len === 1 && !allCaps && !first.si && !has(first, W.Common) && !toks[b].poss && speechNext(toks, b) && !PLACE_PREPOSITION.test(text.slice(Math.max(0, first.s - 6), first.s))) {
    // "..., Obama said": a lone unknown capitalised word as the subject of a speech verb.
    strength = 1;
    rule = 'name.speech-subject';
  }
  if (gender === null && len >= 2) gender = genderOf(lex(first));
  push(out, 'person', toks, s, b, hon, strength, allCaps, rule, gender);
}

function push(out: NameCandidate[], kind: NameKind, toks: Tok[], a: number, b: number, hon: number, strength: 0 | 1 | 2, caps: boolean, rule: string, gender: Gender | null = null, descriptor: string | null = null): void {
  // Literals for one or two parts (most names): a list grown by push from [] keeps 17 slots.
  let parts: string[];
  if (b === a) parts = [toks[a].lo];
  else if (b === a + 1 && !has(toks[b], W.Suffix)) parts = [toks[a].lo, toks[b].lo];
  else {
    parts = [];
    for (let k = a; k <= b; k++) if (!has(toks[k], W.Suffix) || k === a) parts.push(toks[k].lo);
  }
  out.push({ kind, a, b, s: hon >= 0 ? toks[hon].s : toks[a].s, e: toks[b].e, parts, hon, gender, strength, caps, rule, descriptor });
}

/** A determiner and up to three words before a word for a kind of organisation ("the Oslo pension | fund"). */
const DETERMINED = /(?:^|[\s(])(?:the|a|an|its|his|her|their|our|this|that|[\p{L}.]+['’]s?)\s+(?:(?!(?:to|and|or|will|would|can|could|must|should|not)\s)[\p{L}\d.-]+\s+){0,3}$/iu;
/** A name that goes on after the part classified: "Judicial | Watch", "Citizens | for Trump", "Human Rights | in China". */
const NAME_GOES_ON = /^(?:\s+(?:of|for|in|&|and|de|del|della|du|des|von|van)\s+\p{Lu}|\s*[-–]?\s*\p{Lu})/u;
/**
 * Words for a company's line of business that come before its name in news ("Chipmaker Norvane"),
 * capitalised at a sentence start: the ORG_DESCRIPTORS that never open a name themselves ("Bank
 * Negara", "Union Pacific", "Group Lotus" do).
 */
const CAPITALISED_DESCRIPTORS = new Set(['carmaker', 'automaker', 'chipmaker', 'drugmaker', 'planemaker', 'toymaker', 'steelmaker', 'retailer', 'insurer', 'lender', 'miner', 'airline', 'broadcaster', 'conglomerate', 'supermarket', 'streamer', 'regulator', 'watchdog']);

/** Verbs that make a lone capitalised word before them a speaker ("Obama said"). */
const SAID = new Set(['said', 'says', 'told', 'tells', 'added', 'argued', 'insisted', 'wrote', 'explained', 'warned', 'acknowledged', 'admitted', 'replied', 'recalled', 'testified', 'conceded', 'declared', 'tweeted']);
/** "the town of Uyo said", "an official in Liege said": a place, not a speaker. */
const PLACE_PREPOSITION = /\b(?:of|in|at|from|near)\s+$/;
/** The next token is a speech verb right after this one ("Obama said", "Obama told"). */
function speechNext(toks: Tok[], b: number): boolean {
  const n = toks[b + 1];
  return n !== undefined && n.adj && n.cap === Case.Lower && has(n, W.Said);
}

/** Organisation words that are also surnames: after a given name they end a person's name ("Vicente Fox", "Michael Bloomberg"). */
const SURNAME_ORGS: ReadonlySet<string> = new Set(['fox', 'bloomberg']);
function surnameOrg(toks: Tok[], a: number, b: number, orgHead: number): boolean {
  return b === a + 1 && orgHead === b && SURNAME_ORGS.has(toks[b].lo) && has(toks[a], W.Given) && !has(toks[a], W.Place) && toks[a].cap === Case.Title;
}

/**
 * May the link word after an organisation's head (toks[j + 1]) join the capitalised word after it
 * (toks[j + 2]) to the name? "on" only after the head of a body named for a topic ("Council on
 * Foreign Relations", not "the Coastal Party on Kolholm"); "and" only before a word for a line or
 * kind of business ("Post and Courier", "Golf Club and Spa"), not after a legal form nor before a
 * given name, a place, an acronym, a known organisation or the name's own first word, which open a
 * second name ("Norvane Inc. and Veltra Corp.", "the Harbour Gazette and Anna Berg", "the Times and
 * Boston Globe", "Fox News and Fox Business").
 */
function linksOn(toks: Tok[], i: number, j: number): boolean {
  const w = toks[j + 1].lo;
  if (w === 'on') return has(toks[j], W.OnHead);
  if (w !== 'and') return true;
  const f = lex(toks[j + 2]);
  if (has(toks[j], W.LegalForm) || (f & (W.Common | W.OrgHead)) === 0 || (f & (W.Given | W.Place | W.SoloOrg)) !== 0 || toks[j + 2].cap === Case.Upper) return false;
  for (let k = i; k <= j; k++) if (toks[k].lo === toks[j + 2].lo) return false;
  return true;
}

/**
 * "the Friends of Tarnby Library", "Friends of Abe": capitalised "Friends" before "of"/"for" names a
 * society when it opens the run inside a sentence or follows "the"; not "Friends of Ms Lund said"
 * opening a sentence (her friends).
 */
function friendsOf(toks: Tok[], i: number, j: number): boolean {
  const t = toks[j];
  return t.lo === 'friends' && t.cap === Case.Title && ((j === i && !t.si) || (j > 0 && t.adj && toks[j - 1].lo === 'the'));
}

/** "Peter Such": a capitalised function word that ends a run right after a given name is a surname. */
function surnameLike(toks: Tok[], a: number, k: number, j: number): boolean {
  const t = toks[k];
  return k === j && k > a && !t.si && t.cap === Case.Title && !has(t, W.Calendar) && has(toks[k - 1], W.Given);
}

/** Two or more lower-to-upper case changes inside a word: "FlagShareLike" (not "McCague", "MacLellan"). */
function gluedWords(w: string): boolean {
  let changes = 0;
  for (let i = 1; i < w.length; i++) {
    const c = w.charCodeAt(i);
    const p = w.charCodeAt(i - 1);
    if (c >= 0x41 && c <= 0x5a && p >= 0x61 && p <= 0x7a && ++changes >= 2) return true;
  }
  return false;
}

/** Place words that are also common surnames: "Anthony Hill", "Donne Wall". */
const SURNAME_PLACE_HEADS = new Set(['hill', 'hall', 'park', 'bridge', 'wall', 'wood', 'field', 'lake', 'ford', 'port', 'castle', 'tower']);

/** The first character before `at` (dir -1) or from `at` (dir 1), spaces skipped; -1 at the ends. */
function charAround(text: string, at: number, dir: -1 | 1): number {
  let i = dir < 0 ? at - 1 : at;
  while (i >= 0 && i < text.length && text.charCodeAt(i) === 0x20) i += dir;
  return i >= 0 && i < text.length ? text.charCodeAt(i) : -1;
}

/** Capitals that are not organisations: units, times, degrees, Roman numerals. */
const NOT_ACRONYMS = new Set(['tv', 'ceo', 'cfo', 'coo', 'am', 'pm', 'ok', 'gdp', 'ad', 'bc', 'id', 'phd', 'mp', 'mps', 'ii', 'iii', 'iv', 'vi', 'vii', 'viii', 'ix', 'xi', 'vs', 'dna', 'hiv', 'aids', 'ipo', 'ai', 'it', 'pr', 'vip', 'rsvp', 'faq', 'pdf', 'url', 'usb', 'suv', 'atm', 'bbq', 'diy', 'lol', 'omg']);
function isAcronym(toks: Tok[], k: number): boolean {
  const t = toks[k];
  if (t.t.length < 2 || t.t.length > 6 || has(t, W.Place | W.NotAcronym | W.Function | W.Calendar)) return false;
  for (let i = 0; i < t.t.length; i++) {
    const c = t.t.charCodeAt(i);
    if (c < 0x41 || c > 0x5a) return false; // plain A-Z only: no digits, dots or accents
  }
  // Running text, not a headline in capitals: a neighbour in lower or title case.
  const p = toks[k - 1];
  const n = toks[k + 1];
  return (p !== undefined && p.cap !== Case.Upper) || (n !== undefined && n.cap !== Case.Upper);
}

/** After a dateline's place: maybe ", Norway" or "(Reuters)", then a dash and a space. */
const DATELINE_AFTER = /^(?:,[^\n—–]{1,40}?)?\s*(?:\([^)\n]{1,20}\)\s*)?[—–-]\s/;

/** "BERGEN — ", "TROMSO, Norway – ", "ALTA (NTB) - ": token t opens its line and a dateline. */
function opensDateline(text: string, t: Tok): boolean {
  let k = t.s;
  while (k > 0 && (text.charCodeAt(k - 1) === 0x20 || text.charCodeAt(k - 1) === 0x09)) k--;
  return (k === 0 || text.charCodeAt(k - 1) === 0x0a) && DATELINE_AFTER.test(text.slice(t.e, t.e + 64));
}

function allUpper(toks: Tok[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (toks[k].cap !== Case.Upper) return false;
  return true;
}
/**
 * joinLower() for the phrase sets (INSTITUTIONS, PLACE_PHRASES, SOLO_ORGS), or null when it is in
 * none of them, as the flags tell: one word that is no phrase of theirs, or several that start
 * with a word that starts none ("Prime Minister Mikhail Mishustin"). No string, no set look-up.
 */
function phrase(toks: Tok[], a: number, b: number): string | null {
  if (a === b) return has(toks[a], W.Phrase) ? toks[a].lo : null;
  return has(toks[a], W.PhraseStart) ? joinLower(toks, a, b) : null;
}
function joinLower(toks: Tok[], a: number, b: number): string {
  if (a === b) return toks[a].lo;
  let s = toks[a].lo;
  for (let k = a + 1; k <= b; k++) s += ' ' + toks[k].lo;
  return s;
}
