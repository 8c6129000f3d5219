/**
 * Quote attribution: for each quotation, the speaker mention and the cue, looked for in a
 * bounded window around it (the clause before it in its sentence, the words after it up to the
 * sentence end). Rules, in order:
 *   quote.speaker-cue-after   “…,” Mr Xi said
 *   quote.cue-speaker-after   “…,” said Mr Xi
 *   quote.according-to        According to the ministry, “…”
 *   quote.cue-before          Mr Xi said: “…” / Kirby dismissed the visit as “…”
 *   quote.follow-on           a quotation with no cue continuing the previous speaker
 *   quote.unattributed        none of the above (speaker null)
 * Cost per quotation is bounded by the window sizes (in code units and tokens).
 */
import { CUE_PREFIX } from './cues';
import type { QuoteSpan } from './quotes';
import { cueAt, datelineEnd, DAYS, DETERMINERS, isPronoun, npAfter, subjectBefore, type Cue } from './speaker';
import { hasWords, isWhiteSpaceCode, sentenceAt, sortMostlyOrdered, TokenPool, tokensIn, type Token } from './text';
import type { Span } from './types';

/**
 * Patterns of the functions below, made once: a regular-expression literal in a function body
 * makes a new RegExp object each time it runs (none of these has the g or y flag, so they keep
 * no state between uses).
 */
