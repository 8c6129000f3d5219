/**
 * Speaker and cue spans from tokens: the noun phrase before a cue ("Mr Xi said", "a source
 * said", "Mishustin, who called for"), after it ("said Mr Xi", "according to the statement") and
 * the cue span itself with its auxiliaries and particles ("has also said", "pointed out").
 * Every search looks at most a fixed number of tokens away (bounded cost per cue).
 */
import { contractedAuxiliary, CUE_PREFIX, isCueAdverb, isCueBlocked, isVerbForm, MAKE_CLEAR, NOUN_LIKE, VERB_FORMS, verbEntry, type CueFrame } from './cues';
import { headNamesSomeone, isSourceNoun } from './anonymous';
import { isGiven } from './names';
import { ORG_HEADS } from './lexicon/common';
import { HONORIFICS, TITLE_HEADS } from './lexicon/titles';
import { isDigitCode, isWhiteSpaceCode, lowerShared, sliceShared, type Token } from './text';
import type { Span } from './types';

/**
 * Patterns of the functions below, made once: a regular-expression literal in a function body
 * makes a new RegExp object each time it runs (none of these has the g or y flag, so they keep
 * no state between uses).
 */
const RE_LINKING_WORD = /^(?:of|to|with)$/;
const RE_LOWER_WORD = /^[a-z]+$/;

/** Words that end a noun phrase: prepositions, conjunctions, relatives, time words, verbs. */
const BREAK = new Set(
  ('in on at to for with by from after before since during about into over under against than as like because while ' +
    'when where if although though whether but or so yet nor that which whom whose what how why this week ' +
    'is was were are be been being has have had will would could can may might should must do does did not no ' +
    'also later earlier now then still just recently previously first often once again even already never ' +
    'today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night ' +
    'here there too however meanwhile instead but then thus therefore indeed only either neither there’s there\'s ' +
    'says said told according reportedly publicly privately repeatedly and &').split(' '),
);
/** Pronouns that can name a speaker on their own. */
export const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you']);
const RELATIVES = new Set(['who', 'which', 'that']);
/** Words that may follow a verb (an object or complement), not a noun: "plans to", "calls the". */
const VERB_OBJECT_START = new Set(['to', 'that', 'a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'he', 'she', 'they', 'it', 'we', 'for', 'on', 'about', 'whether', 'if', 'him', 'them', 'us', 'me']);
/** Adverbs after a verb that belong to its content, not its cue: "said nearly 40% ...", "tweeted shortly after". */
const DEGREE_ADVERBS = new Set(['nearly', 'roughly', 'approximately', 'shortly', 'mostly', 'largely', 'partly', 'barely', 'hardly', 'merely', 'simply', 'exactly', 'fully', 'highly', 'widely', 'really', 'directly', 'slightly', 'entirely', 'completely', 'solely', 'mainly', 'primarily', 'especially', 'particularly', 'virtually', 'essentially', 'totally', 'truly']);
/** After an adverb that ends a cue: punctuation, "that", a pronoun or a determiner (nothing it modifies). */
const closesAdverb = (t: Token | undefined): boolean => t === undefined || (t.punct ? t.lo !== '-' : t.lo === 'that' || PRONOUNS.has(t.lo) || DETERMINERS.has(t.lo));
/** Time adverbs a cue takes in after its verb like those in -ly: "he said then.", "adding later, ..." (train 6 in, 2 out). */
const TIME_ADVERBS = new Set(['then', 'later', 'instead', 'again', 'once']);
const SOCIAL = new Set(['twitter', 'facebook', 'instagram']);
const GESTURES = new Set(['grin', 'smile', 'laugh', 'smirk', 'chuckle', 'shrug', 'sigh', 'wink', 'nod']);
const OPENING_MARKS = new Set(['“', '"', '‘', "'", "''", '«', '„']);
const CLOSING_MARKS = new Set(['”', '"', '’', "'", "''", '»']);
/** Days of the week, lower case (a cue takes one in: "said Tuesday"). */
export const DAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const GENERIC_PARTICLES = new Set(['about', 'against', 'as', 'of']);
/** Prepositions after the noun of "expressed concern about", "expressed support for". */
const FEELING_PREPOSITIONS = new Set(['about', 'for', 'at', 'over', 'with', 'toward', 'towards']);
/** Verbs whose cue PolNeAR ends before such a preposition: "said | of", "described | as" (train counts). */
const NO_GENERIC_PARTICLE = new Set(['say', 'describe']);
/** The verbs whose cue takes a generic "as": "known as", "labeled as"; not "claimed as", "mentioned as"
 * (PolNeAR train: with these 15 of 16 cues take it; with other verbs 2 of 11 do). */
const AS_PARTICLE = new Set(['know', 'label', 'criticize']);
export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);
const MAX_NP = 9;
const HAVE = new Set(['has', 'have', 'had', 'having']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been']);
/** Participles after the people a poll asked: "those surveyed", "voters polled". */
const POLLED = new Set(['surveyed', 'polled', 'interviewed', 'questioned', 'asked', 'contacted', 'sampled']);
/** Time phrases between a subject and its cue: "on Thursday evening", "last week", "earlier this month". */
const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'morning', 'afternoon', 'evening', 'night', 'week', 'month', 'year', 'weekend']);
const TIME_OPENERS = new Set(['on', 'last', 'this', 'earlier', 'late', 'early', 'next']);
/** Verbs before "to" that open the cue: "continued to insist"; and "went on to say". */
const GO_ON = new Set(['continued', 'continues', 'continue', 'continuing', 'proceeded', 'proceeds']);
/** What is issued ("a statement", "a video") and the verbs that issue it, for "issued a statement saying". */
const DOCUMENTS = new Set(['statement', 'letter', 'video', 'message', 'tweet', 'post', 'memo', 'email', 'e-mail', 'note', 'ad', 'release']);
const ISSUE = new Set(['issued', 'issues', 'issue', 'issuing', 'released', 'releases', 'release', 'releasing', 'sent', 'sends', 'send', 'sending', 'posted', 'posts', 'post', 'posting', 'published', 'publishes', 'publish']);
/** Tokens from an issuing verb to the document noun at `k` ("issued a brief statement"), or 0. */
function issuedBefore(toks: Token[], k: number, lo: number): number {
  let d = k - 1;
  if (d >= lo && !toks[d].punct && !DETERMINERS.has(toks[d].lo)) d--; // one adjective: "a brief statement"
  if (d < lo || !DETERMINERS.has(toks[d].lo)) return 0;
  const v = d - 1;
  return v >= lo && ISSUE.has(toks[v].lo) ? k + 1 - v : 0;
}
const GO = new Set(['went', 'goes', 'go', 'going', 'gone']);
/** Adverbs that PolNeAR takes into a cue after an auxiliary: "has twice complained", "would ever admit". */
/** Parts of a day after a weekday: "said Tuesday night". */
const DAY_PARTS = new Set(['night', 'morning', 'evening', 'afternoon']);
const SPAN_ADVERBS = new Set(['well', 'best', 'better', 'quite', 'ever', 'twice']);
/** Words before "point" as a noun: "a percentage point", "a talking point". */
const POINT_NOUN_BEFORE = new Set(['percentage', 'basis', 'talking', 'match', 'break', 'turning', 'starting', 'focal', 'high', 'low', 'boiling', 'vantage']);
/** Words that open a subordinate clause, whose subject is not the sentence's. */
const SUBORDINATORS = new Set(['than', 'that', 'which', 'because', 'if', 'when', 'while', 'as', 'since', 'although', 'though', 'whether', 'after', 'before', 'until', 'unless']);
/** Prepositions that place a source noun: "an official in the mayor's office", "an aide at the ministry". */
const SOURCE_PLACE = new Set(['in', 'at', 'inside', 'within']);
const DIGITS = /^\d+$/;
const NUMBER_WORD = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)$/;
/** Words that link a noun phrase to another and never open one: "of", "including". */
const EDGE_PREPOSITIONS = new Set(['of', 'including']);
/** Who speaks for someone else: "a spokesman for the ministry", "a lawyer for Mr Haddad". */
const SPEAKS_FOR = new Set(['lawyer', 'lawyers', 'attorney', 'attorneys', 'representative', 'representatives', 'counsel', 'spokesmen', 'spokeswomen', 'spokespeople']);
/** Does word `link` tie the source noun `noun` before it to where it stands ("an aide at", "a spokesman for")? */
const linksSource = (noun: string, link: string): boolean =>
  SOURCE_PLACE.has(link) ? isSourceNoun(noun) : link === 'for' && (isSourceNoun(noun) || SPEAKS_FOR.has(noun));
/** Nouns for records and counts that "show" or "find" things (PolNeAR credits them: train 136 of 152). */
const EVIDENCE = new Set(
  ('poll polls survey surveys study studies record records report reports document documents data filing filings ' +
    'figures numbers analysis results research statistics video footage photos emails transcript transcripts tape tapes ' +
    'estimates projections returns images').split(' '),
);

export const isPronoun = (t: Token): boolean => !t.punct && PRONOUNS.has(t.lo);

/** Lower-case words that are in no speaker noun phrase: BREAK, pronouns, verb forms (isVerbForm()) and relatives, in one set (npWord() runs per token). */
const NOT_NP_WORD: ReadonlySet<string> = new Set([...BREAK, ...PRONOUNS, ...VERB_FORMS, ...RELATIVES]);

/** Can this token be inside a speaker noun phrase? */
function npWord(t: Token): boolean {
  if (t.punct) return false;
  if (t.cap) return !BREAK.has(t.lo) || t.lo === 'this';
  return !NOT_NP_WORD.has(t.lo);
}

