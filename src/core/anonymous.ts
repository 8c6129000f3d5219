/**
 * Anonymous and unnamed sources ("a source", "officials", "people familiar with the matter",
 * "a campaign operative"): editors look for them. A speaker phrase is anonymous when it names no
 * one (no capitalised word after its first, except in a phrase after the source noun: "a source
 * close to the Brazilian club") and its head is a source noun.
 */
import { COMMON_WORDS } from './lexicon/common-words';
import { PLACES } from './lexicon/places';
import { TITLE_HEADS } from './lexicon/titles';
import { detachedSlice, lowerShared } from './text';
import type { EntityKind } from './types';

const SOURCE_HEADS = new Set([
  'source', 'sources', 'official', 'officials', 'person', 'people', 'aide', 'aides', 'adviser', 'advisers',
  'advisor', 'advisors', 'insider', 'insiders', 'diplomat', 'diplomats', 'staffer', 'staffers', 'operative',
  'operatives', 'someone', 'spokesman', 'spokeswoman', 'spokesperson', 'employee', 'employees', 'member',
  'members', 'individual', 'individuals', 'strategist', 'strategists', 'observers', 'critics', 'experts',
  'analysts', 'lawmakers', 'donors', 'allies', 'associates', 'confidant', 'confidants', 'friend', 'friends',
  'workers',
]);
const GROUP_HEADS = /^(?:people|officials|sources|critics|experts|analysts|observers|voters|residents|lawmakers|aides|supporters|protesters|democrats|republicans|others|many|some|both sides)$/i;
const ORGANIZATION_WORDS = /\b(?:ministry|agency|news|times|post|journal|department|office|party|committee|council|campaign|commission|government|administration|house|court|police|company|corporation|inc\.?|university|institute|foundation|association|union|bank|network|television|radio|press|reuters|bloomberg|cnn|fox|msnbc|abc|nbc|cbs|bbc|statement|report|poll|survey|study|kremlin|pentagon|congress|senate|xinhua|tass|group|organization|organisation|federation|league|bureau|service|board|fund|council)\b/i;

// Patterns made once (not per call): none has the g flag, so test() keeps no state.
const SPACES = /\s+/;
const STARTS_UPPER = /^\p{Lu}/u;
const HAS_UPPER = /\p{Lu}/u;
const GROUP_NAMES = /^(?:Sources|Officials|Aides|People)$/;
const FAMILIAR = /\b(?:familiar with|who (?:spoke|asked|requested|declined))\b/i;
const TRAILING_COMMA_OR_PERIOD = /[,.]$/;
const STARTS_THE = /^the\s/i;
/** A plural before a preposition that places it: "Workers at ...", "some voters in ...". */
const PLACED_HEAD = /(?:^|\s)([\p{L}-]+[^s\s]s)\s+(?:at|in|from|on|for)\s/u;
/** A share that opens a phrase: "42% of ...", "a 45% plurality". */
const SHARE = /^(?:an?\s+)?\d+(?:\.\d+)?%/;
/** An indefinite determiner that opens a phrase: "a ...", "one ...", "another ...". */
const INDEFINITE = /^(?:a|an|one|another)\s/i;
/** The word before the first "of" after a determiner: "The mayor of Tarrow" -> "mayor". */
const OF_HEAD = /^(?:the|a|an)\s+(?:[\p{L}-]+\s+)*?([\p{L}-]+)\s+of\s/iu;
/** People a possessive phrase may name besides titles and source nouns: relatives, a host. */
const PERSON_NOUNS = new Set(['son', 'daughter', 'wife', 'husband', 'mother', 'father', 'brother', 'sister', 'widow', 'widower', 'partner', 'fiancee', 'fiance', 'fiancée', 'fiancé', 'cousin', 'uncle', 'aunt', 'nephew', 'niece', 'grandson', 'granddaughter', 'grandmother', 'grandfather', 'friend', 'girlfriend', 'boyfriend', 'host']);
/**
 * Words for a person by what they do or are ("the nurse", "the harbour master", "the bakery
 * owner"): a speaker phrase with one of them as its head is a person, not an organisation.
 */
