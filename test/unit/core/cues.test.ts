import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { cueCandidates, isCueBlocked, verbEntry } from '../../../src/core/cues';
import { cueAt } from '../../../src/core/speaker';
import { tokens } from '../../../src/core/text';

/** The cue whose verb is the word `verb` in `text`, as text. */
function cueText(text: string, verb: string): string | null {
  const toks = tokens(text);
  const i = toks.findIndex((t) => t.lo === verb);
  const cue = i >= 0 ? cueAt(toks, i, 0) : null;
  return cue ? text.slice(cue.span[0], cue.span[1]) : null;
}

describe('cues: the reporting-verb lexicon', () => {
  const lemmas: Array<[string, string]> = [
    ['said', 'say'], ['says', 'say'], ['told', 'tell'], ['telling', 'tell'], ['added', 'add'], ['wrote', 'write'],
    ['dismissed', 'dismiss'], ['called', 'call'], ['denied', 'deny'], ['quipped', 'quip'], ['learned', 'learn'],
    ['stressed', 'stress'], ['argues', 'argue'], ['discussed', 'discuss'],
  ];
  for (const [form, lemma] of lemmas) it(`knows ${form} as a form of ${lemma}`, () => assert.equal(verbEntry(form)?.lemma, lemma));

  it('does not take ordinary words for cues', () => {
    for (const w of ['bridge', 'river', 'sad', 'salad', 'tall']) assert.equal(verbEntry(w), undefined, w);
  });

  it('blocks a cue word used as a noun or adjective after a determiner', () => {
    assert.equal(isCueBlocked('the', 'said'), true);
    assert.equal(isCueBlocked('her', 'report'), true);
    assert.equal(isCueBlocked('officials', 'said'), false);
    assert.equal(isCueBlocked('first', 'said'), false);
  });
});

describe('cues: candidate scan', () => {
  const at = (text: string): string[] => cueCandidates(text).map((i) => /^\S+/.exec(text.slice(i))![0]);
  it('finds cue words and skips look-alikes', () => {
    assert.deepEqual(at('The so-called deal, the said company and the Post: she said it, they told us.'), ['said', 'told']);
  });
  it('takes a capitalised cue only at a sentence start or as a headline verb', () => {
    assert.deepEqual(at('Stated Stone: no. The United States sent ships.'), ['Stated']);
    assert.deepEqual(at('Mayor Lund Says Harbour Deal Is Dead'), ['Says']);
  });
  it('skips a noun after a determiner and a day or month, not a verb after a preposition and one', () => {
    assert.deepEqual(at('Prices rose, the bureau said in a June report and at its Monday briefing.'), ['said']);
    assert.deepEqual(at('The agency in June reported that prices rose.'), ['reported']);
    assert.deepEqual(at('A survey in March found rents had doubled.'), ['found']);
  });
  it('skips an -ing form after a degree adverb (an adjective there)', () => {
    assert.deepEqual(at('The most telling moment came late and far less welcoming was the silence, she said then.'), ['said']);
  });
  it('skips "think" in "think tank", a noun', () => {
    assert.deepEqual(at('Analysts at the Harbour Institute think tank said rents would rise, and others think so.'), ['said', 'think']);
    assert.deepEqual(at('Economists think the rate will fall.'), ['think']);
  });
  it('"think tank" is inside the speaker phrase', () => {
    const text = 'Analysts at the Harbour Institute think tank cautioned that one month did not make a trend.';
    const c = analyze(text).claims;
    assert.equal(c.length, 1);
    assert.equal(text.slice(c[0].speaker![0], c[0].speaker![1]), 'Analysts at the Harbour Institute think tank');
  });
  it('skips cue words glued to letters or digits', () => {
    assert.deepEqual(at('unsaid saidx said2 re-said'), []);
  });
});

