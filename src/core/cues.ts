/**
 * The attribution-cue lexicon: reporting verbs ("said", "told", "dismissed ... as", "called for")
 * with their inflections, the auxiliaries and adverbs a cue span takes in ("has said", "also
 * said", "did not go into"), and phrasal particles ("pointed out"). Lookups are one Map access per
 * word; every table is built once at load.
 */
import { CALENDAR } from './lexicon/common';
import { lowerShared } from './text';

/** How a reporting verb takes its content. */
export type CueFrame =
  | 'clause' // "said (that) ...", content after, or before in "..., X said"
  | 'object' // "called for X", "rejected X as Y", "announced X": content is the object
  | 'tell' // "told reporters (that) ...": an addressee comes before the content
  | 'hedge'; // "the plan seems to work", "Ms Lo is expected to win": the whole clause, no source named

export interface VerbEntry {
  lemma: string;
  frame: CueFrame;
  /** Particles that belong to the cue: "point out", "call for". */
  particles?: string[];
  /** Needs a particle to be a cue ("go into"). */
  particleOnly?: boolean;
}

/** lemma, frame, particles; "-" marks a verb that is a cue only with one of its particles. */
const VERBS: [string, CueFrame, string?][] = [
  ['say', 'clause'], ['add', 'clause'], ['note', 'clause'], ['write', 'clause'], ['report', 'clause'],
  ['announce', 'clause'], ['suggest', 'clause'], ['explain', 'clause'], ['argue', 'clause'],
  ['claim', 'clause'], ['state', 'clause'], ['declare', 'clause'], ['insist', 'clause'],
  ['acknowledge', 'clause'], ['admit', 'clause'], ['respond', 'clause', 'to'], ['reply', 'clause'],
  ['recall', 'clause'], ['tweet', 'clause'], ['post', 'clause'], ['predict', 'clause'],
  ['confirm', 'clause'], ['believe', 'clause', 'in'], ['think', 'clause'], ['estimate', 'clause'],
  ['agree', 'clause', 'with'], ['complain', 'clause'], ['concede', 'clause'], ['contend', 'clause'],
  ['emphasize', 'clause'], ['emphasise', 'clause'], ['stress', 'clause'], ['observe', 'clause'],
  ['remark', 'clause'], ['assert', 'clause'], ['allege', 'clause'],
  ['testify', 'clause'], ['disclose', 'clause'], ['reveal', 'clause'], ['indicate', 'clause'],
  ['mention', 'clause'], ['boast', 'clause'], ['joke', 'clause'], ['quip', 'clause'],
  ['exclaim', 'clause'], ['conclude', 'clause'], ['find', 'clause'], ['show', 'clause'],
  ['vow', 'clause'], ['pledge', 'clause'], ['promise', 'clause'], ['threaten', 'clause'],
  ['caution', 'clause'], ['hint', 'clause', 'at'], ['signal', 'clause'], ['reiterate', 'clause'],
  ['repeat', 'clause'], ['counter', 'clause'], ['retort', 'clause'], ['lament', 'clause'],
  ['speculate', 'clause'], ['fear', 'clause'], ['hope', 'clause'], ['know', 'clause', 'for'],
  ['worry', 'clause'], ['doubt', 'clause'], ['charge', 'clause'], ['confess', 'clause'],
  ['proclaim', 'clause'], ['wonder', 'clause'], ['ask', 'clause', 'about for'], ['speak', 'object', '-about of'], ['vote', 'object', '-for against'], ['continue', 'clause'],
  ['demand', 'clause'], ['propose', 'clause'], ['recommend', 'clause'], ['urge', 'clause'],
  ['deny', 'clause'], ['dispute', 'clause'], ['remember', 'clause'], ['encourage', 'object'], ['read', 'clause'], ['sing', 'clause'], ['chant', 'clause'], ['shout', 'clause'], ['yell', 'clause'], ['scream', 'clause'], ['whisper', 'clause'], ['declare', 'clause'], ['plead', 'clause', 'guilty for'], ['muse', 'clause'], ['type', 'clause'], ['tell', 'tell'], ['assure', 'tell'], ['inform', 'tell'], ['remind', 'tell'],
  ['warn', 'tell', 'of about against'], ['rail', 'object', '-against'], ['advise', 'tell'], ['call', 'object', 'for on out'], ['point', 'object', '-out to'],
  ['dismiss', 'object'], ['reject', 'object'], ['describe', 'object'], ['accuse', 'object'],
  ['criticize', 'object'], ['criticise', 'object'], ['praise', 'object'], ['blast', 'object'],
  ['slam', 'object'], ['defend', 'object'], ['welcome', 'object'], ['refer', 'object', '-to'],
  ['cite', 'object'], ['go', 'object', '-into'], ['endorse', 'object'], ['condemn', 'object'],
  ['question', 'object'], ['blame', 'object'], ['reference', 'object', 'to'], ['quote', 'object'],
  // attitudes and intentions: PolNeAR credits them to a source as well
  ['want', 'object'], ['plan', 'object'], ['support', 'object'], ['oppose', 'object'], ['seek', 'object'],
  ['offer', 'object'], ['order', 'object'], ['decide', 'object'], ['express', 'object'],
  ['intend', 'object'], ['prefer', 'object'], ['favor', 'object'], ['refuse', 'object'], ['decline', 'object'],
  ['expect', 'clause'], ['acknowledge', 'clause'], ['label', 'object'], ['dub', 'object'], ['brand', 'object'],
  ['rip', 'object'], ['attack', 'object', 'on against'], ['mock', 'object'], ['applaud', 'object'], ['embrace', 'object'],
  ['highlight', 'object'], ['insinuate', 'clause'], ['imply', 'clause'], ['guarantee', 'clause'], ['swear', 'clause'],
  // "discussed the plan" (PolNeAR train precision 0.82, 39 predicted)
  ['discuss', 'object'],
  ['announce', 'clause'], ['recognize', 'clause'], ['realize', 'clause'], ['understand', 'clause'], ['feel', 'clause'],
  ['worry', 'clause'], ['talk', 'object', '-about'], ['focus', 'object', '-on'], ['push', 'object', '-for'],
  // the writer's hedges (PolNeAR credits the clause to no one): "appear" only before "to" (train
  // 60 of 106), "seem" before any complement (train 101 of 174), "reportedly" on its own (19 of 29)
  ['seem', 'hedge'], ['appear', 'hedge'], ['reportedly', 'hedge'],
  // not cues, though they look like them: "raise" (money, mostly: PolNeAR precision 0.28 on train),
  // "maintain" (a road, a lead: 0.23)
  // condemnation and thanks (PolNeAR train: denounce 37 cues in 48 uses, decry 14 in 16, echo 24 in 46,
  // thanked/thanking 15 in 18, bemoaned 6 in 6, retweeted 7 in 9, lambasted 5 in 6, assail 11 in 14, rebuked 5 in 5)
  ['denounce', 'object'], ['decry', 'object'], ['echo', 'object'], ['thank', 'object'], ['bemoan', 'object'],
  ['retweet', 'object'], ['lambaste', 'object'], ['assail', 'object'], ['rebuke', 'object'],
  // (train: portray 24 cues in 36 uses, deemed 12 in 20, chide 7 in 7, brag 8 in 12, recounted 5 in 7)
  ['portray', 'object'], ['deem', 'object'], ['chide', 'object'], ['brag', 'clause'], ['recount', 'object'],
  // (train, all forms, those used as cues at least 3 times in 5: invoke 6 of 9, rebut 5 of 7, credited/crediting 7 of 8,
  // clarify 3 of 4, reaffirm 3 of 4, trumpet 3 of 3, foresee 3 of 3)
  ['invoke', 'object'], ['rebut', 'object'], ['credit', 'object', 'for'], ['clarify', 'clause'], ['reaffirm', 'clause'],
  ['trumpet', 'object'], ['foresee', 'clause'],
  // replies, like "fired back" below (train: "shot back" 8 cues in 9 uses)
  ['shoot', 'clause', '-back'], ['hit', 'clause', '-back'],
  // "as one senator put it, ...": only with "it" and punctuation after it (see cueAt)
  ['put', 'clause', '-it'],
  ['fire', 'clause', '-back'], ['learn', 'clause'], ['conclude', 'clause'], ['promote', 'object'], ['demand', 'object'], ['tout', 'object'],
  // "voters see (view) Clinton as the stronger candidate": a claim only with "as" after the object (see claims.ts;
  // "view": train 10 such claims, 9 right)
  ['see', 'object'], ['view', 'object'],
  // "the court ruled that ...": only before "that" (see cueAt; "ruled out", "ruled the club")
  ['rule', 'clause'],
];