const RE_ING_END = /ing$/i;
const RE_COMMA_MARKS_END = /,\W{0,2}$/;
const RE_COMMA_END = /,\s*$/;
const RE_SEMICOLON_OR_COLON = /[;:]\s/;
const RE_SIGNATURE_DASH = /^[―—]/;
const RE_SIGNED_NAME = /^[-―—–] ?[A-Z]/;
const RE_ABBREVIATION_BEFORE_PERIOD = /(?:^|\s)(?:mr|mrs|ms|dr|sen|rep|gov|gen|st|jr|sr|[a-z])$/i;
const RE_DASH_TOKEN = /^[―—–-]$/;
const RE_AFTER_QUOTE_PUNCT = /[,—–\-)(]/;
const RE_COMMA_OR_DASH = /[,—–\-]/;
const RE_SUBJECT_PUNCT = /^[,()'’.\-]$/;
const RE_COMMA_OR_DASH_2 = /[,—–-]/;
const RE_PAST_TENSE = /^[a-z]{3,}ed$/;
const RE_PERIOD_OR_COMMA = /^[.,]$/;
const RE_TRANSCRIPT_SPEAKER = /^[A-Z][A-Z.'’ -]{1,30}:/;
const isCapital = (c: number): boolean => c >= 0x41 && c <= 0x5a;
/** A character of RE_TRANSCRIPT_SPEAKER's names after the first: A-Z . ' ’ space - */
const isTranscriptNameChar = (c: number): boolean => isCapital(c) || c === 0x2e || c === 0x27 || c === 0x2019 || c === 0x20 || c === 0x2d;
const RE_SPACE_END = /\s$/;
const RE_SENTENCE_STOP = /^[.!?]$/;
/** Words that open a phrase before a sentence's subject: "In response to ..., she said". */
const SENTENCE_INTRO = new Set(['in', 'on', 'at', 'after', 'before', 'during', 'with', 'when', 'while', 'as', 'asked', 'speaking', 'later', 'earlier', 'still', 'but', 'and']);
const RE_OPENER_BEFORE = /[.!?]["”'’]{0,2}\s+(?:But|And|Still|Now|Yet|So|Then|Also),?\s*$/;

/** A quote or claim before entity resolution and ids. */
export interface Found {
  kind: 'quote' | 'claim';
  span: Span;
  speaker: Span | null;
  cue: Span | null;
  rule: string;
}

/** Code units looked at before and after a quotation. */
const BEFORE_WINDOW = 320;
const AFTER_WINDOW = 200;
/** Tokens between a cue and the quotation it introduces ("told reporters on Tuesday:"). */
const MAX_CUE_GAP = 10;
/** Paragraphs a follow-on quotation may be away from the quotation it continues. */
const FOLLOW_ON_PARAGRAPHS = 2;

/**
 * Token objects for the words before and after a quotation and for the sentence before it, each
 * overwritten at the next quotation (no Token is kept past its quotation): the windows overlap
 * from one quotation to the next, and making their tokens anew was a tenth of the engine's
 * allocation.
 */
const BEFORE_POOL = new TokenPool();
const AFTER_POOL = new TokenPool();
const CUE_BEFORE_POOL = new TokenPool();

/** Opening quotation marks that end the words after a quotation: “ « „ 「 『 */
const isOpeningMark = (c: number): boolean => c === 0x201c || c === 0xab || c === 0x201e || c === 0x300c || c === 0x300e;

/** Does quotation q close with a comma, ? ! or a dash inside its marks ("“…,”", "''…,''", "“…, ”")? */
function closesWith(text: string, q: QuoteSpan): boolean {
  let e = q.end;
  while (e > q.start + 1 && isClosingMark(text.charCodeAt(e - 1))) e--;
  if (isCommaOrDash(text.charCodeAt(e - 1))) return true;
  return e - 2 >= q.start && isCommaOrDash(text.charCodeAt(e - 2)) && isWhiteSpaceCode(text.charCodeAt(e - 1));
}
/** " ' ” ’ » 」 』 › */
const isClosingMark = (c: number): boolean => c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x300d || c === 0x300f || c === 0x203a;
/** , ? ! — – - */
const isCommaOrDash = (c: number): boolean => c === 0x2c || c === 0x3f || c === 0x21 || c === 0x2014 || c === 0x2013 || c === 0x2d;
/** White space within a line: a space, a tab, a carriage return, or a no-break space ("said.\u00a0“…”", 243 of 840 train texts have one). */
const isLineSpace = (c: number): boolean => c !== 10 && isWhiteSpaceCode(c);

export function attributeQuotes(text: string, quotes: QuoteSpan[]): Found[] {
  const out: Found[] = [];
  let prevEnd = 0;
  let last: Found | null = null;
  let lastEnd = 0;
  // The words before and after quotation q, tokenised when a rule first asks for them: "“…,” Ms Lo
  // said" never needs those before it, "Ms Lo said: “…”" seldom those after it.
  let q: QuoteSpan = quotes[0];
  let nextStart = 0;
  let before: Token[] | null = null;
  let after: Token[] | null = null;
  const beforeWindow = (): Token[] => (before ??= beforeTokens(text, Math.max(prevEnd, q.start - BEFORE_WINDOW), q.start));
  const afterWindow = (): Token[] => (after ??= afterTokens(text, q.end, Math.min(nextStart, q.end + AFTER_WINDOW)));
  for (let n = 0; n < quotes.length; n++) {
    q = quotes[n];
    nextStart = n + 1 < quotes.length ? quotes[n + 1].start : text.length;
    before = after = null;
    const found: Found = { kind: 'quote', span: [q.start, q.end], speaker: null, cue: null, rule: 'quote.unattributed' };
    const closesWithComma = closesWith(text, q);
    // "On the broadcast of “Fox News Sunday,” Mike Pence said his ...": a title inside a sentence
    // before a cue that opens a clause of its own is not what the cue reports
    const title = !startsSentence(text, q.start);
    const ok =
      transcript(text, q, found) ||
      (closesWithComma && fromAfter(afterWindow(), found) && !(title && opensClause(afterWindow(), found))) ||
      fromBefore(beforeWindow(), found) ||
      // (after a comma the first rule has read the words after already, to the same end)
      (!closesWithComma && fromAfter(afterWindow(), found) && !(title && opensClause(afterWindow(), found))) ||
      (closesWithComma && speechCueAfter(afterWindow(), found) && !(title && opensClause(afterWindow(), found))) ||
      (closesWithComma && !title && bookismAfter(afterWindow(), found));
    // "“…,” Lo said, according to the Post": PolNeAR credits the words to the report (train: 10 of 12)
    if (ok && (found.rule === 'quote.speaker-cue-after' || found.rule === 'quote.cue-speaker-after')) reportedBy(afterWindow(), found);
    // "Citing “obligations at home,” the spokeswoman said ...": a participle opening the sentence
    // introduces the quotation; its subject is the main clause's, after the quotation
    if (ok && found.rule === 'quote.cue-before' && !found.speaker && beforeWindow().length && found.cue![0] === beforeWindow()[0].s && RE_ING_END.test(text.slice(found.cue![0], found.cue![1]))) {
      found.speaker = subjectAfter(afterWindow());
    }
    if (!ok) {
      found.speaker = found.cue = null;
      found.rule = 'quote.unattributed';
    }
    if (!ok && sentenceCueBefore(text, Math.max(prevEnd, q.start - BEFORE_WINDOW), q.start, found)) {
      // "The bank may act soon, Ms Lo said. “…”": the quotation goes on with the words the
      // sentence before credits, in its paragraph: one attribution, one cue
    } else if (!ok && last && last.cue && lastEnd === prevEnd && (QUOTE_LINK.test(text.slice(prevEnd, q.start)) || interrupted(text, prevEnd, q.start, last))) {
      // "tells supporters to “go and vote” and then “go sit there”": a later quotation in the
      // sentence of an attributed one goes with it (one attribution in PolNeAR)
      found.speaker = last.speaker;
      found.cue = last.cue;
      found.rule = 'quote.follow-on';
    } else if (!ok && last && !last.speaker && last.cue && (last.rule === 'quote.cue-speaker-after' || last.rule === 'quote.speaker-cue-after') && lastEnd === prevEnd && startsSentence(text, q.start) && paragraphsBetween(text, lastEnd, q.start) === 0 && !afterColon(text, q.start)) {
      // "“A,” said Will Lund, a skipper. “B.”": the quotation before has its cue after it but no
      // speaker the noun-phrase rules take; in its paragraph the next sentence's quotation goes on
      // with it all the same (one attribution, one cue)
      found.cue = last.cue;
      found.rule = 'quote.follow-on';
    } else if (!ok && last && last.speaker && (startsSentence(text, q.start) || (lastEnd === prevEnd && paragraphsBetween(text, lastEnd, q.start) === 0 && openerBefore(text, prevEnd, q.start))) && paragraphsBetween(text, lastEnd, q.start) < FOLLOW_ON_PARAGRAPHS && !colonClause(text, q.start, beforeWindow())) {
      found.speaker = last.speaker;
      // In its paragraph a follow-on shares the cue ("“A,” she said. “B.”" is one attribution);
      // a later paragraph is a new attribution with no cue of its own.
      // After a colon its own clause ("I had to change my answer: “…”") introduces it, with no cue word.
      const paras = paragraphsBetween(text, lastEnd, q.start);
      found.cue = !afterColon(text, q.start) && !asideCue(text, last) && (paras === 0 || (paras === 1 && lastEnd === prevEnd && quoteParagraphs(text, last, q))) ? last.cue : null;
      found.rule = 'quote.follow-on';
    }
    if (!ok && !found.cue) claimSentenceBefore(text, prevEnd, q.start, found);
    // "Mr. Christie gloated: “…”", "She went on: “…”": a clause of its own, with a verb no cue
    // word list holds, introduces the quotation after a colon; its predicate is the cue
    if ((found.rule === 'quote.unattributed' || (found.rule === 'quote.follow-on' && !found.cue)) && clauseColon(beforeWindow(), found)) found.rule = 'quote.clause-colon';
    if (found.speaker || found.cue) {
      last = found;
      lastEnd = q.end;
    }
    out.push(found);
    prevEnd = q.end;
  }
  return out;
}

/**
 * "…, she said, referencing the drive to “cross-sell”": a participle after a comma, before a
 * quotation inside its sentence, reports that quotation only; a later sentence's quotation goes
 * on with the speaker but not with that cue.
 */
function asideCue(text: string, last: Found): boolean {
  if (!last.cue || last.cue[1] > last.span[0] || !RE_COMMA_END.test(text.slice(last.cue[0] - 2, last.cue[0])) || startsSentence(text, last.span[0])) return false;
  const m = RE_PARTICIPLE.exec(text.slice(last.cue[0], last.cue[1]));
  // (not a speech verb's: "…, saying “…”. “…”" goes on saying it)
  return m !== null && !isSpeechCue(m[1].toLowerCase()) && !isSpeechCue(m[1].toLowerCase() + 'e');
}
/** One participle, its stem captured: "referencing", "calling". */
const RE_PARTICIPLE = /^([A-Za-z]+)ing$/;

/**
 * "McConnell, R-Ky., delivered a blunt message to Trump: “…”": words of their own (not just the
 * colon after the quotation before) introduce the quotation, so it does not go on with the speaker
 * of an earlier one (PolNeAR train: such follow-ons had the gold speaker 0 times in 19).
 */
const colonClause = (text: string, start: number, before: Token[]): boolean => afterColon(text, start) && before.length > 1 && !before[before.length - 2].punct;

/** Does a colon come right before the quotation at `start`, past white space ("resisted:  “…”", "wrote:⏎“…”")? */
function afterColon(text: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && k > start - 8 && isWhiteSpaceCode(text.charCodeAt(k))) k--;
  return text.charCodeAt(k) === 0x3a;
}

/** The subject of the clause that goes on after a quotation: "“…,” the mayor said", "“…” Trump accused ...". */
function subjectAfter(toks: Token[]): Span | null {
  let p = 0;
  while (p < toks.length && toks[p].lo === ',') p++;
  const np = npAfter(toks, p, toks.length);
  if (!np) return null;
  let k = p;
  while (k < toks.length && toks[k].e <= np[1]) k++;
  return k < toks.length && !toks[k].punct && !toks[k].cap ? np : null;
}

/**
 * The sentence right before a quotation, in its paragraph, ends in ", Ms Lo said." or ", said Ms Lo.":
 * the quotation continues what it credits; their speaker and cue. [from, start) is looked at.
 */
function sentenceCueBefore(text: string, from: number, start: number, found: Found): boolean {
  let k = start - 1;
  while (k > from && isLineSpace(text.charCodeAt(k))) k--;
  if (k <= from || text[k] !== '.' || k === start - 1) return false;
  const b = clauseStart(text, from, k);
  // the window's edge, not a sentence start or the end of the quotation before ("''A'' of the plan, Ms Lo said.")
  if (b <= from && from === start - BEFORE_WINDOW) return false;
  const toks = tokensIn(CUE_BEFORE_POOL, text, b, k);
  const n = toks.length;
  if (n < 4) return false;
  for (let v = n - 1; v >= n - 6 && v > 0; v--) {
    const cue = cueAt(toks, v, 0);
    if (!cue || cue.lemma === 'according to' || cue.frame === 'hedge') continue;
    const speech = isSpeechCue(cue.lemma);
    if (!speech && cue.after !== n) continue;
    if (cue.after === n || sentenceTail(toks, cue)) {
      const np = subjectBefore(toks, cue.first, 0);
      if (np && np[0] === toks[0].s) {
        // "Ms Lo said in a statement.", "Ms Lo agreed.": the whole sentence is its subject, the
        // cue and a tail
        found.speaker = np;
        found.cue = cue.span;
        found.rule = 'quote.follow-on';
        return true;
      }
      if (!speech) continue;
      if (cue.after !== n) return false;
      // ", Ms Lo said."
      let c = cue.first - 1;
      while (np && c > 0 && toks[c].s >= np[0]) c--;
      if (!np || toks[c].lo !== ',') return false;
      found.speaker = np;
    } else {
      // ", said Ms Lo."
      const np = npAfter(toks, cue.after, n);
      if (!np || np[1] !== toks[n - 1].e || toks[cue.first - 1]?.lo !== ',') return false;
      found.speaker = np;
    }
    found.cue = cue.span;
    found.rule = 'quote.follow-on';
    return true;
  }
  return false;
}

/**
 * "Coan, his attorney, argues that his client was never violent. “The government is …”": a
 * quotation no cue reaches opens the sentence after one (in its paragraph, with no quotation in
 * it) whose subject opens it and whose cue follows the subject; the quotation goes on with that
 * attribution (PolNeAR train: 10 of 14 such quotations have the sentence's cue).
 */
function claimSentenceBefore(text: string, prevEnd: number, start: number, found: Found): void {
  // a quotation of a few words opening a sentence is a name or a phrase ("‘Stickerboy’ placed ...")
  if (!hasWords(text, start, found.span[1], 4)) return;
  let k = start - 1;
  while (k > prevEnd && isLineSpace(text.charCodeAt(k))) k--;
  if (k <= prevEnd || text[k] !== '.' || k === start - 1) return;
  const from = Math.max(prevEnd, start - BEFORE_WINDOW);
  const b = clauseStart(text, from, k);
  // the sentence opens after a sentence end or a line break, not at the end of a quotation
  if (b <= from || b <= prevEnd) return;
  const toks = tokensIn(CUE_BEFORE_POOL, text, b, k);
  const n = toks.length;
  if (n < 4 || !toks[0].cap) return;
  // "In response to the charge, she said ...": the subject opens the clause after an opening phrase
  let p = 0;
  if (SENTENCE_INTRO.has(toks[0].lo)) {
    while (p < n && p < 24 && toks[p].lo !== ',') p++;
    if (toks[p]?.lo !== ',') return;
    p++;
  }
  for (let v = p + 1; v < n - 1 && v < p + 16; v++) {
    const cue = cueAt(toks, v, p);
    if (!cue) continue;
    if (cue.frame === 'hedge' || cue.lemma === 'according to') return;
    const np = subjectBefore(toks, cue.first, p);
    if (!np || np[0] !== toks[p].s) return;
    found.speaker = np;
    found.cue = cue.span;
    found.rule = 'quote.follow-on';
    return;
  }
}

/**
 * The words after a cue that closes its sentence are a tail, no content: "said in a statement",
 * "told reporters on Friday", "told the Daily Star" (a capitalised addressee after "told").
 */
function sentenceTail(toks: Token[], cue: Cue): boolean {
  let k = cue.after;
  if (TELL.has(toks[cue.verb].lo) && k < toks.length) {
    const np = npAfter(toks, k, toks.length);
    while (np && k < toks.length && toks[k].s < np[1]) k++;
    if (k === toks.length) return true;
  }
  if (k >= toks.length || !TAIL_WORDS.has(toks[k].lo)) return false;
  for (let j = k; j < toks.length; j++) if (toks[j].punct || toks[j].lo === 'that' || COMPLEMENTS.has(toks[j].lo)) return false;
  return true;
}
const COMPLEMENTS = new Set(['that', 'whether', 'if', 'how', 'why', 'what', 'who', 'because', 'and', 'but']);

/** ", according to the Post" right after the cue and speaker found after a quotation: its cue and source. */
function reportedBy(toks: Token[], found: Found): void {
  const end = Math.max(found.cue![1], found.speaker ? found.speaker[1] : 0);
  let k = 0;
  while (k < toks.length && toks[k].s < end) k++;
  if (toks[k]?.lo !== ',' || toks[k + 1]?.lo !== 'according' || toks[k + 2]?.lo !== 'to') return;
  const np = npAfter(toks, k + 3, toks.length);
  if (!np) return;
  found.cue = [toks[k + 1].s, toks[k + 2].e];
  found.speaker = np;
  found.rule = 'quote.according-to';
}

/** Conjunctions and adverbs that may open a clause before its subject: "And Mr. Lo gloated:". */
const CLAUSE_OPENERS = new Set(['and', 'but', 'then', 'so', 'yet', 'still']);
const LABEL_PREPOSITIONS = new Set(['in', 'on', 'at', 'from', 'of', 'about', 'for', 'with', 'to', 'by', 'after', 'before', 'during', 'over', 'as', 'than']);

/** "Subject predicate:" right before a quotation: the subject as speaker, the predicate and colon as cue. */
function clauseColon(toks: Token[], found: Found): boolean {
  const n = toks.length;
  if (n < 3 || toks[n - 1].lo !== ':') return false;
  let lastComma = -1;
  for (let k = 0; k < n - 1; k++) if (toks[k].lo === ',') lastComma = k;
  for (const from of lastComma >= 0 ? [0, lastComma + 1] : [0]) {
    let p = from;
    while (p < n - 1 && !toks[p].punct && CLAUSE_OPENERS.has(toks[p].lo)) p++;
    const np = p < n - 1 ? npAfter(toks, p, n - 1) : null;
    // "In a later interview, Lo went further:": the clause after an introductory phrase
    // (a subject opens with a name, a person's pronoun or a determiner: not "delivered a message:")
    if (!np || !opensSubject(toks[p])) continue;
    let k = p;
    while (k < n - 1 && toks[k].s < np[1]) k++;
    // a predicate opens with a verb (or an adverb before it), not a preposition ("Lo in 1992:")
    if (k >= n - 1 || n - 1 - k > 12 || toks[k].punct || toks[k].cap || LABEL_PREPOSITIONS.has(toks[k].lo)) continue;
    // a comma inside the predicate: no simple clause ("The plan, he said, works:"); the clause
    // after the last comma may be one ("But back home, he returned to his lines:")
    if (hasPunct(toks, k, n - 1)) continue;
    found.speaker = np;
    found.cue = [toks[k].s, toks[n - 1].e];
    return true;
  }
  return false;
}

/** Can a clause's subject open with this word: "Lo", "he", "the senator" (not "it", "delivered")? */
const opensSubject = (t: Token): boolean => t.cap || (isPronoun(t) && t.lo !== 'it') || DETERMINERS.has(t.lo);

/** Is any of toks[from, to) a punctuation mark? */
function hasPunct(toks: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (toks[j].punct) return true;
  return false;
}

const ABBREVIATION_END = /(?:^|\s)(?:mr|mrs|ms|dr|sen|rep|gov|gen|st|jr|sr|[a-z])\.$/i;

/**
 * "“A,” said Ms Lo, a skipper with the harbour board, “B.”": the quotation before closed with a
 * comma, its cue came after it, and the words between end with a comma in the same sentence: one
 * quotation interrupted by its cue.
 */
function interrupted(text: string, from: number, to: number, last: Found): boolean {
  if (last.cue![0] < from || last.cue![1] > to || !RE_COMMA_END.test(text.slice(to - 2, to)) || !RE_COMMA_MARKS_END.test(text.slice(from - 3, from))) return false;
  // one sentence (its breaks know abbreviations: "Ms. Lo"), with no semicolon or colon between
  return sentenceAt(text, from)[1] >= to && !RE_SEMICOLON_OR_COLON.test(text.slice(from, to));
}

/** What joins two quotations of one attribution: “…” and then “…”, “…” and a “…”, “…” and that “…”. */
const QUOTE_LINK = /^[ ,]*(?:and|or)(?: (?:then|that|a|an|the|also|as))? $/;

/** Does a sentence end at offset k (. ! ? ; or a quotation mark, then white space, a no-break space too)? */
function endsClause(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c !== 0x2e && c !== 0x21 && c !== 0x3f && c !== 0x3b) return false;
  const d = text.charCodeAt(k + 1);
  return isWhiteSpaceCode(d);
}

/** Tokens of the sentence part before a quotation, in [from, to): after the last sentence end. */
function beforeTokens(text: string, from: number, to: number): Token[] {
  // "He said:" closing the paragraph before: the cue is there
  let k = to - 1;
  while (k >= from && (text.charCodeAt(k) === 10 || text.charCodeAt(k) === 32 || text.charCodeAt(k) === 13)) k--;
  if (k >= from && k < to - 1 && text.charCodeAt(k) === 0x3a && text.slice(k + 1, to).includes('\n')) to = k + 1;
  return tokensIn(BEFORE_POOL, text, clauseStart(text, from, to), to);
}

/**
 * Where the clause that ends at `to` starts: after the last . ! ? ; (then a space) before it, or
 * the last line break, not before `from`. A period after an abbreviation ("Mr. Xi said:") ends nothing.
 */
function clauseStart(text: string, from: number, to: number): number {
  let start = to;
  while (start > from && text.charCodeAt(start - 1) !== 10) {
    if (start - 1 < to - 1 && endsClause(text, start - 1) && (text.charCodeAt(start - 1) !== 0x2e || !ABBREVIATION_END.test(text.slice(Math.max(from, start - 5), start)))) break;
    start--;
  }
  return start;
}

/** Tokens after a quotation up to the sentence end, a line break or another quotation mark. */
function afterTokens(text: string, from: number, to: number): Token[] {
  // a signature on the next line: “…”⏎― Karen Holm; or in the next paragraph: “…”⏎⏎- Sanders.
  let j = from;
  while (j < to && (text[j] === ' ' || text[j] === '\r')) j++;
  if (text[j] === '\n' && RE_SIGNATURE_DASH.test(text.slice(j + 1, j + 2))) from = j + 1;
  else if (text[j] === '\n') {
    let k = j;
    while (k < to && isWhiteSpaceCode(text.charCodeAt(k))) k++;
    if (RE_SIGNED_NAME.test(text.slice(k, k + 3))) from = k;
  }
  let end = from;
  while (end < to) {
    const c = text.charCodeAt(end);
    if (c === 10 || c === 0x21 || c === 0x3f || c === 0x3b || isOpeningMark(c)) break;
    if (c === 0x2e && endsClause(text, end) && !RE_ABBREVIATION_BEFORE_PERIOD.test(text.slice(Math.max(from, end - 4), end)) && !acronymGoesOn(text, from, end)) break;
    end++;
  }
  return tokensIn(AFTER_POOL, text, from, end);
}

/**
 * "a U.S. official said", "the A.F.L.-C.I.O. and": the period closes an acronym of dotted
 * capitals and a lower-case word follows, so the sentence goes on.
 */
function acronymGoesOn(text: string, from: number, end: number): boolean {
  if (!RE_DOTTED_ACRONYM.test(text.slice(Math.max(from, end - 8), end))) return false;
  let k = end + 1;
  while (k < text.length && text.charCodeAt(k) === 32) k++;
  const c = text.charCodeAt(k);
  return c >= 0x61 && c <= 0x7a;
}
const RE_DOTTED_ACRONYM = /(?:^|[^A-Za-z])(?:[A-Z]\.)+[A-Z]$/;

/** Do words follow the cue and speaker found after a quotation ("Pence said his ...")? */
function opensClause(toks: Token[], found: Found): boolean {
  const end = Math.max(found.cue![1], found.speaker ? found.speaker[1] : 0);
  let k = 0;
  while (k < toks.length && toks[k].s < end) k++;
  // "…,” his friend told The Daily Beast.": the one told, then the sentence end, opens no clause
  if (k < toks.length && toks[k - 1]?.e === found.cue![1] && TELL.has(toks[k - 1].lo)) {
    const np = npAfter(toks, k, toks.length);
    while (np && k < toks.length && toks[k].s < np[1]) k++;
  }
  // "…,” said a former official who oversaw ...": a relative clause on the speaker opens none either
  return k < toks.length && !toks[k].punct && !TAIL_WORDS.has(toks[k].lo) && !(toks[k].lo === 'who' && found.speaker && toks[k - 1]?.e === found.speaker[1]);
}
const TELL = new Set(['told', 'tells', 'tell']);
/** Words that may follow a closing cue: "he said on Friday", "she told reporters". */
const TAIL_WORDS = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'last', 'this', 'earlier', 'later', 'to', 'from', 'via', 'when', 'while', 'of', 'about', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'reporters']);

