/**
 * Claims: reported speech and other attributed statements, found sentence by sentence from the
 * cues outside quotations. Rules:
 *   claim.cue-content      Putin said (that) he is ready ... / Mishustin, who called for ...
 *   claim.content-cue      ..., a source said. / ..., said the minister. / ..., Mr Xi also said, according to ...
 *   claim.according-to     According to the statement, ... / ..., according to officials. (at the sentence
 *                          start the source runs to the comma: "According to a poll out Thursday by X, ...")
 *   claim.hedge            The plan seems to work. / Ms Lo is expected to win. (no source named)
 *   claim.asked            Asked whether he would run, ... / ..., when asked about the vote.
 *   claim.in-poll          In a Register poll released Monday, Mr Lo had a 10-point lead. (pollClaims)
 * A participle after an issued text takes the cue from the issuing verb ("issued a statement
 * saying ...", rule claim.cue-content). The content is the reported clause: from the cue (past an
 * addressee or a short prepositional phrase; a "that" opens it) to the end of the sentence or the
 * next clause break, or, for a cue at the end, from the sentence start to the comma before the
 * speaker; a forward content ends before a nested claim whose subject follows a clause break
 * ("refuses to publish it — and critics say"), and a cue in a subordinate clause that opens the
 * sentence reports that clause only ("While X said ..., the crew ..."). A verb of thought, wish
 * or stance inside another claim's content makes no claim ("said he thought ...", "He thinks ...,
 * an aide said"). A claim whose content is mostly one quotation is left to that quotation (which
 * takes the claim's speaker and cue when it has none: quote.in-claim). Also here, for quotations
 * no cue word explains and for headlines:
 *   quote.verb-before, claim.verb-quote   Clinton has decried “systemic racism”
 *   quote.headline-colon                  Trump: ‘I’m the Worst Thing That Ever Happened’
 *   claim.headline-colon                  Poll: Trump leads in Ohio
 * Cost: linear in the sentence, bounded look-ahead.
 */
import { trailingCue, type Found } from './attribution';
import { cueAt, datelineEnd, IRREGULAR_PAST, isPossessive, isPronoun, npAfter, RELATIVE_OPENERS, subjectBefore, untilIrregularPast, type Cue } from './speaker';
import { contractedAuxiliary, CUE_PREFIX, cueCandidates, isCueAdverb, isVerbForm, NOUN_LIKE, STATE_ADJECTIVES, verbEntry } from './cues';
import { isDigitCode, isWhiteSpaceCode, sentenceAt, TokenPool, tokensIn, tokensReused, type Token } from './text';
import type { Span } from './types';

/**
 * Patterns of the functions below, made once: a regular-expression literal in a function body
 * makes a new RegExp object each time it runs (none of these has the g or y flag, so they keep
 * no state between uses).
 */
const RE_TRAILING_PUNCT = /[.,;:!?\-—–(]/;
const RE_LEADING_PUNCT = /[,:;\-—–]/;
const RE_TAIL_CLOSER = /^[.,;!?)—–]$/;
const RE_CLAUSE_PUNCT = /^[,;.!?]$/;
const RE_SENTENCE_PUNCT = /^[.;:!?]$/;
const RE_COMMA_OR_COLON = /[,:]/;
const RE_ARTICLE_WORD = /^(?:the|a|an|some|several|many|most|few|all|both|other)$/;
const RE_DETERMINER_WORD = /^(?:the|a|an|this|these|those)$/;
const RE_VERB_SHAPE = /^[a-z]+(?:ed|s|ing)$/;
const RE_PERIOD_OR_SPACE = /[.\s]/;

/** Words that open a prepositional or time phrase between a cue and its "that". */
const PP_START = new Set([
  'in', 'on', 'at', 'during', 'after', 'before', 'late', 'last', 'this', 'earlier', 'to', 'through', 'via', 'from',
  'while', 'when', 'over', 'about', 'of', 'with', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'yesterday', 'today', 'recently', 'privately', 'publicly', 'repeatedly', 'again', 'also', 'flatly', 'then',
]);
const TAIL_PP = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'last', 'this', 'earlier', 'late', 'later', 'via', 'from', 'to', 'when', 'while', 'of']);
const DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today']);
/** Question words after an addressee of "ask": "asked her whether ...". */
const ASK_WH = new Set(['whether', 'if', 'what', 'why', 'how', 'who', 'when', 'where', 'which']);
const ADDRESSEE_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'you', 'reporters', 'supporters', 'voters']);
/** Clause breaks that end a forward content: ", but", "; ". */
const CONTRAST = new Set(['but', 'while', 'whereas', 'although', 'though']);
/** Words after "but" that open no clause: "but not ...", "but also ...", "but rather ...". */
const ELLIPTIC_CONTRAST = new Set(['not', 'also', 'rather', 'only', 'never', 'instead']);
/**
 * Does the contrast word at token k open a phrase with no clause of its own ("but not for rape",
 * "though not the results"; not "while only 4 percent do")? (Train: 16 contents nearer gold's, 2 farther.)
 */
function ellipticContrast(toks: Token[], k: number): boolean {
  const word = toks[k].lo;
  const after = toks[k + 1]?.lo;
  return word === 'but' ? ELLIPTIC_CONTRAST.has(after ?? '') : after === 'not' && (word === 'though' || word === 'although');
}
const PHRASAL = new Set(['up', 'off', 'in', 'into', 'out', 'back', 'down', 'over', 'away', 'through', 'from', 'at', 'by']);
const SPEECH_LEMMAS = new Set(['say', 'tell', 'add', 'write', 'note', 'report', 'explain', 'argue', 'claim', 'state', 'tweet', 'post', 'announce', 'respond', 'reply', 'ask']);
const PASSIVE = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being']);
const OPEN_QUOTE = /^["“‘«„‚「『]$/;
/** Currency signs that open an amount ("$5 billion", "£5.6bn"). */
const CURRENCY = /^[$£€¥]$/;
const CLOSE_QUOTE = /^["”’»」』]$/;
const MAX_SENTENCE_TOKENS = 160;
/**
 * Verbs of thought, feeling, wish and stance: inside the content of another claim of the sentence
 * ("told reporters he thought the vote was rigged") they are part of what was said, and PolNeAR
 * annotates no attribution of their own; verbs of speech there still make one ("he said they say").
 */
const ATTITUDE_LEMMAS = new Set([
  'think', 'feel', 'believe', 'know', 'want', 'hope', 'plan', 'expect', 'fear', 'understand', 'intend', 'support',
  'favor', 'oppose', 'endorse', 'welcome', 'find', 'realize', 'recognize', 'remember', 'learn', 'assume', 'doubt',
  'suspect', 'worry', 'wish', 'seek', 'prefer', 'need', 'decide', 'like', 'love', 'hate', 'agree', 'consider',
]);
/** Words that open a main clause after a subordinate one: "..., he seemed", "..., the city". */
const MAIN_OPENERS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'many', 'some', 'others', 'most', 'few', 'there', 'this', 'that', 'these', 'those']);
const mainClauseStart = (t: Token): boolean => t.cap || MAIN_OPENERS.has(t.lo);
/**
 * Words that open a subordinate clause at the sentence start ("While X said ..., Y", "After Ms Lo
 * hinted that ..., the board ...", "If the mayor vetoes the levy, ..."; train: with "since" ... "unless"
 * 11 contents nearer gold's, none farther)
 */
const SUBORDINATORS = new Set(['while', 'although', 'though', 'whereas', 'even', 'since', 'because', 'if', 'when', 'after', 'before', 'once', 'until', 'unless']);

export function findClaims(text: string, quotes: Found[]): Found[] {
  const out: Found[] = [];
  // Cues that already attribute the quotation before them ("“…,” she said") make no claim.
  const quoteCues = new Set<number>();
  for (const q of quotes) if (q.cue && (q.rule === 'quote.speaker-cue-after' || q.rule === 'quote.cue-speaker-after')) quoteCues.add(q.cue[0]);
  let qi = 0;
  let done = -1;
  const candidates = cueCandidates(text);
  const bounds: Span = [0, 0]; // each sentence's, written over by sentenceAt()
  for (let ci = 0; ci < candidates.length; ci++) {
    const pos = candidates[ci];
    if (pos < done) continue; // its sentence is done
    sentenceAt(text, pos, undefined, bounds);
    const ss = bounds[0];
    const se = bounds[1];
    done = Math.max(se, pos + 1);
    while (qi < quotes.length && quotes[qi].span[1] <= ss) qi++;
    // Quotations overlapping this sentence (quotes are sorted and disjoint), as a list of their
    // exact length (pushes would give each a backing store for 16); most sentences have none and
    // share one empty list
    let qe = qi;
    while (qe < quotes.length && quotes[qe].span[0] < se) qe++;
    const local = qe > qi ? quotes.slice(qi, qe) : NO_QUOTES;
    const toks = tokensReused(text, ss, se); // done with before the next sentence
    if (toks.length > MAX_SENTENCE_TOKENS) toks.length = MAX_SENTENCE_TOKENS;
    sentenceClaims(toks, local, quoteCues, out, candidates, ci);
  }
  return out;
}

/** The quotations of a sentence that has none (never added to). */
const NO_QUOTES: Found[] = [];

function inQuote(quotes: Found[], pos: number): boolean {
  for (const q of quotes) if (pos >= q.span[0] && pos < q.span[1]) return true;
  return false;
}

/**
 * Does a quotation overlap [s, e)? (This and cuedQuote() are loops, not quotes.some() with an
 * arrow function: that makes a closure at each claim.)
 */
function overlapsQuote(quotes: Found[], s: number, e: number): boolean {
  for (const q of quotes) if (q.span[0] < e && s < q.span[1]) return true;
  return false;
}

/** Does a quotation have the cue that starts at offset pos? */
function cuedQuote(quotes: Found[], pos: number): boolean {
  for (const q of quotes) if (q.cue !== null && q.cue[0] === pos) return true;
  return false;
}

/**
 * "Morris says the candidate has “always run a lean campaign.”": a claim whose own words run from
 * its cue into a quotation the cue introduces is the statement, the quotation a part of it; it ends with the
 * quotation (set in found.span). Not after a comma or colon ("said on Monday, “…”"), where the
 * quotation is the statement (PolNeAR train, direct contents: "that “…”" 83 of 85; the words
 * before ", “…”" 85 of 375, before ": “…”" 28 of 202).
 */
function runsIntoQuote(toks: Token[], q: Found, found: Found): boolean {
  if (found.span[0] >= q.span[0] || q.cue === null || found.cue === null || q.cue[0] !== found.cue[0] || found.cue[1] > found.span[0]) return false;
  let k = toks.length - 1;
  while (k >= 0 && toks[k].e > q.span[0]) k--;
  if (k < 0 || toks[k].lo === ',' || toks[k].lo === ':') return false;
  if (found.span[1] < q.span[1]) found.span = [found.span[0], q.span[1]];
  return true;
}

/** The part of [s, e) that quotation q covers. */
const quoted = (q: Found, s: number, e: number): number => Math.min(e, q.span[1]) - Math.max(s, q.span[0]);

/** The quotation that covers the largest part of [s, e), or null. */
function mostQuoted(quotes: Found[], s: number, e: number): Found | null {
  let best: Found | null = null;
  for (const q of quotes) if (quoted(q, s, e) > (best ? quoted(best, s, e) : 0)) best = q;
  return best;
}