const IRREGULAR: Record<string, string[]> = {
  say: ['says', 'said', 'saying'], tell: ['tells', 'told', 'telling'], write: ['writes', 'wrote', 'written', 'writing'],
  think: ['thinks', 'thought', 'thinking'], know: ['knows', 'knew', 'known', 'knowing'], find: ['finds', 'found', 'finding'],
  show: ['shows', 'showed', 'shown', 'showing'], read: ['reads', 'reading'], sing: ['sings', 'sang', 'sung', 'singing'], go: ['goes', 'went', 'gone', 'going'], speak: ['speaks', 'spoke', 'spoken', 'speaking'], seek: ['seeks', 'sought', 'seeking'], learn: ['learns', 'learned', 'learnt', 'learning'], feel: ['feels', 'felt', 'feeling'],
  understand: ['understands', 'understood', 'understanding'], reportedly: [], put: ['puts', 'putting'], swear: ['swears', 'swore', 'sworn', 'swearing'],
  shoot: ['shoots', 'shot', 'shooting'], hit: ['hits', 'hitting'], see: ['sees', 'saw', 'seeing'],
};

/** Inflected forms of a regular verb: stress -> stresses, stressed, stressing; reply -> replies. */
function inflect(lemma: string): string[] {
  if (IRREGULAR[lemma]) return IRREGULAR[lemma];
  if (lemma.endsWith('e')) return [lemma + 's', lemma + 'd', lemma.slice(0, -1) + 'ing'];
  if (/[^aeiou]y$/.test(lemma)) return [lemma.slice(0, -1) + 'ies', lemma.slice(0, -1) + 'ied', lemma + 'ing'];
  if (/(?:s|sh|ch|x)$/.test(lemma)) return [lemma + 'es', lemma + 'ed', lemma + 'ing'];
  if (/^(?:quip|slam|admit|regret|commit|permit|plan|rip|dub|refer|prefer|submit|omit|brag|rebut)$/.test(lemma)) {
    const d = lemma + lemma.slice(-1);
    return [lemma + 's', d + 'ed', d + 'ing'];
  }
  return [lemma + 's', lemma + 'ed', lemma + 'ing'];
}