/** “…,” Mr Xi said / “…,” said Mr Xi / “…,” Sergei Lavrov, the foreign minister, said */
function fromAfter(toks: Token[], found: Found): boolean {
  // “…” ― Christina Lastra (a reader's words signed with a dash)
  if (toks.length >= 2 && RE_DASH_TOKEN.test(toks[0].lo) && toks[1].cap) {
    const np = npAfter(toks, 1, toks.length);
    if (np) {
      found.cue = [toks[0].s, toks[0].e];
      found.speaker = np;
      found.rule = 'quote.dash-speaker';
      return true;
    }
  }
  let p = 0;
  while (p < toks.length && toks[p].punct && RE_AFTER_QUOTE_PUNCT.test(toks[p].lo)) p++;
  if (p >= toks.length) return false;
  return cueAfterFrom(toks, p, found);
}

/** The cue and speaker of the words from token p on: "said Mr Xi", "Mr Xi, the leader, said". */
function cueAfterFrom(toks: Token[], p: number, found: Found): boolean {
  // cue first: "said Mr Xi", "also said Mr Xi"
  for (let v = p; v < toks.length && v < p + 4; v++) {
    const cue = cueAt(toks, v, p);
    if (cue && cue.first === p) {
      found.cue = cue.span;
      found.speaker = npAfter(toks, cue.after, toks.length);
      found.rule = 'quote.cue-speaker-after';
      return true;
    }
    if (toks[v].punct || !CUE_PREFIX.has(toks[v].lo)) break;
  }
  // speaker first: the noun phrase must start right after the quotation
  for (let v = p + 1; v < toks.length && v < p + 16; v++) {
    const cue = cueAt(toks, v, p);
    if (!cue || cue.frame === 'hedge') continue;
    // "“…,” Oska, who has not endorsed anyone, told reporters": the verb of a relative clause on the
    // speaker is not the quotation's cue; the one after the clause is
    if (cue.first - 2 > p && (toks[cue.first - 1].lo === 'who' || toks[cue.first - 1].lo === 'which') && toks[cue.first - 2].lo === ',') continue;
    // (after a quotation "X answered, referring to ...": the participle is not the quotation's cue)
    let speaker = subjectBefore(toks, cue.first, p, false);
    // "“…,” Mitch McConnell, R-Ky., said": the name before a short appositive
    if (!(speaker && speaker[0] === toks[p].s) && toks[cue.first - 1]?.lo === ',' && toks[p].cap) {
      const np = npAfter(toks, p, cue.first);
      let k = p;
      while (np && k < cue.first && toks[k].s < np[1]) k++;
      if (np && k > p && (toks[k].lo === ',' || toks[k].lo === '(')) speaker = np;
    }
    if (speaker && speaker[0] === toks[p].s) {
      found.cue = cue.span;
      found.speaker = speaker;
      found.rule = 'quote.speaker-cue-after';
      return true;
    }
    return false;
  }
  return false;
}