/** Claims of one sentence; only tokens at candidate offsets (candidates[ci..], sorted) can be cues. */
function sentenceClaims(toks: Token[], quotes: Found[], quoteCues: Set<number>, out: Found[], candidates: number[], ci: number): void {
  const n = toks.length;
  if (n < 3) return;
  let lastSpeaker: Span | null = null;
  let tailTaken = false;
  const sentenceFirst = out.length;
  for (let v = 0; v < n; v++) {
    const at = toks[v].s;
    while (ci < candidates.length && candidates[ci] < at) ci++;
    if (ci >= candidates.length) break;
    const c = candidates[ci];
    if (c !== at) {
      // no token before the one at or after candidate c can be a cue: go there directly
      v = firstTokenFrom(toks, v + 1, c) - 1;
      continue;
    }
    if (inQuote(quotes, at)) continue;
    const cue = stateCue(toks, v, SENTENCE_CUE) ?? argumentCue(toks, v, SENTENCE_CUE) ?? cueAt(toks, v, 0, SENTENCE_CUE);
    if (!cue) continue;
    v = cue.after - 1;
    // (not "according to": "The mayor compared the levy to a “tax on bread,” according to her aide."
    // credits the whole sentence before it, the quotation with it)
    if (quoteCues.has(cue.span[0]) && cue.lemma !== 'according to') continue;
    // "see" and "view" report a view only as "see X as Y" ("voters see Clinton as the stronger candidate")
    if ((cue.lemma === 'see' || cue.lemma === 'view') && !seesAs(toks, cue.after)) continue;
    if (pluralBeforeRelative(toks, cue)) continue;
    if (emptyStatement(toks, cue)) continue;
    // "De Blasio said that there did not appear to be ...": a hedge inside a claim is that claim's
    if (cue.frame === 'hedge' && insideClaim(out, sentenceFirst, cue.span[0])) continue;
    // "... told reporters he thought the vote was rigged": an attitude inside a claim is that claim's
    if ((ATTITUDE_LEMMAS.has(cue.lemma) || STATE_ADJECTIVES.has(cue.lemma) || cue.lemma === MAKE_ARGUMENT) && insideClaim(out, sentenceFirst, cue.span[0])) continue;
    const founds: Found[] | null = cue.lemma === 'ask' && askedOpens(toks, cue) ? asked(toks, cue) : cue.frame === 'hedge' ? hedge(toks, cue) : cue.lemma === 'according to' ? according(toks, cue, tailTaken) : impersonalPassive(toks, cue) ?? openingParticiple(toks, cue) ?? answeredStatement(toks, cue) ?? tail(toks, cue) ?? forwardFound(toks, cue, quotes, lastSpeaker, out, sentenceFirst);
    if (!founds) continue;
    for (const found of founds) {
      if (found.rule !== 'claim.cue-content' && found.rule !== 'claim.hedge') tailTaken = true;
      if (found.speaker) {
        lastSpeaker = found.speaker;
        // a quotation with this cue but no speaker takes it: "but warned that there was “a long way to go”"
        for (const q of quotes) if (q.speaker === null && q.cue && found.cue && q.cue[0] === found.cue[0]) q.speaker = found.speaker;
      }
      const [s, e] = found.span;
      if (e - s < 3) continue;
      const q = mostQuoted(quotes, s, e);
      if (q && quoted(q, s, e) >= 0.7 * (e - s) && !runsIntoQuote(toks, q, found)) {
        // the quotation says it; one with no cue of its own takes this one:
        // "“…” for criminal behavior, she said." (rule quote.in-claim, as in analyze step 5)
        if (q.rule === 'quote.unattributed' && found.speaker) {
          q.speaker = found.speaker;
          q.cue = found.cue;
          q.rule = 'quote.in-claim';
        }
        continue;
      }
      out.push(found);
    }
  }
  // "The mayor thinks the vote was rigged, an aide said.": an attitude inside a claim found after
  // it is that claim's too
  let w = sentenceFirst;
  for (let r = sentenceFirst; r < out.length; r++) {
    const c = out[r];
    let inner = false;
    if (c.rule === 'claim.cue-content' && ATTITUDE_LEMMAS.has(cueLemma(toks, c.cue!))) {
      for (let k = sentenceFirst; k < out.length; k++) if (k !== r && out[k].span[0] <= c.cue![0] && c.cue![0] < out[k].span[1]) inner = true;
    }
    // "said she would order regulators to ...": a cue after a modal inside another claim's content
    // is part of what was said (unless a quotation took its cue)
    if (c.rule === 'claim.cue-content' && modalAt(toks, c.cue![0]) && !cuedQuote(quotes, c.cue![0])) {
      for (let k = sentenceFirst; k < out.length; k++) if (k !== r && out[k].span[0] <= c.cue![0] && c.cue![0] < out[k].span[1]) inner = true;
    }
    // "The senator criticised Trump's call for a ban ...": a noun cue after a possessive inside
    // another claim's content is part of what that claim says (PolNeAR train: 31 such, 3 with
    // gold's cue, 22 whose gold attribution is the outer one)
    // (not one that holds a quotation: the quotation keeps that cue)
    if (c.rule === 'claim.cue-content' && possessiveCue(toks, c.cue![0]) && !overlapsQuote(quotes, c.span[0], c.span[1])) {
      for (let k = sentenceFirst; k < out.length; k++) if (k !== r && out[k].span[0] <= c.cue![0] && c.cue![0] < out[k].span[1]) inner = true;
    }
    // "She responded on Friday, saying the plan ...": a content that opens with the participle cue
    // of another claim it holds says nothing of its own (train: 17 claims fewer, cue +6)
    if (c.rule === 'claim.cue-content') {
      for (let k = sentenceFirst; k < out.length; k++) {
        const o = out[k];
        if (k !== r && o.cue && o.cue[0] === c.span[0] && o.span[1] <= c.span[1] && participleAt(toks, o.cue[0])) inner = true;
        // "praised and defended the levy": a content that is "and" + another claim's cue and content
        if (k !== r && o.cue && o.span[1] <= c.span[1] && o.cue[0] > c.span[0] && andAt(toks, c.span[0], o.cue[0])) inner = true;
      }
    }
    // "According to her notes, after the exam, she insisted that ...": a claim inside an
    // according-to content is that content's (not one holding a quotation, which the quote takes)
    if (c.rule === 'claim.cue-content' && !overlapsQuote(quotes, c.span[0], c.span[1])) {
      for (let k = sentenceFirst; k < out.length; k++) {
        const o = out[k];
        if (k !== r && o.rule === 'claim.according-to' && o.span[0] <= c.cue![0] && c.span[1] <= o.span[1]) inner = true;
      }
    }
    if (!inner) out[w++] = c;
  }
  if (w < out.length) out.length = w; // (setting a length, even the same, is a call into the runtime)
  endAtNestedCue(toks, out, sentenceFirst, quotes);
}

/**
 * "It was widely reported that ...", "when it was revealed in March that ...": a passive cue after
 * "it" reports the "that" clause, with no source named (rule claim.hedge, as PolNeAR annotates it:
 * train 6 of the 6 such cues outside another attribution); null for any other cue.
 */
function impersonalPassive(toks: Token[], cue: Cue): Found[] | null {
  if (cue.first === 0 || toks[cue.first - 1].lo !== 'it' || cue.after >= toks.length) return null;
  let passive = false;
  for (let k = cue.first; k < cue.verb; k++) {
    if (PASSIVE.has(toks[k].lo)) passive = true;
    if (MODAL.test(toks[k].lo)) return null; // "it should be noted that": the writer's aside
  }
  if (!passive) return null;
  const a = toks[cue.after].lo === 'that' ? cue.after : thatAfterPhrase(toks, cue.after);
  if (a < 0) return null;
  let end = clauseEnd(toks, a);
  // "At a time when it was said that ..., Clinton won": a subordinate clause ends before the main one
  if (cue.first >= 2 && SUBORDINATORS.has(toks[cue.first - 2].lo)) {
    for (let k = a + 1; k < end; k++) if (toks[k].lo === ',' && mainClauseStart(toks[k + 1])) {
      end = k - 1;
      break;
    }
  }
  const span = contentSpan(toks, a, end);
  return span ? [{ kind: 'claim', span, speaker: null, cue: cue.span, rule: 'claim.hedge' }] : null;
}

/**
 * "Noting that the ferry was late, Mayor Pell called for a review.": a participle cue that opens
 * the sentence reports its "that" clause up to the comma before the main clause, whose subject is
 * the speaker (PolNeAR train: 7 of the 8 such sentences; the other has no main clause). Null
 * for any other cue, or when no main clause subject follows a comma.
 */
function openingParticiple(toks: Token[], cue: Cue): Found[] | null {
  if (cue.first !== 0 || !toks[cue.verb].lo.endsWith('ing') || toks[cue.after]?.lo !== 'that') return null;
  for (let k = cue.after + 2; k < toks.length - 2; k++) {
    if (toks[k].lo !== ',' || !mainClauseStart(toks[k + 1])) continue;
    const speaker = npAfter(toks, k + 1, toks.length);
    let j = k + 1;
    while (speaker && j < toks.length && toks[j].e <= speaker[1]) j++;
    // the subject's verb follows it: "..., Trump reminded", "..., the mogul offered"
    if (!speaker || j >= toks.length || toks[j].punct || toks[j].cap) continue;
    const span = contentSpan(toks, cue.after, k - 1);
    return span ? [{ kind: 'claim', span, speaker, cue: cue.span, rule: 'claim.cue-content' }] : null;
  }
  return null;
}

/** Nouns of an argument made: "made the point that ...", "has been making the case that ...". */
const ARGUMENT_NOUNS = new Set(['case', 'point', 'argument', 'observation', 'suggestion', 'assertion', 'prediction', 'accusation']);
const MAKE_FORMS = new Set(['make', 'makes', 'made', 'making']);
/** The lemma of an argumentCue (not "point", the verb's: "pointed out" inside a claim keeps its own). */
const MAKE_ARGUMENT = 'make the case';
/** Objects before a bare infinitive: "help him make his case" (his helpers' words, not his). */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me']);
const ARGUMENT_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our']);

/**
 * "Gorka also made the point that ...", "hopes to make the case to women that ...": "make" with an
 * argument noun (ARGUMENT_NOUNS) before its "that" clause, as a cue from the auxiliaries to the
 * noun (PolNeAR train: 9 of the 12 such phrases are gold's, the others inside another claim or
 * with no speaker); null when toks[i] opens none. Written over `into`.
 */
function argumentCue(toks: Token[], i: number, into: Cue): Cue | null {
  if (!MAKE_FORMS.has(toks[i].lo) || !ARGUMENT_DETERMINERS.has(toks[i + 1]?.lo ?? '') || !ARGUMENT_NOUNS.has(toks[i + 2]?.lo ?? '') || i + 3 >= toks.length) return null;
  const that = toks[i + 3].lo === 'that' ? i + 3 : thatAfterPhrase(toks, i + 3); // "made the case to donors that"
  if (that < 0) return null;
  let k = i;
  while (k > 0 && i - k < 4 && !toks[k - 1].punct && !toks[k - 1].cap && (CUE_PREFIX.has(toks[k - 1].lo) || isCueAdverb(toks[k - 1].lo))) k--;
  if (k > 0 && OBJECT_PRONOUNS.has(toks[k - 1].lo)) return null;
  into.first = k;
  into.verb = i;
  into.after = that;
  into.frame = 'clause';
  into.lemma = MAKE_ARGUMENT;
  into.span = [toks[k].s, toks[i + 2].e];
  return into;
}

/** Copulas before a state adjective: "are convinced", "remains confident", "grew worried". */
const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'remain', 'remains', 'remained', 'seem', 'seems', 'seemed', 'grow', 'grows', 'grew', 'grown', 'growing', 'become', 'becomes', 'became']);
/** Degree words between a copula and its adjective: "are not convinced", "were acutely aware". */
const STATE_DEGREE = new Set(['not', 'so', 'more', 'very', 'too', 'fully', 'well', 'quite', 'still', 'also', 'now', 'all', 'less']);

/**
 * "Pilots are convinced that ...", "the mayor has remained confident that ...": a state adjective
 * (STATE_ADJECTIVES) after a copula and before "that", as a cue that runs from the copula's
 * auxiliaries to the adjective; null when toks[i] is none. Written over `into`.
 */
function stateCue(toks: Token[], i: number, into: Cue): Cue | null {
  if (!STATE_ADJECTIVES.has(toks[i].lo) || toks[i + 1]?.lo !== 'that') return null;
  let k = i - 1;
  while (k > 0 && i - k < 4 && (STATE_DEGREE.has(toks[k].lo) || isCueAdverb(toks[k].lo))) k--;
  if (k <= 0 || !COPULAS.has(toks[k].lo)) return null;
  while (k > 1 && i - k < 6 && !toks[k - 1].punct && !toks[k - 1].cap && (CUE_PREFIX.has(toks[k - 1].lo) || STATE_DEGREE.has(toks[k - 1].lo))) k--;
  into.first = k;
  into.verb = i;
  into.after = i + 1;
  into.frame = 'clause';
  into.lemma = toks[i].lo;
  into.span = [toks[k].s, toks[i].e];
  return into;
}

/** Is there an "as" after the object that starts at token a ("see | Clinton as ..."), within a few words and no punctuation? */
function seesAs(toks: Token[], a: number): boolean {
  if (a >= toks.length || toks[a].lo === 'as' || toks[a].punct) return false;
  for (let k = a + 1; k < toks.length && k < a + 8; k++) {
    if (toks[k].punct) return false;
    if (toks[k].lo === 'as') return true;
  }
  return false;
}

/**
 * "the disputes that had divided them", "party rules that could reduce ...": a bare plural form
 * before a "that" and an auxiliary is a noun with its relative clause, no cue ("they say that
 * would fail" keeps its pronoun subject).
 */
function pluralBeforeRelative(toks: Token[], cue: Cue): boolean {
  const t = toks[cue.verb];
  const prev = toks[cue.verb - 1];
  if (cue.first !== cue.verb || cue.after !== cue.verb + 1 || !t.lo.endsWith('s') || !(NOUN_LIKE.has(t.lo) || cue.lemma === 'rule')) return false;
  if (prev === undefined || prev.punct || prev.cap || isPronoun(prev)) return false;
  return toks[cue.after]?.lo === 'that' && cue.after + 1 < toks.length && finiteAt(toks, cue.after + 1);
}

/** Nouns that name a statement in an appositive: "…, a charge that Mr Lo denied". */
const STATEMENT_NOUNS = new Set(['charge', 'charges', 'claim', 'claims', 'allegation', 'allegations', 'accusation', 'accusations', 'assertion', 'suggestion', 'notion', 'point', 'contention', 'characterization', 'sentiment', 'idea', 'argument']);
/**
 * "The levy is unlawful, a charge that Turner denied.", "…, a charge denied by Turner.": a cue at
 * the end of a relative clause (or before its "by" agent) answers the statement the noun phrase
 * stands for. PolNeAR marks that noun phrase as the content and the clause's subject (or agent)
 * as the source (train: 5 of 5 such statement nouns). Not "…, which Turner has denied.": gold
 * marks "which" there (7 of 9), but a claim reading "which" tells a reader nothing. Null for any
 * other cue.
 */
function answeredStatement(toks: Token[], cue: Cue): Found[] | null {
  const after = toks[cue.after];
  let content: Span | null = null;
  let speaker: Span | null = null;
  if (after === undefined || CLAUSE_END.has(after.lo)) {
    // the subject between the relative word and the cue: a noun phrase of a few words
    let r = cue.first - 1;
    while (r > 0 && r >= cue.first - 7 && !toks[r].punct && toks[r].lo !== 'that') r--;
    if (r < 1 || r === cue.first - 1 || toks[r].lo !== 'that') return null;
    speaker = npAfter(toks, r + 1, cue.first);
    if (!speaker || speaker[1] !== toks[cue.first - 1].e) return null;
    content = statementPhrase(toks, r - 1);
  } else if (after.lo === 'by' && cue.first === cue.verb && toks[cue.verb].lo.endsWith('ed')) {
    content = statementPhrase(toks, cue.verb - 1);
    speaker = content && npAfter(toks, cue.after + 1, toks.length);
  }
  if (!content || !speaker) return null;
  ONE_FOUND[0] = { kind: 'claim', span: content, speaker, cue: cue.span, rule: 'claim.content-cue' };
  return ONE_FOUND;
}