const FORMS = new Map<string, VerbEntry>();
for (const [lemma, frame, parts] of VERBS) {
  const particleOnly = parts?.startsWith('-') ?? false;
  const entry: VerbEntry = { lemma, frame, particles: parts?.replace('-', '').split(' '), particleOnly };
  for (const f of [lemma, ...inflect(lemma)]) if (!FORMS.has(f)) FORMS.set(f, entry);
}

/** "made clear that ...", "has made it clear that ...": a cue only with "clear" (see cueAt; PolNeAR
 * train: 29 cues in 45 uses, nearly all the others inside a quotation). Not in FORMS. */
export const MAKE_CLEAR: VerbEntry = { lemma: 'make', frame: 'clause', particles: ['clear'], particleOnly: true };

/**
 * Adjectives of a view or feeling held that report the "that" clause after them, after a copula:
 * "pilots are convinced that ...", "the mayor remains confident that ...", "were acutely aware
 * that ..." (PolNeAR train, "be" + adjective + "that" not inside another attribution: most are
 * gold's; "sure", "certain", "glad" are not, 2 of 25). Cues only so (see stateCue in claims.ts); not in FORMS.
 */
export const STATE_ADJECTIVES: ReadonlySet<string> = new Set(
  'confident convinced hopeful optimistic aware unaware concerned worried adamant skeptical sceptical fearful nervous frustrated upset'.split(' '),
);