const OCCUPATIONS = new Set([
  'nurse', 'doctor', 'surgeon', 'physician', 'paramedic', 'midwife', 'pharmacist', 'dentist', 'vet', 'patient', 'teacher', 'headteacher', 'principal',
  'pupil', 'student', 'lecturer', 'researcher', 'scientist', 'economist', 'analyst', 'historian', 'expert', 'consultant', 'lawyer', 'attorney',
  'barrister', 'solicitor', 'defendant', 'plaintiff', 'claimant', 'witness', 'victim', 'survivor', 'suspect', 'pilot', 'driver', 'skipper', 'sailor',
  'captain', 'passenger', 'commuter', 'motorist', 'cyclist', 'pedestrian', 'traveller', 'traveler', 'tourist', 'visitor', 'farmer', 'grower',
  'rancher', 'fisher', 'engineer', 'mechanic', 'electrician', 'plumber', 'builder', 'architect', 'owner', 'landlord', 'landlady', 'tenant',
  'homeowner', 'resident', 'neighbour', 'neighbor', 'shopkeeper', 'baker', 'butcher', 'chef', 'cook', 'waiter', 'waitress', 'cleaner', 'caretaker',
  'employee', 'worker', 'volunteer', 'activist', 'protester', 'campaigner', 'organiser', 'organizer', 'voter', 'candidate', 'nominee', 'veteran',
  'soldier', 'firefighter', 'referee', 'coach', 'player', 'striker', 'goalkeeper', 'defender', 'midfielder', 'athlete', 'author', 'writer', 'poet',
  'artist', 'singer', 'actor', 'actress', 'journalist', 'reporter', 'columnist', 'photographer', 'blogger', 'founder', 'entrepreneur', 'investor',
  'trader', 'banker', 'broker', 'buyer', 'seller', 'dealer', 'customer', 'shopper', 'fan', 'supporter', 'critic', 'opponent', 'colleague',
  'parent', 'child', 'teenager', 'boy', 'girl', 'mum', 'mom', 'dad', 'citizen', 'immigrant', 'refugee', 'migrant', 'priest', 'pastor', 'vicar',
  'rabbi', 'imam', 'lobbyist', 'whistleblower', 'inventor', 'climber', 'diver', 'guide', 'guard', 'warden', 'ranger', 'sheriff', 'detective',
]);
/** Compounds for a person: "harbour master", "headmaster", "ferryman", "businesswoman", "spokesperson". */
const PERSON_COMPOUND = /(?:master|mistress|man|woman|person)$/;

/** What follows the last possessive "'s" of a phrase. */
const POSSESSED = /['’]s\s+([^'’]*)$/;
const PLURAL_END = /[^s]s$/;

/** The last word of a phrase, lower case: "The transport agency" -> "agency". */
export const lastWord = (phrase: string): string => phrase.slice(phrase.lastIndexOf(' ') + 1).toLowerCase();

/** Is this lower-case word a source noun ("official", "aides", "spokesman")? */
export const isSourceNoun = (word: string): boolean => SOURCE_HEADS.has(word);

/** Words after a source noun that open a phrase about where it stands ("a source close to ..."). */
const LINKS = new Set(['in', 'at', 'of', 'to', 'with', 'from', 'for', 'inside', 'within', 'near', 'close', 'familiar']);

/** Word bounds and lower-case words (trailing comma or period dropped) of an ASCII phrase; reused. */
const wordStart: number[] = [];
const wordLower: string[] = [];
const isAsciiSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

/**
 * Answers already given, by phrase: the pipeline asks about each speaker phrase once per
 * quotation or claim it speaks, and the same phrases ("he", "officials", "a spokesman") recur
 * across texts. The answer depends on the phrase alone, so a remembered one is the same; emptied
 * when full, so it stays small. A phrase is kept as a copy: the speaker's text may be a slice
 * that holds on to its whole document.
 */
class PhraseMemo<T> {
  private readonly known = new Map<string, T>();
  constructor(private readonly answer: (phrase: string) => T) {}

  get(phrase: string): T {
    if (phrase.length > PHRASE_MEMO_LENGTH) return this.answer(phrase);
    let known = this.known.get(phrase);
    if (known === undefined) {
      if (this.known.size >= PHRASE_MEMO_SIZE) this.known.clear();
      known = this.answer(phrase);
      // a copy of the phrase, not a view into its document (see detachedSlice)
      this.known.set(detachedSlice(phrase, 0, phrase.length), known);
    }
    return known;
  }
}
const PHRASE_MEMO_SIZE = 4096;
/** Longer phrases (a few in a hundred) are not remembered. */
const PHRASE_MEMO_LENGTH = 40;

const ANONYMOUS = new PhraseMemo(anonymousSource);

/** Is this speaker phrase an anonymous source? `phrase` is the speaker span's text. */
export function isAnonymousSource(phrase: string): boolean {
  return ANONYMOUS.get(phrase);
}