/**
 * "“…” before discussing specifics, he said.": the sentence a quotation with no cue opens goes on
 * and ends in ", he said." or ", said Ms Lo." after a comma; that cue and speaker are the
 * quotation's. For a quotation no claim took in (a claim of the whole sentence keeps its words).
 */
export function trailingCue(text: string, found: Found): boolean {
  if (!startsSentence(text, found.span[0])) return false;
  const toks = afterTokens(text, found.span[1], Math.min(text.length, found.span[1] + AFTER_WINDOW));
  let n = toks.length;
  // the sentence ends after the words (its period may be the last token)
  if (n > 0 && RE_SENTENCE_STOP.test(toks[n - 1].lo)) n--;
  else {
    let e = n > 0 ? toks[n - 1].e : 0;
    while (e < text.length && (text.charCodeAt(e) === 32 || text.charCodeAt(e) === 9)) e++;
    if (!RE_SENTENCE_STOP.test(text[e] ?? '')) return false;
  }
  if (n < 3) return false;
  let comma = -1;
  for (let k = n - 2; k > 0 && k >= n - 12; k--) if (toks[k].lo === ',') { comma = k; break; }
  if (comma < 1) return false;
  const probe: Found = { kind: 'quote', span: found.span, speaker: null, cue: null, rule: '' };
  if (!cueAfterFrom(toks, comma + 1, probe) || !probe.cue) return false;
  const cue = cueAt(toks, tokenIndexAt(toks, probe.cue[0]), comma + 1);
  if (!cue || !isSpeechCue(cue.lemma) || cue.lemma === 'according to') return false;
  // the cue and speaker close the sentence (a tail of time words may follow)
  const end = Math.max(probe.cue[1], probe.speaker ? probe.speaker[1] : 0);
  let k = comma + 1;
  while (k < n && toks[k].s < end) k++;
  if (k < n && !TAIL_WORDS.has(toks[k].lo)) return false;
  found.speaker = probe.speaker;
  found.cue = probe.cue;
  found.rule = probe.rule;
  return true;
}

