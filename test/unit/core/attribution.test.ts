import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core';
import { attributeQuotes } from '../../../src/core/attribution';
import { findQuotes } from '../../../src/core/quotes';

interface Expect {
  quote: string;
  speaker: string | null;
  cue: string | null;
  rule?: string;
  anonymous?: boolean;
}

/** The quotes of `text` with their speaker and cue as text. */
function quotes(text: string): Expect[] {
  const t = (s: [number, number] | null): string | null => (s ? text.slice(s[0], s[1]) : null);
  return analyze(text).quotes.map((q) => ({ quote: t(q.span)!, speaker: t(q.speaker), cue: t(q.cue), rule: q.rule, anonymous: q.anonymous }));
}

describe('attribution: quotes and their speakers', () => {
  const table: Array<[string, Expect]> = [
    ['“It fits the pattern,” Ms Hale said.', { quote: '“It fits the pattern,”', speaker: 'Ms Hale', cue: 'said', rule: 'quote.speaker-cue-after' }],
    ['“We will appeal,” said the union’s lawyer, Dana Weiss.', { quote: '“We will appeal,”', speaker: 'the union’s lawyer', cue: 'said', rule: 'quote.cue-speaker-after' }],
    ['The minister said: “We are ready.”', { quote: '“We are ready.”', speaker: 'The minister', cue: 'said:', rule: 'quote.cue-before' }],
    ['The union dismissed the offer as “an insult to every nurse”.', { quote: '“an insult to every nurse”', speaker: 'The union', cue: 'dismissed', rule: 'quote.cue-before' }],
    ['According to the agency, “the figures are final.”', { quote: '“the figures are final.”', speaker: 'the agency', cue: 'According to', rule: 'quote.according-to' }],
    ['It added that “prices will fall”, but gave no date.', { quote: '“prices will fall”', speaker: 'It', cue: 'added', rule: 'quote.cue-before' }],
    ['“Talks are close,” a source said.', { quote: '“Talks are close,”', speaker: 'a source', cue: 'said', anonymous: true }],
    ['“We are not there yet,” Sergei Lavrov, Russia’s foreign minister, told reporters.', { quote: '“We are not there yet,”', speaker: 'Sergei Lavrov', cue: 'told' }],
    ['“Build it once, build it right.” ― Karen Holm', { quote: '“Build it once, build it right.”', speaker: 'Karen Holm', cue: '―', rule: 'quote.dash-speaker' }],
    ['"The ferry will run all winter."\n\n- Mayor Lund.\n\nIt did not.', { quote: '"The ferry will run all winter."', speaker: 'Mayor Lund', cue: '-', rule: 'quote.dash-speaker' }],
    ['«Nous sommes prêts», a déclaré le ministre. “Ready,” he said.', { quote: '“Ready,”', speaker: 'he', cue: 'said' }],
    // the period of a dotted acronym before a lower-case word ends no sentence
    ['“The ferry stays,” a U.N. envoy said.', { quote: '“The ferry stays,”', speaker: 'a U.N. envoy', cue: 'said', rule: 'quote.speaker-cue-after' }],
    // a name with a short appositive the appositive rule of subjectBefore does not take ("R-Ky.")
    ['“The vote is final,” Senator Ada Marsh, D-Vt., said on Monday.', { quote: '“The vote is final,”', speaker: 'Senator Ada Marsh', cue: 'said', rule: 'quote.speaker-cue-after' }],
    ['“No deal,” Rep. Omar Diaz (R-Fla.), a member of the panel, said.', { quote: '“No deal,”', speaker: 'Rep. Omar Diaz', cue: 'said', rule: 'quote.speaker-cue-after' }],
    ['“We tried,” Ann Lo, 54, a nurse from St. Paul, told reporters.', { quote: '“We tried,”', speaker: 'Ann Lo', cue: 'told', rule: 'quote.speaker-cue-after' }],
    // doubled apostrophes close a quotation as one mark does; what "said of" names is no speaker
    ["''The wall will hold,'' Ingrid Solberg, who has run the port for a decade and chairs the safety board, said of the barrier.", { quote: "''The wall will hold,''", speaker: 'Ingrid Solberg', cue: 'said', rule: 'quote.speaker-cue-after' }],
    // the verb of a relative clause on the speaker is not the quotation's cue
    ['“The pier is unsafe,” Oska Brel, who has not endorsed a candidate, told reporters in Kessel.', { quote: '“The pier is unsafe,”', speaker: 'Oska Brel', cue: 'told', rule: 'quote.speaker-cue-after' }],
    ['“The fares must fall,” Councillor Dade, who has proposed closing the harbour, said at the time.', { quote: '“The fares must fall,”', speaker: 'Councillor Dade', cue: 'said', rule: 'quote.speaker-cue-after' }],
    // a transcript turn whose opening mark is never closed: the label is speaker, the colon the cue
    ['"HOLM: We are ready to vote.\n\n"MARSH: Not yet.', { quote: '"MARSH: Not yet.', speaker: 'MARSH', cue: ':', rule: 'quote.transcript' }],
    // the cue closes a clause the quotation opens: the clause's speaker and cue
    ['“Nobody will fix the roads” before the winter, she said.', { quote: '“Nobody will fix the roads”', speaker: 'she', cue: 'said', rule: 'quote.in-claim' }],
    // a quotation that opens in a claim and runs on past the claim's sentence takes its cue
    ['The mayor said that the “harbour people” “do a fine job. And it is so important for the town.”', { quote: '“do a fine job. And it is so important for the town.”', speaker: 'The mayor', cue: 'said', rule: 'quote.in-claim' }],
    // inside a claim, a quotation whose own cue has a subject that is no one is the claim speaker's
    ['The inspector said outside the hall that the audit showed “nobody checked the books”.', { quote: '“nobody checked the books”', speaker: 'The inspector', cue: 'said', rule: 'quote.in-claim' }],
    ['Ms Varga said the rent rise had shown “how little the board knows about tenants”.', { quote: '“how little the board knows about tenants”', speaker: 'Ms Varga', cue: 'said', rule: 'quote.in-claim' }],
    // ... and one whose cue has no subject is the claim speaker's: with its cue when the cue opens
    // it, with the claim's when the cue follows it (and so introduces what comes next)
    ['Ms Varga told the radio that the board “had ignored every warning,” adding, “Now the tenants pay for it.”', { quote: '“Now the tenants pay for it.”', speaker: 'Ms Varga', cue: 'adding', rule: 'quote.in-claim' }],
    ['Mr Holm told reporters that the plan “was never costed,” adding, “We will vote it down.”', { quote: '“was never costed,”', speaker: 'Mr Holm', cue: 'told', rule: 'quote.in-claim' }],
    // not when the subject is someone: an organisation, an anonymous source, a person
    ['The inspector said the union told members “the strike goes ahead”.', { quote: '“the strike goes ahead”', speaker: 'the union', cue: 'told' }],
    ['The mayor said officials warned “the bridge is unsafe”.', { quote: '“the bridge is unsafe”', speaker: 'officials', cue: 'warned', anonymous: true }],
    ['The mayor said Ms Varga called it “a rent grab”.', { quote: '“a rent grab”', speaker: 'Ms Varga', cue: 'called' }],
    // a title inside a sentence before "X said <clause>" is not what X said
    ['On the weekend edition of “Harbour Talk Tonight With Friends,” Mayor Ruiz said the ferry would run again.', { quote: '“Harbour Talk Tonight With Friends,”', speaker: null, cue: null }],
    ['The plan is “a disaster for the town,” Mayor Ruiz said on Friday.', { quote: '“a disaster for the town,”', speaker: 'Mayor Ruiz', cue: 'said' }],
    // ... nor is one before "X told <whom> <clause>"; but the one told, or a relative clause on
    // the speaker, then the sentence end, open no clause: the quotation is what X said
    ['On the late edition of “Harbour Talk With Friends,” Mayor Ruiz told the council the ferry would run again.', { quote: '“Harbour Talk With Friends,”', speaker: null, cue: null }],
    ['The board’s plan “would only raise the fares,” a ferry skipper told the Harbour Gazette.', { quote: '“would only raise the fares,”', speaker: 'a ferry skipper', cue: 'told', rule: 'quote.speaker-cue-after' }],
    ['The toll “will ruin the island,” said a former harbour pilot who lives near the bridge.', { quote: '“will ruin the island,”', speaker: 'a former harbour pilot', cue: 'said', rule: 'quote.cue-speaker-after' }],
    ['The fares “will double by spring,” Ola Berg, the skipper of the Nordlys, one of the last boats in the harbour, wrote.', { quote: '“will double by spring,”', speaker: 'Ola Berg', cue: 'wrote', rule: 'quote.speaker-cue-after' }],
    // an issued document and its participle: a time phrase, and a comma, between them stay in the cue
    ['The harbour board issued a statement Tuesday saying, “The pier stays shut.”', { quote: '“The pier stays shut.”', speaker: 'The harbour board', cue: 'issued a statement Tuesday saying', rule: 'quote.cue-before' }],
    ['The harbour board released a statement late Friday evening, saying “the pier is not safe.”', { quote: '“the pier is not safe.”', speaker: 'The harbour board', cue: 'released a statement late Friday evening, saying' }],
    // not other words and a comma
    ['The harbour board issued a statement about fares, saying “the pier is not safe.”', { quote: '“the pier is not safe.”', speaker: 'The harbour board', cue: 'saying' }],
    // a noun-like cue closing the words after a quotation
    ['“The harbour is ready,” Olsen notes.', { quote: '“The harbour is ready,”', speaker: 'Olsen', cue: 'notes', rule: 'quote.speaker-cue-after' }],
    // replies: a verb that is a cue only with "back"
    ['“Nobody on this council believes that,” Ms Hale shot back.', { quote: '“Nobody on this council believes that,”', speaker: 'Ms Hale', cue: 'shot back', rule: 'quote.speaker-cue-after' }],
    ['The mayor fired back: “Read the report first.”', { quote: '“Read the report first.”', speaker: 'The mayor', cue: 'fired back:', rule: 'quote.cue-before' }],
    ['“The ferry sails at noon,” the captain fired.', { quote: '“The ferry sails at noon,”', speaker: null, cue: null }],
    // a past-tense verb after a name with a determiner and an adjective before it
    ['“The pier stays,” an angry Lund fumed. “It never closes.”', { quote: '“It never closes.”', speaker: 'an angry Lund', cue: 'fumed', rule: 'quote.follow-on' }],
    // "went on" goes on with a speech as a past-tense verb does
    ['“And the ferry runs at a loss every winter,” she went on.', { quote: '“And the ferry runs at a loss every winter,”', speaker: 'she', cue: 'went on', rule: 'quote.speaker-cue-after' }],
    // ... not after a phrase that names no one
    ['“The pier stays,” the old harbour crumbled.', { quote: '“The pier stays,”', speaker: null, cue: null }],
    // a nearer cue with no subject ("by calling out") does not take the quotation from the speech cue
    ['Ms Holm told the radio on Monday that the board expects the mayor to answer by calling out the council for its “careless and costly delays”.', { quote: '“careless and costly delays”', speaker: 'Ms Holm', cue: 'told' }],
    // a participle cue after the comma is the quotation's own cue
    ['“Talk to the workers first,” Mr Dahl said, suggesting a few questions, including, “Why did the yard close so fast?”', { quote: '“Why did the yard close so fast?”', speaker: 'Mr Dahl', cue: 'suggesting' }],
    // a speech verb closing the words after the quotation, after a subject the noun-phrase rules do not take whole
    ['“The nets came up empty,” Ola Berg, the skipper of the Nordlys, one of the last boats in the harbour, told the radio.', { quote: '“The nets came up empty,”', speaker: 'Ola Berg', cue: 'told', rule: 'quote.speaker-cue-after' }],
    ['“Why pay for a pier nobody uses?” a voice in the council’s radio spot asks.', { quote: '“Why pay for a pier nobody uses?”', speaker: 'a voice', cue: 'asks', rule: 'quote.speaker-cue-after' }],
    // ... after a long description of the subject too
    ['“We will rebuild it,” Ada Lind, the harbour master of the northern port and the chair of the regional board for fisheries and ferries since the great storm of 1987 destroyed the old wooden pier, told the radio.', { quote: '“We will rebuild it,”', speaker: 'Ada Lind', cue: 'told', rule: 'quote.speaker-cue-after' }],
    // not when the verb is no speech verb
    ['“The nets came up empty,” Ola Berg, the skipper of the Nordlys, one of the last boats in the harbour, rejected the offer.', { quote: '“The nets came up empty,”', speaker: null, cue: null }],
    ["''My father always said 'fish early,''' Ms Dahl said.", { quote: "''My father always said 'fish early,'''", speaker: 'Ms Dahl', cue: 'said', rule: 'quote.speaker-cue-after' }],
    // a quotation that goes on from a sentence ending ", Ms Lo said." in its paragraph shares its cue
    ['The ferry may stop in May, Mr. Berg said. “Nobody has asked the fishers.”', { quote: '“Nobody has asked the fishers.”', speaker: 'Mr. Berg', cue: 'said', rule: 'quote.follow-on' }],
    ['The ferry may stop in May, said Ada Lind. “Nobody has asked the fishers.”', { quote: '“Nobody has asked the fishers.”', speaker: 'Ada Lind', cue: 'said', rule: 'quote.follow-on' }],
    // a quotation no cue reaches goes on with the sentence before, whose subject opens it and has a cue
    ['The pier was shut.\n\nMr Berg, her lawyer, argues that his client was never careless. “The board is alleging that her calls to the pilots were a threat to the port.”', { quote: '“The board is alleging that her calls to the pilots were a threat to the port.”', speaker: 'Mr Berg', cue: 'argues', rule: 'quote.follow-on' }],
    ['The pier was shut.\n\nIn reply to the harbour board, Ms Lund says the ferry was never late. “We kept every timetable for twenty years.”', { quote: '“We kept every timetable for twenty years.”', speaker: 'Ms Lund', cue: 'says', rule: 'quote.follow-on' }],
    // a sentence a quotation opens that ends in ", she said." after more words (no claim took it)
    ['The pier was shut.\n\n“Who pays for it? I want to see the bill” before any vote, she said.', { quote: '“Who pays for it? I want to see the bill”', speaker: 'she', cue: 'said', rule: 'quote.speaker-cue-after' }],
    // a sentence that is nothing but its subject, a cue and a tail introduces the next quotation
    ['“The pier is old,” Ola Berg said.\n\nHarbour College’s Ada Lind agreed. “Nobody has asked the fishers.”', { quote: '“Nobody has asked the fishers.”', speaker: 'Harbour College’s Ada Lind', cue: 'agreed', rule: 'quote.follow-on' }],
    ['“The pier is old,” Ola Berg said. Mayor Ada Lind told the Harbour Times on Friday. “Nobody has asked the fishers.”', { quote: '“Nobody has asked the fishers.”', speaker: 'Mayor Ada Lind', cue: 'told', rule: 'quote.follow-on' }],
    // a quotation its cue and a long description of the speaker interrupt: one attribution
    ['“The boats are late,” said Ann Lee, a skipper with the harbour board of the northern island in the bay, “and the weather is bad every week.”', { quote: '“and the weather is bad every week.”', speaker: 'Ann Lee', cue: 'said', rule: 'quote.follow-on' }],
    ["''The nets are empty,'' said Ola Berg, who has fished from the old pier at the mouth of the river since 1980, ''and the price of diesel keeps rising.''", { quote: "''and the price of diesel keeps rising.''", speaker: 'Ola Berg', cue: 'said', rule: 'quote.follow-on' }],
    // a quotation whose cue after it has no speaker the noun-phrase rules take: the next one in its paragraph goes on with it
    ['"It\'s a costly model," said May Lund, a professor of shipping at the harbour college. "The biggest cost is staff."', { quote: '"The biggest cost is staff."', speaker: null, cue: 'said', rule: 'quote.follow-on' }],
    // ("Will" before a surname after a cue verb is a given name: the rules take that speaker)
    ['"It\'s a costly model," said Will Lund, a professor of shipping at the harbour college. "The biggest cost is staff."', { quote: '"The biggest cost is staff."', speaker: 'Will Lund', cue: 'said', rule: 'quote.follow-on' }],
    // not in the next paragraph
    ['"It\'s a costly model," said May Lund, a professor of shipping at the harbour college.\n\n"The biggest cost is staff." Fares rose in May.', { quote: '"The biggest cost is staff."', speaker: null, cue: null, rule: 'quote.unattributed' }],
    // after a sentence end, a conjunction or adverb that opens the quotation's sentence: still one attribution
    ['“The pier is safe,” Ms Hale said on the radio. But “nobody should fish from it in a storm.”', { quote: '“nobody should fish from it in a storm.”', speaker: 'Ms Hale', cue: 'said', rule: 'quote.follow-on' }],
    ["''We did not like the toll,'' said Ada Lind, a ferry skipper. Now, ''most of the crews pay it without a word.''", { quote: "''most of the crews pay it without a word.''", speaker: 'Ada Lind', cue: 'said', rule: 'quote.follow-on' }],
    // not other words ("In May, “…”"), nor after a paragraph break
    ['“The pier is safe,” Ms Hale said on the radio. In May, “nobody should fish from it in a storm.”', { quote: '“nobody should fish from it in a storm.”', speaker: null, cue: null }],
    ['“The pier is safe,” Ms Hale said on the radio.\n\nBut “nobody should fish from it in a storm,” the crews said.', { quote: '“nobody should fish from it in a storm,”', speaker: 'the crews', cue: 'said' }],
    // not when a sentence ends between them
    ['“The boats are late,” said Ann Lee. By the pier, “nobody waits for the ferry.”', { quote: '“nobody waits for the ferry.”', speaker: null, cue: null }],
    // after a sentence closed by doubled apostrophes ('' … '')
    ["''It is nonsense,'' Mr. Berg said on the radio show ''Harbour Talk.'' ''The ferry stays and the pier stays.''", { quote: "''The ferry stays and the pier stays.''", speaker: 'Mr. Berg', cue: 'said', rule: 'quote.follow-on' }],
    // not a quotation inside a sentence after doubled apostrophes
    ["''It is nonsense,'' Mr. Berg said, and the mayor called it ''a ferry to nowhere.''", { quote: "''a ferry to nowhere.''", speaker: 'the mayor', cue: 'called' }],
    // not across a paragraph break
    ['The ferry may stop in May, Mr. Berg said.\n\n“Nobody has asked the fishers.”', { quote: '“Nobody has asked the fishers.”', speaker: null, cue: null }],
    // the next paragraph is nothing but a quotation, after an attributed quotation: one attribution
    ['“The ferry will run,” Mayor Lund said on Monday.\n\n“We owe it to the fishers.”', { quote: '“We owe it to the fishers.”', speaker: 'Mayor Lund', cue: 'said', rule: 'quote.follow-on' }],
    ['At the meeting, “the ferry will run,” Mayor Lund said.\n\n“We owe it to the fishers.”', { quote: '“We owe it to the fishers.”', speaker: 'Mayor Lund', cue: 'said', rule: 'quote.follow-on' }],
    ['Mayor Lund told the council: “The ferry will run.”\n\n“We owe it to the fishers.”', { quote: '“We owe it to the fishers.”', speaker: 'Mayor Lund', cue: 'told', rule: 'quote.follow-on' }],
    // not with words before or after the second
    ['“The ferry will run,” Mayor Lund said.\n\n“We owe it to the fishers.” The council did not vote.', { quote: '“We owe it to the fishers.”', speaker: 'Mayor Lund', cue: null, rule: 'quote.follow-on' }],
    ['“The ferry will run,” Mayor Lund said.\n\nThen she paused. “We owe it to the fishers.”', { quote: '“We owe it to the fishers.”', speaker: 'Mayor Lund', cue: null, rule: 'quote.follow-on' }],
    // "X said, according to Y": the report is the source
    ['“The pier will stay shut,” Lund said, according to the Harbour Gazette.', { quote: '“The pier will stay shut,”', speaker: 'the Harbour Gazette', cue: 'according to', rule: 'quote.according-to' }],
    // a past-tense verb no cue list holds, with a name or pronoun, as all the words after the quotation
    ['“Not one boat came back,” Berg grumbled.', { quote: '“Not one boat came back,”', speaker: 'Berg', cue: 'grumbled', rule: 'quote.speaker-cue-after' }],
    ['“Is this the new pier?” marveled Ada Lind.', { quote: '“Is this the new pier?”', speaker: 'Ada Lind', cue: 'marveled', rule: 'quote.speaker-cue-after' }],
    ['“The tide is out,” he grumbled on Monday.', { quote: '“The tide is out,”', speaker: 'he', cue: 'grumbled', rule: 'quote.speaker-cue-after' }],
    // ... or a conjunction that opens a clause of its own
    ['“Not one more word,” Lund snapped and the crew went quiet.', { quote: '“Not one more word,”', speaker: 'Lund', cue: 'snapped', rule: 'quote.speaker-cue-after' }],
    ['“We sail at dawn,” she hollered as the rain began.', { quote: '“We sail at dawn,”', speaker: 'she', cue: 'hollered', rule: 'quote.speaker-cue-after' }],
    // not when more words follow
    ['“Not one boat came back,” Berg grumbled at the crew for an hour.', { quote: '“Not one boat came back,”', speaker: null, cue: null }],
    ['“Fine,” Berg nodded toward the door and left.', { quote: '“Fine,”', speaker: null, cue: null }],
    // a participle opening the sentence introduces the quotation; the subject follows the quotation
    ['Citing “urgent repairs at the pier,” the harbour master cancelled the regatta.', { quote: '“urgent repairs at the pier,”', speaker: 'the harbour master', cue: 'Citing', rule: 'quote.cue-before' }],
    ['Recalling “the storm of 1987,” the old skipper stayed ashore.', { quote: '“the storm of 1987,”', speaker: 'the old skipper', cue: 'Recalling', rule: 'quote.cue-before' }],
    // a headline label and a colon before a quotation
    ['Mayor Lund Scolds Harbour Board: ‘You Have Failed This Town’\n\nThe meeting ran late.', { quote: '‘You Have Failed This Town’', speaker: 'Mayor Lund Scolds Harbour Board', cue: ':', rule: 'quote.headline-colon' }],
    // a label after a sentence end or a spaced dash in its line, and one with no space after the colon
    ['Lund: “Fix the pier.” Berg: “Fix the ferry first.”', { quote: '“Fix the ferry first.”', speaker: 'Berg', cue: ':', rule: 'quote.headline-colon' }],
    ['HARBOUR FEES TO RISE - Ada Lind: “The port can no longer wait.”', { quote: '“The port can no longer wait.”', speaker: 'Ada Lind', cue: ':', rule: 'quote.headline-colon' }],
    // a long headline before the dash
    ['THE HARBOUR BOARD VOTES TO RAISE FEES FOR EVERY FISHING BOAT THAT USES THE OLD PIER AFTER THE WINTER STORMS - Ada Lind: “The port can no longer wait.”', { quote: '“The port can no longer wait.”', speaker: 'Ada Lind', cue: ':', rule: 'quote.headline-colon' }],
    // not a label that names no source
    ['THE HARBOUR BOARD VOTES TO RAISE FEES FOR EVERY FISHING BOAT THAT USES THE OLD PIER AFTER THE WINTER STORMS - Update: “The port can no longer wait.”', { quote: '“The port can no longer wait.”', speaker: null, cue: null }],
    ['The pier was closed.\n\nRep. Ola Dahl (R-N.D.):“Who signed the order?”', { quote: '“Who signed the order?”', speaker: 'Rep. Ola Dahl (R-N.D.)', cue: ':', rule: 'quote.headline-colon' }],
    // a clause of its own with a verb no cue list holds, then a colon: its predicate is the cue
    ['The vote was close.\n\nAnd Mr Berg gloated: “I told you so.”', { quote: '“I told you so.”', speaker: 'Mr Berg', cue: 'gloated:', rule: 'quote.clause-colon' }],
    ['“We lost,” Ms Lo said. Later, the skipper shrugged it off: “There is always next year.”', { quote: '“There is always next year.”', speaker: 'the skipper', cue: 'shrugged it off:', rule: 'quote.clause-colon' }],
    // a no-break space after the period: the next quotation still opens a sentence and goes on
    ['“The pier is old,” Ola Berg warned. \u00a0“Nobody has asked the fishers.”', { quote: '“Nobody has asked the fishers.”', speaker: 'Ola Berg', cue: 'warned', rule: 'quote.follow-on' }],
    ['The ferry may stop in May, said Ada Lind. \u00a0“Nobody has asked the fishers.”', { quote: '“Nobody has asked the fishers.”', speaker: 'Ada Lind', cue: 'said', rule: 'quote.follow-on' }],
    // two spaces after the colon: the clause before it, not the last speaker
    ['“Close the pier,” said Ola Berg, the harbour master. Mayor Lund objected:  “The fishers need it.”', { quote: '“The fishers need it.”', speaker: 'Mayor Lund', cue: 'objected:', rule: 'quote.clause-colon' }],
    // a clause of its own before the colon: no follow-on of the speaker before, even with no cue
    ['“Close the pier,” Ola Berg said.\n\nThe harbour board of the northern island, which met on Friday, sent the council one line: “Not this winter.”', { quote: '“Not this winter.”', speaker: null, cue: null }],
    // the clause after an opening phrase and a comma
    ['“Close the pier,” Ola Berg said.\n\nBut back at the harbour, she went back to her usual lines: “The fishers come first.”', { quote: '“The fishers come first.”', speaker: 'she', cue: 'went back to her usual lines:', rule: 'quote.clause-colon' }],
    // ... not a verb after the comma taken for a subject
    ['“Close the pier,” Ola Berg said.\n\nThe harbour board, as usual, sent the council one line: “Not this winter.”', { quote: '“Not this winter.”', speaker: null, cue: null }],
    // a participle after a comma reports the term it quotes, not the next sentence's quotation
    ['Mayor Lund spoke at the harbour, calling the plan “a quiet deal.” “We all pay for it.”', { quote: '“We all pay for it.”', speaker: 'Mayor Lund', cue: null, rule: 'quote.follow-on' }],
    // ... a speech verb's participle does
    ['Mayor Lund spoke at the harbour, saying the plan was “a quiet deal.” “We all pay for it.”', { quote: '“We all pay for it.”', speaker: 'Mayor Lund', cue: 'saying', rule: 'quote.follow-on' }],
    // not a predicate: a label with a time phrase
    ['Here is Mayor Lund in 1992: “The pier stays.”', { quote: '“The pier stays.”', speaker: 'Here is Mayor Lund in 1992', cue: ':', rule: 'quote.headline-colon' }],
    // must not match: no cue after the comma-separated words
    ['“We tried,” Tom Reyes, the chair, and his aides, all of them tired.', { quote: '“We tried,”', speaker: null, cue: null }],
  ];
  for (const [text, expected] of table) {
    it(JSON.stringify(text), () => {
      const found = quotes(text).find((q) => q.quote === expected.quote);
      assert.ok(found, `no quote ${expected.quote}`);
      assert.equal(found.speaker, expected.speaker);
      assert.equal(found.cue, expected.cue);
      if (expected.rule) assert.equal(found.rule, expected.rule);
      if (expected.anonymous !== undefined) assert.equal(found.anonymous, expected.anonymous);
    });
  }

  it('continues the last speaker for a quotation with no cue', () => {
    const q = quotes('“We will win,” Ms Ode said. “Nobody doubts it.”');
    assert.equal(q.length, 2);
    assert.equal(q[1].rule, 'quote.follow-on');
    assert.equal(q[1].speaker, 'Ms Ode');
  });

  it('gives a quotation joined by "and (then)" to an attributed one in its sentence the same speaker and cue', () => {
    // before claims are found (a claim covering both would give them its cue anyway)
    const text = 'The mayor told fishers to “mend the nets” and then “wait for spring.” Ms Lo called it “a waste” but “wait” was the word.';
    const t = (s: [number, number] | null): string | null => (s ? text.slice(s[0], s[1]) : null);
    const found = attributeQuotes(text, findQuotes(text).quotes).map((f) => ({ quote: t(f.span), speaker: t(f.speaker), cue: t(f.cue), rule: f.rule }));
    assert.deepEqual(found[1], { quote: '“wait for spring.”', speaker: 'The mayor', cue: 'told', rule: 'quote.follow-on' });
    // "but" joins no quotations of one attribution
    assert.equal(found[3].rule, 'quote.unattributed');
  });

  it('does not share the cue with a follow-on quotation after a colon of its own clause', () => {
    const q = quotes('“We will win,” Ms Ode said. Then she changed her answer: “Nobody knows.”');
    // the clause before the colon introduces it: its subject and predicate (PolNeAR's cue)
    assert.equal(q[1].rule, 'quote.clause-colon');
    assert.equal(q[1].speaker, 'she');
    assert.equal(q[1].cue, 'changed her answer:');
  });

  it('attributes a multi-paragraph quotation once, to the speaker after its end', () => {
    const text = '“The valley waited long enough.\n\n“Now it is time,” Mayor Lund told the council.';
    const q = quotes(text);
    assert.equal(q.length, 1);
    assert.equal(q[0].speaker, 'Mayor Lund');
    assert.equal(q[0].cue, 'told');
  });

  it('keeps a nested quote inside its outer quote', () => {
    const q = quotes('“He used to say ‘build it right’ to everyone,” she said.');
    assert.equal(q.length, 1);
    assert.equal(q[0].speaker, 'she');
  });

  describe('must not attribute', () => {
    const none = [
      'The so-called “reform” passed on Tuesday.',
      'The film “Winter Light” opens on Friday.',
      'Russia’s students’ rock ’n’ roll band played hits from the ’90s.',
      '“This quotation never closes.\n\nThe next paragraph is plain.',
    ];
    for (const text of none) it(JSON.stringify(text), () => assert.deepEqual(quotes(text), []));
  });
});