describe('cues: cue spans', () => {
  const table: Array<[string, string, string | null]> = [
    ['Mr Xi also said the talks went well.', 'said', 'also said'],
    ['Trump has repeatedly warned voters.', 'warned', 'has repeatedly warned'],
    ['The ministry did not go into further details.', 'go', 'did not go into'],
    ['Mishustin, who called for closer ties, left.', 'called', 'called for'],
    ['She pointed out that taxes rose.', 'pointed', 'pointed out'],
    ['The minister said: “We are ready.”', 'said', 'said:'],
    ['According to the agency, prices fell.', 'according', 'According to'],
    // adverbs in -ly and a contracted auxiliary open the cue; "family" is no adverb
    ['The mayor cynically dismissed the audit.', 'dismissed', 'cynically dismissed'],
    ['Ms Lo has openly admitted the error.', 'admitted', 'has openly admitted'],
    ['The family said it would appeal.', 'said', 'said'],
    ['He’s claiming that the vote was rigged.', 'claiming', '’s claiming'],
    ["They've suggested a new date.", 'suggested', "'ve suggested"],
    // particles PolNeAR takes into the cue, and one it leaves out ("described | as")
    ['The council agreed with the plan.', 'agreed', 'agreed with'],
    ['The coach warned against early bets.', 'warned', 'warned against'],
    ['The mayor railed against the budget.', 'railed', 'railed against'],
    ['She described the plan as reckless.', 'described', 'described'],
    ['She described as reckless a plan to close the port.', 'described', 'described'],
    // a generic "as" only after "known", "labeled", "criticized"
    ['The skipper admitted as much to the crew.', 'admitted', 'admitted'],
    ['The mayor blasted as reckless the plan to close the pier.', 'blasted', 'blasted'],
    ['The cove is known as the safest harbour on the coast.', 'known', 'is known as'],
    ['The levy is often labeled as a tax on bread.', 'labeled', 'is often labeled as'],
    ['The said company made a profit.', 'said', null],
    ['They went home early.', 'went', null],
    ['Her remarks drew criticism.', 'remarks', null],
    ['Ms Lo has won 900 pledged delegates so far.', 'pledged', null],
    ['Ann Lo, a contestant on the reality TV show, “The Harbour,” said her boss was kind.', 'show', null],
    ['Ms Lo, a judge on the TV show “Kessel Bakes”, said the pier was unsafe.', 'show', null],
    ['Kessel TV reports that the pier is unsafe.', 'reports', 'reports'],
    ['The harbour rule goes into effect in May.', 'goes', null],
    // "went on to", "continued to", "proceeded to" open the cue
    ['The mayor went on to say that the port would close.', 'say', 'went on to say'],
    ['Ms Lo continued to insist that the vote was fair.', 'insist', 'continued to insist'],
    ['Ms Lo pledged to cut the port fees.', 'pledged', 'pledged'],
    // the verb before "to" (with its auxiliaries) opens the cue of the verb after it; after a noun only "to"
    ['The skipper has taken to urging the crew to rest.', 'urging', 'has taken to urging'],
    ['The mayor was prompted to say that the pier would stay.', 'say', 'was prompted to say'],
    ['The harbour master interjected to ask whether the nets were torn.', 'ask', 'interjected to ask'],
    ['The storm drove the skipper to warn that the pier was unsafe.', 'warn', 'to warn'],
    ['The mayor walked in to chants of protest.', 'chants', 'chants of'],
    ['The skipper said the crew had left.', 'said', 'said'],
    ['The harbour master will announce the new fares.', 'announce', 'will announce'],
    // "well", "best", "quite", "ever", "twice" after an auxiliary open the cue with it
    ['The skipper has twice complained about the nets.', 'complained', 'has twice complained about'],
    ['The mayor can’t quite say when the pier will open.', 'say', 'can’t quite say'],
    ['The harbour board may well endorse the levy.', 'endorse', 'may well endorse'],
    ['The ferry line is best known for its late boats.', 'known', 'is best known for'],
    ['The old skipper well knows that the tides turn.', 'knows', 'knows'],
    ['The crew repaired the nets as well as discussing the route.', 'discussing', 'discussing'],
    // an adverb right after the verb, when nothing it could modify follows it
    ['“The ferry is late again,” the skipper said wearily.', 'said', 'said wearily'],
    ['The mayor has said repeatedly that the port will stay open.', 'said', 'has said repeatedly'],
    ['The harbour master added cheerfully: “More boats next week.”', 'added', 'added cheerfully:'],
    ['The council has proposed temporarily closing the north pier.', 'proposed', 'has proposed'],
    ['Ms Lo discussed recently published tide tables.', 'discussed', 'discussed'],
    ['The skipper said nearly half the crew had left.', 'said', 'said'],
    ['“Not this year,” the mayor said then.', 'said', 'said then'],
    ['The skipper said instead that the nets were torn.', 'said', 'said instead'],
    ['The board said then-mayor Lund had signed it.', 'said', 'said'],
    // "wrote on Facebook", "said with a grin"; "said on Twitter" stays "said"
    ['The skipper wrote on Facebook that the pier was closed.', 'wrote', 'wrote on Facebook'],
    ['The mayor said on Twitter that the pier was closed.', 'said', 'said'],
    ['“Not again,” Ms Lo said with a grin.', 'said', 'said with a grin'],
    ['The skipper pleaded guilty to overfishing.', 'pleaded', 'pleaded guilty'],
    ['The crew pleaded for more time.', 'pleaded', 'pleaded for'],
    // the issuing verb opens the cue of a participle after what it issued
    ['The port authority issued a statement saying the pier was safe.', 'saying', 'issued a statement saying'],
    ['The skipper also sent a short email calling the plan a mistake.', 'calling', 'also sent a short email calling'],
    ['Fishers read the statement saying the pier was safe.', 'saying', 'saying'],
    // a few plain words up to a colon that opens a quotation belong to the cue
    ['The mayor said on the radio: “The pier stays.”', 'said', 'said on the radio:'],
    ['Then she added a caveat: “Only in summer.”', 'added', 'added a caveat:'],
    ['The mayor told the radio: “The pier stays.”', 'told', 'told'],
    ['The mayor said before adding: “The pier stays.”', 'said', 'said'],
    ['The mayor said of the pier: “It stays.”', 'said', 'said'],
    // particles PolNeAR takes in with these verbs (train counts)
    ['The mayor called Friday for a new vote.', 'called', 'called Friday for'],
    // the part of the day goes with the weekday
    ['The mayor said Tuesday night that the ferry would run.', 'said', 'said Tuesday night'],
    ['The harbour master called Friday morning for a new vote.', 'called', 'called Friday morning for'],
    ['The mayor said Tuesday nights were quiet on the pier.', 'said', 'said Tuesday'],
    ['The mayor called out the ferry company.', 'called', 'called out'],
    ['We believe in a working harbour.', 'believe', 'believe in'],
    ['The skipper hinted at a new route.', 'hinted', 'hinted at'],
    ['The crew was credited for the rescue.', 'credited', 'was credited for'],
    ['The mayor invoked the flood of 1953.', 'invoked', 'invoked'],
    ['Ms Lo has rebutted the charge.', 'rebutted', 'has rebutted'],
    ['The board credited the crew with the rescue.', 'credited', 'credited'],
    ['The harbour master clarified that the pier stays shut.', 'clarified', 'clarified'],
    ['The ferry line earned no credit for the rescue.', 'credit', null],
    // "only", "must", "cannot", "soon", "always" open the cue as auxiliaries and adverbs do
    ['The council only voted for a delay.', 'voted', 'only voted for'],
    ['The port must promise to repay the loan.', 'promise', 'must promise'],
    ['The skipper soon learned that the nets were gone.', 'learned', 'soon learned'],
    // "put it" is a cue only before punctuation
    ['As the old skipper put it, the harbour is a second home.', 'put', 'put it'],
    ['As the mayor puts it: “Boats first.”', 'puts', 'puts it:'],
    ['She put it on the table and left.', 'put', null],
    // condemnation, echoes and thanks; "thanks to" gives none
    ['The council denounced the new toll.', 'denounced', 'denounced'],
    ['Ms Lo has decried the closure of the pier.', 'decried', 'has decried'],
    ['The mayor echoed the harbour board’s warning.', 'echoed', 'echoed'],
    ['The skipper thanked the crew for the rescue.', 'thanked', 'thanked'],
    ['Fishers bemoaned the new quotas.', 'bemoaned', 'bemoaned'],
    ['The ferry ran late thanks to the storm.', 'thanks', null],
    ['The skipper often brags about his catch.', 'brags', 'often brags about'],
    // "expressed" with the feeling a bare noun names, and its preposition
    ['Ms Lo expressed concern that the pier would close.', 'expressed', 'expressed concern'],
    ['Ms Lo expressed support for the new pier.', 'expressed', 'expressed support for'],
    ['Fishers expressed doubts about the plan.', 'expressed', 'expressed doubts about'],
    // not a determiner or an adjective before the noun, nor a noun with nothing after it
    ['Ms Lo expressed their support for the pier.', 'expressed', 'expressed'],
    ['Ms Lo expressed deep regret over the closure.', 'expressed', 'expressed'],
    ['The skipper expressed shock.', 'expressed', 'expressed'],
    ['Ms Lo portrayed the toll as a tax on fishers.', 'portrayed', 'portrayed'],
    ['The board deemed the pier unsafe.', 'deemed', 'deemed'],
    ['The mayor recounted the night of the flood.', 'recounted', 'recounted'],
    ['A recount of the harbour vote starts today.', 'recount', null],
  ];
  for (const [text, verb, expected] of table) {
    it(`${JSON.stringify(text)} -> ${JSON.stringify(expected)}`, () => assert.equal(cueText(text, verb), expected));
  }
});

describe('cues: the verb before a quotation no cue word explains (claim.verb-quote)', () => {
  /** The cues of the claim and the quotation found in `text`, as text. */
  const cues = (text: string): string[] => {
    const a = analyze(text);
    return [...a.claims, ...a.quotes].map((f) => (f.cue ? text.slice(f.cue[0], f.cue[1]) : '-'));
  };
  const table: Array<[string, string]> = [
    // a particle right after the verb belongs to the cue
    ['Ms Lo dispensed with “the harbour question” in two short sentences at the start of the meeting.', 'dispensed with'],
    ['Mayor Lund ticked off “crumbling piers” and the closed fish market as the town’s first worries.', 'ticked off'],
    // no particle, or a preposition that is none ("lingered in")
    ['Ms Lo pondered “the harbour question” for most of the meeting on Tuesday night.', 'pondered'],
    ['Ms Lo lingered in “the harbour office” for most of the meeting on Tuesday night.', 'lingered'],
  ];
  for (const [text, expected] of table) {
    it(`${JSON.stringify(text)} -> ${JSON.stringify(expected)}`, () => assert.deepEqual(cues(text), [expected, expected]));
  }
});