/**
 * "He had “wanted to be a pilot since he was 5,” his sister said.": a quotation that goes on from
 * words of its sentence, with its cue after it, is part of a statement that opens the sentence;
 * PolNeAR's content is that statement (train: 82 of 112 such quotations whose first word is in
 * lower case; none is the quotation alone). A claim from the sentence start (past a dateline) to
 * the quotation's end, with the quotation's speaker and cue; not after a comma, colon or dash
 * before the mark ("Like most campaigns, “…”"), nor when the words before hold a cue of their own
 * ("Ms Lo said things “should …”") or a claim already covers them. Added to `claims`; `quotes` in text order.
 */
export function leadInClaims(text: string, quotes: Found[], claims: Found[]): void {
  // claims by start, walked once: `reach` is the furthest end of those that start before the span
  const sorted = sortMostlyOrdered(claims.slice(), byStart);
  let c = 0;
  let reach = 0;
  let prevEnd = 0;
  for (const q of quotes) {
    const from = Math.max(prevEnd, q.span[0] - BEFORE_WINDOW);
    prevEnd = q.span[1];
    if ((q.rule !== 'quote.speaker-cue-after' && q.rule !== 'quote.cue-speaker-after') || !q.cue || q.cue[0] < q.span[1] || !opensInLowerCase(text, q.span)) continue;
    // “…,” Ms Lo said: a quotation of speech closes with a comma (“the “wise Latina” phrase Ms Lo cited” is a name); a participle after it (“…,” telling reporters) opens no clause of the speaker's
    if (!closesWith(text, { start: q.span[0], end: q.span[1], paragraphs: 1 }) || RE_ING_END.test(text.slice(q.cue[0], q.cue[1]))) continue;
    const toks = tokensIn(CUE_BEFORE_POOL, text, clauseStart(text, from, q.span[0]), q.span[0]);
    const p = datelineEnd(toks);
    if (p >= toks.length || !toks[p].cap || toks[toks.length - 1].punct || !sentenceOpensAt(text, from, toks[p].s)) continue;
    if (hasCue(toks, p)) continue;
    const span: Span = [toks[p].s, q.span[1]];
    while (c < sorted.length && sorted[c].span[0] < span[0]) reach = Math.max(reach, sorted[c++].span[1]);
    if (reach > span[0] || (c < sorted.length && sorted[c].span[0] < span[1])) continue;
    claims.push({ kind: 'claim', span, speaker: q.speaker, cue: q.cue, rule: 'claim.quote-lead-in' });
  }
}
const byStart = (a: Found, b: Found): number => a.span[0] - b.span[0];