function anonymousSource(phrase: string): boolean {
  // ASCII phrases (nearly all) are read code unit by code unit, with no split and no regex per word.
  let n = 0;
  let ascii = true;
  for (let i = 0; i < phrase.length && ascii; ) {
    const c = phrase.charCodeAt(i);
    if (c >= 128) ascii = false;
    else if (isAsciiSpace(c)) i++;
    else {
      if (n === 10) return false; // an 11th word
      let e = i + 1;
      while (e < phrase.length && !isAsciiSpace(phrase.charCodeAt(e))) {
        if (phrase.charCodeAt(e) >= 128) ascii = false;
        e++;
      }
      const last = phrase.charCodeAt(e - 1);
      wordStart[n] = i;
      wordLower[n] = lowerShared(phrase, i, e - 1 > i && (last === 0x2c || last === 0x2e) ? e - 1 : e);
      n++;
      i = e;
    }
  }
  if (ascii && n > 0) return anonymousWords(phrase, n);
  return anonymousSlow(phrase);
}

/** isAnonymousSource() of an ASCII phrase of n (1..10) words in wordStart/wordLower. */
function anonymousWords(phrase: string, n: number): boolean {
  let head = -1;
  for (let k = 0; k < n && head < 0; k++) if (SOURCE_HEADS.has(wordLower[k])) head = k;
  for (let k = 1; k < n; k++) {
    const c = phrase.charCodeAt(wordStart[k]);
    if (c < 0x41 || c > 0x5a) continue;
    if (k < head) continue; // a name before the source noun says whose: "a White House spokeswoman"
    let linked = false;
    if (head >= 0) for (let j = head + 1; j < k && !linked; j++) linked = LINKS.has(wordLower[j]);
    if (!linked) return false;
  }
  if (n === 1) {
    const c = phrase.charCodeAt(wordStart[0]);
    if (c >= 0x41 && c <= 0x5a && !GROUP_NAMES.test(phrase.trim())) return false;
    // FAMILIAR needs two words ("familiar with", "who spoke"): one word is a source noun or nothing
    return head >= 0;
  }
  return head >= 0 || FAMILIAR.test(phrase);
}

function anonymousSlow(phrase: string): boolean {
  const words = phrase.trim().split(SPACES);
  if (words.length === 0 || words.length > 10) return false;
  const lower = words.map((w) => w.toLowerCase().replace(TRAILING_COMMA_OR_PERIOD, ''));
  const head = lower.findIndex((w) => SOURCE_HEADS.has(w));
  // A name after the source noun ("Kremlin spokesman Dmitry Peskov") is not anonymous, unless a
  // phrase after the source noun holds it ("a source close to the Brazilian club",
  // "a senior official in the Mayor's Office").
  for (let k = 1; k < words.length; k++) {
    if (!STARTS_UPPER.test(words[k]) || k < head) continue; // "a White House spokeswoman"
    const linked = head >= 0 && head < k && lower.slice(head + 1, k).some((w) => LINKS.has(w));
    if (!linked) return false;
  }
  if (words.length === 1 && STARTS_UPPER.test(words[0]) && !GROUP_NAMES.test(words[0])) return false;
  return head >= 0 || FAMILIAR.test(phrase);
}

/** "economists", "scientists": a plural (in -s) of a word common in news text. */
function isCommonPlural(w: string): boolean {
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && (COMMON_WORDS.has(w) || COMMON_WORDS.has(w.slice(0, -1)));
}

/**
 * Does the head of this speaker phrase stand for someone: a title, a word for a person or a
 * source, a group of people or an organisation ("the union", "prosecutors", "the inspector"),
 * not a thing ("the audit", "history", "the polls")? The head is the word before "of" or the last.
 */
export function headNamesSomeone(phrase: string): boolean {
  const trimmed = phrase.trim();
  const head = OF_HEAD.exec(trimmed)?.[1].toLowerCase() ?? lastWord(trimmed);
  const one = singularOf(head) ?? head;
  return isPersonWord(head) || isPersonWord(one) || SOURCE_HEADS.has(head) || SOURCE_HEADS.has(one) || GROUP_HEADS.test(head) || ORGANIZATION_WORDS.test(head);
}

/**
 * Does the head of this speaker phrase name one person ("the doctor", "A spokeswoman for the
 * union", "the retired neurosurgeon"), not a group, a thing or a body? The head is the word
 * before "of/for/at/in/from/with" or the last word.
 */
export function headNamesOnePerson(phrase: string): boolean {
  const trimmed = phrase.trim();
  const head = (HEAD_BEFORE_PHRASE.exec(trimmed)?.[1] ?? lastWord(trimmed)).toLowerCase();
  if ((head.endsWith('s') && !head.endsWith('ss') && head !== 'boss') || GROUP_HEADS.test(head)) return false;
  return isPersonWord(head) || SOURCE_HEADS.has(head);
}
const HEAD_BEFORE_PHRASE = /^(?:\S+\s+)*?(\S+)\s+(?:of|for|at|in|from|with)\s/;