/** Marks that end a clause with no more words of it: the cue is its last word. */
const CLAUSE_END = new Set([',', '.', ';', '!', '?', ')', '—', '–']);
/** The appositive "a charge", "the allegations" ending at token k, after a comma or dash, or null. */
function statementPhrase(toks: Token[], k: number): Span | null {
  if (k < 2 || !STATEMENT_NOUNS.has(toks[k].lo)) return null;
  let d = k - 1;
  if (!RE_DETERMINER_WORD.test(toks[d].lo) && !toks[d].punct && !toks[d].cap) d--; // "a false charge"
  if (d < 1 || !RE_DETERMINER_WORD.test(toks[d].lo) || !(CLAUSE_OPEN.has(toks[d - 1].lo) || toks[d - 1].lo === '-')) return null;
  return [toks[d].s, toks[k].e];
}

/** Words that say no statement was made: "said nothing", "said little". */
const NOTHING = new Set(['nothing', 'little', 'anything']);
/**
 * "The ship sank, and others said nothing.": "say" with "nothing" and no more reports nothing;
 * "said little about the plan" takes "little about" into the cue (PolNeAR train: 3 of 3 such
 * cues), and what follows is the content. Writes the longer cue over `cue`.
 */
function emptyStatement(toks: Token[], cue: Cue): boolean {
  const w = toks[cue.after];
  if (cue.lemma !== 'say' || w === undefined || !NOTHING.has(w.lo)) return false;
  const next = toks[cue.after + 1];
  if (next !== undefined && (next.lo === 'about' || next.lo === 'of') && cue.after + 2 < toks.length) {
    cue.after += 2;
    cue.span = [cue.span[0], next.e];
    return false;
  }
  return next === undefined || next.punct || CONNECTORS.has(next.lo);
}

/** The cue sentenceClaims() is looking at, written over by cueAt() at each candidate (no Found keeps a Cue). */
const SENTENCE_CUE: Cue = { first: 0, verb: 0, after: 0, frame: 'clause', lemma: '', span: [0, 0] };

const MODAL = /^(?:would|could|should|can|will|may|might|must|wo)(?![a-z])/;

/** The index of the token that starts at offset pos, or -1. */
function tokenAt(toks: Token[], pos: number): number {
  const j = firstTokenFrom(toks, 0, pos);
  return j < toks.length && toks[j].s === pos ? j : -1;
}

/** Does the cue at offset pos follow a possessive ("Trump's | call for")? */
function possessiveCue(toks: Token[], pos: number): boolean {
  const j = tokenAt(toks, pos);
  return j > 0 && !toks[j - 1].punct && isPossessive(toks[j - 1].lo);
}

/** Does a modal ("would", "can’t") open the cue at offset pos? */
function modalAt(toks: Token[], pos: number): boolean {
  const j = tokenAt(toks, pos);
  return j >= 0 && MODAL.test(toks[j].lo);
}

/** Does the token at offset pos end in -ing ("saying", "citing")? */
function participleAt(toks: Token[], pos: number): boolean {
  const j = tokenAt(toks, pos);
  return j >= 0 && toks[j].lo.endsWith('ing');
}

/** Does the token at offset pos read "and" or "but", with the cue at offset cue right after it? */
function andAt(toks: Token[], pos: number, cue: number): boolean {
  const j = tokenAt(toks, pos);
  return j >= 0 && j + 1 < toks.length && (toks[j].lo === 'and' || toks[j].lo === 'but') && toks[j + 1].s === cue;
}

/** The first index j >= from with toks[j].s >= pos (toks.length if none). */
function firstTokenFrom(toks: Token[], from: number, pos: number): number {
  let lo = from;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].s < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** forward() as a list of founds, for a cue that closes no clause. */
function forwardFound(toks: Token[], cue: Cue, quotes: Found[], lastSpeaker: Span | null, out: Found[], sentenceFirst: number): Found[] | null {
  const f = forward(toks, cue, quotes, lastSpeaker, insideClaim(out, sentenceFirst, cue.span[0]));
  if (f === null) return null;
  ONE_FOUND[0] = f; // sentenceClaims() reads the list before it asks again: one array for all
  return ONE_FOUND;
}
const ONE_FOUND: Found[] = [{ kind: 'claim', span: [0, 0], speaker: null, cue: null, rule: '' }];

/** The lemma of the reporting verb in cue span c, or ''. */
function cueLemma(toks: Token[], c: Span): string {
  for (let j = 0; j < toks.length && toks[j].s < c[1]; j++) {
    const e = toks[j].s >= c[0] ? verbEntry(toks[j].lo) : undefined;
    if (e) return e.lemma;
  }
  return '';
}

/**
 * "The mayor refuses to publish the accounts — and the auditors say they would show ...": PolNeAR
 * annotates a nested attribution on its own. When the content of a claim (out[from..], this
 * sentence's) holds the cue of another whose subject follows a clause break (a comma, dash, colon
 * or "and"/"but"/"or"/"as"/"which"; after an object cue, any word but a complementiser), the outer content
 * ends before that break. A nested subject after "that", "because", "if" ... or opening the
 * content ("He said Obama hopes that ...") stays inside: there PolNeAR keeps the nested
 * attribution in the outer content. Only the first nested cue counts; the rule stays
 * claim.cue-content.
 */
const NESTED_AFTER = new Set([',', '—', '–', ';', ':', 'and', 'but', 'or', 'as', 'which']);
const CONNECTORS = new Set(['and', 'but', 'or']);
const COMPLEMENT = new Set(['that', 'whether', 'if', 'who', 'which', 'what', 'how', 'why']);
/** Is the reporting verb of cue span c one whose content is its object ("called for", "refuses")? */
function objectCue(toks: Token[], c: Span): boolean {
  let k = 0;
  while (k < toks.length && toks[k].e < c[1]) k++;
  for (let j = Math.min(k, toks.length - 1); j >= 0 && toks[j].s >= c[0]; j--) {
    const e = verbEntry(toks[j].lo);
    if (e) return e.frame === 'object';
  }
  return false;
}
function endAtNestedCue(toks: Token[], out: Found[], from: number, quotes: Found[]): void {
  let dropped = false;
  for (let i = from; i < out.length; i++) {
    const a = out[i];
    if (a.rule !== 'claim.cue-content') continue;
    let b: Found | null = null;
    for (let j = from; j < out.length; j++) {
      const c = out[j];
      if (j !== i && c.cue && c.cue[0] > a.span[0] && c.cue[0] < a.span[1] && (!b || c.cue[0] < b.cue![0])) b = c;
    }
    // ... also a quotation with its own speaker and cue ("as the pilots called it “...”"), not one after a verb of thought
    for (const c of quotes) if (c.rule === 'quote.cue-before' && c.cue && c.speaker && !ATTITUDE_LEMMAS.has(cueLemma(toks, c.cue)) && c.cue[0] > a.span[0] && c.cue[0] < a.span[1] && c.span[0] > c.cue[0] && (!b || c.cue[0] < b.cue![0])) b = c;
    // "After the Paris attacks Trump released ...", "Contrary to her claims, ...": a cue word in a
    // phrase that opens the sentence, whose content would be the main clause with a cue of its
    // own, reports nothing (train: 14 such claims, 11 with no gold attribution at their cue; cue +5)
    if (b && b.speaker && b.speaker[0] === a.span[0] && inOpeningPhrase(toks, a.cue!)) {
      a.span = DROPPED;
      dropped = true;
      continue;
    }
    if (b && b.speaker && b.speaker[0] < a.cue![0] && b.rule === 'claim.cue-content' && ownsSubject(toks, b.cue!)) {
      // "Voters who backed the levy said ...", "The mayor, citing the audit, said ...": the outer cue
      // stands inside the subject of a later finite cue, so its content ends before that cue (train:
      // 36 contents change; of the 15 with gold's outer attribution, 14 end there; cue +23)
      let first = 0;
      while (first < toks.length && toks[first].s < a.span[0]) first++;
      let last = first;
      while (last < toks.length && toks[last].s < b.cue![0]) last++;
      const span = last - 1 >= first ? contentSpan(toks, first, last - 1) : null;
      if (span) a.span = span;
      continue;
    }
    if (!b || !b.speaker || b.speaker[0] <= a.span[0]) continue;
    let first = 0;
    while (first < toks.length && toks[first].s < a.span[0]) first++;
    let subject = first;
    while (subject < toks.length && toks[subject].s < b.speaker[0]) subject++;
    // an object cue's content is a noun phrase or an infinitive: any nested subject but a
    // complement's ("refuses to publish them as critics say ...") starts a clause of its own
    const before = toks[subject - 1].lo;
    if (!NESTED_AFTER.has(before) && !(objectCue(toks, a.cue!) && !COMPLEMENT.has(before))) continue;
    let last = subject - 2;
    if (last >= first && CONNECTORS.has(toks[last + 1].lo) && toks[last].punct) last--;
    const span = last >= first ? contentSpan(toks, first, last) : null;
    if (span) a.span = span;
  }
  if (dropped) {
    let w = from;
    for (let r = from; r < out.length; r++) if (out[r].span !== DROPPED) out[w++] = out[r];
    out.length = w;
  }
}
/** The span of a claim endAtNestedCue() drops (compared by identity). */
const DROPPED: Span = [0, 0];

/** Words that open a phrase before the main clause: "After the Paris attacks ...", "Asked about her charges ...". */
const OPENING_PHRASE = new Set(['in', 'on', 'at', 'after', 'before', 'during', 'since', 'under', 'following', 'despite', 'contrary', 'amid', 'asked', 'when', 'unlike', 'like', 'with', 'without', 'over', 'from', 'for', 'as', 'by', 'to', 'until', 'through', 'later', 'earlier']);
/** Does cue span c stand in a phrase that opens the sentence with such a word, with no punctuation before c? */
function inOpeningPhrase(toks: Token[], c: Span): boolean {
  let k = datelineEnd(toks);
  if (k < toks.length && CONNECTORS.has(toks[k].lo)) k++;
  if (k >= toks.length || !OPENING_PHRASE.has(toks[k].lo)) return false;
  for (let j = k + 1; j < toks.length && toks[j].s < c[0]; j++) if (toks[j].punct) return false;
  return true;
}

/** Does cue span c open a finite verb of its own subject (no participle, no "and"/"but"/"or" before it)? */
function ownsSubject(toks: Token[], c: Span): boolean {
  const j = tokenAt(toks, c[0]);
  if (j <= 0 || CONNECTORS.has(toks[j - 1].lo)) return false;
  for (let k = j; k < toks.length && toks[k].s < c[1]; k++) if (toks[k].lo.endsWith('ing')) return false;
  return true;
}

/** Is offset pos inside one of the claims out[from..] (this sentence's)? */
function insideClaim(out: Found[], from: number, pos: number): boolean {
  for (let k = from; k < out.length; k++) if (out[k].span[0] <= pos && pos < out[k].span[1]) return true;
  return false;
}

/** Does a "(" stand among tokens [a, b)? */
function opensBracket(toks: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (toks[k].lo === '(') return true;
  return false;
}

/** Offsets of tokens [a, b] as a content span, without trailing sentence punctuation. */
function contentSpan(toks: Token[], a: number, b: number): Span | null {
  while (b >= a && toks[b].punct && RE_TRAILING_PUNCT.test(toks[b].lo)) b--;
  // "(… Obama has proposed accepting 10,000 Syrians).": a bracket opened before the content
  // closes outside it
  if (b > a && toks[b].lo === ')' && !opensBracket(toks, a, b)) {
    b--;
    while (b >= a && toks[b].punct && RE_TRAILING_PUNCT.test(toks[b].lo)) b--;
  }
  while (a <= b && toks[a].punct && RE_LEADING_PUNCT.test(toks[a].lo)) a++;
  if (b < a) return null;
  return [toks[a].s, toks[b].e];
}

/**
 * "CONTENT, X said." / "CONTENT, said X." / "CONTENT, X said, CONTENT." — the cue closes a
 * clause. A cue in the middle of the sentence gives two claims with the same cue (PolNeAR's
 * discontinuous content); a short opener ("Still, he said, ...") is no content.
 */