/** Is the first letter inside quotation `span`'s marks a lower-case one (“deserve …”, ''was …'')? */
function opensInLowerCase(text: string, span: Span): boolean {
  let k = span[0] + 1;
  while (k < span[1] && isClosingMark(text.charCodeAt(k))) k++;
  return RE_LOWER_START.test(text.slice(k, k + 2));
}
const RE_LOWER_START = /^\p{Ll}/u;

/**
 * Does a sentence open at offset s, found by clauseStart() from `from`: after a sentence end or a
 * line break, or at `from` when the quotation before closes its sentence there (“….” or “…?”)?
 */
function sentenceOpensAt(text: string, from: number, s: number): boolean {
  let k = s;
  while (k > from && isWhiteSpaceCode(text.charCodeAt(k - 1))) k--;
  if (k > from || k === 0) return true;
  while (k > 0 && isClosingMark(text.charCodeAt(k - 1))) k--;
  return k > 0 && k < from && (text[k - 1] === '.' || text[k - 1] === '?' || text[k - 1] === '!');
}

/** Does a cue (not a hedge) stand among tokens p.. ("Ms Lo said things")? */
function hasCue(toks: Token[], p: number): boolean {
  for (let v = p; v < toks.length; v++) {
    const cue = cueAt(toks, v, p);
    if (cue && cue.frame !== 'hedge') return true;
  }
  return false;
}