/** The reporting verb a word is a form of, or undefined. `word` must be lower case. */
export function verbEntry(word: string): VerbEntry | undefined {
  return FORMS.get(word);
}

/** Is this lower-case word surely a reporting verb, not a noun ("talks", "plans" may be nouns)? */
export function isVerbForm(word: string): boolean {
  return VERB_FORMS.has(word);
}

/** Is this lower-case word an -ing form ("saying", "adding")? */
export const isParticiple = (word: string): boolean => word.endsWith('ing');

/**
 * Words a cue span takes in before its verb: auxiliaries, negation and a few adverbs
 * ("has said", "also said", "did not go into", "had repeatedly warned").
 */
export const CUE_PREFIX: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'is', 'was', 'were', 'are', 'will', 'would', 'could', 'can', 'may', 'might',
  'should', 'did', 'does', 'do', 'not', 'never', 'also', 'later', 'now', 'then', 'still', 'just',
  'recently', 'previously', 'first', 'often', 'repeatedly', 'once', 'again', 'even', 'already',
  'publicly', 'privately', 'frequently', 'long', 'further', 'openly', 'explicitly', 'falsely', 'flatly', 'initially', 'consistently', 'increasingly', 'quickly', 'finally', 'initially', 'reportedly', 'has been',
  'been', 'be', "didn't", 'didn’t', "isn't", 'isn’t', "wasn't", 'wasn’t', "won't", 'won’t', "wouldn't", 'wouldn’t',
  // PolNeAR train: only 8 in 10, must 12 of 12, cannot 5 of 5, soon 4 of 4, always 2 of 2 (dev 1 of 1)
  'only', 'must', 'cannot', 'soon', 'always',
  "can't", 'can’t', "couldn't", 'couldn’t', "haven't", 'haven’t', "don't", 'don’t', 'once again', 'again', 'reportedly', "doesn't", 'doesn’t', "hasn't", 'hasn’t', "’s", "'s",
]);

/** Words in -ly that are no adverb of manner or time before a verb ("the family said", "only said"). */
const NOT_ADVERBS = new Set(
  ('family assembly rally ally reply supply apply comply imply rely anomaly monopoly butterfly belly jelly tally bully ' +
    'only early likely unlikely daily weekly monthly quarterly yearly hourly nightly elderly friendly lonely holy ugly ' +
    'silly costly deadly orderly scholarly folly holly').split(' '),
);

/**
 * Is this lower-case word an adverb a cue span takes in before its verb ("cynically dismissed",
 * "openly admitted")? PolNeAR's cues include them (train: about 250 against 10).
 */
export function isCueAdverb(word: string): boolean {
  return word.length > 4 && word.endsWith('ly') && !NOT_ADVERBS.has(word);
}

/** Pronoun contractions whose auxiliary opens a cue span ("it’s denouncing", "they've suggested"). */
const CONTRACTIONS = new Map<string, number>();
for (const p of ['he', 'she', 'it', 'they', 'we', 'i', 'you', 'who', 'that', 'there']) {
  for (const a of ["'", '’']) for (const suffix of ['s', 're', 've', 'll', 'd', 'm']) CONTRACTIONS.set(p + a + suffix, suffix.length + 1);
}

/**
 * Code units of the auxiliary at the end of a pronoun contraction ("he’s" -> 2, "they've" -> 3),
 * 0 when the lower-case word is none. PolNeAR's cue spans start at the apostrophe.
 */
