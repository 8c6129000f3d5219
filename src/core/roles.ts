/**
 * Roles: the title the article gives a person, read from the tokens around a name.
 * - premodifier: "Russian Prime Minister Mikhail Mishustin" -> "Russian Prime Minister";
 * - appositive after: "Sergei Lavrov, Russia's foreign minister," -> "Russia's foreign minister";
 * - appositive before: "The foreign minister, Sergei Lavrov," -> "foreign minister".
 * And role nouns that refer back: "the French president", "the ministry".
 * Every look-around is bounded (at most MAX_ROLE tokens), so the cost is linear.
 */
import { CALENDAR, FUNCTION_WORDS, ORG_DESCRIPTORS, ORG_HEADS } from './lexicon/common';
import { NATIONALITIES } from './lexicon/places';
import { HONORIFICS, ROLE_LINKS, ROLE_MODIFIERS, TITLE_HEADS } from './lexicon/titles';
import { isTitleWord } from './names';
import { Case, closedAfter, type Tok } from './tokens';

export interface RoleFound {
  text: string;
  rule: 'role.premodifier' | 'role.appositive' | 'role.appositive-before';
}

const MAX_ROLE = 8;
const DETERMINERS = new Set(['the', 'a', 'an']);

function roleWord(t: Tok): boolean {
  if (TITLE_HEADS.has(t.lo) || ROLE_MODIFIERS.has(t.lo) || NATIONALITIES.has(t.lo)) return true;
  if (t.cap !== Case.Lower) return !FUNCTION_WORDS.has(t.lo) && !CALENDAR.has(t.lo) && !HONORIFICS.has(t.lo);
  return t.poss || ORG_HEADS.has(t.lo); // "the company's chief executive", "central bank governor"
}
function isHead(t: Tok): boolean {
  return isTitleWord(t.lo) && !HONORIFICS.has(t.lo);
}

/** Only ", " (a comma and spaces) separates the two tokens. */
function commaBetween(text: string, left: Tok, right: Tok): boolean {
  let seen = false;
  for (let g = left.e + (left.poss ? 2 : 0); g < right.s; g++) {
    const c = text.charCodeAt(g);
    if (c === 0x2c && !seen) seen = true;
    else if (c !== 0x20) return false;
  }
  return seen;
}
/** Role words right before the name at token `a` (the honorific's index when there is one). */
export function premodifierRole(text: string, toks: Tok[], a: number): RoleFound | null {
  if (a <= 0 || !toks[a].adj || !isHead(toks[a - 1])) return null;
  let k = a - 1;
  while (k - 1 >= 0 && a - k < MAX_ROLE && toks[k].adj && roleWord(toks[k - 1])) k--;
  return { text: text.slice(toks[k].s, toks[a - 1].e), rule: 'role.premodifier' };
}

/** Words that end an appositive search: the phrase is a clause, not a role. */
const CLAUSE = /\b(?:said|says|told|who|whom|which|that|was|is|has|had|will|would)\b/;
/** The end of an appositive after "of"/"for"/"to": the next comma, period, colon, bracket or dash. */
const ROLE_CLOSE = /[,.;:?!)\u2013\u2014"\u201c\u201d\n]/g;
const MAX_ROLE_TAIL = 60; // UTF-16 units after the link word

/** "NAME, Russia's foreign minister," or "NAME, chief executive of Acme Corp." */
export function appositiveRole(text: string, toks: Tok[], b: number): RoleFound | null {
  let k = b + 1;
  if (k >= toks.length || !commaBetween(text, toks[b], toks[k])) return null;
  // "a senior adviser" -> "senior adviser"; "the agency's chief economist" keeps its "the".
  if (DETERMINERS.has(toks[k].lo) && !(toks[k].lo === 'the' && k + 1 < toks.length && toks[k + 1].poss)) k++;
  const start = k;
  let head = -1;
  for (; k < toks.length && k - start < MAX_ROLE + 2; k++) {
    const t = toks[k];
    if (k > start && !t.adj) return null; // a word outside the role vocabulary interrupts it
    if (isHead(t)) head = k;
    // "a scientist who was not involved": the role ends before its relative clause (the name
    // finder's tokens keep "who", not "whose" or "that")
    else if (k > start && head === k - 1 && t.lo === 'who') return { text: text.slice(toks[start].s, toks[head].e), rule: 'role.appositive' };
    else if (k > start && head >= 0 && ROLE_LINKS.has(t.lo)) {
      // "chief executive of Acme Corp", "adviser to the Gulf delegation": up to the next punctuation.
      ROLE_CLOSE.lastIndex = t.e;
      const m = ROLE_CLOSE.exec(text);
      if (!m || m.index - t.e > MAX_ROLE_TAIL) return null;
      const role = text.slice(toks[start].s, m.index).trimEnd();
      if (CLAUSE.test(role.slice(t.e - toks[start].s))) return null;
      return { text: role, rule: 'role.appositive' };
    } else if (!roleWord(t) && !(k === start && t.lo === 'the')) return null;
    if (closedAfter(text, toks, k)) return head >= 0 ? { text: text.slice(toks[start].s, toks[head].e), rule: 'role.appositive' } : null;
  }
  return null;
}