/** Capitalised auxiliaries and adverbs that are also surnames: "George Will", "Theresa May", "Justin Long". */
const NAME_AUXILIARIES = new Set(['will', 'may', 'long', 'still']);
/** Of those, the modals: "Will said" can be no auxiliary, a modal takes a base form. */
const NAME_MODALS = new Set(['will', 'may']);
/** Auxiliaries that never follow a modal: "May has said", "Will had written". */
const NOT_AFTER_MODAL = new Set(['has', 'had', 'is', 'was', 'were', 'are', 'does', 'did', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must']);

/**
 * Is toks[k] a capitalised auxiliary or adverb that is part of a name here ("The columnist George
 * Will said", "Theresa May told", "”, Will wrote")? After a given name, an honorific or a
 * capitalised word inside the sentence, with no capitalised word after it (not a title-case
 * headline: "Trump Will Veto Bill"); or a modal before a form no modal takes ("Will said", "May
 * has told"). Not after a lower-case word: "released in May said" is a month.
 */
export function nameWord(toks: Token[], k: number, lo: number): boolean {
  const t = toks[k];
  if (t.punct || !t.cap || !NAME_AUXILIARIES.has(t.lo)) return false;
  const next = toks[k + 1];
  const prev = k - 1 >= lo ? toks[k - 1] : undefined;
  if (next !== undefined && next.cap && !next.punct) {
    // "Will Estrada, the chairman, said", "said Will Lund": a given name before a surname, at the
    // clause start or after a cue verb; not in a question ("Will Trump say?") nor a title-case
    // headline ("Trump Will Veto Bill")
    if (t.lo !== 'will' || toks[toks.length - 1].lo === '?') return false;
    return prev === undefined || (prev.punct ? prev.lo === ',' || OPENING_MARKS.has(prev.lo) : !prev.cap && verbEntry(prev.lo) !== undefined && prev.lo !== verbEntry(prev.lo)!.lemma);
  }
  if (prev !== undefined && !prev.punct) {
    // after a lower-case or function word only "Will" before a form no modal takes ("While Will
    // acknowledges", "which Will claims"): "released in May said" is a month
    if (!prev.cap || BREAK.has(prev.lo)) return t.lo === 'will' && modalName(toks, k);
    if (k - 1 > lo || isGiven(prev.lo) || HONORIFICS.has(prev.lo.endsWith('.') ? prev.lo.slice(0, -1) : prev.lo)) return true;
  }
  // "Mrs. May", "Mr. Long"
  if (prev !== undefined && prev.lo === '.' && k - 2 >= lo && HONORIFICS.has(toks[k - 2].lo)) return true;
  return NAME_MODALS.has(t.lo) && modalName(toks, k);
}

/** Is the capitalised modal toks[k] followed by a form no modal takes ("Will wrote", "Will also said", "May has said")? */
function modalName(toks: Token[], k: number): boolean {
  // past the adverbs to the verb
  let m = k + 1;
  while (m < toks.length && m < k + 3 && !toks[m].punct && !toks[m].cap && (isCueAdverb(toks[m].lo) || (CUE_PREFIX.has(toks[m].lo) && !NOT_AFTER_MODAL.has(toks[m].lo) && toks[m].lo !== 'be' && toks[m].lo !== 'not' && toks[m].lo !== 'have'))) m++;
  const v = toks[m];
  if (v === undefined || v.punct || v.cap) return false;
  if (NOT_AFTER_MODAL.has(v.lo)) return true;
  const e = verbEntry(v.lo);
  return e !== undefined && v.lo !== e.lemma && !v.lo.endsWith('ing');
}

/**
 * The noun phrase that ends just before token `i` (the subject of a cue at i), not reaching
 * before token `lo`. Follows "X, who said" and "X, a Y, said" back to X. Null when none.
 * `opening`: a participle after a comma may take the subject that opens the sentence (see below).
 */
/** Participles that give a thing its name: "a play called", "a report titled", "known as". */
const NAMING_WORDS = new Set(['called', 'named', 'titled', 'entitled', 'dubbed', 'nicknamed', 'labeled', 'labelled', 'billed', 'branded', 'as']);
/**
 * The index of the naming word before a quoted title whose closing mark is toks[close] ("titled
 * | “Safe Harbours”"), or -1 when no naming word opens it within a few words.
 */
function titleOpening(toks: Token[], close: number, lo: number): number {
  for (let k = close - 1; k > lo && k >= close - 12; k--) {
    if (!toks[k].punct || !OPENING_MARKS.has(toks[k].lo)) continue;
    return !toks[k - 1].punct && NAMING_WORDS.has(toks[k - 1].lo) ? k - 1 : -1;
  }
  return -1;
}

export function subjectBefore(toks: Token[], i: number, lo: number, opening = true): Span | null {
  const j = i - 1;
  if (j < lo) return null;
  // "The skipper has twice complained", "The mayor quite clearly said": the adverb (which the cue's
  // span takes after an auxiliary, see cueAt) and the auxiliary before it are no subject
  if (!toks[j].cap && SPAN_ADVERBS.has(toks[j].lo) && !(toks[j].lo === 'well' && j - 1 >= lo && toks[j - 1].lo === 'as')) {
    let k = j - 1;
    while (k >= lo && !toks[k].punct && CUE_PREFIX.has(toks[k].lo)) k--;
    return k >= lo && !toks[k].punct ? subjectBefore(toks, k + 1, lo, opening) : null;
  }
  const t = toks[j];
  if (isPronoun(t)) return [t.s, t.e];
  // "He’s claiming": the pronoun without its contracted auxiliary (which opens the cue)
  const aux = contractedAuxiliary(t.lo);
  if (aux > 0) return [t.s, t.e - aux];
  // "A Herald poll of harbour towns released on Tuesday showed": the finding's whole phrase
  const f = findingStart(toks, i, lo);
  if (f >= 0) return [toks[f].s, t.e];
  if (!t.punct && (t.lo === 'who' || t.lo === 'which')) {
    // "Mishustin, who called for": the antecedent before the relative pronoun
    return antecedentOf(toks, j, lo);
  }
  if (t.lo === 'and' && j - 1 >= lo && !toks[j - 1].cap && (toks[j - 1].lo.endsWith('ed') || isVerbForm(toks[j - 1].lo))) {
    // "I laughed and said", "Trump rejected the plan and called for": the subject of the first verb
    let k = j - 1;
    while (k - 1 >= lo && !toks[k - 1].punct && CUE_PREFIX.has(toks[k - 1].lo)) k--;
    if (k - 1 < lo || toks[k - 1].lo === 'and') return null;
    // "... would cost more than the budget allowed, and said": not the subject of a subordinate clause
    const np = subjectBefore(toks, k, lo);
    let b = k - 1;
    while (np && b > lo && toks[b].s > np[0]) b--;
    return np && b > lo && SUBORDINATORS.has(toks[b - 1].lo) ? null : np;
  }
  if (t.punct && t.lo === ')') {
    // "Sen. Claire McCaskill (D-Mo.) said": the name before the parenthesis
    for (let k = j - 1; k >= lo && k >= j - 10; k--) if (toks[k].lo === '(') return k - 1 >= lo ? npEndingAt(toks, k - 1, lo) : null;
    return null;
  }
  if (t.punct && t.lo === ',') {
    // "In Ohio, Trump attacked the plan, saying": a participle after a comma goes with the subject
    // that opens the sentence, not the noun phrase before the comma ("Ohio"; train: 43 speakers
    // made right, 2 made wrong) (not after a cue of its own, ", Ms Lo said, adding", nor after a quotation in the sentence)
    const np = opening && participle(toks[i]) && lo === 0 && !(j > 0 && cueAt(toks, j - 1, 0)) ? openingSubject(toks, i) ?? headlineSubject(toks, i) : null;
    if (np) return np;
    // "…, she said, referencing": a participle after a cue of its own goes with that cue's subject
    // (not the phrase before the cue, as if "she said" were an aside)
    if (participle(toks[i]) && j - 1 > lo && cueAt(toks, j - 1, lo)) return subjectBefore(toks, j - 1, lo, opening);
    // "Sergei Lavrov, Russia's foreign minister, said": skip the appositive back to the name
    // (up to 20 tokens: a relative clause of 15-19 words, train 7 more matches, 5 with gold's cue)
    let titled = false;
    for (let k = j - 1; k >= lo && k >= j - 20; k--) {
      const u = toks[k];
      // "Sen. Jack Reed (D-R.I.), said": the name before the parenthesis
      if (u.punct && u.lo === ')' && k === j - 1) return subjectBefore(toks, k + 1, lo);
      // "which earned $30 billion", "whose (ROTC) program": an amount or a parenthesis inside the phrase
      if (u.punct && (u.lo === '$' || u.lo === '%')) continue;
      if (u.punct && u.lo === ')' && k < j - 1) {
        while (k > lo && k > j - 14 && toks[k].lo !== '(') k--;
        continue;
      }
      // "The report, titled “Safe Harbours”, said": a title in quotation marks ends the apposition
      if (u.punct && CLOSING_MARKS.has(u.lo) && k === j - 1) {
        const open = titleOpening(toks, k, lo);
        if (open < 0) return null;
        k = open; // the loop goes on before the naming word; a comma must open the apposition
        titled = true;
        continue;
      }
      if (u.punct && u.lo !== ',' && u.lo !== '-' && u.lo !== '.' && !pluralPossessive(toks, k)) return null;
      if (!(u.punct && u.lo === ',')) continue;
      if (k - 1 < lo) return null;
      // "Rep. Ann Lo (D-Vt.), chair of the panel, said": the name before the parenthesis
      const np = toks[k - 1].lo === ')' ? subjectBefore(toks, k, lo) : npEndingAt(toks, k - 1, lo);
      // "Ann Lo, 29, of Huntsville, Ala., says", "Sen. Al Lee, R-S.C., a candidate, said": a middle
      // part of a longer apposition; the subject opens the sentence
      let b = k - 1;
      while (np && b > lo && toks[b].s > np[0]) b--;
      if (!np || (b > lo && toks[b - 1].lo === ',')) return sentenceSubject(toks, lo, j) ?? np;
      // "Executives for the ferry line, which ..., say": the plural noun before the short phrase
      if (b - 2 >= lo && SUBJECT_PHRASE_LINKS.has(toks[b - 1].lo) && !toks[b - 2].punct && toks[b - 2].lo.endsWith('s') && RELATIVE_OPENERS.has(toks[k + 1].lo)) {
        const head = npEndingAt(toks, b - 2, lo);
        if (head) return [head[0], np[1]];
      }
      return np;
    }
    return titled ? null : sentenceSubject(toks, lo, j);
  }
  // "42% say": a share of those asked
  if (t.punct && t.lo === '%' && j - 1 >= lo && isDigitCode(toks[j - 1].lo.charCodeAt(0))) return [toks[j - 1].s, t.e];
  // "RNC spokesman Sean Spicer on Thursday evening said": the name before a time phrase
  if (TIME_WORDS.has(t.lo)) {
    let k = j;
    while (k > lo && k > j - 4 && (TIME_WORDS.has(toks[k].lo) || TIME_OPENERS.has(toks[k].lo))) k--;
    if (k < j && k >= lo && TIME_OPENERS.has(toks[k + 1].lo) && !toks[k].punct) return npEndingAt(toks, k, lo);
  }
  if (DAYS.has(t.lo) && j - 2 >= lo && toks[j - 1].lo.endsWith('ed') && !toks[j - 1].cap) {
    // "A court document filed Thursday says", "New polls released Sunday showed"
    const np = npEndingAt(toks, j - 2, lo);
    return np ? [np[0], t.e] : null;
  }
  if (t.punct && (t.lo === '—' || t.lo === '–' || t.lo === '-')) {
    // "Many speakers — including farmers and nurses — said": the noun phrase before the first dash
    for (let k = j - 1; k >= lo && k >= j - 14; k--) if (toks[k].lo === t.lo) return k - 1 >= lo ? npEndingAt(toks, k - 1, lo) : null;
    return null;
  }
  const np = npEndingAt(toks, j, lo);
  if (!np) return null;
  let first = j; // the phrase's first token
  while (first > lo && toks[first - 1].s >= np[0]) first--;
  // no subject opens with "of": "(55 percent —) of Sanders supporters said", a phrase cut at its word limit
  if (first < j) {
    while (first < j && !toks[first].punct && EDGE_PREPOSITIONS.has(toks[first].lo)) first++;
    np[0] = toks[first].s;
  }
  return relativeAntecedent(toks, np, first, lo) ?? np;
}

/** The noun phrase before the relative pronoun toks[j] ("Mishustin, who"), or null. */
function antecedentOf(toks: Token[], j: number, lo: number): Span | null {
  let k = j - 1;
  if (k >= lo && toks[k].lo === ',') k--;
  return k >= lo ? npEndingAt(toks, k, lo, false) : null;
}

/** Tokens looked back from a subject for a relative pronoun whose clause holds it. */
const RELATIVE_REACH = 14;

/**
 * "Curiel, who through his office declined", "officials who spoke with the Post said": noun
 * phrase `np`, whose first token is toks[first], lies inside a relative clause whose "who" is its
 * subject (not "who he dubbed"), in one stretch without punctuation; the subject of a cue after it
 * is the antecedent, or null (train: 9 speakers made right, 1 wrong; after a comma
 * relativeSpeaker() then names "who").
 */
function relativeAntecedent(toks: Token[], np: Span, first: number, lo: number): Span | null {
  const stop = first - 1 - RELATIVE_REACH;
  // most subjects have no "who" before them: one look at each word rules that out first
  let who = first - 1;
  while (who > lo && who > stop && toks[who].lo !== 'who') who--;
  if (who <= lo || who <= stop) return null;
  for (let k = first - 1; k > lo && k > stop && !toks[k].punct && !SUBORDINATORS.has(toks[k].lo); k--) {
    // "Cruz, who says Trump is attacking him": a clause the relative clause reports has its own subject
    const frame = verbEntry(toks[k].lo)?.frame;
    if (frame === 'clause' || frame === 'tell') return null;
    if (toks[k].lo !== 'who') continue;
    const next = toks[k + 1];
    if (next.s >= np[0] || next.cap || isPronoun(next) || DETERMINERS.has(next.lo)) return null;
    return antecedentOf(toks, k, lo);
  }
  return null;
}

/** Between a speaker and its cue: the relative pronoun that is the cue's subject (", who "). */
const RELATIVE_GAP = /^(,?\s*)(who|which)\s+$/i;
const RELATIVE_CLAUSE_GAP = /^(,\s*)(who)\s+[^.,;:!?"“”()—–]*$/i;

/**
 * "Mishustin, who called for": subjectBefore() reads the antecedent, for the entity; the mention
 * that names the speaker is the relative pronoun, as PolNeAR marks it (train: the pronoun for 242
 * of 255 cues right after "who" or "which", the antecedent 13 times). Its span, or null.
 */
export function relativeSpeaker(text: string, speaker: Span, cue: Span): Span | null {
  if (cue[0] <= speaker[1] || cue[0] - speaker[1] > 160) return null;
  // "Curiel, who through his office declined": after a comma, words may stand between
  const m = RELATIVE_GAP.exec(text.slice(speaker[1], cue[0])) ?? RELATIVE_CLAUSE_GAP.exec(text.slice(speaker[1], cue[0]));
  if (!m) return null;
  const s = speaker[1] + m[1].length;
  return [s, s + m[2].length];
}

/** Words besides those of BREAK that open a phrase before the subject: "Hours later, ...", "Back in 1999, ...". */
const OPENERS = new Set(['throughout', 'back', 'early', 'amid', 'despite', 'following', 'hours', 'days', 'weeks', 'months', 'years', 'moments', 'minutes']);
/** Quantifiers that float after the subject: "Lo and Lee both said". */
const FLOATING = new Set(['both', 'all', 'each']);
/** A lower-case -ing form: "saying", "calling". */
const participle = (t: Token): boolean => !t.punct && !t.cap && t.lo.length > 4 && t.lo.endsWith('ing');

/**
 * The subject that opens the sentence of toks, before token `before`: after a dateline and an
 * opening phrase up to its comma ("In an interview, Trump ...", "PARIS (Reuters) - Le Pen ..."),
 * a pronoun, or a capitalised or determined noun phrase followed by a lower-case word (its verb). Null if none.
 */
function openingSubject(toks: Token[], before: number): Span | null {
  let p = timePhraseEnd(toks, datelineEnd(toks));
  const start = p;
  if (p < before && toks[p].cap && (BREAK.has(toks[p].lo) || OPENERS.has(toks[p].lo) || isCueAdverb(toks[p].lo) || participle({ ...toks[p], cap: false }))) {
    // "Later in the day, she ...", "Speaking in Ohio, he ...": past the opening phrase
    let k = p + 1;
    while (k < before && k < p + 14 && toks[k].lo !== ',') k++;
    if (toks[k]?.lo !== ',' || k >= before) return null;
    k = openingPhraseGoesOn(toks, k, before);
    p = k + 1;
  }
  if (p >= before) return null;
  for (let k = p; k < before; k++) if (toks[k].punct && OPENING_MARKS.has(toks[k].lo)) return null;
  if (isPronoun(toks[p])) return toks[p].lo === 'it' ? null : [toks[p].s, toks[p].e];
  // "She’s tacked to the left": the pronoun without its contracted auxiliary
  const aux = contractedAuxiliary(toks[p].lo);
  if (aux > 0 && PRONOUNS.has(toks[p].lo.slice(0, -aux)) && toks[p].lo !== 'it’s' && toks[p].lo !== "it's") return [toks[p].s, toks[p].e - aux];
  // "Arriving at the scene, police began ...": after an opening phrase, a bare plural or a title may open the subject
  if (!toks[p].cap && !DETERMINERS.has(toks[p].lo) && p === start) return null;
  const np = npAfter(toks, p, before);
  if (!np) return null;
  let k = untilIrregularPast(toks, p, np[1], before);
  // "Ann Lo | immediately", "Lo and Lee | both": no adverb, participle or floating quantifier at the end
  while (k - 1 > p && !toks[k - 1].cap && (isCueAdverb(toks[k - 1].lo) || participle(toks[k - 1]) || FLOATING.has(toks[k - 1].lo))) k--;
  // "Mayor Ruiz | hit back on Monday": before a preposition, a name ends with its last capitalised word
  if (toks[p].cap && !DETERMINERS.has(toks[p].lo) && k < before && BREAK.has(toks[k].lo)) while (k - 1 > p && !toks[k - 1].cap) k--;
  return k < before && !toks[k].punct && !toks[k].cap ? [np[0], toks[k - 1].e] : null;
}

/**
 * "On Sunday morning Ms Holm wrote ...", "By Friday she had ...": the index past a time phrase that opens the sentence with
 * no comma, before a capitalised word; `p` itself when there is none.
 */
function timePhraseEnd(toks: Token[], p: number): number {
  if (p >= toks.length || !toks[p].cap || !(TIME_OPENERS.has(toks[p].lo) || toks[p].lo === 'by')) return p;
  let k = p + 1;
  while (k < toks.length && k < p + 4 && !toks[k].punct && TIME_WORDS.has(toks[k].lo)) k++;
  return k > p + 1 && k < toks.length && ((toks[k].cap && !toks[k].punct) || isPronoun(toks[k])) ? k : p;
}

/**
 * "In Salem, New Hampshire, on Sunday, she ...": past the comma toks[comma] that closes part of an
 * opening phrase, the parts that go on with it (a place's state, a short time phrase) up to
 * their own comma; the index of the last such comma.
 */
function openingPhraseGoesOn(toks: Token[], comma: number, before: number): number {
  for (;;) {
    let m = comma + 1;
    while (m < before && m < comma + 5 && toks[m].lo !== ',') m++;
    if (m >= before || toks[m].lo !== ',' || m === comma + 1) return comma;
    const part = toks.slice(comma + 1, m);
    // "Salem, New Hampshire,", "Alexandria, Va.,": capitalised words after a capitalised place
    const state = toks[comma - 1].cap && part.every((t) => (t.cap && !t.punct) || t.lo === '.');
    // "…, on Sunday,": a preposition and a few words
    const time = !part[0].cap && BREAK.has(part[0].lo) && part.length <= 3;
    if (!state && !time) return comma;
    comma = m;
  }
}

/**
 * "Judge blocks map, citing harm to voters": before a participle whose clause closes the sentence
 * (no comma after it but before "and" or "but"), the words from the sentence start to its comma
 * read as one noun phrase but hold the clause's present-tense verb right after the capitalised
 * words that open it (or after a word for people there: "GOP leaders | rally voters"), and an
 * object after the verb (not "Clinton aides, citing", nor a plural head: "Gay rights groups,
 * saying"). The subject's span, or null when the sentence is not so.
 */
function headlineSubject(toks: Token[], i: number): Span | null {
  const comma = i - 1;
  for (let k = i + 1; k < toks.length; k++) if (toks[k].lo === ',' && toks[k + 1]?.lo !== 'and' && toks[k + 1]?.lo !== 'but') return null;
  const p = datelineEnd(toks);
  let v = p;
  while (v < comma && toks[v].cap && !toks[v].punct) v++;
  // "GOP leaders rally voters": a word for people after them ends the subject; the verb follows
  const people = v > p && v < comma && !toks[v].punct && !toks[v].cap && headNamesSomeone(toks[v].lo);
  if (people) v++;
  if (v === p || v + 1 >= comma || toks[v].punct || toks[v].cap || (!people && (!pluralWord(toks[v].lo) || pluralNoun(toks[comma - 1])))) return null;
  const np = npAfter(toks, p, comma);
  return np !== null && np[1] === toks[comma - 1].e ? [toks[p].s, toks[v - 1].e] : null;
}

/**
 * "Oliver Hedge, who appraises golf courses for a firm in Ohio, said": a long appositive or
 * relative clause; the subject is the noun phrase that opens the clause at `lo`, followed by a comma.
 */
function sentenceSubject(toks: Token[], lo: number, before: number): Span | null {
  const np = npAfter(toks, lo, before);
  if (!np) return null;
  let k = lo;
  while (k < before && toks[k].e <= np[1]) k++;
  if (toks[k]?.lo === ',' || toks[k]?.lo === '(') return np;
  // "Executives for the ferry company, which ..., say": a short phrase after a plural noun, then
  // a relative clause after its comma
  if (k < before && SUBJECT_PHRASE_LINKS.has(toks[k].lo) && toks[k - 1].lo.endsWith('s')) {
    let c = k + 1;
    while (c < before && c < k + 8 && !toks[c].punct && !BREAK.has(toks[c].lo) && !isVerbForm(toks[c].lo)) c++;
    if (c > k + 1 && toks[c]?.lo === ',' && RELATIVE_OPENERS.has(toks[c + 1]?.lo)) return [np[0], toks[c - 1].e];
  }
  return null;
}
const SUBJECT_PHRASE_LINKS = new Set(['for', 'at', 'from', 'with', 'of', 'in']);
/** Words that open a relative clause after a noun phrase: ", which …", ", who chairs the panel", ", whose group sued". */
export const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['which', 'who', 'whose']);

/** Is toks[k] the apostrophe of a plural possessive ("the Farmers’ Union", "the nurses' union")? */
function pluralPossessive(toks: Token[], k: number): boolean {
  const u = toks[k];
  return u.punct && (u.lo === '’' || u.lo === "'") && k > 0 && toks[k - 1].e === u.s && toks[k - 1].lo.endsWith('s');
}

/**
 * An -ing form after a common noun's possessive is a noun: "the kingdom's thinking" (as
 * cueCandidates() reads it); after a name or a pronoun "'s" may be "is": "he's hoping".
 */
function nounIng(toks: Token[], j: number): boolean {
  const w = toks[j].lo;
  const p = toks[j - 1].lo;
  return w.length > 4 && w.endsWith('ing') && !toks[j - 1].cap && (p.endsWith("'s") || p.endsWith('’s')) && DETERMINERS.has(toks[j - 2].lo);
}

/** The noun phrase whose last token is toks[j]. */
function npEndingAt(toks: Token[], j: number, lo: number, places = true): Span | null {
  if (isPronoun(toks[j])) return [toks[j].s, toks[j].e];
  const ingHead = j - 2 >= lo && nounIng(toks, j);
  if (!npWord(toks[j]) && !ingHead && !nameWord(toks, j, lo)) return null;
  // a verb form is no head: "came back", "has strongly supported"; but "those surveyed", "voters polled"
  if (!toks[j].cap && (toks[j].lo.endsWith('ed') ? !(POLLED.has(toks[j].lo) && j - 1 >= lo && npWord(toks[j - 1])) : isCueAdverb(toks[j].lo))) return null;
  let start = j;
  let n = 0;
  let inner = -1; // the start before a phrase that places a plural head was taken in
  for (let k = j; k >= lo && n < MAX_NP; k--) {
    const u = toks[k];
    // "think" before "tank(s)" is part of a noun (cueCandidates() skips it as a cue: thinkTank())
    if (npWord(u) || (k === j && ingHead) || nameWord(toks, k, lo) || (k < j && u.cap && !u.punct && (toks[k + 1].lo === '&' || toks[k + 1].lo === '/') && toks[k + 1].s === u.e) || (k < j && u.lo === 'think' && (toks[k + 1].lo === 'tank' || toks[k + 1].lo === 'tanks'))) {
      start = k;
      n++;
      // a determiner opens the phrase ("a timetable | the union"), unless "of"/"close to" links it on
      if (DETERMINERS.has(u.lo) && !(k - 1 >= lo && (RE_LINKING_WORD.test(toks[k - 1].lo) || (toks[k - 1].lo === 'and' && k - 2 >= lo && toks[k - 2].cap) || (k - 2 >= lo && linksSource(toks[k - 2].lo, toks[k - 1].lo)) || (places && placesHead(toks, k - 1, lo)) || contentNounBefore(toks, k - 1, lo)))) break;
      continue;
    }
    // "Robert Antonacci of the New York delegation", "Obama and Clinton"
    // ("..., teachers and union officials told": two plural nouns, the first right after a comma or the clause start)
    if (!u.punct && (u.lo === 'of' || u.lo === 'and' || u.lo === '&') && k - 1 >= lo && npWord(toks[k - 1]) && (u.lo === 'of' || toks[k - 1].cap || (u.lo === 'and' && pluralNoun(toks[k - 1]) && pluralNoun(toks[j]) && (k - 2 < lo || toks[k - 2].punct)))) {
      n++;
      continue;
    }
    // "AT&T", "Procter & Gamble", "one B&B owner": an ampersand between capitalised words
    if (u.punct && u.lo === '&' && k - 1 >= lo && toks[k - 1].cap && !toks[k - 1].punct && toks[k + 1]?.cap && !toks[k + 1].punct) {
      n++;
      continue;
    }
    // "a CNN/ORC poll", "the Register/Bloomberg survey": a slash between two names, no space around
    // it, before the head ("credited to Reuters/Libya showed", "the Obama/Clinton calls": no phrase)
    if (u.punct && u.lo === '/' && k - 1 >= lo && !toks[k - 1].punct && toks[k - 1].cap && toks[k - 1].e === u.s && toks[k + 1].cap && !toks[k + 1].punct && toks[k + 1].s === u.e && k + 1 < j) {
      n++;
      continue;
    }
    // "42% of Ohioans say", "a 45% plurality of voters": a share in the phrase
    // (the share opens the phrase, after an article at most: not "a poll in May shows 68% of voters")
    if (u.punct && u.lo === '%' && k - 1 >= lo && k + 1 <= j && toks[k - 1].e === u.s && DIGITS.test(toks[k - 1].lo) && !toks[k + 1].punct) {
      start = k - 2 >= lo && (toks[k - 2].lo === 'a' || toks[k - 2].lo === 'the') ? k - 2 : k - 1;
      break;
    }
    // "a Fight for $20 organizer": a dollar sign before its amount, and "for" between a capitalised
    // word and an amount or another capitalised word ("Club for Growth")
    if (u.punct && u.lo === '$' && k + 1 <= j && toks[k + 1].s === u.e && DIGITS.test(toks[k + 1].lo)) continue;
    if (!u.punct && u.lo === 'for' && k - 1 >= lo && toks[k - 1].cap && npWord(toks[k - 1]) && k + 1 <= j && (toks[k + 1].lo === '$' || (ORG_HEADS.has(toks[k - 1].lo) && toks[k + 1].cap && !toks[k + 1].punct))) {
      n++;
      continue;
    }
    // "Six in 10 say", "4 in 10 voters": a share
    if (!u.punct && u.lo === 'in' && k - 1 >= lo && NUMBER_WORD.test(toks[k - 1].lo) && DIGITS.test(toks[k + 1]?.lo ?? '')) {
      n++;
      continue;
    }
    // "officials familiar with the talks", "a source close to the ministry"
    if (!u.punct && (u.lo === 'with' || u.lo === 'to') && k - 1 >= lo && (toks[k - 1].lo === 'familiar' || toks[k - 1].lo === 'close')) {
      n++;
      continue;
    }
    // "a senior official in the mayor's office", "an aide at the ministry", "a spokesman for Mr Xi"
    if (!u.punct && k - 1 >= lo && linksSource(toks[k - 1].lo, u.lo)) {
      n++;
      continue;
    }
    // "Workers at the Dresden plant", "voters in each state": the plural before a phrase that
    // places it is the head (PolNeAR marks the whole phrase: train 14 of 14 such sources)
    if (places && k + 1 <= j && placesHead(toks, k, lo)) {
      if (inner < 0) inner = start;
      n++;
      continue;
    }
    // "the Lakeside Farmers’ Union": a plural possessive
    if (k - 1 >= lo && pluralPossessive(toks, k)) continue;
    if (u.punct && (u.lo === '-' || u.lo === '.') && k - 1 >= lo && toks[k - 1].cap && toks[k + 1]?.cap && toks[k - 1].e === u.s) continue;
    break;
  }
  // ... only when the whole phrase opens its clause ("Workers at the plant said", "…, but voters in
  // Ohio say"), not after a verb or a preposition whose object it is ("bets on managers in Ohio")
  if (inner >= 0 && start > lo && !toks[start - 1].punct && !SUBORDINATORS.has(toks[start - 1].lo) && !CLAUSE_LINKS.has(toks[start - 1].lo)) start = inner;
  return [toks[start].s, toks[j].e];
}
/**
 * Nouns for what was said that a relative clause without "that" takes as its object, its subject
 * the speaker: "…, a charge Turner has denied", "…, a claim the ministry rejects".
 */
const CONTENT_NOUNS = new Set(('charge charges claim claims accusation accusations allegation allegations view figure figures assertion ' +
  'contention point argument notion suggestion characterization characterisation description estimate assessment word term label').split(' '));
/** Determiners that open such a phrase: "a charge", "the claim", "one view", "another allegation". */
const CONTENT_DETERMINERS = new Set(['a', 'an', 'the', 'one', 'that', 'this', 'another']);

/**
 * Is toks[k] a content noun (CONTENT_NOUNS) after a determiner and at most one modifier, not
 * before `lo`: "a claim | the ministry rejects", "a baseless charge | Turner denied"?
 */
function contentNounBefore(toks: Token[], k: number, lo: number): boolean {
  const t = toks[k];
  if (t.punct || t.cap || !CONTENT_NOUNS.has(t.lo) || k - 1 < lo) return false;
  const m = toks[k - 1];
  return CONTENT_DETERMINERS.has(m.lo) || (k - 2 >= lo && !m.punct && !m.cap && CONTENT_DETERMINERS.has(toks[k - 2].lo));
}

/** A code unit of the words afterContentNoun() reads: an ASCII letter or a hyphen. */
const isPlainWordCode = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x2d;
/** Are text[s, e) all lower-case ASCII letters? */
function lowerLetters(text: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (text.charCodeAt(k) < 0x61 || text.charCodeAt(k) > 0x7a) return false;
  return true;
}

/**
 * The speaker in phrase `span` that a relative clause without "that" hangs on a content noun
 * (after a determiner and at most one modifier): "a charge Turner (has denied)" -> "Turner", "a
 * figure local officials (dispute)" -> "local officials"; the subject is a name, a determined
 * phrase or a plural. `span` itself otherwise. (Asked of every speaker: it reads the words in
 * place, with shared strings, and most phrases fail on their first word.)
 */
export function afterContentNoun(text: string, span: Span): Span {
  // CONTENT_DETERMINERS open with a, o or t: most speakers ("Mr Xi", "he", "officials") end here
  const first = text.charCodeAt(span[0]) | 0x20;
  if (first !== 0x61 && first !== 0x6f && first !== 0x74) return span;
  const end = Math.min(span[1], span[0] + 80);
  let k = span[0];
  // the determiner, then the noun, maybe after one modifier; each word followed by white space
  for (let words = 0; words < 3; words++) {
    let e = k;
    while (e < end && isPlainWordCode(text.charCodeAt(e))) e++;
    let next = e;
    while (next < end && isWhiteSpaceCode(text.charCodeAt(next))) next++;
    if (e === k || next === e) return span;
    if (words === 0) {
      if (!CONTENT_DETERMINERS.has(lowerShared(text, k, e))) return span;
    } else if (!lowerLetters(text, k, e)) return span;
    else if (CONTENT_NOUNS.has(sliceShared(text, k, e))) return contentSubject(text.slice(next, end)) ? [next, span[1]] : span;
    k = next;
  }
  return span;
}

/** Can the words after a content noun be its relative clause's subject: a name, a determined phrase, a plural? */
function contentSubject(rest: string): boolean {
  if (rest.length === 0) return false;
  const first = rest.split(/\s/, 1)[0];
  // (not "an assessment | of business cases": a phrase that goes on the noun)
  return STARTS_CAPITAL.test(first) || DETERMINERS.has(first) || (!NOUN_PREPOSITIONS.has(first) && pluralWord(rest.slice(rest.lastIndexOf(' ') + 1)));
}
const STARTS_CAPITAL = /^\p{Lu}/u;

/** Words before a subject that leave it opening its clause: conjunctions, and adverbs of a share ("only about 4 in 10 voters in Ohio say"). */
const CLAUSE_LINKS = new Set(['and', 'but', 'or', 'so', 'yet', 'where', 'about', 'only', 'nearly', 'roughly', 'almost', 'just']);

/** Prepositions after a plural head that place it: "workers at the plant", "voters in Ohio". */
const PLACING = new Set(['at', 'in', 'from', 'on', 'for']);
/** Plurals besides titles that take "for" as part of the subject: "advocates for stem cell research". */
const FOR_HEADS = new Set(['advocates', 'organizers', 'supporters', 'backers', 'activists', 'campaigners', 'fundraisers', 'volunteers']);
/** Capitalised plurals that name groups of people: "Republicans in Congress". */
const PARTY_PLURALS = new Set(['democrats', 'republicans', 'conservatives', 'liberals', 'progressives', 'independents']);
/**
 * Is toks[k] a preposition that places the plural noun before it ("workers at", "voters in",
 * "Democrats in"), that noun the head of a subject? A capitalised plural only at the clause start
 * ("Workers at") or for a party ("Republicans in").
 */
function placesHead(toks: Token[], k: number, lo: number): boolean {
  const u = toks[k];
  if (u.punct || !PLACING.has(u.lo) || k - 1 < lo) return false;
  const h = toks[k - 1];
  if (h.punct || !pluralWord(h.lo)) return false;
  // "for" only after people who stand for someone: "rivals for the nomination", "advocates for the plan"
  if (u.lo === 'for' && !(TITLE_HEADS.has(h.lo.slice(0, -1)) || FOR_HEADS.has(h.lo))) return false;
  return !h.cap || k - 1 === lo || PARTY_PLURALS.has(h.lo);
}

/** A lower-case plural noun: "pilots", "officials" (not "this", "various"). */
const pluralNoun = (t: Token): boolean => !t.punct && !t.cap && pluralWord(t.lo);
/** A plural's shape, whatever its case: "pilots", "Workers". */
const pluralWord = (lo: string): boolean => lo.length > 3 && lo.endsWith('s') && !lo.endsWith('ss') && !lo.endsWith('us') && !NOT_PLURAL.has(lo) && !isVerbForm(lo);

/** Is a noun-like form ("plans", "remarks") used as a verb here? */
function verbUse(toks: Token[], i: number): boolean {
  // "a false claim that", "his recent claim that", "the vain hope that": a bare singular form after a
  // determiner and one lower-case singular word is a noun (a singular subject there would take the
  // -s form: "the poll shows", "the union hopes")
  const w = toks[i - 1];
  if (i >= 2 && !toks[i].lo.endsWith('s') && DETERMINERS.has(toks[i - 2].lo) && !w.punct && !w.cap && !w.lo.endsWith('s') && !NOT_SINGULAR.has(w.lo) && /^[a-z][a-z-]+$/.test(w.lo)) return false;
  // "the 15 states that", "the first four states": after a number the form is a plural noun
  if (i >= 1 && !w.punct && (/^\d[\d,.]*$/.test(w.lo) || NUMBER_WORDS.has(w.lo))) return false;
  const next = toks[i + 1];
  if (next && (next.lo === 'that' || next.lo === ':')) return true;
  const prev = toks[i - 1];
  if (!prev || prev.punct) return false;
  // "the reality TV show, “The Harbour,”": a noun ("Kessel TV reports that" is a verb, above)
  if (prev.lo === 'tv') return false;
  // "had doubts", "has plans": after a form of "have" the word is its object, a noun
  if (HAVE.has(prev.lo)) return false;
  if (PRONOUNS.has(prev.lo) || CUE_PREFIX.has(prev.lo)) return true;
  // "polls show", "the records find": a document or a count as the subject
  if (EVIDENCE.has(prev.lo)) return true;
  // "a video of the meeting shows the mayor", "a review of his work shows how" (not "the survey of cooking shows ended")
  if (next && !next.punct && (next.cap || VERB_OBJECT_START.has(next.lo) || WH_WORDS.has(next.lo)) && findingStart(toks, i, 0) >= 0) return true;
  // "officials hope", "the company plans" ("the harbour plans for the winter": a noun)
  if (next && VERB_OBJECT_START.has(next.lo) && next.lo !== 'for' && next.lo !== 'on' && next.lo !== 'about' && commonSubject(toks, i)) return true;
  // "Trump plans to", "Obama supports the bill", but not "Russian state television"
  // ("“…,” Viguerie notes" at the end of the words after a quotation: the sentence ends there)
  return prev.cap && (next === undefined || next.cap || next.punct || VERB_OBJECT_START.has(next.lo));
}

/** Numbers before a plural noun: "the four states". */
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'dozen', 'dozens', 'hundreds', 'thousands', 'millions']);
/** Words after a determiner that leave a plural or a number: "the two plan", "the few hope". */
const NOT_SINGULAR = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'few', 'many', 'several', 'both', 'more', 'most', 'other', 'same', 'people', 'police', 'public', 'media', 'majority', 'rest', 'men', 'women', 'children']);
/** Words that end in -s but are no plural noun before a verb ("this hopes", "his plans", "us"). */
const NOT_PLURAL = new Set(['this', 'his', 'its', 'us', 'was', 'has', 'is', 'as', 'does', 'yes', 'less', 'news', 'series', 'whereas', 'plus', 'thus', 'perhaps', 'always', 'sometimes', 'towards', 'besides', 'unless', 'various', 'previous', 'serious', 'famous', 'numerous', 'obvious', 'anxious', 'nervous', 'jealous', 'religious', 'ridiculous', 'dangerous', 'enormous']);
/** Noun-like forms read as verbs after a common noun that agrees with them. */
const SUBJECT_VERBS = new Set('hope hopes fear fears plan plans show shows find finds claim claims doubt doubts promise promises note notes estimate estimates demand demands'.split(' '));
/** Singular nouns for a body that plans and hopes (or a finding): "the company plans", "the Lo campaign hopes", "recent polling shows". */
const ORG_SUBJECTS = new Set(('campaign company government administration party committee group department agency office board council ' +
  'union bank court commission firm team organization organisation network ministry movement coalition club city candidate leadership paper polling').split(' '));