function tail(toks: Token[], cue: Cue): Found[] | null {
  const f = cue.first;
  const n = toks.length;
  if (f < 2) return null;
  let speaker: Span | null = null;
  let comma = -1;
  let k = cue.after;
  if (toks[f - 1].lo === ',') {
    // ", said Mr Xi"; never ", saying nothing": a participle does not invert
    if (toks[cue.verb].lo.endsWith('ing')) return null;
    // nor a verb that takes an object: in ", described the mood as calm" the noun phrase is its object
    if (cue.frame === 'object') return null;
    // "The deal, said Ian Pell, is dead.": the cue and its speaker stand inside the clause
    const inside = parentheticalCue(toks, cue);
    if (inside) return inside;
    // "Sen. Jeff Sessions, a farm lobbyist, said the ...": the subject opens the sentence, no inversion
    const subject = subjectBefore(toks, f, 0);
    if (subject && subject[0] === toks[0].s) return null;
    // (an inverted "told" is rare: in ", Ingrid Solheim, its chief, told reporters" the noun
    // phrase after it is the addressee)
    speaker = cue.frame === 'tell' && subject ? null : invertedSpeaker(toks, cue.after);
    if (speaker) {
      while (k < n && toks[k].e <= speaker[1]) k++;
      k = afterBracket(toks, k);
      comma = f - 1;
    } else {
      // no inversion: the subject before has an apposition ("CONTENT, Lena Berg, a lecturer at
      // the college, said." / "CONTENT, its chief executive, Ingrid Solheim, said on Tuesday."),
      // and the content ends at the comma before it
      if (!subject) return null;
      comma = f - 1;
      while (comma > 0 && toks[comma].s >= subject[0]) comma--;
      if (toks[comma].lo !== ',' && toks[comma].lo !== "'" && !CLOSE_QUOTE.test(toks[comma].lo)) return null;
      // "For one thing, Ms Lo, the favourite, proposed to ...": an opening phrase is no content
      if (toks[cue.after]?.lo === 'to' || openingPhrase(toks, datelineEnd(toks), comma)) return null;
      speaker = subject;
      k = cue.after;
      if (cue.frame === 'tell') k = afterAddressee(toks, k);
      // what "of" names is what was talked about: "“A,” Lena Berg, a lecturer, said of the plan."
      if (toks[k]?.lo === 'of') {
        const about = npAfter(toks, k + 1, n);
        if (!about) return null;
        k++;
        while (k < n && toks[k].e <= about[1]) k++;
      }
    }
  } else {
    for (let j = f - 1, reach = f - 10; j >= 1 && j >= reach; j--) {
      // "CONTENT, Sen. Anna Lund (R-Iowa) told the Gazette.": a bracket on the name
      const open = toks[j].lo === ')' ? bracketOpen(toks, j) : -1;
      if (open > 0) {
        reach -= j - open;
        j = open;
        continue;
      }
      if (toks[j].punct) {
        if (toks[j].lo === ',' || toks[j].lo === '—' || toks[j].lo === '–') comma = j;
        break;
      }
    }
    if (comma < 1) return null;
    if (cue.frame === 'tell') k = afterAddressee(toks, k);
    // (its subject after the comma is looked for below, once the cue is known to close the clause)
  }
  // "..., said a handful of pilots who know the port.": a relative clause on the inverted speaker
  if (comma === f - 1 && k < n && (toks[k].lo === 'who' || toks[k].lo === 'whose')) {
    while (k < n && !toks[k].punct) k++;
    if (k < n && !RE_SENTENCE_PUNCT.test(toks[k].lo)) return null;
  }
  // a short prepositional or time phrase may follow: "said in a statement on Tuesday"
  if (k < n && !toks[k].punct && (TAIL_PP.has(toks[k].lo) || DAYS.has(toks[k].lo))) {
    let j = k;
    while (j < n && j < k + 10 && !toks[j].punct) {
      // ", said the council's response to the flood was ...": a finite verb after the inverted
      // noun phrase makes it the subject of a clause, not the speaker
      if (comma === f - 1 && finiteAt(toks, j)) return null;
      j++;
    }
    k = j;
  }
  if (k < n && !RE_TAIL_CLOSER.test(toks[k].lo)) return null;
  // "Asked about it, O'Neill said, “Not going to go into that.”": the cue introduces the quotation
  if (k + 1 < n && toks[k].lo === ',' && OPEN_QUOTE.test(toks[k + 1].lo)) return null;
  if (speaker === null) {
    // "CONTENT, X said": the subject opens the clause after the comma
    speaker = subjectBefore(toks, f, comma + 1);
    // "CONTENT, he and Mr. Allen said.", "current and former officials said": one word coordinated before it
    if (speaker && speaker[0] !== toks[comma + 1].s && speaker[1] === toks[f - 1].e && coordinatedBefore(toks, comma + 1, speaker)) speaker = [toks[comma + 1].s, speaker[1]];
    if (!speaker || speaker[0] !== toks[comma + 1].s) return null;
  }
  const out: Found[] = [];
  if (comma >= 3) {
    const span = contentSpan(toks, datelineEnd(toks), comma - 1);
    if (span) out.push({ kind: 'claim', span, speaker, cue: cue.span, rule: 'claim.content-cue' });
  }
  if (k < n - 3 && toks[k].lo === ',') {
    const w = toks[k + 1];
    const participle = w.lo.endsWith('ing') && verbEntry(w.lo) !== undefined;
    // (nor what describes the speaker after it: "…, said Ian Pell, who chairs the panel.", "…, said
    // Dan Reyes, a pollster at the college." say who he is; nor "which" on the cue)
    const describes = toks[k - 1].e === speaker[1] ? comma === f - 1 && describesSpeaker(toks, k) : toks[k - 1].e === cue.span[1] && RELATIVE_OPENERS.has(w.lo);
    if (!participle && w.lo !== 'according' && !describes) {
      const span = contentSpan(toks, k + 1, clauseEnd(toks, k + 1));
      if (span) out.push({ kind: 'claim', span, speaker, cue: cue.span, rule: 'claim.content-cue' });
    }
  }
  return out.length > 0 ? out : null;
}

/** Words that open a phrase coordinated to an inverted speaker: "said Kari Doyle and others", "and his sister", "and two colleagues". */
const CONJUNCT_OPENERS = new Set(['others', 'other', 'his', 'her', 'their', 'several', 'some', 'many', 'fellow', 'two', 'three', 'four', 'five']);

/**
 * The speaker after an inverted cue, from token i: npAfter()'s noun phrase, with a phrase
 * coordinated to it that npAfter() leaves (it links only capitalised words by "and"):
 * "said Kari Doyle and others", "said Ian Pell and his sister" (PolNeAR marks the whole).
 */
function invertedSpeaker(toks: Token[], i: number): Span | null {
  const n = toks.length;
  const np = npAfter(toks, i, n);
  if (!np) return null;
  let k = i;
  while (k < n && toks[k].e <= np[1]) k++;
  if (k + 1 >= n || toks[k].lo !== 'and' || !CONJUNCT_OPENERS.has(toks[k + 1].lo)) return np;
  const more = npAfter(toks, k + 1, n);
  if (more) np[1] = more[1];
  return np;
}

/** The token after a short bracket that opens at token k on the name before it ("Sen. Anna Lund (R-Iowa)", "Ian Pell (54)"), or k. */
function afterBracket(toks: Token[], k: number): number {
  const j = bracketEnd(toks, k);
  return j < 0 ? k : j + 1;
}

/** The ")" that closes a "(" at token k within a few words (no other bracket or sentence mark inside), or -1. */
function bracketEnd(toks: Token[], k: number): number {
  if (k < 1 || k >= toks.length || toks[k].lo !== '(' || toks[k - 1].punct) return -1;
  for (let j = k + 1; j < toks.length && j <= k + BRACKET_WORDS + 1; j++) {
    const lo = toks[j].lo;
    if (lo === ')') return j > k + 1 ? j : -1;
    // (a full stop only on an abbreviation: "(D-Mass.)")
    if (lo === '(' || (toks[j].punct && RE_SENTENCE_PUNCT.test(lo) && !(lo === '.' && toks[j].s === toks[j - 1].e))) return -1;
  }
  return -1;
}
const BRACKET_WORDS = 6;

/** The "(" of a short bracket that closes at token j on the name before it, or -1 (see bracketEnd). */
function bracketOpen(toks: Token[], j: number): number {
  for (let k = j - 1; k >= 1 && k >= j - BRACKET_WORDS - 1; k--) if (toks[k].lo === '(') return bracketEnd(toks, k) === j ? k : -1;
  return -1;
}

/** Lower-case words before "and" that coordinate no subject: "…, so and …", "…, then and now". */
const NOT_CONJUNCT = new Set(['so', 'yet', 'but', 'then', 'now', 'still', 'too', 'and', 'or', 'as', 'not']);
/**
 * Is toks[a] a single word coordinated by "and" to the subject `speaker` right after it ("he and
 * Mr. Allen", "she and another reporter", "current and former officials"), and no verb ("Lund lost and others")?
 */
function coordinatedBefore(toks: Token[], a: number, speaker: Span): boolean {
  const w = toks[a];
  if (a + 2 >= toks.length || toks[a + 1].lo !== 'and' || toks[a + 2].s !== speaker[0] || w.punct) return false;
  if (isPronoun(w) || w.cap) return true;
  return !NOT_CONJUNCT.has(w.lo) && !w.lo.endsWith('ed') && !w.lo.endsWith('ly') && !IRREGULAR_PAST.has(w.lo) && !isVerbForm(w.lo);
}

/** Are tokens [a, b) a phrase that opens a sentence ("But in a call on Monday", "For one thing"), not a clause? */
function openingPhrase(toks: Token[], a: number, b: number): boolean {
  while (a < b && (CONNECTORS.has(toks[a].lo) || toks[a].lo === 'yet' || toks[a].lo === 'so' || toks[a].lo === 'still')) a++;
  if (a >= b || !OPENING_PHRASE.has(toks[a].lo)) return false;
  for (let j = a; j < b; j++) if (toks[j].lo === ',') return false;
  return true;
}

/**
 * "The deal, said Ian Pell, is dead.", "The contrast, said Lund and others, would be clear.": an
 * inverted cue and speaker between commas inside a clause that goes on with its finite verb. The
 * content is the clause around them, as two claims with the same cue (PolNeAR train: 5 of 5 such
 * sentences annotated so), or null when the sentence is not of this shape.
 */
function parentheticalCue(toks: Token[], cue: Cue): Found[] | null {
  const n = toks.length;
  const f = cue.first;
  if (!SPEECH_LEMMAS.has(cue.lemma)) return null; // ", also known as Myanmar, has …" names, says nothing
  const speaker = invertedSpeaker(toks, cue.after);
  if (!speaker) return null;
  let j = cue.after;
  while (j < n && toks[j].e <= speaker[1]) j++;
  j = afterDescription(toks, afterBracket(toks, j));
  if (toks[j]?.lo !== ',' || !finiteAt(toks, j + 1)) return null;
  const opening = contentSpan(toks, datelineEnd(toks), f - 2);
  const rest = contentSpan(toks, j + 1, clauseEnd(toks, j + 1));
  if (!opening || !rest) return null;
  return [
    { kind: 'claim', span: opening, speaker, cue: cue.span, rule: 'claim.content-cue' },
    { kind: 'claim', span: rest, speaker, cue: cue.span, rule: 'claim.content-cue' },
  ];
}

/**
 * Does the phrase after the comma at token k describe the inverted speaker before it, no content of
 * its own: a relative clause (", who chairs the panel") or an apposition, a noun phrase with no
 * verb right after it (", a pollster at the college", ", the firm's chief, Ann Lo"; not ", the
 * levy will go")? (PolNeAR marks it as part of the source: train 41 of the 44 such phrases
 * that were taken for a second content; 2 of the 3 others after a wrong speaker.)
 */
function describesSpeaker(toks: Token[], k: number): boolean {
  const n = toks.length;
  if (k + 1 >= n || toks[k].lo !== ',') return false;
  const w = toks[k + 1];
  if (RELATIVE_OPENERS.has(w.lo)) return true;
  if (isPronoun(w)) return false;
  const np = npAfter(toks, k + 1, n);
  if (!np) return false;
  let j = k + 1;
  while (j < n && toks[j].e <= np[1]) j++;
  if (j >= n || finiteAt(toks, j)) return j >= n;
  const v = toks[j];
  return v.punct || v.cap || !(isVerbForm(v.lo) || v.lo.endsWith('ed') || IRREGULAR_PAST.has(v.lo));
}

/** The comma that closes a description of the speaker opening at the comma at token k (", who chairs the panel,", ", a pollster,"), or k. */
function afterDescription(toks: Token[], k: number): number {
  if (!describesSpeaker(toks, k)) return k;
  let j = k + 2;
  while (j < toks.length && !(toks[j].punct && (toks[j].lo === ',' || RE_SENTENCE_PUNCT.test(toks[j].lo)))) j++;
  return j < toks.length && toks[j].lo === ',' ? j : k;
}

/** The token after the addressee of "told" that starts at token k ("told | reporters | on Tuesday"), or k. */
function afterAddressee(toks: Token[], k: number): number {
  const n = toks.length;
  if (k >= n || toks[k].punct) return k;
  const np = ADDRESSEE_PRONOUNS.has(toks[k].lo) ? [toks[k].s, toks[k].e] : npAfter(toks, k, n);
  if (np) while (k < n && toks[k].e <= np[1]) k++;
  return k;
}

/**
 * "The plan seems to work.", "In May, Ms Lo is expected to win the seat.": the writer's hedge
 * credits its clause to no one: from the sentence start, the last comma or a relative word
 * ("delegates who are expected to ...") before the cue, to the next comma or the clause end.
 */
function hedge(toks: Token[], cue: Cue): Found[] | null {
  let a = cue.first;
  while (a > 0 && !(toks[a - 1].punct && CLAUSE_OPEN.has(toks[a - 1].lo)) && !SUBORDINATE.has(toks[a].lo)) a--;
  // "The bank, which has held rates near zero, is expected to act", "the board, under pressure, is
  // expected to ...": a phrase between commas before the cue; the subject is the part before it
  if (a === cue.first && a >= 4 && toks[a - 1].lo === ',') {
    let j = a - 2;
    while (j > 0 && !(toks[j - 1].punct && CLAUSE_OPEN.has(toks[j - 1].lo))) j--;
    if (j >= 2 && toks[j - 1].lo === ',') {
      j -= 2;
      while (j > 0 && !(toks[j - 1].punct && CLAUSE_OPEN.has(toks[j - 1].lo))) j--;
      a = j;
    }
  }
  if (a === cue.first) return null;
  // "But the plan seems to work", "..., and Ms Lo appears to lead": the connector is the writer's link
  if (CONNECTORS.has(toks[a].lo) && a + 1 < cue.first) a++;
  let b = clauseEnd(toks, cue.after);
  for (let k = cue.after; k < b; k++) if (toks[k].lo === ',') b = k - 1;
  const span = contentSpan(toks, a, b);
  return span ? [{ kind: 'claim', span, speaker: null, cue: cue.span, rule: 'claim.hedge' }] : null;
}
const DO = new Set(['did', 'does', 'do']);
const HAVE = new Set(['has', 'have', 'had']);
const CLAUSE_OPEN = new Set([',', ';', ':', '—', '–', '(']);
const SUBORDINATE = new Set(['that', 'which', 'who', 'whether', 'because', 'since', 'if', 'when', 'while', 'although', 'though']);