/** The index of the token that starts at offset pos (or the first after it). */
function tokenIndexAt(toks: Token[], pos: number): number {
  let k = 0;
  while (k < toks.length && toks[k].s < pos) k++;
  return k;
}

/**
 * "“…,” one P&G Amiens employee told French television": a speech verb closing the words after a
 * quotation that ends in a comma, after a subject the noun-phrase rules do not take whole. The cue
 * is the verb's; the speaker the noun phrase that opens the words, when there is one.
 */
function speechCueAfter(toks: Token[], found: Found): boolean {
  let p = 0;
  while (p < toks.length && toks[p].punct && RE_COMMA_OR_DASH.test(toks[p].lo)) p++;
  for (let v = p + 1; v < toks.length && v < p + 40; v++) {
    const t = toks[v];
    if (t.punct && !RE_SUBJECT_PUNCT.test(t.lo)) return false;
    const cue = cueAt(toks, v, p);
    if (!cue) continue;
    if (!isSpeechCue(cue.lemma) || cue.lemma === 'according to') return false;
    found.cue = cue.span;
    found.speaker = npAfter(toks, p, cue.first);
    found.rule = 'quote.speaker-cue-after';
    return true;
  }
  return false;
}

/**
 * "“…,” Toomey fumed.", "“…?” reacted Trump.": a past-tense verb no cue list holds, with a name or a
 * pronoun, as all the words after a quotation that ends in a comma (PolNeAR train: 195 of 198 such
 * verbs are cues). The verb is the cue.
 */
function bookismAfter(toks: Token[], found: Found): boolean {
  let p = 0;
  while (p < toks.length && toks[p].punct && RE_COMMA_OR_DASH_2.test(toks[p].lo)) p++;
  const pastTense = (t: Token | undefined): boolean => t !== undefined && !t.punct && !t.cap && RE_PAST_TENSE.test(t.lo);
  const closes = (k: number): boolean => k >= toks.length || RE_PERIOD_OR_COMMA.test(toks[k].lo) || (toks[k].lo === 'on' && DAYS.has(toks[k + 1]?.lo ?? '') && (k + 2 >= toks.length || RE_PERIOD_OR_COMMA.test(toks[k + 2].lo)));
  if (pastTense(toks[p])) {
    // "reacted Trump."
    const np = toks[p + 1]?.cap ? npAfter(toks, p + 1, toks.length) : null;
    let k = p + 1;
    while (np && k < toks.length && toks[k].s < np[1]) k++;
    if (!np || !closes(k)) return false;
    found.cue = [toks[p].s, toks[p].e];
    found.speaker = np;
  } else {
    // "Toomey fumed.", "she surmised.", "an angry Hollande retaliated." (a name after a determiner)
    if (p >= toks.length || !(toks[p].cap || isPronoun(toks[p]) || DETERMINERS.has(toks[p].lo))) return false;
    const np = npAfter(toks, p, toks.length);
    let k = p;
    let named = toks[p].cap || isPronoun(toks[p]);
    for (; np && k < toks.length && toks[k].s < np[1]; k++) named ||= toks[k].cap;
    // "she went on.": the one irregular verb that goes on with a speech
    const last = toks[k]?.lo === 'went' && toks[k + 1]?.lo === 'on' ? k + 1 : k;
    if (!np || !named || !(pastTense(toks[k]) || last > k) || !(closes(last + 1) || BOOKISM_JOINS.has(toks[last + 1].lo))) return false;
    found.cue = [toks[k].s, toks[last].e];
    found.speaker = np;
  }
  found.rule = 'quote.speaker-cue-after';
  return true;
}

/** Words after which a clause of its own may follow the verb: "“…,” Ortega barked and a guard ...". */
const BOOKISM_JOINS = new Set(['and', 'as', 'while', 'before', 'when', 'after']);

/** A transcript line inside the marks: "PENCE: Well, look, ..." (speaker in capitals, then a colon). */
function transcript(text: string, q: QuoteSpan, found: Found): boolean {
  // (two capitals open the speaker; most quotations fail here, before a slice is made)
  if (!isCapital(text.charCodeAt(q.start + 1)) || !isTranscriptNameChar(text.charCodeAt(q.start + 2))) return false;
  const m = RE_TRANSCRIPT_SPEAKER.exec(text.slice(q.start + 1, q.start + 34));
  if (!m || RE_SPACE_END.test(m[0].slice(0, -1))) return false;
  const s = q.start + 1;
  found.speaker = [s, s + m[0].length - 1];
  found.cue = [s + m[0].length - 1, s + m[0].length];
  found.rule = 'quote.transcript';
  return true;
}