/** A title or a word for a person: "mayor", "son", "woman". */
const isPersonWord = (w: string): boolean => TITLE_HEADS.has(w) || PERSON_NOUNS.has(w) || OCCUPATIONS.has(w) || PERSON_COMPOUND.test(w);
/** The singular of a plural in -s ("authors" -> "author"), or null. */
const singularOf = (w: string): string | null => (PLURAL_END.test(w) ? w.slice(0, -1) : null);

/**
 * A best guess at the kind of a speaker with no entity from the entity layer. (Remembered by
 * phrase, as isAnonymousSource is: it reads the phrase a dozen ways, each a regex.)
 */
export function speakerKind(phrase: string, anonymous: boolean): EntityKind {
  return anonymous ? 'other' : KIND.get(phrase);
}
const KIND = new PhraseMemo(kindOfPhrase);

/** speakerKind() of a phrase that is not an anonymous source. */
function kindOfPhrase(phrase: string): EntityKind {
  if (GROUP_HEADS.test(phrase.trim()) || !HAS_UPPER.test(phrase)) return 'other';
  const trimmed = phrase.trim();
  // "42% of Ohioans", "a 54% majority of independents": a share of people
  if (SHARE.test(trimmed)) return 'other';
  // "Workers at the Dresden plant", "Republicans in the council": a plural head before a phrase
  // that places it is a group, whatever the phrase names
  const placed = PLACED_HEAD.exec(trimmed);
  // (a capitalised head only as the first word or a group's: not "the Kessel Works in Tarrow")
  if (placed && (trimmed.startsWith(placed[1]) || !STARTS_UPPER.test(placed[1]) || GROUP_HEADS.test(placed[1]))) {
    const head = placed[1].toLowerCase();
    if (!ORGANIZATION_WORDS.test(head)) return 'other';
  }
  // Someone's ...: the head after the possessive decides: "Clinton's campaign" an organisation,
  // "Trump's campaign manager" and "Schilling's son" people, "Mr Sanders's supporters" a group.
  const owned = POSSESSED.exec(trimmed);
  if (owned && !HAS_UPPER.test(owned[1])) {
    const head = (owned[1].trim().split(SPACES).pop() ?? '').toLowerCase();
    if (ORGANIZATION_WORDS.test(head)) return 'organization';
    if (PLURAL_END.test(head)) return 'other';
    // a title, a source noun or a relative is a person; "Tuesday's leaked memo" is none
    return TITLE_HEADS.has(head) || SOURCE_HEADS.has(head) || PERSON_NOUNS.has(head) ? 'person' : 'other';
  }
  if (trimmed.includes(' of ')) {
    // "The mayor of Tarrow", "the chairman of the committee": a title before "of" is a person
    const of = OF_HEAD.exec(trimmed);
    if (of && TITLE_HEADS.has(of[1].toLowerCase())) return 'person';
  } else if (STARTS_THE.test(trimmed)) {
    // "The minority leader", "the man": a title or a word for a person after "the"
    const head = lastWord(trimmed);
    if (isPersonWord(head)) return 'person';
    // "The authors", "the researchers": its plural, a group of people
    const one = singularOf(head);
    if (one !== null && isPersonWord(one)) return 'other';
  }
  if (ORGANIZATION_WORDS.test(phrase) || STARTS_THE.test(phrase)) return 'organization';
  // "one B&B owner", "a Fight for $20 organizer", "a Herald analysis": no one named (a title
  // stays a person: "a Democratic senator");
  // "AT&T", "Procter & Gamble": capitalised words joined by an ampersand name a company
  const last = trimmed.slice(trimmed.lastIndexOf(' ') + 1);
  if (INDEFINITE.test(trimmed) && !STARTS_UPPER.test(last) && !isPersonWord(last.toLowerCase())) return 'other';
  if (trimmed.includes('&') && STARTS_UPPER.test(last)) return 'organization';
  // One capitalised plural of a common noun ("Economists said", "Scientists warned"): a group
  if (!SPACES.test(trimmed) && isCommonPlural(trimmed.toLowerCase())) return 'other';
  // A capital or a country as a speaker stands for its government: "Moscow said", "Brussels insists"
  if (PLACES.has(trimmed.toLowerCase())) return 'organization';
  // Several words with only the sentence's first capital ("Shipping agents") name a group, not a person.
  if (SPACES.test(trimmed) && !HAS_UPPER.test(trimmed.slice(1))) return 'other';
  return 'person';
}