/**
 * A noun-like form right after a common noun that agrees with it as its subject: "officials
 * hope", "some critics fear", "the company plans", "his campaign hopes" (a plural noun before the
 * bare form; a singular noun after a determiner or a name before the -s form).
 */
function commonSubject(toks: Token[], i: number): boolean {
  const prev = toks[i - 1];
  const w = prev.lo;
  if (!SUBJECT_VERBS.has(toks[i].lo)) return false;
  if (prev.cap || w.length < 4 || !/^[a-z]+$/.test(w) || BREAK.has(w) || DETERMINERS.has(w) || NOT_PLURAL.has(w) || HAVE.has(w)) return false;
  const before = toks[i - 2];
  // "the hopes of voters", "in the plans of donors": no preposition before the noun
  if (before && !before.punct && NOUN_PREPOSITIONS.has(before.lo)) return false;
  if (!toks[i].lo.endsWith('s')) return w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('ous');
  // "the company plans", "the ferry company plans", "national polling shows"
  return ORG_SUBJECTS.has(w);
}
const NOUN_PREPOSITIONS = new Set(['of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'about', 'into', 'over', 'under', 'against', 'than', 'like', 'among']);

/** Verb forms that report what a finding shows: "a poll of voters released Monday showed". */
const FINDING_VERBS = new Set('show shows showed find finds found reveal reveals revealed suggest suggests suggested indicate indicates indicated'.split(' '));
/** Heads of a finding's noun phrase besides EVIDENCE: "a video of the meeting", "a review by the Herald". */
const FINDING_HEADS = new Set(['video', 'review', 'email', 'emails', 'study', 'batch', 'audit', 'investigation', 'examination', 'tally', 'count', 'post']);
const WH_WORDS = new Set(['how', 'why', 'what', 'when', 'where', 'who', 'most', 'some', 'more', 'no']);
/** Words after a finding's head that start its modifier: "a poll of", "a video posted". */
const FINDING_LINKS = new Set(['of', 'by', 'in', 'from', 'on', 'for', 'out', 'at', 'taken', 'done', 'made', 'shown', 'run']);
/** Words that end the stretch between a finding's head and its verb: a verb of its own, a clause. */
const FINDING_STOP = new Set(['is', 'was', 'were', 'are', 'has', 'have', 'had', 'that', 'which', 'who', 'and', 'but', 'or', 'will', 'would', 'could', 'can', 'may', 'might']);
/**
 * The token index where "A Herald poll of harbour towns released on Tuesday | showed" starts: a
 * determiner or a capitalised word, up to 6 noun words to a poll, record or video (EVIDENCE,
 * FINDING_HEADS), then up to 9 words with no punctuation, no verb of their own and no clause
 * before the finding verb toks[i]. -1 when there is none. Not before token `lo`.
 */
function findingStart(toks: Token[], i: number, lo: number): number {
  if (!FINDING_VERBS.has(toks[i].lo)) return -1;
  let head = -1;
  for (let k = i - 1; k >= lo && k >= i - 10; k--) {
    const u = toks[k];
    if (u.punct || FINDING_STOP.has(u.lo) || (k < i - 1 && verbEntry(u.lo)?.frame === 'clause')) return -1;
    if (!u.cap && (EVIDENCE.has(u.lo) || FINDING_HEADS.has(u.lo))) {
      head = k;
      break;
    }
  }
  // the head ends its noun phrase: "the poll | workers found" is none
  const after = toks[head + 1];
  if (head < 0 || !(head === i - 1 || FINDING_LINKS.has(after.lo) || after.lo.endsWith('ed'))) return -1;
  // back from the head to the determiner or capitalised word that opens its noun phrase
  for (let k = head - 1, stop = head - 6; k >= lo && k >= stop; k--) {
    const u = toks[k];
    if (u.lo === '/') stop -= 2; // "A New York Times/CBS News poll": two names
    if (u.punct && u.lo !== '/' && u.lo !== '-') return -1;
    if (!u.punct && (u.lo === 'a' || u.lo === 'an' || u.lo === 'the')) return k;
    if (!u.punct && !u.cap && !npWord(u)) return -1;
    if (u.cap && (k === lo || (toks[k - 1].punct && !(toks[k - 1].lo === '/' && toks[k - 1].e === u.s)))) return k;
  }
  return -1;
}

/** The noun phrase that starts at token `i` ("said Mr Xi", "according to the statement"). */
export function npAfter(toks: Token[], i: number, hi: number): Span | null {
  if (i >= hi || EDGE_PREPOSITIONS.has(toks[i].lo)) return null; // "said of Mr Lund": no speaker after
  if (isPronoun(toks[i])) return [toks[i].s, toks[i].e];
  if (!npWord(toks[i]) && !(toks[i].cap && !toks[i].punct && toks[i + 1]?.lo === '&' && toks[i + 1].s === toks[i].e) && !nameWord(toks, i, 0)) return null;
  let end = i;
  let n = 0;
  for (let k = i; k < hi && n < MAX_NP; k++) {
    const u = toks[k];
    if (npWord(u) || (k > i && nameWord(toks, k, i)) || (k === i && u.cap)) {
      if (k > i && DETERMINERS.has(u.lo) && !RE_LINKING_WORD.test(toks[k - 1].lo)) break; // "Friday | the budget"
      if (k > i && !u.cap && u.lo.endsWith('ed')) break; // "The two presidents | introduced"
      // "told the Harbour Gazette | he’d back the levy": a contracted pronoun opens a clause
      if (k > i && contractedAuxiliary(u.lo) > 0) break;
      // a lower-case word with a determiner right after it is a verb: "The Bank of the Isles | cut its rate"
      if (k > i && !u.cap && k + 1 < hi && DETERMINERS.has(toks[k + 1].lo) && !(u.lo === 'of' || u.lo === 'to' || u.lo === 'with')) break;
      end = k;
      n++;
      continue;
    }
    if (!u.punct && (u.lo === 'of' || u.lo === 'and') && k + 1 < hi && npWord(toks[k + 1]) && (u.lo === 'of' || toks[k + 1].cap)) {
      n++;
      continue;
    }
    // "according to a CNN/ORC poll" (as in npEndingAt)
    if (k > i && k + 1 < hi && u.punct && u.lo === '/' && toks[k - 1].cap && !toks[k - 1].punct && toks[k - 1].e === u.s && toks[k + 1].cap && !toks[k + 1].punct && toks[k + 1].s === u.e) {
      n++;
      continue;
    }
    // "a Procter & Gamble spokesman", "a Fight for $20 organizer", "the Club for Growth" (as in npEndingAt)
    if (k > i && k + 1 < hi && toks[k - 1].cap && !toks[k - 1].punct && (u.lo === '&' || (u.lo === 'for' && !u.punct && ORG_HEADS.has(toks[k - 1].lo))) && !toks[k + 1].punct && toks[k + 1].cap) {
      n++;
      continue;
    }
    if (k > i && k + 2 < hi && u.lo === 'for' && !u.punct && toks[k - 1].cap && !toks[k - 1].punct && toks[k + 1].lo === '$' && toks[k + 2].s === toks[k + 1].e && DIGITS.test(toks[k + 2].lo)) {
      n += 2;
      k++;
      continue;
    }
    if (!u.punct && (u.lo === 'with' || u.lo === 'to') && k > i && (toks[k - 1].lo === 'familiar' || toks[k - 1].lo === 'close') && k + 1 < hi && npWord(toks[k + 1])) {
      n++;
      continue;
    }
    if (!u.punct && k > i && linksSource(toks[k - 1].lo, u.lo) && k + 1 < hi && npWord(toks[k + 1])) {
      n++;
      continue;
    }
    if (u.punct && (u.lo === '’' || u.lo === "'") && toks[k - 1].e === u.s && toks[k - 1].lo.endsWith('s') && k + 1 < hi && npWord(toks[k + 1])) continue;
    break;
  }
  return [toks[i].s, toks[end].e];
}

/** Irregular past forms that end a noun phrase as its verb (no cue verbs: those end it already). */
/**
 * The first token from p + 1 on (before `before`, inside a noun phrase ending at `end`) that is an
 * irregular past after a noun, a verb the noun-phrase reader took for a word of the phrase:
 * "The mayor | met workers ... and said", "Tenney | took down"; or the token after the phrase.
 */
export function untilIrregularPast(toks: Token[], p: number, end: number, before: number): number {
  let k = p;
  while (k < before && toks[k].s < end && !(k > p && !toks[k].cap && IRREGULAR_PAST.has(toks[k].lo) && !toks[k - 1].punct && !DETERMINERS.has(toks[k - 1].lo))) k++;
  return k;
}
/** Irregular pasts that are no noun or adjective ("put", "set", "cut" are left out: "the data set"). */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set('met took gave made got won lost led left sent spent held kept ran went came became began brought bought built chose drew drove fought knew paid stood struck taught threw wore'.split(' '));

/** After a headline's verb: a capitalised word or an opening quotation mark. */
const titleNext = (t: Token | undefined): boolean => t !== undefined && (t.punct ? t.lo === '‘' || t.lo === '“' || t.lo === "'" || t.lo === '"' : t.cap);

/** A reporting verb that can be a cue on its own ("acknowledge", not "go" or "speak"). */
function isReportingVerb(t: Token | undefined): boolean {
  if (!t || t.punct) return false;
  const e = verbEntry(t.lo);
  return e !== undefined && !e.particleOnly && e.frame !== 'hedge';
}

/** "seems", "appeared", "expected": a hedge before "to". */
function isHedgeForm(t: Token): boolean {
  return !t.punct && (t.lo === 'expected' || verbEntry(t.lo)?.frame === 'hedge');
}

/**
 * The token index after a dateline that opens the sentence ("KINGSTOWN – ", "WASHINGTON (AP) — ", "SKARNES, Norway — "),
 * or 0: a capitalised word, maybe a short parenthesis, then a dash.
 */
export function datelineEnd(toks: Token[]): number {
  if (toks.length < 4 || !toks[0].cap) return 0;
  // "KINGSTOWN –", "GENEVA (Reuters) -", "AUCKLAND, March 4 (Reuters) -"; more than one word
  // before the dash only with a date or an agency in brackets ("Many Republicans - who ..." is none)
  // or as a place and its country or state ("SKARNES, Norway —")
  if (toks[1].lo === ',' && toks[2].cap && !toks[2].punct && DASHES.has(toks[3].lo)) return 4;
  let marked = false;
  for (let k = 1; k < toks.length && k < 10; k++) {
    const t = toks[k];
    if (DASHES.has(t.lo)) return k === 1 || marked ? k + 1 : 0;
    if (t.lo === '(' && toks[k + 2]?.lo === ')') {
      k += 2;
      marked = true;
    } else if (DIGITS.test(t.lo)) marked = true;
    else if (!(t.cap || t.lo === ',')) return 0;
  }
  return 0;
}
const DASHES = new Set(['–', '—', '-']);
/** Degree words in "made it very clear". */
const CLEAR_DEGREE = new Set(['very', 'abundantly', 'crystal', 'perfectly', 'pretty', 'quite', 'painfully', 'absolutely', 'explicitly']);

export interface Cue {
  /** Token index of the first token of the cue span (an auxiliary or the verb). */
  first: number;
  /** Token index of the verb. */
  verb: number;
  /** Token index just after the cue span (after any particle). */
  after: number;
  frame: CueFrame;
  lemma: string;
  span: Span;
}

/**
 * The cue whose verb is toks[i], with auxiliaries/adverbs before it and its particle after it;
 * null when the word is no cue here ("the said company", a capitalised word mid-sentence).
 * `sentenceStart` is the token index where the sentence starts. With `into`, the cue is written
 * over that object (for a caller that is done with it before it asks again: claims, a cue per
 * candidate word) instead of a new one.
 */
const CONTRACTED_IS = /^(?:he|she|it|that|there|what|who|here|where|how|this|everyone|nobody|somebody|someone|let)['’]s$/;
const RE_POSSESSIVE = /\p{L}(?:['’]s|s['’])$/u;
const isApostrophe = (c: number): boolean => c === 0x27 || c === 0x2019;
/**
 * "Trump’s", "the workers'": a possessive word (not "he's", "that's"). The ending is read by code
 * unit (a pattern run per call scanned the whole word); the pattern only judges a non-ASCII letter before it.
 */
export function isPossessive(lo: string): boolean {
  const n = lo.length;
  if (n < 3) return false;
  const last = lo.charCodeAt(n - 1);
  const mid = lo.charCodeAt(n - 2);
  if (!(last === 0x73 ? isApostrophe(mid) : mid === 0x73 && isApostrophe(last))) return false;
  const c = lo.charCodeAt(n - 3);
  const letter = c > 0x7f ? RE_POSSESSIVE.test(lo) : (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  return letter && !CONTRACTED_IS.test(lo);
}

export function cueAt(toks: Token[], i: number, sentenceStart: number, into?: Cue): Cue | null {
  const t = toks[i];
  if (t.punct) return null;
  if (t.lo === 'according') {
    if (toks[i + 1]?.lo !== 'to') return null;
    return cueResult(into, i, i, i + 2, 'clause', 'according to', t.s, toks[i + 1].e);
  }
  const entry = t.lo === 'made' || t.lo === 'makes' ? MAKE_CLEAR : verbEntry(t.lo);
  if (!entry) return null;
  // a capitalised cue only at the sentence start, or as a headline's -s verb between capitalised
  // words ("Clinton Says Russians Hacked DNC", "Trump Calls ‘Fake News’")
  if (t.cap && i !== sentenceStart && !(t.lo.endsWith('s') && i - 1 >= sentenceStart && toks[i - 1].cap && !toks[i - 1].punct && titleNext(toks[i + 1]))) return null;
  const prev = i > 0 && !toks[i - 1].punct ? toks[i - 1].lo : undefined;
  if (isCueBlocked(prev, t.lo)) return null;
  if (NOUN_LIKE.has(t.lo) && !verbUse(toks, i)) return null;
  // "the United States", "Islamic State that ...", "Secretary of State": a name, not a verb
  if ((t.lo === 'state' || t.lo === 'states') && i > 0 && toks[i - 1].cap) return null;
  // "Note: the figures are provisional", "Editor's note:": a label, not a statement
  if (entry.lemma === 'note' && toks[i + 1]?.lo === ':' && (i === sentenceStart || toks[i - 1].punct || toks[i - 1].lo.endsWith('s'))) return null;
  // "a quarter of a percentage point to 3.75 per cent": a noun
  if (entry.lemma === 'point' && prev !== undefined && POINT_NOUN_BEFORE.has(prev)) return null;
  // "who asked not to be named": no statement
  if (entry.lemma === 'ask' && toks[i + 1]?.lo === 'not') return null;
  // "as the senator put it, ...": a cue only before punctuation ("put it on the table" is none)
  if (entry.lemma === 'put' && !(toks[i + 2]?.punct && toks[i + 2].lo !== '-')) return null;
  // "the judge ruled that ...": a ruling reports only with its "that" ("ruled out", "ruled the club")
  if (entry.lemma === 'rule' && toks[i + 1]?.lo !== 'that') return null;
  // "type 2 diabetes", "two types of stamps", "political types": a noun; only "typed" is the verb
  // (PolNeAR train: none of 8 such cues is gold's)
  if (entry.lemma === 'type' && t.lo !== 'typed') return null;
  // "won thanks to the suburbs": no thanks given
  if (entry.lemma === 'thank' && toks[i + 1]?.lo === 'to') return null;
  // "the rule goes into effect": no statement ("did not go into details" is one)
  if (entry.lemma === 'go' && toks[i + 2]?.lo === 'effect') return null;
  // "would continue to strengthen": no statement
  if (entry.lemma === 'continue' && toks[i + 1]?.lo === 'to') return null;
  // "Trump’s repeated calls", "the mayor's proposed levy": a participle after a possessive is an
  // adjective (PolNeAR train: 20 such cues, none gold's; "he's denied" is a verb)
  if (prev !== undefined && t.lo.endsWith('ed') && isPossessive(prev)) return null;
  const next = toks[i + 1];
  // "Mr Lie's warning was dismissed", "the mayor's claim is false": a noun, the subject of a verb
  if (next !== undefined && (BE_FORMS.has(next.lo) || next.lo === 'has' || next.lo === 'had') && prev !== undefined && isPossessive(prev)) return null;
  // "1,200 pledged delegates": an adjective (44 times in PolNeAR train, never a pledge)
  if (t.lo === 'pledged' && (next?.lo === 'delegates' || next?.lo === 'delegate')) return null;
  // "the plan seems to work"; "Ms Lo is expected to win" is a hedge, "is expected." no cue
  let frame = entry.frame;
  if (entry.lemma === 'appear' && next?.lo !== 'to') return null;
  if (entry.lemma === 'seem' && (!next || next.punct)) return null;
  if (entry.lemma === 'reportedly' && (!next || next.punct || isReportingVerb(next))) return null;
  if (entry.lemma === 'expect' && prev !== undefined && BE_FORMS.has(prev)) {
    if (next?.lo !== 'to') return null;
    frame = 'hedge';
  }
  // "Trump seemed to acknowledge that ...": the cue is "seemed to acknowledge" (see below)
  // ... but "is expected to announce" is a hedge of its own (PolNeAR train: 11 of 11 such sentences
  // attributed, 7 with the cue "is expected")
  if (frame === 'hedge' && entry.lemma !== 'expect' && isReportingVerb(toks[i + 2])) return null;
  let after = i + 1;
  // "made it clear", "made it very clear": "it" and a degree word before the particle
  if (entry.lemma === 'make' && next?.lo === 'it') {
    const k = CLEAR_DEGREE.has(toks[i + 2]?.lo ?? '') ? i + 3 : i + 2;
    if (toks[k]?.lo !== 'clear') return null;
    after = k + 1;
  } else if (entry.particles && next && !next.punct && entry.particles.includes(next.lo)) after = i + 2;
  else if (entry.particleOnly) return null;
  // "warned against", "complained about", "described as": a preposition right after the verb
  else if (next && entry.frame !== 'tell' && !NO_GENERIC_PARTICLE.has(entry.lemma) && GENERIC_PARTICLES.has(next.lo) && (next.lo !== 'as' || AS_PARTICLE.has(entry.lemma))) after = i + 2;
  // "expressed concern that ...", "expressed support for ...": the feeling a bare noun names and
  // its preposition belong to the cue ("expressed their support for", "expressed deep regret" do
  // not). PolNeAR train: 23 of 29 such cues; not "expressing" (a participle after "issued a
  // statement" gains none and loses a match)
  if (entry.lemma === 'express' && t.lo !== 'expressing' && after === i + 1 && next && !next.punct && !next.cap && RE_LOWER_WORD.test(next.lo) && !DETERMINERS.has(next.lo) && !PRONOUNS.has(next.lo)) {
    const link = toks[i + 2]?.lo;
    if (link === 'that') after = i + 2;
    else if (link !== undefined && FEELING_PREPOSITIONS.has(link)) after = i + 3;
  }
  // "said:" belongs to the cue
  // PolNeAR's annotators took these into the cue more often than not (train counts)
  if (DAYS.has(toks[after]?.lo ?? '')) {
    after++;
    // "said Tuesday night": the part of the day goes with the day (PolNeAR train: 7 of 7 such cues
    // whose gold takes the day)
    if (DAY_PARTS.has(toks[after]?.lo ?? '')) after++;
    // "called Friday for": the particle after the day
    if ((after === i + 2 || (after === i + 3 && DAY_PARTS.has(toks[i + 2].lo))) && entry.particles && toks[after] && !toks[after].punct && entry.particles.includes(toks[after].lo)) after++;
  }
  else if (toks[after]?.lo === 'in' && toks[after + 1]?.lo === 'a' && toks[after + 2]?.lo === 'statement') after += 3;
  // "wrote on Facebook", "posted on Twitter" (train 9 in, 3 out; "said on Twitter" leaves it out, 5 of 5)
  else if ((entry.lemma === 'write' || entry.lemma === 'post') && toks[after]?.lo === 'on' && SOCIAL.has(toks[after + 1]?.lo ?? '')) after += 2;
  // "said with a grin" (train 5 of 5)
  else if (toks[after]?.lo === 'with' && (toks[after + 1]?.lo === 'a' || toks[after + 1]?.lo === 'an') && GESTURES.has(toks[after + 2]?.lo ?? '')) after += 3;
  // "said sarcastically.", "has said repeatedly that": an adverb of manner or time right after the
  // verb, when no word it could modify follows ("proposed temporarily banning", "recently released")
  else if (frame !== 'hedge' && toks[after] && !toks[after].punct && !toks[after].cap && ((isCueAdverb(toks[after].lo) && !DEGREE_ADVERBS.has(toks[after].lo)) || TIME_ADVERBS.has(toks[after].lo)) && closesAdverb(toks[after + 1])) after++;
  if (toks[after]?.lo === ':') after++;
  else if (frame !== 'tell' && frame !== 'hedge' && toks[after] && !toks[after].punct && !toks[after].cap && !SUBORDINATORS.has(toks[after].lo) && !(entry.lemma === 'say' && (toks[after].lo === 'of' || toks[after].lo === 'to'))) {
    // "said on Twitter: “…”", "wrote back: “…”", "added a caveat: “…”": a few plain words up to a
    // colon that opens a quotation belong to the cue (train: 13 such cues, 2 without the words)
    let j = after;
    while (j < toks.length && j < after + 6 && !toks[j].punct) j++;
    if (toks[j]?.lo === ':' && (j + 1 === toks.length || OPENING_MARKS.has(toks[j + 1].lo))) after = j + 1;
  }
  let first = i;
  let issued = 0;
  // "issued a statement Tuesday saying", "released a statement Wednesday evening, saying": a time
  // phrase, and a comma, may stand between the document and the participle (train: 5 of 5)
  if (t.lo.endsWith('ing') && i - 1 > sentenceStart) {
    let d = i - 1;
    if (toks[d].lo === ',') d--;
    const end = d;
    while (d > sentenceStart && end - d < 3 && !toks[d].punct && (TIME_WORDS.has(toks[d].lo) || TIME_OPENERS.has(toks[d].lo))) d--;
    if (d < end && DOCUMENTS.has(toks[d].lo) && (issued = issuedBefore(toks, d, sentenceStart)) > 0) first = d + 1 - issued;
  }
  while (entry.lemma !== 'reportedly' && first - 1 >= sentenceStart && first > i - 5 && !toks[first - 1].punct) {
    const w = toks[first - 1];
    // "George Will said", "Theresa May told": a name, not an auxiliary
    if (w.cap && nameWord(toks, first - 1, sentenceStart)) break;
    if (CUE_PREFIX.has(w.lo) || (!w.cap && isCueAdverb(w.lo))) first--;
    // "seemed to acknowledge", "is expected to announce": the hedge belongs to the cue
    else if (w.lo === 'to' && first - 2 >= sentenceStart && isHedgeForm(toks[first - 2])) first -= 2;
    // "went on to say", "continued to insist", "proceeded to blame": PolNeAR's cue opens there
    // (train: 50 of 51 such cues), and the subject stands before it
    else if (w.lo === 'to' && first - 2 >= sentenceStart && GO_ON.has(toks[first - 2].lo)) first -= 2;
    else if (w.lo === 'to' && first - 3 >= sentenceStart && toks[first - 2].lo === 'on' && GO.has(toks[first - 3].lo)) first -= 3;
    // "Pell and Vance both sought", "the ministers all urged", "have both argued": a quantifier
    // floating after the subject belongs to the cue, not to the speaker (PolNeAR train: 11 of 12
    // such cues; after a pronoun, "they all vowed", gold leaves it out, and after a bracket 1:1).
    // Not "And both embrace" (the subject) nor "has both endorsed X and criticised Y" (both ... and)
    else if ((w.lo === 'both' || w.lo === 'all') && !w.cap && first - 2 >= sentenceStart && floatsAfter(toks[first - 2], first - 2 === sentenceStart) && !(w.lo === 'both' && bothAnd(toks, i))) first--;
    // "issued a statement saying", "sent a tweet calling": the issuing verb opens the cue (train: 11 of 11)
    else if (first === i && t.lo.endsWith('ing') && DOCUMENTS.has(w.lo) && (issued = issuedBefore(toks, first - 1, sentenceStart)) > 0) first -= issued;
    else break;
  }
  // "It’s denouncing", "they've suggested": the cue starts at the contracted auxiliary
  const aux = first - 1 >= sentenceStart ? contractedAuxiliary(toks[first - 1].lo) : 0;
  let start = aux > 0 ? toks[first - 1].e - aux : toks[first].s;
  // "has taken to urging", "was prompted to say", "wanted to show": the verb before "to" (and its
  // auxiliaries) opens the span; after a noun ("drove the candidate to say") "to" does. The span
  // only: the subject search still starts at the verb (PolNeAR train: gold takes "to" in 18 of the 19
  // such matched cues; 12 now right, none before)
  if (first === i && i - 2 >= sentenceStart && toks[i - 1].lo === 'to' && !/[^s]s$/.test(t.lo) && !toks[i - 2].punct && !toks[i - 2].cap) {
    const v = toks[i - 2].lo;
    let k = v.endsWith('ed') || v.endsWith('en') || isVerbForm(v) ? i - 2 : i - 1;
    while (k < i - 1 && k - 1 >= sentenceStart && !toks[k - 1].punct && CUE_PREFIX.has(toks[k - 1].lo)) k--;
    start = toks[k].s;
  }
  // "has twice complained", "can’t quite say", "may well endorse": a degree or frequency adverb
  // before the cue opens its span, with the auxiliaries before it (the span only, as above)
  if (aux === 0 && first - 1 > sentenceStart && SPAN_ADVERBS.has(toks[first - 1].lo) && !toks[first - 1].cap) {
    let k = first - 1;
    while (k - 1 >= sentenceStart && !toks[k - 1].punct && CUE_PREFIX.has(toks[k - 1].lo)) k--;
    if (k < first - 1) start = toks[k].s;
  }
  return cueResult(into, first, i, after, frame, entry.lemma, start, toks[after - 1].e);
}

/** Auxiliaries after which "both"/"all" floats before the verb ("have both argued"). */
const FLOAT_AUX = new Set(['have', 'has', 'had', 'are', 'were', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'do']);

/** May a quantifier ("both", "all") after this token float between a subject and its verb? */
function floatsAfter(p: Token, atStart: boolean): boolean {
  if (p.punct) return false;
  if (FLOAT_AUX.has(p.lo)) return true;
  if (PRONOUNS.has(p.lo)) return false;
  // a name ("Vance both"), or a plural noun ("the ministers all")
  return (p.cap && !atStart) || (p.lo.length > 3 && /[a-z]s$/.test(p.lo) && !/(?:ss|us|is)$/.test(p.lo));
}

/** Does an "and" follow the verb at `i` within its clause ("both endorsed the plan and ...")? */
function bothAnd(toks: Token[], i: number): boolean {
  for (let k = i + 1; k < toks.length && k <= i + 6 && !toks[k].punct; k++) if (toks[k].lo === 'and') return true;
  return false;
}

/**
 * A new Cue, or `into` written over; its span [s, e) is always a new array (a Found may keep it).
 * The span is made in each branch: one made before the branch had the optimiser reserve room for
 * the new Cue with it, so even a call with `into` took the Cue's bytes from the young heap.
 */
function cueResult(into: Cue | undefined, first: number, verb: number, after: number, frame: CueFrame, lemma: string, s: number, e: number): Cue {
  if (into === undefined) return { first, verb, after, frame, lemma, span: [s, e] };
  into.span = [s, e];
  into.first = first;
  into.verb = verb;
  into.after = after;
  into.frame = frame;
  into.lemma = lemma;
  return into;
}