/** Mr Xi said: “…” / According to the ministry, “…” / Kirby dismissed the visit as “…” */
function fromBefore(toks: Token[], found: Found): boolean {
  const n = toks.length;
  let chosen: Cue | null = null;
  for (let v = n - 1; v >= 0 && (v >= n - MAX_CUE_GAP - 2 || (chosen && !isSpeechCue(chosen.lemma) && !hasSubject(toks, chosen))); v--) {
    const cue: Cue | null = cueAt(toks, v, 0);
    if (!cue || cue.frame === 'hedge') continue; // "seems to": a hedge, not the quotation's cue
    chosen ??= cue;
    if (isSpeechCue(cue.lemma)) {
      // "Ditto said she expects the campaign “to ...”": the words are said, not expected; "Mook told
      // CBS that Holt would insert himself by calling out Trump for his “lies”": said, not called
      if (!isSpeechCue(chosen.lemma) && (isPronounSubject(toks, chosen) || !hasSubject(toks, chosen))) chosen = cue;
      break;
    }
  }
  if (chosen) {
    const cue = chosen;
    found.cue = cue.span;
    if (cue.lemma === 'according to') {
      found.speaker = npAfter(toks, cue.after, n);
      found.rule = 'quote.according-to';
      return true;
    }
    found.speaker = subjectBefore(toks, cue.first, 0) ?? invertedSpeaker(toks, cue) ?? earlierSubject(toks, cue.first);
    found.rule = 'quote.cue-before';
    return true;
  }
  // "According to the statement, ... “…”": the cue may be further back
  for (let v = 0; v < n - 1; v++) {
    if (toks[v].lo === 'according' && toks[v + 1].lo === 'to') {
      found.cue = [toks[v].s, toks[v + 1].e];
      found.speaker = npAfter(toks, v + 2, n);
      found.rule = 'quote.according-to';
      return true;
    }
  }
  return false;
}

const SPEECH = new Set(['say', 'tell', 'add', 'write', 'ask', 'note', 'explain', 'argue', 'claim', 'state', 'declare', 'insist', 'respond', 'reply', 'tweet', 'post', 'announce', 'continue', 'report', 'recall', 'according to']);
const isSpeechCue = (lemma: string): boolean => SPEECH.has(lemma);
const isPronounSubject = (toks: Token[], cue: Cue): boolean => cue.first > 0 && isPronoun(toks[cue.first - 1]);
/** Has the cue a subject of its own ("Trump called", "..., suggesting"; not "by calling", "to call")? */
const hasSubject = (toks: Token[], cue: Cue): boolean =>
  subjectBefore(toks, cue.first, 0) !== null || (cue.first > 0 && toks[cue.first - 1].lo === ',' && toks[cue.verb].lo.endsWith('ing'));

/** "Said Trump: “…”", "Continued Stone: “…”": the speaker right after the cue. */
function invertedSpeaker(toks: Token[], cue: Cue): Span | null {
  const np = npAfter(toks, cue.after, toks.length);
  return np && toks[cue.after]?.cap ? np : null;
}

/** ", adding: “…”": the subject of the clause's first cue. */
function earlierSubject(toks: Token[], before: number): Span | null {
  for (let v = 0; v < before; v++) {
    const cue = cueAt(toks, v, 0);
    if (cue && cue.frame !== 'hedge') return subjectBefore(toks, cue.first, 0);
  }
  const p = datelineEnd(toks); // "KINGSTOWN – The bank cut ..., saying: “…”"
  return p < toks.length && toks[p].cap ? npAfter(toks, p, before) : null;
}

/**
 * "“A,” she said. But “B.”", "… said Ms Lo. Now, “B.”": nothing but a sentence-opening conjunction
 * or adverb (and a comma) between a sentence end and the quotation at `start`, after `from`.
 */
const openerBefore = (text: string, from: number, start: number): boolean => RE_OPENER_BEFORE.test(text.slice(Math.max(from, start - 40), start));

/** Does a quotation at `start` open a sentence (after . ! ? : a closing mark or a line break)? */
function startsSentence(text: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && k > start - 8 && isLineSpace(text.charCodeAt(k))) k--;
  if (k < 0 || text.charCodeAt(k) === 10) return true;
  // a closing mark: ” " ’ ' »
  let c = text.charCodeAt(k);
  if (c === 0x201d || c === 0x22 || c === 0x2019 || c === 0x27 || c === 0xbb) c = text.charCodeAt(--k);
  // the doubled apostrophes some papers close quotations with: ''…''
  if (c === 0x27 && text.charCodeAt(k + 1) === 0x27) c = text.charCodeAt(--k);
  // . ! ? : or a line break
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3a || c === 10;
}

/**
 * "“A,” Ms Lo said, …⏎⏎“B.”", "Ms Lo said: “A.”⏎⏎“B.”": the next paragraph is nothing but the
 * quotation `q`, after a quotation with its cue and speaker (before or after it). PolNeAR takes
 * both as one attribution (train: 37 of 42 such pairs; other follow-ons in the next paragraph, with
 * words before or after the second quotation or after another follow-on, 4 of 46).
 */
function quoteParagraphs(text: string, last: Found, q: QuoteSpan): boolean {
  if (last.rule !== 'quote.speaker-cue-after' && last.rule !== 'quote.cue-speaker-after' && last.rule !== 'quote.cue-before') return false;
  if (!opensParagraph(text, q.start)) return false;
  let k = q.end;
  while (k < text.length && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 13)) k++;
  return k === text.length || text.charCodeAt(k) === 10;
}

/** Only spaces (a few) between the last line break, or the text start, and offset s. */
function opensParagraph(text: string, s: number): boolean {
  let k = s - 1;
  while (k >= 0 && s - k < 8 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 13)) k--;
  return k < 0 || text.charCodeAt(k) === 10;
}

/**
 * Paragraph breaks (a blank line counts once) between two offsets, counted up to
 * FOLLOW_ON_PARAGRAPHS: the callers tell 0, 1 and more apart, so the scan stops there.
 */
function paragraphsBetween(text: string, from: number, to: number): number {
  if (to - from > 4000) return Infinity;
  let n = 0;
  let lineBreakBefore = false;
  for (let i = from; i < to && n < FOLLOW_ON_PARAGRAPHS; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (!lineBreakBefore) n++;
      lineBreakBefore = true;
    } else if (c !== 32 && c !== 9 && c !== 13) lineBreakBefore = false;
  }
  return n;
}
