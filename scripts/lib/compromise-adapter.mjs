// compromise (the JavaScript NLP peer, a dev dependency) with a thin adapter, so it can be
// scored and timed beside News Lens. What compromise gives: sentences, quotations
// (`.quotations()`), people (`.people()`) and part-of-speech tags, with UTF-16 offsets
// (`compute('offset')`, the same numbers `.json({ offset: true })` reports).
// What the adapter adds, and nothing more:
// - a quote's span is widened to take in its quotation marks (compromise's terms start at the
//   first word and keep the closing mark in their trailing punctuation);
// - speaker: the person compromise found in the same sentence, outside the quote, nearest to
//   it; cue: the nearest #Verb of that sentence outside the quote, preferring a speech verb
//   (said, told, added, ...); no claims (compromise has no reported speech);
// - person names drop leading terms compromise tags #Honorific ("Mr Xi" -> "Xi").
import nlp from 'compromise';

const QUOTE_MARKS = '"\'“”‘’«»„‚‹›「」『』';
const TRAILING = '.,;:!?…';
const SPEECH_VERBS = new Set(
  ('say says said saying tell tells told telling add adds added adding ask asks asked write writes wrote written ' +
    'state states stated claim claims claimed explain explains explained note notes noted argue argues argued ' +
    'insist insists insisted warn warns warned declare declares declared announce announces announced reply replies replied')
    .split(' '),
);

/** [start, end) of a run of compromise terms (offsets computed beforehand). */
const termsSpan = (terms) => [terms[0].offset.start, terms[terms.length - 1].offset.start + terms[terms.length - 1].offset.length];

function widenToMarks(text, [start, end]) {
  while (start > 0 && QUOTE_MARKS.includes(text[start - 1])) start -= 1;
  let j = end;
  while (j < text.length && (QUOTE_MARKS.includes(text[j]) || TRAILING.includes(text[j]))) {
    j += 1;
    if (QUOTE_MARKS.includes(text[j - 1])) end = j;
  }
  return [start, end];
}

const distance = (a, b) => (a[1] <= b[0] ? b[0] - a[1] : a[0] >= b[1] ? a[0] - b[1] : 0);
const inside = (s, outer) => s[0] >= outer[0] && s[1] <= outer[1];
const overlaps = (a, b) => Math.min(a[1], b[1]) > Math.max(a[0], b[0]);

function nearest(candidates, quote) {
  let best = null;
  for (const c of candidates) {
    if (inside(c.span, quote)) continue;
    if (best === null || distance(c.span, quote) < distance(best.span, quote)) best = c;
  }
  return best;
}

/** compromise's view of one document, in the scorer's terms: quotes, claims (none), person names. */
export function compromiseAnalysis(text) {
  const doc = nlp(text);
  doc.compute('offset');
  const sentences = doc.document.filter((s) => s.length).map((terms) => {
    const span = widenToMarks(text, termsSpan(terms));
    const verbs = terms.filter((t) => t.tags.has('Verb')).map((t) => ({ span: termsSpan([t]), speech: SPEECH_VERBS.has(t.normal) }));
    return { span, verbs };
  });
  const people = doc.people().docs.filter((terms) => terms.length).map((terms) => ({ span: termsSpan(terms), terms }));
  const quotes = [];
  for (const terms of doc.quotations().docs) {
    if (!terms.length) continue;
    const span = widenToMarks(text, termsSpan(terms));
    const sentence = sentences.find((s) => overlaps(s.span, span)) ?? { span, verbs: [] };
    const speaker = nearest(people.filter((p) => overlaps(p.span, sentence.span)), span);
    const sayVerbs = sentence.verbs.filter((v) => v.speech && !inside(v.span, span));
    const cue = nearest(sayVerbs.length ? sayVerbs : sentence.verbs, span);
    quotes.push({ kind: 'quote', span, speaker: speaker ? speaker.span : null, cue: cue ? cue.span : null });
  }
  const persons = people.map(({ terms }) => {
    let first = 0;
    while (first < terms.length - 1 && terms[first].tags.has('Honorific')) first += 1;
    return termsSpan(terms.slice(first));
  });
  return { quotes, claims: [], persons };
}