export function contractedAuxiliary(word: string): number {
  return CONTRACTIONS.get(word) ?? 0;
}

/** Words after which a cue word is a noun or an adjective: "the said company", "her report". */
const NOT_BEFORE_VERB = new Set([
  'the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'so', 'in', 'of',
  'no', 'any', 'every', 'each', 'such', 'for', 'with', 'without', 'new', 'first', 'latest', 'public', 'own', 'additional',
]);

/**
 * Forms that are nouns at least as often as verbs ("the states", "his remarks", "attack ads"):
 * a cue only after a pronoun, a name or an auxiliary, or before "that" or a colon.
 */
export const NOUN_LIKE: ReadonlySet<string> = new Set(
  ('state states report reports support supports attack attacks question questions remark remarks call calls plan ' +
    'plans show shows continue continues raise raises offer offers order orders claim claims post posts charge charges ' +
    'demand demands promise promises hope hopes fear fears doubt doubts note notes find finds counter signal signals ' +
    'reference references quote quotes label labels brand brands highlight highlights back tweet tweets estimate ' +
    'estimates comment comments recount recounts credit credits dispute disputes view views').split(' '),
);

/** The words isVerbForm() accepts: forms of a verb that is a cue on its own, not NOUN_LIKE (one set read, for readers that also fold it into sets of their own). */
export const VERB_FORMS: ReadonlySet<string> = new Set([...FORMS].filter(([form, e]) => !e.particleOnly && !NOUN_LIKE.has(form)).map(([form]) => form));

/** Is the reporting verb `word` (lower case) a noun or adjective here, given the word before it? */
export function isCueBlocked(prevWord: string | undefined, word: string): boolean {
  if (prevWord === undefined) return false;
  if (!NOT_BEFORE_VERB.has(prevWord)) return false;
  // "first said" is a cue, "the first report" is not
  if (prevWord === 'first') return !(word.endsWith('ed') || word === 'said' || word === 'told' || word === 'wrote');
  return true;
}