/** "Asked whether ...," at a sentence start, or "..., when asked if ...": a question with no subject. */
function askedOpens(toks: Token[], cue: Cue): boolean {
  if (cue.first === 0 || (toks[cue.first - 1].punct && OPEN_QUOTE.test(toks[cue.first - 1].lo))) return toks[cue.verb].lo === 'asked';
  return toks[cue.verb].lo === 'asked' && cue.first === cue.verb && ASKED_AFTER.has(toks[cue.first - 1].lo);
}
const ASKED_AFTER = new Set(['when', 'being', 'once', 'if']);

/**
 * "Asked whether he would run, Mr Lund said ...", "... he said when asked about the vote.": the
 * question is content credited to the asker, named only in "by X" ("Asked by reporters to ...").
 * The content runs to the next comma or the sentence end.
 */
function asked(toks: Token[], cue: Cue): Found[] | null {
  let a = cue.after;
  let speaker: Span | null = null;
  if (toks[a]?.lo === 'by') {
    speaker = npAfter(toks, a + 1, toks.length);
    if (!speaker) return null;
    a++;
    while (a < toks.length && toks[a].e <= speaker[1]) a++;
  }
  // "Asked on Fox News who leads the party": past a short phrase to the question word
  if (a < toks.length && (toks[a].lo === 'on' || toks[a].lo === 'in' || toks[a].lo === 'during')) {
    let k = a + 1;
    while (k < toks.length && k < a + 7 && !toks[k].punct && !QUESTION_START.has(toks[k].lo)) k++;
    if (k < toks.length && QUESTION_START.has(toks[k].lo)) a = k;
  }
  let b = a;
  while (b + 1 < toks.length && !(toks[b + 1].punct && RE_CLAUSE_PUNCT.test(toks[b + 1].lo))) b++;
  const span = b - a >= 1 ? contentSpan(toks, a, b) : null;
  return span ? [{ kind: 'claim', span, speaker, cue: cue.span, rule: 'claim.asked' }] : null;
}
const QUESTION_START = new Set(['if', 'whether', 'what', 'who', 'whom', 'which', 'why', 'how', 'when', 'where', 'about', 'to']);

/**
 * "According to X, CONTENT." / "CONTENT, according to X." / "CONTENT, according to X, CONTENT."
 * A part of two tokens or fewer ("In addition,", "Now,") is an opener, not content.
 */
function according(toks: Token[], cue: Cue, tailTaken: boolean): Found[] | null {
  let speaker = npAfter(toks, cue.after, toks.length);
  // "According to early results of exit polls conducted for the AP by Edison Research, ...": at
  // the sentence start the source runs to the first comma, however long its noun phrase
  const opens = cue.first === datelineEnd(toks) || (cue.first === datelineEnd(toks) + 1 && INTRO.has(toks[cue.first - 1].lo));
  if (opens) {
    let c = cue.after;
    while (c < toks.length && c < cue.after + 30 && toks[c].lo !== ',' && !(toks[c].punct && RE_SENTENCE_PUNCT.test(toks[c].lo))) c++;
    if (c < toks.length - 3 && c > cue.after && toks[c].lo === ',' && (!speaker || speaker[1] < toks[c].s)) speaker = [toks[cue.after].s, toks[c - 1].e];
  }
  if (!speaker) return null;
  let k = cue.after;
  while (k < toks.length && toks[k].e <= speaker[1]) k++;
  const out: Found[] = [];
  if (!tailTaken && cue.first > 0 && wordCount(toks, 0, cue.first - 1) >= 3) {
    const span = contentSpan(toks, datelineEnd(toks), cue.first - 1);
    if (span) out.push({ kind: 'claim', span, speaker, cue: cue.span, rule: 'claim.according-to' });
  }
  // the part after must be a clause of its own, not ", with Mr Putin saying ..." or ", and ...";
  // after a source that opens the sentence the rest is its content, an opening phrase with it
  // ("According to the survey, in the north ...", "According to Ms Lo, while ...")
  const opener = toks[k + 1] !== undefined && INTRO.has(toks[k + 1].lo) && !(opens && !CONNECTORS.has(toks[k + 1].lo));
  // (nor, after a content before the cue, what describes the source: "..., according to Ian Pell,
  // who chairs the panel.", "..., according to Ann Lo, a pollster at the college.")
  if (k < toks.length - 1 && toks[k].lo === ',' && !opener && !toks[k + 1].lo.endsWith('ing') && (opens || !describesSource(toks, k + 1))) {
    const end = clauseEnd(toks, k + 1);
    if (wordCount(toks, k + 1, end) >= 3) {
      const span = contentSpan(toks, k + 1, end);
      if (span) out.push({ kind: 'claim', span, speaker, cue: cue.span, rule: 'claim.according-to' });
    }
  }
  return out.length > 0 ? out : null;
}

/** Does a relative clause or a noun phrase set beside the source open at token k (", who chairs the panel", ", an analyst at the bank")? */
const describesSource = (toks: Token[], k: number): boolean => RELATIVE_OPENERS.has(toks[k].lo) || apposition(toks, k, clauseEnd(toks, k));

/** The number of words (not punctuation marks) among tokens [a, b]. */
function wordCount(toks: Token[], a: number, b: number): number {
  let n = 0;
  for (let j = a; j <= b; j++) if (!toks[j].punct) n++;
  return n;
}

/**
 * "said she was tired and wanted change": a verb of thought or wish after "and" goes on with what
 * was said (train: cue +6, F1@30 +0.0005); "decided" reports a deed and ends the content as before
 */
const coordinatedAttitude = (w: string): boolean => {
  const lemma = verbEntry(w)?.lemma;
  return lemma !== undefined && lemma !== 'decide' && ATTITUDE_LEMMAS.has(lemma);
};
/** Last token index of a forward content starting at a: the sentence end or a contrast clause. */
function clauseEnd(toks: Token[], a: number, afterParticiple = false): number {
  for (let k = a + 1; k < toks.length - 1; k++) {
    if (toks[k].lo === ';') return k - 1;
    // "dismissed the audit by pointing out that ...": a participle cue after a preposition starts its own claim
    if (GERUND_PREPOSITIONS.has(toks[k].lo) && toks[k + 1].lo.endsWith('ing') && verbEntry(toks[k + 1].lo) !== undefined) return k - 1;
    // "... as misleading and called for a review": a second cue of the same subject, also after a
    // one-word content ("praised Lisbon and said ..."; train: 14 contents change, 9 to gold's)
    if (toks[k].lo === 'and' && !toks[k + 1].punct && verbEntry(toks[k + 1].lo) !== undefined && !toks[k + 1].lo.endsWith('ing') && !coordinatedAttitude(toks[k + 1].lo)) return k - 1;
    // "... but noted that ...", "... and has called for ...", "... but also contended that ...": the
    // same after "but" or with auxiliaries and adverbs before the verb (a surer verb form then)
    if (toks[k].lo === 'and' || toks[k].lo === 'but') {
      let j = k + 1;
      // "but has since said": "since" after "has" is an adverb (train: 1)
      while (j < toks.length - 1 && j < k + 4 && (CUE_PREFIX.has(toks[j].lo) || toks[j].lo.endsWith('ly') || (toks[j].lo === 'since' && HAVE.has(toks[j - 1].lo)))) j++;
      // a form that may be a noun ("note", "claims") is a verb after "did", not after "has" ("and has
      // doubts"): "but did note that ..." (train: 1)
      const verb = isVerbForm(toks[j].lo) || (j > k + 1 && NOUN_LIKE.has(toks[j].lo) && DO.has(toks[j - 1].lo));
      if ((j > k + 1 || toks[k].lo === 'but') && !toks[j].punct && verb && !toks[j].lo.endsWith('ing')) return k - 1;
    }
    // "calling them rapists and vowing to ...", "acknowledging that ... but warning that ...": after
    // a participle cue, a second participle cue of the same subject; not after a finite cue ("said
    // they were planning a strike and threatening a boycott"). Train: 60 contents change, 49 nearer gold's
    if (afterParticiple && (toks[k].lo === 'and' || toks[k].lo === 'but')) {
      const j = toks[k + 1].lo.endsWith('ly') ? k + 2 : k + 1;
      if (j < toks.length - 1 && toks[j].lo.endsWith('ing') && isVerbForm(toks[j].lo)) return k - 1;
    }
    if (toks[k].lo !== ',') continue;
    // ",” but": a comma inside a quotation that closes the clause
    if (CLOSE_QUOTE.test(toks[k + 1].lo) && k + 2 < toks.length && CONTRAST.has(toks[k + 2].lo)) return k + 1;
    // ",” noting that ...": the same for a participle cue
    // (not when the content opens with that quotation, which would leave a claim that is only it, nor
    // before a participle that introduces a quotation of its own: ",” adding, “...”")
    if (CLOSE_QUOTE.test(toks[k + 1].lo) && k + 3 < toks.length && toks[k + 2].lo.endsWith('ing') && verbEntry(toks[k + 2].lo) !== undefined && !OPEN_QUOTE.test(toks[a].lo) && !toks[k + 3].punct) return k + 1;
    const next = toks[k + 1].lo;
    // "..., but that she would ...": a second "that" clause of the same cue goes on with the content
    // (nor "..., but not for rape", "..., though not the results": a contrast with no clause of its own)
    if (CONTRAST.has(next) && !(next === 'but' && toks[k + 2]?.lo === 'that') && !ellipticContrast(toks, k + 1)) return k - 1;
    // "..., the official news agency reported.": the source's own tail
    // (also after closing quotation marks: ',” the agency reported.')
    const q = CLOSE_QUOTE.test(next) ? 1 : 0;
    for (let j = k + 1 + q; j < toks.length && j < k + 10 + q; j++) {
      if (toks[j].punct) break;
      if (j > k + 1 + q && isVerbForm(toks[j].lo) && (j + 1 >= toks.length || toks[j + 1].punct)) return q ? k + 1 : k - 1;
    }
    // ", telling farmers that ...": a participle cue starts its own claim
    if (next.endsWith('ing') && verbEntry(next) !== undefined) return k - 1;
    // ", and a few lawmakers have called for ...": a new clause with its own verb
    // (not "..., and that the timetable would be reviewed": a second "that" clause of the same cue,
    // as after ", but"; PolNeAR train: gold's content goes on in 19 of 20; "and that was the end of
    // it" is a clause of its own)
    // (nor "..., and would not require a vote": a modal with no subject of its own goes on with the content's)
    if ((next === 'and' || next === 'or') && !(toks[k + 2]?.lo === 'that' && !finiteAt(toks, k + 3)) && !MODAL.test(toks[k + 2]?.lo ?? '')) {
      for (let j = k + 2; j < toks.length && j < k + 8; j++) {
        if (toks[j].punct) break;
        // "..., and the nearly uniform support for her, were ...": a noun-like cue word after a
        // word that is no name or pronoun is a noun
        if (NOUN_LIKE.has(toks[j].lo) && !toks[j - 1].cap && !isPronoun(toks[j - 1]) && !CUE_PREFIX.has(toks[j - 1].lo)) continue;
        if (CUE_PREFIX.has(toks[j].lo) || verbEntry(toks[j].lo)) return k - 1;
      }
    }
  }
  return toks.length - 1;
}

/** Is token k an auxiliary or a form of "be" ("that | was the end")? */
const finiteAt = (toks: Token[], k: number): boolean => k < toks.length && (finiteWord(toks[k].lo) || finiteWord(unnegated(toks[k].lo)));
const finiteWord = (lo: string): boolean => PASSIVE.has(lo) || HAVE.has(lo) || DO.has(lo) || MODAL.test(lo);
/** A word without its contracted "not" ("doesn't" → "does", "won’t" → "wo"), or "" when it has none. */
const unnegated = (lo: string): string => (lo.endsWith("n't") || lo.endsWith('n’t') ? lo.slice(0, -3) : '');