/** Speaker text and the name of its entity for the quote or claim whose cue is `cue`. */
function speakerOf(text: string, cue: string): [string | null, string | null] {
  const a = analyze(text);
  const p = [...a.quotes, ...a.claims].find((x) => x.cue && text.slice(x.cue[0], x.cue[1]) === cue);
  assert.ok(p, `no attribution with the cue ${cue}`);
  return [p.speaker ? text.slice(p.speaker[0], p.speaker[1]) : null, a.entities.find((e) => e.id === p.entity)?.name ?? null];
}

describe('attribution: the speaker named by a relative pronoun', () => {
  const table: Array<[string, string, string, string]> = [
    // the pronoun is the mention, the antecedent the entity
    ['The harbour board was criticised by Ms Ortiz, who said: “We will not wait.”', 'said:', 'who', 'Ortiz'],
    ['Tenants backed Ms Ortiz, who argued that the rent rise was unfair.', 'argued', 'who', 'Ortiz'],
    ['The ferry company, which said in March that fares would rise, has cut two routes.', 'said', 'which', 'The ferry company'],
    ['Local business leaders, who say the new tax will drive shoppers away, met the mayor.', 'say', 'who', 'Local business leaders'],
    // the main clause's cue after a relative clause keeps the subject
    ['Ms Ortiz, who chairs the tenants’ board, said the rent rise was unfair.', 'said', 'Ms Ortiz', 'Ortiz'],
    // a noun phrase inside the relative clause is not the subject of a cue after it
    ['Ms Ortiz, who through her lawyer declined to comment on the case, was not at the hearing.', 'declined', 'who', 'Ortiz'],
    ['Residents who signed the petition against the toll say the bridge should stay free.', 'say', 'Residents', 'Residents'],
    // ... unless it is the subject of the relative clause: "who the tenants say"
    ['The council backed Ms Ortiz, who the tenants say has fought hard for them.', 'say', 'the tenants', 'the tenants'],
  ];
  for (const [text, cue, speaker, entity] of table) it(JSON.stringify(text), () => assert.deepEqual(speakerOf(text, cue), [speaker, entity]));
});