/** "The foreign minister, NAME," : a role phrase, a comma, then the name at token `a`. */
export function appositiveBeforeRole(text: string, toks: Tok[], a: number, b: number): RoleFound | null {
  if (a < 2 || !commaBetween(text, toks[a - 1], toks[a]) || !isHead(toks[a - 1])) return null;
  if (b + 1 < toks.length && !commaBetween(text, toks[b], toks[b + 1])) return null;
  let k = a - 1;
  while (k - 1 >= 0 && a - k < MAX_ROLE && toks[k].adj && !DETERMINERS.has(toks[k - 1].lo) && roleWord(toks[k - 1])) k--;
  if (k - 1 < 0 || !DETERMINERS.has(toks[k - 1].lo) || !toks[k].adj) return null;
  return { text: text.slice(toks[k].s, toks[a - 1].e), rule: 'role.appositive-before' };
}

/** A definite noun phrase naming a role or an organisation: "the French president", "the ministry". */
export interface RoleNoun {
  s: number;
  e: number;
  /** Lower-case head: "president", "ministry". */
  head: string;
  /** Lower-case modifiers before the head: ["french"]. */
  mods: string[];
  org: boolean;
}

/** Role nouns of one block, in text order. */
export function findRoleNouns(toks: Tok[]): RoleNoun[] {
  const out: RoleNoun[] = [];
  for (let i = 0; i + 1 < toks.length; i++) {
    if (toks[i].lo !== 'the') continue;
    let k = i + 1;
    // The modifiers are read (as k - i - 1 tokens after "the") into a list only for a role noun
    // found: most "the"s are not one, and a list per "the" was garbage.
    while (k < toks.length && k - i <= 4 && toks[k].adj && (ROLE_MODIFIERS.has(toks[k].lo) || NATIONALITIES.has(toks[k].lo)) && !TITLE_HEADS.has(toks[k].lo)) k++;
    if (k >= toks.length || !toks[k].adj) continue;
    const h = toks[k];
    const person = TITLE_HEADS.has(h.lo) && !HONORIFICS.has(h.lo);
    const org = !person && (ORG_HEADS.has(h.lo) || ORG_DESCRIPTORS.has(h.lo));
    if (!person && !org) continue;
    // "the President Vladimir Putin" is a premodifier, not a role noun; "the Ministry of X" a name.
    const nx = toks[k + 1];
    if (nx && nx.adj && (nx.cap !== Case.Lower || nx.lo === 'of') && !h.poss) continue;
    const mods: string[] = [];
    for (let m = i + 1; m < k; m++) mods.push(toks[m].lo);
    out.push({ s: toks[i].s, e: h.e, head: h.lo, mods, org });
    i = k;
  }
  return out;
}

/** What may open an apposition: an article, a possessive pronoun or a possessive name ("Germany's"). */
const APPOSITION_OPENER = /^,[ \u00a0]+(?:the|a|an|its|their|[A-Z][\p{L}.&-]*(?: [A-Z][\p{L}.&-]*){0,3}['’]s) /u;
/** Up to three modifiers and the phrase's last word, closed by punctuation ("largest union,"); a preposition ends the head ("a spokesman for the union"). */
const APPOSITION_HEAD = /^(?:(?!(?:of|for|at|in|to|with|by|from|on|and|or) )[\p{L}-]+ ){0,3}([\p{L}-]+)[,.;]/u;

/**
 * Is the phrase in apposition at offset `e` headed by a word for an organisation: "IG Metall,
 * Germany's largest union, said", "Teck, the Canadian mining company, says"?
 */
export function orgApposition(text: string, e: number): boolean {
  if (text.charCodeAt(e) !== 0x2c) return false;
  const rest = text.slice(e, e + 90);
  const open = APPOSITION_OPENER.exec(rest);
  const head = open && APPOSITION_HEAD.exec(rest.slice(open[0].length));
  return head !== null && ORG_HEADS.has(head[1].toLowerCase());
}