/** Hash of a lower-case ASCII word, computed without making a string. */
function wordHash(text: string, s: number, e: number): number {
  let h = 7;
  for (let k = s; k < e; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0;
  return h;
}
const FORM_HASHES = new Set<number>();
/**
 * Which (first letter, last letter, length) shapes cue forms have: most words are ruled out by
 * one array read before the hash look-up. Indexed by shapeIndex(); 1 = some form has it.
 */
const FORM_SHAPES = new Uint8Array(26 * 26 * 32);
const shapeIndex = (first: number, last: number, n: number): number => ((first - 0x61) * 26 + (last - 0x61)) * 32 + Math.min(n, 31);
// "made clear", "makes it clear", "made the point that": candidates, though no entry in FORMS (see
// cueAt and argumentCue in claims.ts: an entry would make "made" and "making" a verb to every other
// reader, which ends contents at "and made plans")
for (const f of [...FORMS.keys(), 'according', 'made', 'makes', 'make', 'making', ...STATE_ADJECTIVES]) {
  FORM_HASHES.add(wordHash(f, 0, f.length));
  const first = f.charCodeAt(0);
  const last = f.charCodeAt(f.length - 1);
  if (first >= 0x61 && first <= 0x7a && last >= 0x61 && last <= 0x7a) FORM_SHAPES[shapeIndex(first, last, f.length)] = 1;
}
/**
 * A bit per 16-bit slice of the hashes in FORM_HASHES (8 kB, so it stays in the fastest cache):
 * a clear bit rules a word out without the shape table or the set. The shape table alone let
 * through three words in ten (the, she, ...); with the bit about one in ten is left.
 */
const FORM_BITS = new Int32Array(1 << 11);
const formBit = (h: number): number => (h ^ (h >>> 16)) & 0xffff;
for (const h of FORM_HASHES) FORM_BITS[formBit(h) >>> 5] |= 1 << (formBit(h) & 31);

const isLower = (c: number): boolean => c >= 0x61 && c <= 0x7a;
const isUpperAscii = (c: number): boolean => c >= 0x41 && c <= 0x5a;
const isAsciiLetter = (c: number): boolean => isLower(c) || isUpperAscii(c);
/** A letter or digit beyond ASCII, and a letter (made once: a pattern literal is a new object per run). */
const RE_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const RE_LETTER = /\p{L}/u;

/** Only spaces, opening marks and a sentence end (or nothing) before offset s. */
function atSentenceStart(text: string, s: number): boolean {
  let k = s - 1;
  while (k >= 0 && s - k < 8) {
    const c = text.charCodeAt(k);
    if (c === 32 || c === 9 || c === 0x22 || c === 0x201c || c === 0x2018 || c === 0x28) k--;
    else return c === 10 || c === 13 || c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3a || c === 0x201d;
  }
  return k < 0;
}

/**
 * A capitalised -s form between capitalised words, in a title-case headline ("Clinton Says
 * Russians Hacked DNC", "Trump Calls ‘Fake News’"); [s, e) is the word. Looks one word back.
 */
function titleCaseVerb(text: string, s: number, e: number): boolean {
  if (text.charCodeAt(e - 1) !== 0x73 || text.charCodeAt(s - 1) !== 32 || text.charCodeAt(e) !== 32) return false;
  const next = text.charCodeAt(e + 1); // a capital or an opening quotation mark after it
  if (!((next >= 0x41 && next <= 0x5a) || next === 0x2018 || next === 0x201c || next === 0x22 || next === 0x27)) return false;
  let b = s - 1;
  while (b > 0 && s - b < 30 && isAsciiLetter(text.charCodeAt(b - 1))) b--;
  const prev = text.charCodeAt(b);
  return b < s - 1 && prev >= 0x41 && prev <= 0x5a;
}

/** Determiners of a noun phrase: before a day or month that modifies a noun ("a June report", "the Monday statement"; not "in March found") and before a possessor ("the kingdom's thinking"). */
const NOUN_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'last', 'next', 'every']);

/**
 * Start of the word of ASCII letters (at most 12) that ends one space before offset s, or -1
 * when there is none or it is the end of a longer word ("García said": not the determiner "a").
 */
function wordStartBefore(text: string, s: number): number {
  const e = s - 1;
  if (e < 1 || text.charCodeAt(e) !== 32) return -1;
  let b = e;
  while (b > 0 && e - b < 12 && isAsciiLetter(text.charCodeAt(b - 1))) b--;
  if (b === e || (b > 0 && (isAsciiLetter(text.charCodeAt(b - 1)) || (text.charCodeAt(b - 1) > 0x7f && RE_LETTER.test(text[b - 1]))))) return -1;
  return b;
}

/** Is the word that ends one space before offset s (lower-cased) in `set`? */
function wordBefore(text: string, s: number, set: ReadonlySet<string>): boolean {
  const b = wordStartBefore(text, s);
  return b >= 0 && set.has(lowerShared(text, b, s - 1));
}

/** Intensifiers before an adjective in -ing: "the most telling", "far less welcoming". */
const INTENSIFIERS = new Set(['most', 'more', 'less', 'least', 'very', 'too', 'particularly', 'especially', 'equally', 'deeply']);

/** Does the word text[s, e) end in "ing"? */
function endsWithIng(text: string, s: number, e: number): boolean {
  return e - s > 4 && text.charCodeAt(e - 3) === 0x69 && text.charCodeAt(e - 2) === 0x6e && text.charCodeAt(e - 1) === 0x67;
}