/** "Putin said he is ready ...", "Mishustin, who called for ...", ", adding that ..." */
function forward(toks: Token[], cue: Cue, quotes: Found[], lastSpeaker: Span | null, nestedIn: boolean): Found | null {
  // "As reported by the Herald, most pilots ...": the agent after "by" is the source of the clause
  // after the comma
  if (cue.first === datelineEnd(toks) + 1 && toks[cue.first - 1].lo === 'as' && toks[cue.after]?.lo === 'by') {
    const by = npAfter(toks, cue.after + 1, toks.length);
    if (!by) return null;
    let k = cue.after + 1;
    while (k < toks.length && toks[k].e <= by[1]) k++;
    if (k >= toks.length - 3 || toks[k].lo !== ',') return null;
    const content = contentSpan(toks, k + 1, clauseEnd(toks, k + 1));
    return content ? { kind: 'claim', span: content, speaker: by, cue: cue.span, rule: 'claim.cue-content' } : null;
  }
  const participle = toks[cue.verb].lo.endsWith('ing');
  const afterPreposition = participle && cue.first > 0 && GERUND_PREPOSITIONS.has(toks[cue.first - 1].lo);
  // "…, the company said on Wednesday, blaming …": a participle after a comma goes on with the
  // sentence's last speaker, not with a noun phrase before that speaker's clause
  const goesOn = participle && lastSpeaker !== null && cue.first > 0 && toks[cue.first - 1].lo === ',';
  let speaker = afterPreposition ? null : goesOn ? lastSpeaker : subjectBefore(toks, cue.first, 0);
  const coordinated = cue.first > 0 && (toks[cue.first - 1].lo === 'and' || toks[cue.first - 1].lo === 'but');
  if (!speaker && (afterPreposition || participle || coordinated)) speaker = lastSpeaker ?? speakerOfQuoteBefore(quotes, toks[cue.first].s) ?? clauseSubject(toks, cue.first);
  // "A poll out this week shows ...", "Her campaign workers here said ...": the noun phrase that
  // opens the sentence, when only a few words with no verb stand between it and the cue
  if (!speaker && !afterPreposition && !participle && !coordinated && !toks[cue.first].cap) speaker = openingSubject(toks, cue.first);
  if (!speaker) return null;
  // "continue" reports speech only before what was said ("He continued: ...", "continued that ..."):
  // "the walkout would continue until ..." is no claim
  if (cue.lemma === 'continue' && cue.after < toks.length && !toks[cue.after].punct && toks[cue.after].lo !== 'that') return null;
  // "was called", "have been charged": the subject does not speak
  if (cue.lemma !== 'ask' && cue.lemma !== 'expect' && !STATE_ADJECTIVES.has(cue.lemma)) {
    for (let k = cue.first; k < cue.verb; k++) if (PASSIVE.has(toks[k].lo) && !participle) return null;
  }
  // "They met pastors saying ...": a participle right after a verb's object modifies it, unless
  // "with" opens the phrase ("with Mr Putin saying ..."); after a noun phrase that opens its
  // clause or follows a preposition it is the noun's attribution ("Pastors supporting the plan
  // ...", "a rally of voters opposing the dam": PolNeAR credits the noun), but not after a verb
  // ("stop attacking") or inside another claim of the sentence
  // ("began by saying", "despite admitting": a preposition before the participle is no noun)
  const prevWord = cue.first > 0 ? toks[cue.first - 1] : null;
  let span = cue.span;
  if (participle && cue.first === cue.verb && prevWord && !prevWord.punct && !GERUND_PREPOSITIONS.has(prevWord.lo) && contractedAuxiliary(prevWord.lo) === 0 && speaker) {
    let k = cue.first - 1;
    while (k > 0 && toks[k].s > speaker[0]) k--;
    const opens = k === 0 || toks[k - 1].punct || NP_OPENERS.has(toks[k - 1].lo);
    const ownPhrase = opens && !ASPECT_VERBS.has(prevWord.lo) && !nestedIn;
    const issuer = k > 0 && toks[k - 1].lo === 'with' ? -1 : issuedBefore(toks, cue.first);
    if (issuer >= 0) {
      // "The mayor issued a statement Tuesday saying ...": the cue runs from the issuing verb
      speaker = subjectBefore(toks, issuer, 0);
      if (!speaker) return null;
      span = [toks[issuer].s, cue.span[1]];
    } else if (!(k > 0 && toks[k - 1].lo === 'with') && !ownPhrase) return null;
  }
  // "called in to a town hall", "showed up": a phrasal verb, not a statement
  // (not a verb before a phrase that leads to a "that": "alleged in the suit that ...", "didn't
  // know at the time that ..."; but "called in to a show that airs ...")
  const next = toks[cue.after];
  if (next && PHRASAL.has(next.lo) && cue.after === cue.verb + 1 && !SPEECH_LEMMAS.has(cue.lemma) && !(surelyVerb(toks, cue) && !PREPOSITIONS.has(toks[cue.after + 1]?.lo ?? '') && thatAfterPhrase(toks, cue.after) >= 0)) return null;
  let a = cue.after;
  // "told reporters that ...", "asked her whether ...": past the addressee (after "ask" only before
  // a question word: "asked Congress to act" has the addressee in its content)
  if ((cue.frame === 'tell' || cue.lemma === 'ask') && a < toks.length) {
    let b = a;
    if (ADDRESSEE_PRONOUNS.has(toks[b].lo)) b++;
    else {
      const np = npAfter(toks, b, toks.length);
      if (np) while (b < toks.length && toks[b].e <= np[1]) b++;
    }
    if (cue.frame === 'tell' || (b > a && b < toks.length && ASK_WH.has(toks[b].lo))) a = b;
  }
  // "said — on Twitter, as it happens — that ...": past a phrase between dashes
  if (a < toks.length && (toks[a].lo === '—' || toks[a].lo === '–')) {
    let k = a + 1;
    while (k < toks.length && k < a + 14 && toks[k].lo !== toks[a].lo) k++;
    if (k < toks.length - 1 && toks[k].lo === toks[a].lo) a = k + 1;
  }
  // "said in a statement on Tuesday that ...", "saying before the meeting that ..."; not "agreed
  // to back the plan", whose infinitive is the content. The content opens with the "that"
  // ("said that the bridge ...": PolNeAR train includes it 2,144 times, leaves it out 12)
  if (a < toks.length && PP_START.has(toks[a].lo) && !infinitive(toks, a)) {
    const that = thatAfterPhrase(toks, a);
    if (that >= 0) a = that;
    else if (cue.frame !== 'object') a = skipPhrase(toks, a);
  }
  if (a < toks.length && toks[a].punct && RE_COMMA_OR_COLON.test(toks[a].lo)) a++;
  if (a >= toks.length - 1) return null;
  // content opens with a word, a quotation mark or an amount: "added that £5.6bn had been committed"
  const amount = CURRENCY.test(toks[a].lo) && toks[a + 1].s === toks[a].e && isDigitCode(toks[a + 1].lo.charCodeAt(0));
  if (toks[a].punct && !OPEN_QUOTE.test(toks[a].lo) && !amount) return null;
  let end = clauseEnd(toks, a, participle);
  // "said turnout rose 4 percent, compared with 2012": a comparison after a comma is the writer's
  // (train: PolNeAR's content stops before it 11 times, runs on 2)
  for (let k = a + 1; k < end; k++) if (toks[k].lo === ',' && toks[k + 1].lo === 'compared' && !inQuote(quotes, toks[k].s)) {
    end = k - 1;
    break;
  }
  // "Mishustin, who called for closer ties, left": the relative clause ends at its comma
  if (cue.first >= 2 && toks[cue.first - 1].lo === 'who' && toks[cue.first - 2].lo === ',') {
    for (let k = a + 1; k < end; k++) if (toks[k].lo === ',') {
      end = k - 1;
      break;
    }
  }
  // "While Ramos said that ..., he seemed uneasy": a cue in a subordinate clause that opens the
  // sentence reports that clause only, to the comma before the main clause's subject (a capital,
  // pronoun or determiner: not a list's comma, "higher wages, shorter shifts and more staff")
  const opener = toks[0].lo === 'but' || toks[0].lo === 'and' ? 1 : 0;
  if (opener < cue.first && SUBORDINATORS.has(toks[opener].lo)) {
    let comma = opener + 1;
    while (comma < cue.first && toks[comma].lo !== ',') comma++;
    if (comma === cue.first) for (let k = a + 1; k < end; k++) if (toks[k].lo === ',' && mainClauseStart(toks[k + 1])) {
      end = k - 1;
      break;
    }
  }
  // "Mayor Lund's call for a levy on ferries angered the pilots", "Mr Lie's warning that 40 jobs
  // were at risk was dismissed": a cue after a possessive is a noun, and its content (the noun's
  // complement) ends before the verb of the clause the noun phrase is in
  // (only for a complement right after the cue that a particle, "that", "to" or a preposition opens:
  // not "Under Ms Lo's plan, taxpayers would pay ...", "On Saturday's call Pelosi was ...")
  const opensComplement = a === cue.after && (cue.after > cue.verb + 1 || COMPLEMENT_OPENERS.has(toks[a].lo));
  // (nor before a quotation that the cut would leave out, which this cue attributes: 'Lo's tweet
  // to invite Ida was only "a joke"')
  if (opensComplement && cue.first > 0 && isPossessive(toks[cue.first - 1].lo) && speaker[1] === toks[cue.first - 1].e) {
    const cut = complementEnd(toks, a, end);
    if (cut < end && !overlapsQuote(quotes, toks[cut + 1].s, toks[end].e)) end = cut;
  }
  end = beforeDashAside(toks, a, beforeAside(toks, a, end, quotes), quotes);
  const content = contentSpan(toks, a, end);
  if (!content) return null;
  return { kind: 'claim', span: content, speaker, cue: span, rule: 'claim.cue-content' };
}

/**
 * The "that" that ends a phrase opening at token a ("in a statement on Tuesday | that"), within 9
 * tokens, no punctuation but commas and no verb "is" ("learned in this campaign is that"), or -1;
 * not a "that" after a preposition ("concluded in that case that ...").
 */
function thatAfterPhrase(toks: Token[], a: number): number {
  if (!PP_START.has(toks[a].lo)) return -1;
  for (let k = a; k < toks.length && k < a + 9; k++) {
    if (toks[k].lo === 'that' && !(k > a && PREPOSITIONS.has(toks[k - 1].lo))) return k;
    if ((toks[k].punct && toks[k].lo !== ',') || PASSIVE.has(toks[k].lo)) break;
  }
  return -1;
}
const PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'to', 'through', 'via', 'from', 'over', 'about', 'of', 'with']);

/** Is the cue surely a verb, not a noun ("an old quip in economics that", "fueling worries from ... that")? An -ed or -ing form, or one after an auxiliary. */
const surelyVerb = (toks: Token[], cue: Cue): boolean => cue.first < cue.verb || toks[cue.verb].lo.endsWith('ed') || toks[cue.verb].lo.endsWith('ing');

/**
 * "... a win in Texas, which votes on March 1.", "... a levy on ferries, a move that angered the
 * pilots": a relative clause on a name, or a noun phrase set beside what comes before, after a
 * comma and running to the end of the content is the writer's note, not what was said (unless it
 * holds a quotation: 'a large turnout, which “will help elect ...”'). The last token before that
 * comma, or end.
 */
function beforeAside(toks: Token[], a: number, end: number, quotes: Found[]): number {
  for (let k = end - 1; k > a + 1; k--) {
    if (toks[k].lo !== ',') continue;
    const aside = (RELATIVE_OPENERS.has(toks[k + 1].lo) && toks[k - 1].cap) || apposition(toks, k + 1, end);
    return aside && !overlapsQuote(quotes, toks[k].s, toks[end].e) ? k - 1 : end;
  }
  return end;
}
const APPOSITION_OPENERS = new Set(['a', 'an', 'the']);
/**
 * Are tokens [k, end] a noun phrase set beside the one before it (", the Republican nominee", ", a
 * requirement that tilts the process"), not a list's last items (", the deal and the court"), a
 * clause (", a one-eyed man is king") nor a quotation's words?
 */
function apposition(toks: Token[], k: number, end: number): boolean {
  if (!APPOSITION_OPENERS.has(toks[k].lo) || k + 1 > end) return false;
  // (not a name, which says what the noun before it is: ", the Affordable Care Act", ", the Democratic Party")
  if (toks[k + 1].cap && k + 2 <= end && toks[k + 2].cap) return false;
  for (let j = k + 1; j <= end; j++) if (LIST_WORDS.has(toks[j].lo) || finiteAt(toks, j) || OPEN_QUOTE.test(toks[j].lo) || CLOSE_QUOTE.test(toks[j].lo)) return false;
  return true;
}
const LIST_WORDS = new Set(['and', 'or', 'nor']);

/**
 * "... a single-payer system — a dream for many Democrats.", "... in Iowa — but there are warning
 * signs", "... in May - Clinton already would have won": after a last dash that no second dash
 * closes, a noun phrase set beside the content, a contrast or a clause with its own subject and verb
 * is the writer's, not what was said ("— including Jeb Bush", "— and more" stay). The last token
 * before that dash, or end.
 */
function beforeDashAside(toks: Token[], a: number, end: number, quotes: Found[]): number {
  let dash = -1;
  let dashes = 0;
  for (let k = a + 1; k < end; k++) {
    if (!dashAt(toks, k) || (toks[k - 1].lo === '-' && toks[k].lo === '-')) continue;
    dashes++;
    dash = k;
  }
  if (dashes % 2 === 0) return end;
  let j = dash + 1;
  while (j < end && toks[j].lo === '-') j++;
  const w = toks[j];
  const aside = (CONTRAST.has(w.lo) && !ellipticContrast(toks, j)) || w.lo === 'even' || apposition(toks, j, end) || clauseOpens(toks, j, end);
  return aside && !overlapsQuote(quotes, toks[dash].s, toks[end].e) ? dash - 1 : end;
}
/** Is token k a dash between words ("—", "–", a spaced "-" or "--"), not a hyphen inside one ("U.S.-Mexico")? */
const dashAt = (toks: Token[], k: number): boolean => toks[k].lo === '—' || toks[k].lo === '–' || (toks[k].lo === '-' && toks[k].s !== toks[k - 1].e);
/**
 * Does a clause with its own subject open at token j: a pronoun, name or determiner, then a finite
 * verb within a few words (not one of a relative clause: "the wall that would run ...")?
 */
function clauseOpens(toks: Token[], j: number, end: number): boolean {
  if (!mainClauseStart(toks[j]) && !isPronoun(toks[j])) return false;
  for (let k = j + 1; k <= end && k <= j + 5; k++) {
    if (toks[k].punct || CLAUSE_OPENERS.has(toks[k].lo)) return false;
    if (finiteAt(toks, k)) return true;
  }
  return false;
}

/** Words that open a noun's complement: "call for", "warning that", "plan to". */
const COMPLEMENT_OPENERS = new Set(['that', 'to', 'for', 'on', 'of', 'about', 'against', 'over', 'with']);
/** Auxiliaries and forms of "be" and "have" that are finite verbs: "was", "have", "would", "can’t". */
const finiteAux = (lo: string): boolean => lo === 'is' || lo === 'are' || lo === 'was' || lo === 'were' || HAVE.has(lo) || DO.has(lo) || MODAL.test(lo);
/** Words after which a finite form is no verb of a new clause: "to have", "and would", "who are". */
const NO_MAIN_AFTER = new Set(['to', 'and', 'or', 'but', 'not', 'that', 'who', 'which', 'whom', 'whose', 'what', 'where', 'when', 'why', 'how', 'whether', 'if', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'there', 'this']);
/** Words that open a clause of their own inside a complement, with its own finite verb. */
const CLAUSE_OPENERS = new Set(['that', 'who', 'which', 'whom', 'whose', 'what', 'where', 'when', 'why', 'how', 'whether', 'if']);