describe('attribution: a participle after a comma speaks for the subject that opens the sentence', () => {
  const table: Array<[string, string, string]> = [
    ['At the harbour meeting, the mayor defended the dredging plan, calling it “the only way to keep the port open.”', 'calling', 'the mayor'],
    ["Later in the day, she stepped up her attacks on the council's record on housing, accusing it of ignoring the tenants.", 'accusing', 'she'],
    // an opening phrase goes on past a place's state and a short time phrase, each with its comma
    ['Speaking at a fish market in Dunmore, Vermont, Mayor Ortiz turned on the ferry board, calling it “a closed shop.”', 'calling', 'Mayor Ortiz'],
    ['At a school fair in Kettleby, Ont., on Saturday, Ms Holm backed the new levy, saying that the library needed it.', 'saying', 'Ms Holm'],
    // after an opening phrase a subject may open in lower case, or as a pronoun with its auxiliary
    ['Arriving at the pier, harbour police closed the ferry ramp, saying that the tide was too high.', 'saying', 'harbour police'],
    ['Since the storm in May, she’s turned against the levy, calling it “a tax on fishermen.”', 'calling', 'she'],
    // a time phrase with no comma opens the sentence before the subject
    ["On Tuesday evening Ms Holm made another attempt to answer Mr. Lowe's criticism, writing in the Herald that the fares were fair.", 'writing', 'Ms Holm'],
    ['On Friday morning Ms Holm gave her first speech as the Green nominee, seeking to win over the farmers.', 'seeking', 'Ms Holm'],
    ['By Monday evening she had called off the joint rally at the fish market in Dunmore, Vt., citing the storm.', 'citing', 'she'],
    ['On Friday she went after the ferry board, seeking to show that it had raised the fares twice.', 'seeking', 'she'],
    // "Early in …" opens a phrase, no name
    ['Early in her term, Mayor Ortiz attacked the ferry board, calling it “a closed shop.”', 'calling', 'Mayor Ortiz'],
    ['On Friday, however, Ms Holm spoke to the harbour board, promising to keep the ferry running.', 'promising', 'Ms Holm'],
    // not past a cue of its own before the comma, nor for a quotation's cue after it
    ['The port will stay open until March, Ms Ortiz said, adding that the vote had been close.', 'adding', 'Ms Ortiz'],
    ["''It's the old ferry,'' Ms Ortiz answered, referring to the boat the council sold in 2019.", 'answered', 'Ms Ortiz'],
    // after a cue of its own, a participle speaks for that cue's subject, not the phrase before it
    ['The council cut the fares and the harbour fees, she said, referring to the board’s “quiet deal” with the ferry line.', 'referring to', 'she'],
  ];
  for (const [text, cue, speaker] of table) it(JSON.stringify(text), () => assert.equal(speakerOf(text, cue)[0], speaker));
});