/** Is the word before offset s (a candidate ending at `end`) a determiner ("the report", "her call")? */
function afterDeterminer(text: string, s: number, end: number): boolean {
  const e = s - 1;
  if (e < 1 || text.charCodeAt(e) !== 32) return false;
  // after a common noun's possessive an -ing form is a noun: "the kingdom's thinking", "the
  // paper's reporting"; not after a name or pronoun, where "'s" is "is": "he's hoping"
  if (e >= 3 && (text.charCodeAt(e - 1) | 0x20) === 0x73 && (text.charCodeAt(e - 2) === 0x27 || text.charCodeAt(e - 2) === 0x2019) && isAsciiLetter(text.charCodeAt(e - 3)) && endsWithIng(text, s, end)) {
    let w = e - 2;
    while (w > 0 && e - w < 24 && isAsciiLetter(text.charCodeAt(w - 1))) w--;
    if (wordBefore(text, w, NOUN_DETERMINERS)) return true;
  }
  const b = wordStartBefore(text, s);
  if (b < 0) return false;
  const word = lowerShared(text, b, e); // text.slice(b, e).toLowerCase(), a shared string
  // after a degree adverb an -ing form is an adjective: "the most telling promise", "far less welcoming"
  if (endsWithIng(text, s, end) && INTENSIFIERS.has(word)) return true;
  // a day or month between ("a June report", "the Monday statement") modifies a noun
  if (isUpperAscii(text.charCodeAt(b)) && CALENDAR.has(word)) return wordBefore(text, b, NOUN_DETERMINERS);
  return NOT_BEFORE_VERB.has(word) && word !== 'first';
}

/** "think tank(s)": a noun, not the verb of a belief ("analysts at the Fund think tank said"). */
function thinkTank(text: string, s: number, e: number): boolean {
  return (e - s === 5 || e - s === 6) && (text.charCodeAt(s) | 0x20) === 0x74 && text.slice(s, s + 5).toLowerCase() === 'think' && /^ tanks?\b/i.test(text.slice(e, e + 7));
}

/**
 * Offsets of words that may be cues ("said", "according", also "Stated" at a sentence start):
 * one pass over the code units with no allocation per word. Callers confirm with cueAt().
 */
export function cueCandidates(text: string): number[] {
  const out: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const first = c | 0x20;
    if (first < 0x61 || first > 0x7a) {
      i++;
      continue;
    }
    const s = i;
    // One pass over the word: its hash as wordHash() of its lower case, and any capital after the
    // first letter. With no branch per letter: d | 0x20 is an ASCII letter's lower case (and in
    // a-z for no other code unit), and `bits` keeps 0x20 while every letter after the first is lower case.
    let h = (Math.imul(7, 31) + first) | 0;
    let bits = 0x20;
    for (i++; i < n; i++) {
      const d = text.charCodeAt(i);
      const lower = d | 0x20;
      if (lower < 0x61 || lower > 0x7a) break;
      h = (Math.imul(h, 31) + lower) | 0;
      bits &= d;
    }
    // Candidates are plain a-z words (capitals lowered): rule most words out by one bit, then by their shape.
    const bit = formBit(h);
    if (bits === 0 || (FORM_BITS[bit >>> 5] & (1 << (bit & 31))) === 0) continue;
    if (FORM_SHAPES[shapeIndex(first, text.charCodeAt(i - 1) | 0x20, i - s)] === 0) continue;
    const prev = s > 0 ? text.charCodeAt(s - 1) : 32;
    const glued = prev === 0x2d || prev === 0x27 || prev === 0x2019 || (prev > 0x7f && RE_LETTER_OR_DIGIT.test(text[s - 1]));
    const next = i < n ? text.charCodeAt(i) : 32;
    const gluedAfter = next > 0x7f && RE_LETTER_OR_DIGIT.test(text[i]);
    if (glued || gluedAfter || (next >= 0x30 && next <= 0x39) || !FORM_HASHES.has(h)) continue;
    // "the Post", "United States"; but a headline's "Clinton Says Russians Hacked DNC"
    if (!isLower(c) && !atSentenceStart(text, s) && !titleCaseVerb(text, s, i)) continue;
    if (afterDeterminer(text, s, i)) continue; // "the report", "a call"
    if (thinkTank(text, s, i)) continue;
    out.push(s);
  }
  return out;
}