/** Words that open a verb's object: "angered | the pilots", "led | to". */
const OBJECT_START = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'him', 'them', 'us', 'me', 'this', 'these', 'those', 'some', 'many']);
/** The same after an -s form, which may be a plural noun before a determiner ("attacks on Muslims this week"). */
const OBJECT_START_S = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'him', 'them', 'us', 'me']);
const RE_ED_FORM = /[a-z]{3}ed$/;
const RE_S_FORM = /[a-z]{3}[^su']s$/;
/**
 * Is token k a past or present form of a verb before its object ("angered the pilots", "helps
 * them", "led to")? A lower-case word only.
 */
function pastOrPresentBeforeObject(toks: Token[], k: number): boolean {
  const t = toks[k];
  const next = toks[k + 1];
  if (t.cap || next === undefined || next.punct) return false;
  if (RE_ED_FORM.test(t.lo)) return OBJECT_START.has(next.lo);
  if (IRREGULAR_PAST.has(t.lo) || t.lo === 'put' || t.lo === 'set') return OBJECT_START.has(next.lo) || next.lo === 'to';
  return RE_S_FORM.test(t.lo) && OBJECT_START_S.has(next.lo);
}

/**
 * Last token of a noun's complement that starts at a and runs at most to end: before the first
 * finite verb that follows a word of the complement ("a levy on ferries | angered", "to deport
 * them | have put"), past the own verb of a clause inside it ("that jobs were at risk | was").
 * End when no such verb is found before punctuation other than quotation marks and paired dashes.
 */
function complementEnd(toks: Token[], a: number, end: number): number {
  let open = CLAUSE_OPENERS.has(toks[a].lo); // a clause whose own verb is still to come
  for (let k = a + 1; k <= end; k++) {
    const t = toks[k];
    if (t.punct) {
      if (OPEN_QUOTE.test(t.lo) || CLOSE_QUOTE.test(t.lo)) continue;
      // a hyphen inside a word: "the U.S.-Mexico border"
      if (t.lo === '-' && toks[k - 1].e === t.s && toks[k + 1]?.s === t.e) continue;
      if (t.lo === '—' || t.lo === '–' || t.lo === '-' || t.lo === '(') {
        const close = t.lo === '(' ? ')' : t.lo;
        let j = k + 1;
        while (j <= end && j < k + 20 && toks[j].lo !== close) j++;
        if (j <= end && toks[j].lo === close) {
          k = j;
          continue;
        }
      }
      // "Despite Ms Lo's claims that the mill was sold, the board ...", "Lo's plan to sell the
      // mill: no": a comma, colon or semicolon ends the noun phrase (with a quotation it closes:
      // 'Lo's claim that the port “was sold,” ...')
      if ((t.lo === ',' || t.lo === ':' || t.lo === ';') && k > a) return t.lo === ',' && k + 1 <= end && CLOSE_QUOTE.test(toks[k + 1].lo) ? k + 1 : k - 1;
      return end;
    }
    if (CLAUSE_OPENERS.has(t.lo)) {
      open = true;
      continue;
    }
    if (!finiteAux(t.lo) && !pastOrPresentBeforeObject(toks, k)) continue;
    const prev = toks[k - 1];
    if (open) {
      open = false;
      continue;
    }
    if (prev.punct && !CLOSE_QUOTE.test(prev.lo)) continue;
    if (NO_MAIN_AFTER.has(prev.lo) || finiteAux(prev.lo) || PASSIVE.has(prev.lo)) continue;
    return k - 1;
  }
  return end;
}

/**
 * Index of the first word of "issued", "has released", "quickly sent out" ... before a
 * determiner, up to seven words before token `before` ("issued a statement Tuesday | saying"),
 * with no punctuation between; -1 when there is none.
 */
function issuedBefore(toks: Token[], before: number): number {
  for (let v = before - 2; v >= 0 && v >= before - 8; v--) {
    if (toks[v].punct) return -1;
    if (!ISSUING.has(toks[v].lo)) continue;
    let d = v + 1;
    if (toks[d].lo === 'out') d++;
    if (d >= before || !ISSUED_DETERMINERS.has(toks[d].lo)) return -1;
    let first = v;
    while (first > 0 && !toks[first - 1].punct && (CUE_PREFIX.has(toks[first - 1].lo) || toks[first - 1].lo.endsWith('ly'))) first--;
    return first;
  }
  return -1;
}
/** Verbs that issue a text whose participle then reports ("released a statement saying"). */
const ISSUING = new Set(['issued', 'issues', 'released', 'releases', 'sent', 'sends', 'published', 'publishes', 'posted', 'posts', 'put', 'puts', 'filed', 'files', 'approved', 'approves', 'signed', 'signs', 'passed', 'passes', 'adopted', 'unveiled', 'unveils', 'blasted', 'shared', 'shares', 'ran', 'runs', 'aired', 'airs', 'launched', 'launches', 'wrote', 'writes', 'introduced', 'introduces']);
const ISSUED_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'two', 'three', 'several', 'new']);

/**
 * "Rubio hit back again, saying ...", "The senator voted no and says ...": the subject that opens
 * the sentence (after a short opener such as "In March,"), a name or a pronoun followed by its verb.
 */
function clauseSubject(toks: Token[], before: number): Span | null {
  let p = datelineEnd(toks);
  if (INTRO.has(toks[0].lo)) {
    while (p < before && p < 10 && toks[p].lo !== ',') p++;
    p++;
  }
  if (p >= before) return null;
  const np: Span | null = isPronoun(toks[p]) ? [toks[p].s, toks[p].e] : toks[p].cap ? npAfter(toks, p, before) : null;
  if (!np || toks[p].lo === 'it') return null; // "It was late, saying ..." names no one
  // (up to a verb the noun-phrase reader took in: "The mayor | met workers at the plant and said")
  let k = untilIrregularPast(toks, p, np[1], before);
  if (k > p && toks[k].s < np[1]) np[1] = toks[k - 1].e;
  if (!isPronoun(toks[p]) && !RE_ARTICLE_WORD.test(toks[p].lo)) {
    // a name is its capitalised words: "Mayor Ruiz | hit back"
    let c = p + 1;
    while (c < k && (toks[c].cap || (toks[c].punct && toks[c].lo === '.'))) c++;
    np[1] = toks[c - 1].e;
    k = c;
  }
  // "Sen. Ann Lo (D-Vt.) defended ...": a parenthesis after the name
  if (toks[k]?.lo === '(') {
    while (k < before && toks[k].lo !== ')') k++;
    k++;
  }
  // "Dean, a doctor, then appeared ...": a short appositive after the name
  if (toks[k]?.lo === ',' && !isPronoun(toks[p])) {
    let j = k + 1;
    while (j < before && j < k + 12 && !toks[j].punct) j++;
    if (toks[j]?.lo === ',') k = j + 1;
  }
  return k < before && !toks[k].punct ? np : null;
}

/** The subject that opens the sentence with no verb or clause break between it and token `before`, or null. */
function openingSubject(toks: Token[], before: number): Span | null {
  let np = clauseSubject(toks, before);
  if (!np) return null;
  let k = 0;
  while (k < before && toks[k].s < np[1]) k++;
  // "Her campaign workers here said": a possessive opens the noun phrase
  if (k < before && POSSESSIVES.has(toks[k - 1].lo) && toks[k - 1].s === np[0]) {
    const whole = npAfter(toks, k, before);
    if (!whole) return null;
    np = [np[0], whole[1]];
    while (k < before && toks[k].s < np[1]) k++;
  }
  if (before - k > 8) return null;
  for (let j = k; j < before; j++) {
    const w = toks[j].lo;
    // "Sen. Ann Lo (D-Vt.) last week said": past a bracket after the name
    if (w === '(' && j === k) {
      let c = j + 1;
      while (c < before && c < j + 8 && toks[c].lo !== ')') c++;
      if (c < before && toks[c].lo === ')') {
        j = c;
        continue;
      }
    }
    if (toks[j].punct || OPENING_GAP_STOP.has(w) || finiteAt(toks, j) || isVerbForm(w) || (!toks[j].cap && RE_VERB_SHAPE.test(w) && !w.endsWith('s'))) return null;
  }
  return np;
}
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const OPENING_GAP_STOP = new Set(['who', 'which', 'that', 'whose', 'whom', 'and', 'or', 'but', 'if', 'when', 'while', 'because', 'as', 'than', 'to']);

/** Does an infinitive start at token a ("to back the plan", not "to reporters", "to the press")? */
function infinitive(toks: Token[], a: number): boolean {
  const v = toks[a + 1];
  return toks[a].lo === 'to' && v !== undefined && !v.punct && !v.cap && !v.lo.endsWith('s') && !NOT_INFINITIVE.has(v.lo);
}
const NOT_INFINITIVE = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'him', 'them', 'me', 'us', 'you', 'it', 'what', 'which', 'whom', 'some', 'many', 'all', 'both', 'each', 'every', 'no', 'one', 'two', 'three', 'local', 'reporters', 'date']);

/** Past a short prepositional or time phrase: "said on Friday he met ...". */
function skipPhrase(toks: Token[], a: number): number {
  let k = a;
  if (!DAYS.has(toks[k].lo)) {
    k++;
    if (k < toks.length && DAYS.has(toks[k].lo)) k++;
    else {
      const np = npAfter(toks, k, toks.length);
      if (!np) return a;
      while (k < toks.length && toks[k].e <= np[1]) k++;
    }
  } else k++;
  if (k < toks.length && toks[k].lo === ',') k++;
  return k < toks.length - 1 ? k : a;
}

/** The speaker of a quotation ending before `pos` in the sentence ("“…,” Mr Xi said, adding that"). */
function speakerOfQuoteBefore(quotes: Found[], pos: number): Span | null {
  let best: Span | null = null;
  for (const q of quotes) if (q.span[1] <= pos && q.speaker) best = q.speaker;
  return best;
}

/** Verbs before an -ing complement, not nouns: "stop attacking", "continued supporting". */
const ASPECT_VERBS = new Set(['stop', 'stopped', 'stops', 'continue', 'continued', 'continues', 'keep', 'kept', 'keeps', 'start', 'started', 'starts', 'begin', 'began', 'begins', 'quit', 'avoid', 'avoids', 'avoided', 'finish', 'finished', 'resume', 'resumed']);
/** Words before a noun phrase that is not a verb's object: "a rally of voters opposing ...". */
const NP_OPENERS = new Set(['of', 'for', 'from', 'among', 'by', 'to', 'like', 'and', 'including', 'as']);
/** Prepositions before a participle cue ("by saying", "despite admitting"). */
const GERUND_PREPOSITIONS = new Set(['by', 'after', 'before', 'while', 'when', 'without', 'despite', 'since', 'upon', 'besides']);

const INTRO = new Set(['in', 'on', 'at', 'for', 'after', 'before', 'during', 'since', 'as', 'with', 'when', 'while', 'by', 'from', 'under', 'still', 'but', 'and', 'yet', 'so', 'now', 'then', 'also', 'later', 'earlier']);

/**
 * A quotation no cue word explains, inside a clause with a named or pronoun subject and a verb
 * before it: "Clinton has increasingly decried the issue of “systemic racism”". The subject is
 * taken as the speaker and the verb as the cue (rule quote.verb-before), and the clause from the
 * verb on becomes a claim (claim.verb-quote). Bounded: one sentence per such quotation.
 */
export function verbQuoteClaims(text: string, quotes: Found[]): Found[] {
  const out: Found[] = [];
  // the sentence of the last quotation looked at, tokenised once (keeps the cost linear)
  let ss = -1;
  let se = -1;
  let cached: Token[] = [];
  let lastCue = -1;
  for (let qk = 0; qk < quotes.length; qk++) {
    const q = quotes[qk]; // (an unoptimised for...of makes an iterator result per quotation)
    // a follow-on after a colon has no cue of its own: a label before the colon may give both
    if ((q.rule === 'quote.unattributed' || (q.rule === 'quote.follow-on' && !q.cue)) && (headlineQuote(text, q) || trailingCue(text, q))) continue;
    if (q.rule !== 'quote.unattributed') continue;
    if (q.span[0] < ss || q.span[0] >= se) {
      [ss, se] = sentenceAt(text, q.span[0]);
      if (se <= q.span[0]) se = q.span[0] + 1;
      cached = tokensIn(VERB_QUOTE_POOL, text, ss, Math.min(se, ss + 4000));
    }
    if (q.span[0] <= ss) continue;
    const toks = cached;
    if (toks.length === 0 || toks.length > MAX_SENTENCE_TOKENS) continue;
    let p = 0;
    if (INTRO.has(toks[0].lo)) {
      while (p < toks.length && p < 12 && toks[p].lo !== ',') p++;
      p++;
    }
    let np = npAfter(toks, p, toks.length);
    if (!np) continue;
    let k = p;
    while (k < toks.length && toks[k].e <= np[1]) k++;
    // "Trump openly admires Putin": a lower-case adverb ends the subject (the noun-phrase rules
    // run on over it to the capitalised words after the verb)
    for (let j = p + 1; j < k; j++) {
      if (!toks[j].cap && !toks[j].punct && RE_LY_ADVERB.test(toks[j].lo)) {
        np = [np[0], toks[j - 1].e];
        k = j;
        break;
      }
    }
    let named = false;
    for (let j = p; j < k; j++) if ((toks[j].cap && !INTRO.has(toks[j].lo) && !RE_DETERMINER_WORD.test(toks[j].lo)) || isPronoun(toks[j])) named = true;
    if (!named || (k - p === 1 && toks[p].lo === 'it')) continue;
    if (toks[k]?.lo === '(') {
      // "Harry Reid (D-Nev.), in particular, has been pounding ..."
      while (k < toks.length && k < p + 20 && toks[k].lo !== ')') k++;
      k++;
    }
    if (toks[k]?.lo === ',') {
      // "Cruz, the Texas senator, praised ..."
      let j = k + 1;
      while (j < toks.length && j < k + 14 && toks[j].lo !== ',' && toks[j].s < q.span[0]) j++;
      if (toks[j]?.lo !== ',') continue;
      k = j + 1;
    }
    const first = k;
    while (k < toks.length && !toks[k].punct && (CUE_PREFIX.has(toks[k].lo) || toks[k].lo.endsWith('ly'))) k++;
    const verb = toks[k];
    if (!verb || verb.punct || verb.cap || verb.s >= q.span[0] || !RE_VERB_SHAPE.test(verb.lo) || BREAK_VERBS.has(verb.lo)) continue;
    if (first < k && !CUE_PREFIX.has(toks[first].lo) && !toks[first].lo.endsWith('ly')) continue;
    let a = k + 1;
    // "dispensed with", "lashes out at", "ticked off": a particle right after the verb belongs to
    // the cue (PolNeAR train: 8 of 8 such cues of this rule)
    if (toks[a] && !toks[a].punct && VERB_QUOTE_PARTICLES.has(toks[a].lo)) a++;
    const cueEnd = toks[a - 1].e;
    if (toks[a]?.lo === 'that') a++;
    const end = clauseEnd(toks, a, verb.lo.endsWith('ing'));
    if (toks[end].e < q.span[1]) continue;
    const span = contentSpan(toks, a, end);
    if (!span) continue;
    // "He’s been pounding": the cue starts at a contracted auxiliary
    const aux = first > 0 ? contractedAuxiliary(toks[first - 1].lo) : 0;
    const cue: Span = [aux > 0 ? toks[first - 1].e - aux : toks[first].s, cueEnd];
    q.speaker = np;
    q.cue = cue;
    q.rule = 'quote.verb-before';
    if (cue[0] !== lastCue && span[1] - span[0] > (q.span[1] - q.span[0]) * 1.3) out.push({ kind: 'claim', span, speaker: np, cue, rule: 'claim.verb-quote' });
    lastCue = cue[0];
  }
  return out;
}

/** Token objects for verbQuoteClaims()'s sentence, overwritten at the next sentence it reads. */
const VERB_QUOTE_POOL = new TokenPool();
const RE_LY_ADVERB = /^[a-z]{3,}ly$/;

/** Particles of a phrasal verb no cue list holds: "dispensed with", "passed along", "rolled out". */
const VERB_QUOTE_PARTICLES = new Set(['with', 'along', 'out', 'off', 'up', 'of', 'against', 'about', 'for']);

/** Verb-looking words that are not verbs of a subject: "was", "has", "is", "news". */
const BREAK_VERBS = new Set(['was', 'has', 'is', 'does', 'this', 'thus', 'its', 'his', 'hers', 'news', 'towards', 'always', 'perhaps', 'sometimes', 'whereas', 'unless', 'across', 'during', 'bring', 'nothing', 'something', 'everything', 'anything', 'according', 'including', 'regarding', 'following', 'concerning']);

/** Code units a quotation's line is looked at back for its label (a long headline may stand before the dash). */
const HEADLINE_REACH = 400;
const HEADLINE_LABEL = /^([A-Z][\w’'.&-]*(?:\s[\w’'.&()-]+){0,9}):\s*$/;
/** Where a label may open inside a line: after a sentence end or a spaced dash ("... - Pew Research: “…”"). */
const LABEL_OPENER = /(?:(?<!\b(?:Mr|Mrs|Ms|Dr|Rep|Sen|Gov|Gen|Lt|Col|St|Jr|Sr|[A-Z]))[.!?]["”’]?|\s[-–—]+)\s+(?=[A-Z])/g;
/** A label that ends in a name ("Donald Trump", "Rep. Al Lee (R-Fla.)"), not in a clause ("she changed her answer"). */
const NAME_END = /(?:\b[A-Z][\w’'.-]*|\))$/;

/**
 * "Trump: ‘I’m the Worst Thing That Ever Happened’": a quotation after a short capitalised label
 * and a colon at a line start ("Senator Hammers Bank CEO: ‘…’", up to ten words) takes the label
 * as speaker and the colon as cue (rule quote.headline-colon, as claim.headline-colon for unquoted
 * text). Looks back 100 code units.
 */
function headlineQuote(text: string, q: Found): boolean {
  let s = q.span[0];
  while (s > 0 && s > q.span[0] - HEADLINE_REACH && text.charCodeAt(s - 1) !== 10) s--;
  if (s > 0 && text.charCodeAt(s - 1) !== 10) return false;
  // "... Bush: “…”", "... - Mark Lo: “…”": the label opens after the line's last sentence end or dash
  const line = text.slice(s, q.span[0]);
  let from = 0;
  for (const o of line.matchAll(LABEL_OPENER)) from = o.index + o[0].length;
  s += from;
  const m = HEADLINE_LABEL.exec(line.slice(from));
  if (!m || NOT_SOURCES.test(m[1])) return false;
  // a follow-on quotation keeps its speaker unless the label names one
  if (q.rule === 'quote.follow-on' && !NAME_END.test(m[1])) return false;
  const colon = s + m[1].length;
  q.speaker = [s, colon];
  q.cue = [colon, colon + 1];
  q.rule = 'quote.headline-colon';
  return true;
}

/**
 * Labels before a colon that name no source: notices and page furniture ("CLARIFICATION:",
 * "BYLINE:", "Twitter:"), a live blog's running head ("The Latest:") and a headline's opening
 * interjection ("BOOM:", "Revealed:", "Wow:"), whose line credits someone named after it if anyone.
 */
const NOT_SOURCES = /^(?:note|editor’s note|editor's note|update|updated|corrections?|clarifications?|related|watch|photos?|video|read more|see also|source|sources|q|a|advertisement|by|byline|from|via|and|but|the|this|here|now|live|breaking|exclusive|opinion|analysis|contributing|contributors?|credits?|reporting|additional reporting|editing|writing|reporting by|edited by|written by|follow|e-?mail|twitter|facebook|instagram|paid notice|the latest|boom|look|wow|revealed|bombshell|busted|just leaked|just in)$/i;
const HEADLINE = /^((?:[A-Z][\w’'.&-]*\s){0,3}[A-Z][\w’'.&-]*):\s+(\S[^\n]{8,})$/;

/**
 * "Poll: Trump leads in Ohio", "Lynch: No outside influence on FBI probe": a line that opens
 * with a short capitalised source and a colon (headlines, transcripts). Rule claim.headline-colon.
 * One look at each line with a colon; lines over 400 code units are skipped.
 */
export function headlineClaims(text: string, taken: Found[]): Found[] {
  const out: Found[] = [];
  // made at the first headline line only (most texts have none)
  let starts: Set<number> | null = null;
  let lowerWords: Map<string, boolean> | null = null;
  // HEADLINE needs a colon: only lines with one are looked at, found from the colons (indexOf
  // skips the text between them far faster than a look at each line start and its code units)
  for (let c = text.indexOf(':'); c >= 0; ) {
    // the line around the colon (the search back stops at the previous line's end at the latest)
    const s = text.lastIndexOf('\n', c) + 1;
    let e = text.indexOf('\n', c);
    if (e < 0) e = text.length;
    c = text.indexOf(':', e);
    // ... with a capital A-Z first
    const first = text.charCodeAt(s);
    if (e - s <= 400 && e - s > 12 && first >= 0x41 && first <= 0x5a) {
      const m = HEADLINE.exec(text.slice(s, e).trimEnd());
      if (m && !NOT_SOURCES.test(m[1]) && !phraseLabel(m[1])) {
        const colon = s + m[1].length;
        let cs = colon + 1;
        while (text[cs] === ' ') cs++;
        let ce = s + m[0].length;
        while (ce > cs && RE_PERIOD_OR_SPACE.test(text[ce - 1])) ce--;
        if (ce > cs && !(starts ??= new Set(taken.map((f) => f.span[0]))).has(cs) && !QUOTE_OPEN_AT.test(text[cs]) && !sectionTitle(text, m[1], cs, ce, (lowerWords ??= new Map()))) {
          out.push({ kind: 'claim', span: [cs, ce], speaker: [s, colon], cue: [colon, colon + 1], rule: 'claim.headline-colon' });
        }
      }
    }
  }
  return out;
}
const QUOTE_OPEN_AT = /["“‘«„]/;
/**
 * A label of several words with a function word in it is a headline's phrase, not a source: "Big
 * Win For Bernie:", "Stealth Over Health:", "The Ninth Circle:", "Clinton Wades In:" (train: 5
 * such labels, none a gold source; the sources are names: "Paul Ryan:", "NY Daily News:").
 */
function phraseLabel(label: string): boolean {
  const words = label.split(' ');
  return words.length > 1 && words.some((w) => LABEL_FUNCTION_WORDS.has(w.toLowerCase()));
}
const LABEL_FUNCTION_WORDS = new Set(['the', 'a', 'an', 'for', 'over', 'in', 'is', 'are', 'was', 'on', 'to', 'at', 'with', 'by', 'from']);

/**
 * "The Gap Goes On: It was under ... . He has championed ...": a paragraph of several sentences
 * after a label of common words (one of them in lower case elsewhere in the text) is a section
 * under its title, not a source's words; a transcript's speaker ("TAPPER:", "Matthews:") keeps
 * them. Train: the ten such paragraphs gold credits to the label have a name or capitals for it;
 * the two with a word label ("So:", "Superdelegates:") have another cue.
 */
function sectionTitle(text: string, label: string, cs: number, ce: number, seen: Map<string, boolean>): boolean {
  if (sentenceAt(text, cs)[1] >= ce || label === label.toUpperCase()) return false;
  for (const w of label.split(' ')) {
    const lower = w.toLowerCase();
    if (lower === w) return true;
    // each word is looked for once per text (a transcript repeats its labels line after line)
    let found = seen.get(lower);
    if (found === undefined) {
      found = false;
      for (let k = text.indexOf(lower); k >= 0 && !found; k = text.indexOf(lower, k + 1)) found = !LETTER.test(text[k - 1] ?? ' ') && !LETTER.test(text[k + lower.length] ?? ' ');
      seen.set(lower, found);
    }
    if (found) return true;
  }
  return false;
}
const LETTER = /\p{L}/u;

/**
 * "In a Register poll released Monday, Mr Lo had a 10-point lead.": a poll or survey named by a
 * sentence-opening "In" is the source of the rest of the sentence (rule claim.in-poll; PolNeAR
 * train credits 14 of 19 such sentences, cue "In"). A participle phrase after the poll's comma
 * ("In the latest poll, conducted in May, ...") belongs to the source.
 */
export function pollClaims(text: string): Found[] {
  const out: Found[] = [];
  const bounds: Span = [0, 0];
  // each "In " found by indexOf (a pattern that opens with a sentence end is tried by the regular
  // expression engine at every code unit), then read on from there by IN_POLL
  let from = 0;
  for (let cue = text.indexOf('In '); cue >= 0; cue = text.indexOf('In ', from)) {
    from = cue + 1;
    if (!sentenceOpensAt(text, cue)) continue;
    IN_POLL.lastIndex = cue + 3;
    const m = IN_POLL.exec(text);
    if (!m) continue;
    from = IN_POLL.lastIndex; // the next "In " is after this one's comma
    let comma = cue + 3 + m[1].length;
    POLL_PARTICIPLE.lastIndex = comma + 1;
    const p = POLL_PARTICIPLE.exec(text);
    if (p) comma = p.index + p[0].length - 1;
    sentenceAt(text, cue, undefined, bounds);
    let cs = comma + 1;
    while (cs < bounds[1] && isWhiteSpaceCode(text.charCodeAt(cs))) cs++;
    let ce = bounds[1];
    while (ce > cs && RE_CONTENT_TAIL.test(text[ce - 1])) ce--;
    if (ce - cs < 12 || bounds[0] !== cue) continue;
    out.push({ kind: 'claim', span: [cs, ce], speaker: [cue + 3, cue + 3 + m[1].length], cue: [cue, cue + 2], rule: 'claim.in-poll' });
  }
  return out;
}
/** The poll after "In ", up to its comma. */
const IN_POLL = /((?:a|an|the|its|their|his|her)\b[^,.;:!?\n]{0,80}?\b(?:poll|polls|survey|surveys)\b[^,.;:!?\n]{0,50}?),/y;
/** Does a sentence open at offset k: the text start, a line start or after [.!?], a closing quotation mark and spaces or tabs? */
function sentenceOpensAt(text: string, k: number): boolean {
  if (k === 0 || text.charCodeAt(k - 1) === 0x0a) return true;
  let j = k;
  while (j > 0 && (text.charCodeAt(j - 1) === 0x20 || text.charCodeAt(j - 1) === 0x09)) j--;
  if (j === k || j === 0) return false;
  if (RE_CLOSING_MARK.test(text[j - 1])) j--;
  return j > 0 && RE_SENTENCE_END.test(text[j - 1]);
}
const RE_CLOSING_MARK = /["”’]/;
const RE_SENTENCE_END = /[.!?]/;
const POLL_PARTICIPLE = /\s*(?:conducted|released|taken|published|done)\b[^,.;:!?\n]{0,60},/y;
const RE_CONTENT_TAIL = /[\s.!?]/;
