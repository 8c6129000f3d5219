import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core';

interface Expect {
  content: string;
  speaker: string | null;
  cue: string;
  rule?: string;
  anonymous?: boolean;
}

/** The claims of `text` with content, speaker and cue as text. */
function claims(text: string): Expect[] {
  const t = (s: [number, number] | null): string | null => (s ? text.slice(s[0], s[1]) : null);
  return analyze(text).claims.map((c) => ({ content: t(c.span)!, speaker: t(c.speaker), cue: t(c.cue)!, rule: c.rule, anonymous: c.anonymous }));
}

describe('claims: reported speech', () => {
  const table: Array<[string, Expect]> = [
    ['Putin said he is ready to discuss the plan.', { content: 'he is ready to discuss the plan', speaker: 'Putin', cue: 'said', rule: 'claim.cue-content' }],
    // the content opens with its "that", also after a phrase; never with the phrase itself
    ['The mayor said that the bridge would reopen in May.', { content: 'that the bridge would reopen in May', speaker: 'The mayor', cue: 'said' }],
    ['Ms Varga said on Friday the budget was balanced.', { content: 'the budget was balanced', speaker: 'Ms Varga', cue: 'said' }],
    ['The coach told the club in a letter that he would stay.', { content: 'that he would stay', speaker: 'The coach', cue: 'told' }],
    ['Mr Putin said before the meeting that he was ready to talk.', { content: 'that he was ready to talk', speaker: 'Mr Putin', cue: 'said' }],
    // ... also after a verb whose "in"/"at" could open a phrasal verb ("called in"), and past a "that" after a preposition
    ['Ms Roan alleged in the suit that the harbour board had hidden the costs.', { content: 'that the harbour board had hidden the costs', speaker: 'Ms Roan', cue: 'alleged' }],
    ['The inspectors concluded in that case that no pilot had broken the rules.', { content: 'that no pilot had broken the rules', speaker: 'The inspectors', cue: 'concluded' }],
    ['Mayor Pell insisted at a rally in Dunmore on Friday that the ferry would run.', { content: 'that the ferry would run', speaker: 'Mayor Pell', cue: 'insisted' }],
    // a view or feeling held: a state adjective after a copula reports its "that" clause
    ['The harbour pilots are convinced that the new dam will fail.', { content: 'that the new dam will fail', speaker: 'The harbour pilots', cue: 'are convinced' }],
    ['Mayor Pell has remained confident that the levy will pass.', { content: 'that the levy will pass', speaker: 'Mayor Pell', cue: 'has remained confident' }],
    ['Some ferry owners were acutely aware that the port might close.', { content: 'that the port might close', speaker: 'Some ferry owners', cue: 'were acutely aware' }],
    ['Her advisers are not worried that the vote will slip.', { content: 'that the vote will slip', speaker: 'Her advisers', cue: 'are not worried' }],
    // a participle that opens the sentence: its "that" clause to the comma, the main clause's subject the speaker
    ['Noting that the ferry was late again, Mayor Pell called for a review.', { content: 'that the ferry was late again', speaker: 'Mayor Pell', cue: 'Noting' }],
    ['Declaring that the levy was dead, the harbour board closed the meeting.', { content: 'that the levy was dead', speaker: 'the harbour board', cue: 'Declaring' }],
    // "made the point that ...": "make" with an argument noun before its "that" clause
    ['Ms Roan also made the point that the pier was never repaired.', { content: 'that the pier was never repaired', speaker: 'Ms Roan', cue: 'also made the point' }],
    ['Mayor Pell privately made the case to the pilots that the levy was fair.', { content: 'that the levy was fair', speaker: 'Mayor Pell', cue: 'privately made the case' }],
    // "it was reported that ...": a passive after "it" reports its "that" clause with no source named
    ['It was widely reported that the harbour board paid $4 million.', { content: 'that the harbour board paid $4 million', speaker: null, cue: 'was widely reported', rule: 'claim.hedge' }],
    ['At a time when it was said that ferries had no future, Ms Pell bought two.', { content: 'that ferries had no future', speaker: null, cue: 'was said', rule: 'claim.hedge' }],
    ['The bridge will reopen in May, a city official said.', { content: 'The bridge will reopen in May', speaker: 'a city official', cue: 'said', rule: 'claim.content-cue', anonymous: true }],
    ['The port will stay open, said Harbour Master Jan Olsen.', { content: 'The port will stay open', speaker: 'Harbour Master Jan Olsen', cue: 'said', rule: 'claim.content-cue' }],
    ['According to the statement, the talks were constructive.', { content: 'the talks were constructive', speaker: 'the statement', cue: 'According to', rule: 'claim.according-to' }],
    // an amount opens the content; "that" before a verb is its subject
    ['A spokesman added that £5.6bn had been committed to flood defences.', { content: 'that £5.6bn had been committed to flood defences', speaker: 'A spokesman', cue: 'added', anonymous: true }],
    ['The mayor said $40 million would go to the harbour.', { content: '$40 million would go to the harbour', speaker: 'The mayor', cue: 'said' }],
    ['Local councils say that is not enough.', { content: 'that is not enough', speaker: 'Local councils', cue: 'say' }],
    ['Mr Olsen said that was a mistake.', { content: 'that was a mistake', speaker: 'Mr Olsen', cue: 'said' }],
    // at the sentence start the source runs to the comma, however long
    ['According to early results of a survey conducted for the harbour board by a Leeds firm, most pilots back the new dam.', { content: 'most pilots back the new dam', speaker: 'early results of a survey conducted for the harbour board by a Leeds firm', cue: 'According to', rule: 'claim.according-to' }],
    ['But according to a poll released on Thursday by the port union, the strike is popular.', { content: 'the strike is popular', speaker: 'a poll released on Thursday by the port union', cue: 'according to', rule: 'claim.according-to' }],
    // ... and the rest of the sentence is its content, an opening phrase with it
    ['According to the survey, in the north most pilots back the new dam.', { content: 'in the north most pilots back the new dam', speaker: 'the survey', cue: 'According to', rule: 'claim.according-to' }],
    ['According to Ms Lo, while the dam is safe, the levy is too high.', { content: 'while the dam is safe, the levy is too high', speaker: 'Ms Lo', cue: 'According to' }],
    ['Most pilots back the dam, according to the survey, in a sign of change.', { content: 'Most pilots back the dam', speaker: 'the survey', cue: 'according to' }],
    ['The talks were constructive, according to officials.', { content: 'The talks were constructive', speaker: 'officials', cue: 'according to', anonymous: true }],
    ['Lee rejected the audit as biased.', { content: 'the audit as biased', speaker: 'Lee', cue: 'rejected' }],
    ['Ms Park, who called for new elections, left the party.', { content: 'new elections', speaker: 'who', cue: 'called for' }],
    ['The ministry did not go into further details.', { content: 'further details', speaker: 'The ministry', cue: 'did not go into' }],
    ['The Herald reports that the deal is off.', { content: 'that the deal is off', speaker: 'The Herald', cue: 'reports' }],
    ['The Herald has learned that the deal is off.', { content: 'that the deal is off', speaker: 'The Herald', cue: 'has learned' }],
    ['The tender drew four bids, Mr Dahl also said, according to the statement.', { content: 'The tender drew four bids', speaker: 'Mr Dahl', cue: 'also said' }],
    ['People familiar with the matter said the merger was off.', { content: 'the merger was off', speaker: 'People familiar with the matter', cue: 'said', anonymous: true }],
    ['The plan, the minister said, would cost less than feared.', { content: 'would cost less than feared', speaker: 'the minister', cue: 'said' }],
    // a participle after a comma goes on with the sentence's last speaker
    ['Tidewater Foods will close two plants, the company said on Wednesday, blaming weak demand.', { content: 'weak demand', speaker: 'the company', cue: 'blaming' }],
    // a dateline with a date and an agency is no content
    ['AUCKLAND, March 4 (Reuters) - Tidewater Foods will cut 400 jobs, the company said.', { content: 'Tidewater Foods will cut 400 jobs', speaker: 'the company', cue: 'said' }],
    ['SKARNES, Norway — The mill will close in March, the owner said.', { content: 'The mill will close in March', speaker: 'the owner', cue: 'said' }],
    ['Poll: Voters back the harbour plan\n\nThe survey was taken in May.', { content: 'Voters back the harbour plan', speaker: 'Poll', cue: ':', rule: 'claim.headline-colon' }],
    // a verb before a quotation: a lower-case adverb ends its subject and opens the cue
    ['Mayor Lund openly admires the harbour master as a “true sailor,” and says so.', { content: 'the harbour master as a “true sailor,”', speaker: 'Mayor Lund', cue: 'openly admires', rule: 'claim.verb-quote' }],
    ['The senator told reporters that the vote would be close.', { content: 'that the vote would be close', speaker: 'The senator', cue: 'told' }],
    // "ask" passes its addressee before a question word only
    ['The reporter asked her whether the pier would reopen.', { content: 'whether the pier would reopen', speaker: 'The reporter', cue: 'asked' }],
    ['Ms Hale asked the harbour master why the ferry was late.', { content: 'why the ferry was late', speaker: 'Ms Hale', cue: 'asked' }],
    ['The mayor asked the council to delay the vote.', { content: 'the council to delay the vote', speaker: 'The mayor', cue: 'asked' }],
    // a coordinated or participle cue with no subject of its own takes the sentence's subject
    ['The governor vetoed the bill and says the state cannot afford it.', { content: 'the state cannot afford it', speaker: 'The governor', cue: 'says' }],
    ['Mayor Ruiz hit back on Monday, saying the audit was late.', { content: 'the audit was late', speaker: 'Mayor Ruiz', cue: 'saying' }],
    // "stated"/"notes" after a name stay cues; "United States" and "Editor’s note:" are not (below)
    ['Ms Lund stated that the mill would close.', { content: 'that the mill would close', speaker: 'Ms Lund', cue: 'stated' }],
    ['Mr Ek notes that the mill will close.', { content: 'that the mill will close', speaker: 'Mr Ek', cue: 'notes' }],
    // a subject with an appositive, a parenthesis or dashes before the cue; no ", said X" inversion
    ['Alabama Sen. Tom Reed, a prominent farm lobbyist, said the harvest from the east was late.', { content: 'the harvest from the east was late', speaker: 'Alabama Sen. Tom Reed', cue: 'said' }],
    ['Rep. Ann Lo (D-Vt.), chair of the budget panel, said the plan was late.', { content: 'the plan was late', speaker: 'Rep. Ann Lo', cue: 'said' }],
    ['Several nurses — including two from the night shift — said the ward was full.', { content: 'the ward was full', speaker: 'Several nurses', cue: 'said' }],
    ['Dora Lind - the skipper and co-owner - told the local paper that the boat was sold.', { content: 'that the boat was sold', speaker: 'Dora Lind', cue: 'told' }],
    ['A court filing released Thursday says that the port lease was void.', { content: 'that the port lease was void', speaker: 'A court filing released Thursday', cue: 'says' }],
    ['On the weekend edition of “Harbour Talk,” Mayor Ruiz said the ferry would run again.', { content: 'the ferry would run again', speaker: 'Mayor Ruiz', cue: 'said' }],
    // ... an appositive that names a title in quotation marks ("titled “…”", "called ‘…’")
    ['The report, titled “Safe Harbours”, said the port would need new cranes.', { content: 'the port would need new cranes', speaker: 'The report', cue: 'said' }],
    ['The new advert, called ‘Home Again’, claims that the levy will double.', { content: 'that the levy will double', speaker: 'The new advert', cue: 'claims' }],
    // a participle after a preposition takes the clause's subject, past an appositive
    ['Dr Lee, a surgeon, went on air and began by saying he would never judge a patient.', { content: 'he would never judge a patient', speaker: 'Dr Lee', cue: 'saying' }],
    // a contracted auxiliary opens the cue; the speaker is the pronoun alone
    ['He’s claiming that the ferry vote was rigged.', { content: 'that the ferry vote was rigged', speaker: 'He', cue: '’s claiming' }],
    // a source noun placed "in"/"at" somewhere; "asked not to be named" is no claim
    ['An aide in the governor’s office, who asked not to be named, said the vote was delayed.', { content: 'the vote was delayed', speaker: 'An aide in the governor’s office', cue: 'said', anonymous: true }],
    ['A source close to the Danish club said the lease was void.', { content: 'the lease was void', speaker: 'A source close to the Danish club', cue: 'said', anonymous: true }],
    // an infinitive after the cue is its content; a dateline is not
    ['The two councillors had agreed to back the budget.', { content: 'to back the budget', speaker: 'The two councillors', cue: 'had agreed' }],
    ['OSLO – The ferry will stop in May, the operator said.', { content: 'The ferry will stop in May', speaker: 'the operator', cue: 'said' }],
    // the sentence's subject after "and said" keeps its noun after a quantifier, as after "The"
    ['Some pilots vented their anger at the levy and said it would ruin the port.', { content: 'it would ruin the port', speaker: 'Some pilots', cue: 'said' }],
    // "and said" after a subordinate clause keeps the sentence's speaker
    ['Mr Lund argued the flats would cost more than the budget allowed, and said his group would appeal.', { content: 'his group would appeal', speaker: 'Mr Lund', cue: 'said' }],
    // a cue in a subordinate clause that opens the sentence reports that clause only, to the
    // comma before the main clause; a comma inside a list does not end it
    ['While Ms Holm said that the ferry was safe, the crew stayed ashore.', { content: 'that the ferry was safe', speaker: 'Ms Holm', cue: 'said' }],
    ['Although the union wants higher wages, shorter shifts and more staff, it signed the deal.', { content: 'higher wages, shorter shifts and more staff', speaker: 'the union', cue: 'wants' }],
    ['After Mayor Ivo Brandt hinted that the ferry would be sold, the pilots walked out.', { content: 'that the ferry would be sold', speaker: 'Mayor Ivo Brandt', cue: 'hinted' }],
    ['Because the harbour board wants a new levy, the ferry fares will rise.', { content: 'a new levy', speaker: 'the harbour board', cue: 'wants' }],
    ['If Ms Ekdahl argued that the dam was unsafe, she gave no figures.', { content: 'that the dam was unsafe', speaker: 'Ms Ekdahl', cue: 'argued' }],
    // (not "As X noted, ...": the clause after the comma is what was noted)
    ['As Mr Lund noted, the ferry will be sold before May.', { content: 'the ferry will be sold before May', speaker: 'Mr Lund', cue: 'noted' }],
    // a relative clause on a name that ends the content is the writer's note on the name; one on
    // a common noun or holding a quotation stays in the content
    ['The mayor said the levy would fund the ferry to Ayr, which has no bridge.', { content: 'the levy would fund the ferry to Ayr', speaker: 'The mayor', cue: 'said' }],
    ['Ms Holm praised Ivo Brandt, who chairs the harbour board.', { content: 'Ivo Brandt', speaker: 'Ms Holm', cue: 'praised' }],
    ['The mayor said the levy would fund the ferries, which are old.', { content: 'the levy would fund the ferries, which are old', speaker: 'The mayor', cue: 'said' }],
    ['Ms Holm said she hoped for a large turnout in Ayr, which “will help the port.”', { content: 'she hoped for a large turnout in Ayr, which “will help the port.”', speaker: 'Ms Holm', cue: 'said' }],
    // ... so is a noun phrase set beside the end of the content, but not a name or a list's last items
    ['The mayor said the levy would pay for the ferry, a move that angered the pilots.', { content: 'the levy would pay for the ferry', speaker: 'The mayor', cue: 'said' }],
    ['Ms Holm praised Ivo Brandt, the harbour master.', { content: 'Ivo Brandt', speaker: 'Ms Holm', cue: 'praised' }],
    ['The mayor said he backs the new law, the Ferry Safety Act.', { content: 'he backs the new law, the Ferry Safety Act', speaker: 'The mayor', cue: 'said' }],
    ['The mayor said the levy would pay for the ferry, the dam and the bridge.', { content: 'the levy would pay for the ferry, the dam and the bridge', speaker: 'The mayor', cue: 'said' }],
    // ... and, after a last dash, a noun phrase, a contrast or a clause of its own; "including" goes on
    ['The mayor said the levy would fund a new ferry — a dream for many pilots.', { content: 'the levy would fund a new ferry', speaker: 'The mayor', cue: 'said' }],
    ['The mayor said the levy would fund a new ferry — but the pilots are not convinced.', { content: 'the levy would fund a new ferry', speaker: 'The mayor', cue: 'said' }],
    ['The mayor said the levy would fund a new ferry - the old one will be sold.', { content: 'the levy would fund a new ferry', speaker: 'The mayor', cue: 'said' }],
    ['The mayor said the levy would fund two new ferries — including one for Ayr.', { content: 'the levy would fund two new ferries — including one for Ayr', speaker: 'The mayor', cue: 'said' }],
    ['The mayor said the levy would fund a new ferry - but only after the vote.', { content: 'the levy would fund a new ferry - but only after the vote', speaker: 'The mayor', cue: 'said' }],
    // the subject stands before "went on to", "continued to"
    ['Mr Dahl goes on to argue that the tax is unfair.', { content: 'that the tax is unfair', speaker: 'Mr Dahl', cue: 'goes on to argue' }],
    // a question with no subject: "Asked whether ..., X said", "... when asked about ..."
    ['Asked whether he would run again, the mayor smiled.', { content: 'whether he would run again', speaker: null, cue: 'Asked', rule: 'claim.asked' }],
    ['The port will stay open, Mr Lund said when asked about the strike.', { content: 'the strike', speaker: null, cue: 'asked about', rule: 'claim.asked' }],
    ['Asked by reporters to name a date, the mayor declined.', { content: 'to name a date', speaker: 'reporters', cue: 'Asked', rule: 'claim.asked' }],
    // subjects the noun-phrase rules used to miss
    ['By wide margins, those surveyed say the ferry should stay.', { content: 'the ferry should stay', speaker: 'those surveyed', cue: 'say' }],
    ['On housing, 42% say the city has failed.', { content: 'the city has failed', speaker: '42%', cue: 'say' }],
    ['Sen. Al Lee, R-S.C., a long-shot candidate, said the plan was oversold.', { content: 'the plan was oversold', speaker: 'Sen. Al Lee', cue: 'said' }],
    ['Brit Moe, 29, of Huntsville, Ala., says her biggest worry is rent.', { content: 'her biggest worry is rent', speaker: 'Brit Moe', cue: 'says' }],
    ['Party spokesman Ivo Lund on Thursday evening said the party was calm.', { content: 'the party was calm', speaker: 'Party spokesman Ivo Lund', cue: 'said' }],
    ['Eskelsen García said the races can also help.', { content: 'the races can also help', speaker: 'Eskelsen García', cue: 'said' }],
    ['Even the organizer of the harbour rally said the rules were unfair.', { content: 'the rules were unfair', speaker: 'the organizer of the harbour rally', cue: 'said' }],
    ['Sen. Ivo Lund (D-R.I.), said after a lunch on Tuesday that he had no plan.', { content: 'that he had no plan', speaker: 'Sen. Ivo Lund', cue: 'said' }],
    ['The mayor has disputed both claims, but says that she would act differently now.', { content: 'that she would act differently now', speaker: 'The mayor', cue: 'says' }],
    ['The club chairman said — on the radio, as it happens — that the club was for sale.', { content: 'that the club was for sale', speaker: 'The club chairman', cue: 'said' }],
    // a title-case headline's -s verb between capitalised words
    ['Mayor Lund Says Harbour Deal Is Dead\n\nThe talks ended on Friday.', { content: 'Harbour Deal Is Dead', speaker: 'Mayor Lund', cue: 'Says' }],
    // records and counts show things: "polls show", "..., the filings show."
    ['New polls show the mayor ahead in both districts.', { content: 'the mayor ahead in both districts', speaker: 'New polls', cue: 'show' }],
    ['The fund lost half its donors, the filings show.', { content: 'The fund lost half its donors', speaker: 'the filings', cue: 'show', rule: 'claim.content-cue' }],
    // the writer's hedges credit the whole clause to no one
    ['The ferry plan seems to have lost its last backers.', { content: 'The ferry plan seems to have lost its last backers', speaker: null, cue: 'seems', rule: 'claim.hedge' }],
    ['In June, the council is expected to approve the budget, despite the protests.', { content: 'the council is expected to approve the budget', speaker: null, cue: 'is expected', rule: 'claim.hedge' }],
    // an adverb between the auxiliary and the cue is part of the cue, not the speaker
    ['The skipper has twice complained that the pier is unsafe.', { content: 'that the pier is unsafe', speaker: 'The skipper', cue: 'has twice complained', rule: 'claim.cue-content' }],
    ['The harbour master quite clearly said that the fares would rise.', { content: 'that the fares would rise', speaker: 'The harbour master', cue: 'clearly said', rule: 'claim.cue-content' }],
    // "both"/"all" floating between the subject and the verb opens the cue, not the end of the speaker
    ['Mayor Brel and Senator Oska have both argued that the harbour needs dredging.', { content: 'that the harbour needs dredging', speaker: 'Mayor Brel and Senator Oska', cue: 'have both argued', rule: 'claim.cue-content' }],
    ['The harbour ministers all urged that the vote be delayed.', { content: 'that the vote be delayed', speaker: 'The harbour ministers', cue: 'all urged', rule: 'claim.cue-content' }],
    ['Pell and Vance both warned that the pier was unsafe.', { content: 'that the pier was unsafe', speaker: 'Pell and Vance', cue: 'both warned', rule: 'claim.cue-content' }],
    // ... not a subject "both" after a sentence-opening "And", nor after a pronoun
    ['And both insist that the fares must fall.', { content: 'that the fares must fall', speaker: 'both', cue: 'insist', rule: 'claim.cue-content' }],
    ['They all vowed that the bridge would open.', { content: 'that the bridge would open', speaker: 'They all', cue: 'vowed', rule: 'claim.cue-content' }],
    // ... also before a reporting verb: "is expected to announce" is the hedge, not a cue "announce"
    ['The harbour master is expected to announce new fares on Monday.', { content: 'The harbour master is expected to announce new fares on Monday', speaker: null, cue: 'is expected', rule: 'claim.hedge' }],
    ['The harbour board seemed equally unperturbed.', { content: 'The harbour board seemed equally unperturbed', speaker: null, cue: 'seemed', rule: 'claim.hedge' }],
    ['The club is reportedly spending a fortune on ads.', { content: 'The club is reportedly spending a fortune on ads', speaker: null, cue: 'reportedly', rule: 'claim.hedge' }],
    // a connector that opens the hedged clause is the writer's link, not part of it
    ['But the ferry plan seems to have lost its last backers.', { content: 'the ferry plan seems to have lost its last backers', speaker: null, cue: 'seems', rule: 'claim.hedge' }],
    ['The levy passed, and the harbour master is expected to resign.', { content: 'the harbour master is expected to resign', speaker: null, cue: 'is expected', rule: 'claim.hedge' }],
    ['The mayor reportedly said the port was closed.', { content: 'the port was closed', speaker: 'The mayor', cue: 'reportedly said' }],
    // a hedge before a reporting verb is part of that verb's cue
    ['The mayor appeared to acknowledge that the audit was late.', { content: 'that the audit was late', speaker: 'The mayor', cue: 'appeared to acknowledge' }],
    // a nested attribution after a clause break is its own: the outer content ends before it ...
    ['The mayor refuses to publish the harbour accounts — and the auditors say they would show the losses.', { content: 'to publish the harbour accounts', speaker: 'The mayor', cue: 'refuses' }],
    ['The mayor refuses to publish the harbour accounts — and the auditors say they would show the losses.', { content: 'they would show the losses', speaker: 'the auditors', cue: 'say' }],
    // a participle after a noun phrase that follows a preposition credits that noun
    ['The loudest voices came from pastors supporting the dam.', { content: 'the dam', speaker: 'pastors', cue: 'supporting' }],
    ['The loudest voices came from pastors saying the dam was safe.', { content: 'the dam was safe', speaker: 'pastors', cue: 'saying' }],
    ['The mayor discussed the cost of the new dam.', { content: 'the cost of the new dam', speaker: 'The mayor', cue: 'discussed' }],
    // a participle after an issued text: the cue runs from the issuing verb, the issuer speaks
    ['The mayor issued a statement Tuesday saying the dam was safe.', { content: 'the dam was safe', speaker: 'The mayor', cue: 'issued a statement Tuesday saying' }],
    ['The council quickly sent out a letter urging pilots to back the levy.', { content: 'pilots to back the levy', speaker: 'The council', cue: 'quickly sent out a letter urging' }],
    // a second cue of the same subject after "but" or an auxiliary ends the first content
    ['The mayor said it was too early to discuss the levy but noted that the dam was safe.', { content: 'it was too early to discuss the levy', speaker: 'The mayor', cue: 'said' }],
    ['The mayor criticized the levy and has called for a vote on the dam.', { content: 'the levy', speaker: 'The mayor', cue: 'criticized' }],
    // ", but that ...": a second complement of the same cue stays in the content; ", but" alone ends it
    ['The harbour master said the levy was high, but that the ferries would still sail.', { content: 'the levy was high, but that the ferries would still sail', speaker: 'The harbour master', cue: 'said' }],
    ['The harbour master said the levy was high, but the ferries sailed anyway.', { content: 'the levy was high', speaker: 'The harbour master', cue: 'said' }],
    ['The harbour master said the levy was high, but thatched roofs were exempt.', { content: 'the levy was high', speaker: 'The harbour master', cue: 'said' }],
    // ... as does a contrast with no clause of its own; "while" opens one
    ['The mayor said the levy would fund the ferry, but not the bridge.', { content: 'the levy would fund the ferry, but not the bridge', speaker: 'The mayor', cue: 'said' }],
    ['Ms Holm said the port would stay open, though not on Sundays.', { content: 'the port would stay open, though not on Sundays', speaker: 'Ms Holm', cue: 'said' }],
    ['Ms Holm said the port would stay open, while only two piers would close.', { content: 'the port would stay open', speaker: 'Ms Holm', cue: 'said' }],
    // ", and" before a modal with no subject of its own goes on; before a new subject it ends the content
    ['The mayor said the levy was simple, and would not require a vote.', { content: 'the levy was simple, and would not require a vote', speaker: 'The mayor', cue: 'said' }],
    ['The mayor said the levy was simple, and the pilots would pay it.', { content: 'the levy was simple', speaker: 'The mayor', cue: 'said' }],
    // a participle cue after a comma inside closing quotation marks ends the content there too
    ['The mayor mocked the council for calling itself the "guardian of the port," noting that the port had lost money.', { content: 'the council for calling itself the "guardian of the port,"', speaker: 'The mayor', cue: 'mocked' }],
    ['The mayor mocked the council for calling itself the "guardian of the port," noting that the port had lost money.', { content: 'that the port had lost money', speaker: 'The mayor', cue: 'noting' }],
    ['The mayor mocked the council for calling itself the "guardian of the port," a title it had earned.', { content: 'the council for calling itself the "guardian of the port," a title it had earned', speaker: 'The mayor', cue: 'mocked' }],
    // the source's own tail ends the content, also after closing quotation marks; a longer phrase does not
    ['The mayor defended the levy as "fair to the port," the harbour master recalled.', { content: 'the levy as "fair to the port,"', speaker: 'The mayor', cue: 'defended' }],
    ['The mayor defended the levy as "fair to the port," with a smile for the harbour master.', { content: 'the levy as "fair to the port," with a smile for the harbour master', speaker: 'The mayor', cue: 'defended' }],
    // a participle cue after a preposition ends the content before it; other -ing words do not
    ['The mayor dismissed the audit by pointing out that the port had made money.', { content: 'the audit', speaker: 'The mayor', cue: 'dismissed' }],
    ['The mayor dismissed the audit by pointing out that the port had made money.', { content: 'that the port had made money', speaker: 'The mayor', cue: 'pointing out' }],
    ['The mayor praised the pilots after landing the ferry in a storm.', { content: 'the pilots after landing the ferry in a storm', speaker: 'The mayor', cue: 'praised' }],
    // ... also after a one-word content
    ['The senator praised Lisbon and said the harbour deal was fair.', { content: 'Lisbon', speaker: 'The senator', cue: 'praised' }],
    ['The senator praised Lisbon and Porto for the harbour deal.', { content: 'Lisbon and Porto for the harbour deal', speaker: 'The senator', cue: 'praised' }],
    // ... but not before a verb of thought or wish, which goes on with what was said ("decided" is a deed)
    ['The senator said she was tired of the delays and wanted a new harbour plan.', { content: 'she was tired of the delays and wanted a new harbour plan', speaker: 'The senator', cue: 'said' }],
    ['The senator said the ferry was late and hoped the port would reopen soon.', { content: 'the ferry was late and hoped the port would reopen soon', speaker: 'The senator', cue: 'said' }],
    ['The mayor criticized the levy and decided to call a vote on the dam.', { content: 'the levy', speaker: 'The mayor', cue: 'criticized' }],
    // ... with a noun-like verb after "did" (not after "had")
    ['The mayor did not mention the levy but did note that the dam was safe.', { content: 'the levy', speaker: 'The mayor', cue: 'did not mention' }],
    ['The mayor said the audit was late and had doubts about the dam.', { content: 'the audit was late and had doubts about the dam', speaker: 'The mayor', cue: 'said' }],
    // ... past "since" after "has"
    ['The senator supported the levy at first but has since said that the dam costs too much.', { content: 'the levy at first', speaker: 'The senator', cue: 'supported' }],
    // after a participle cue a second participle cue ends the first content, after a finite one not
    ['The minister toured the harbour, calling the dam a triumph and warning that the levy must rise.', { content: 'the dam a triumph', speaker: 'The minister', cue: 'calling' }],
    ['The minister toured the harbour, calling the dam a triumph and warning that the levy must rise.', { content: 'that the levy must rise', speaker: 'The minister', cue: 'warning' }],
    ['The mayor said the unions were planning a strike and threatening a boycott.', { content: 'the unions were planning a strike and threatening a boycott', speaker: 'The mayor', cue: 'said' }],
    // after an object cue any clause with a subject of its own is its own
    ['The mayor is highlighting the dam project as he urges voters to back the levy.', { content: 'the dam project', speaker: 'The mayor', cue: 'is highlighting' }],
    ['The mayor is highlighting the dam project as he urges voters to back the levy.', { content: 'voters to back the levy', speaker: 'he', cue: 'urges' }],
    // ... also after "as" (train: cue +5); "as" with no nested attribution stays inside
    ['The mayor said the dam was safe as the pilots warned that the levy would rise.', { content: 'the dam was safe', speaker: 'The mayor', cue: 'said' }],
    ['The mayor said the dam was as safe as the old one.', { content: 'the dam was as safe as the old one', speaker: 'The mayor', cue: 'said' }],
    // ... and after "which" when the relative clause has a subject and cue of its own (not a plain relative clause)
    ['The mayor touted the new dam, which the pilots say will save the port.', { content: 'the new dam', speaker: 'The mayor', cue: 'touted' }],
    ['The mayor touted the new dam, which opened in May.', { content: 'the new dam, which opened in May', speaker: 'The mayor', cue: 'touted' }],
    // ... also before a quotation with its own speaker and cue, but not one after a verb of thought
    ['The mayor defended the levy as the pilots called it “a tax on bread.”', { content: 'the levy', speaker: 'The mayor', cue: 'defended' }],
    ['The mayor said she wanted to meet the pilots and let them know that “the port stays open.”', { content: 'she wanted to meet the pilots and let them know that “the port stays open.”', speaker: 'The mayor', cue: 'said' }],
    // a cue inside the subject of a later finite cue ends its content before that cue
    ['Mayor Ann Lund, praising the pilots, said the dam was safe.', { content: 'the pilots', speaker: 'Mayor Ann Lund', cue: 'praising' }],
    ['Mayor Ann Lund, praising the pilots, said the dam was safe.', { content: 'the dam was safe', speaker: 'Mayor Ann Lund', cue: 'said' }],
    ['The mayor, citing figures from the port authority, said that fares would rise.', { content: 'figures from the port authority', speaker: 'The mayor', cue: 'citing' }],
    // ... not a cue after "and" (a second cue of the same subject) nor a later participle
    ['The mayor said the levy was unfair and the pilots agreed.', { content: 'the levy was unfair and the pilots agreed', speaker: 'The mayor', cue: 'said' }],
    ['The mayor said the pilots who backed the levy were wrong.', { content: 'the pilots who backed the levy were wrong', speaker: 'The mayor', cue: 'said' }],
    // ... a subordinate one or one whose subject opens the content stays inside
    ['The mayor said he was calm because the auditors warned that the money was gone.', { content: 'he was calm because the auditors warned that the money was gone', speaker: 'The mayor', cue: 'said' }],
    ['The mayor said the auditors warned that the money was gone.', { content: 'the auditors warned that the money was gone', speaker: 'The mayor', cue: 'said' }],
    // a bracket opened before the content closes outside it; one opened inside stays
    ['Turnout rose sharply (the mayor said the new polling stations helped).', { content: 'the new polling stations helped', speaker: 'the mayor', cue: 'said' }],
    ['The mayor said the levy was fair (a tax on ferries).', { content: 'the levy was fair (a tax on ferries)', speaker: 'The mayor', cue: 'said' }],
    // a comparison after a comma is the writer's; without the comma it is what was said
    // a noun phrase that opens the sentence speaks across a few words with no verb ("here", "out Monday")
    ['Her campaign workers here said they had knocked on every door.', { content: 'they had knocked on every door', speaker: 'Her campaign workers', cue: 'said' }],
    ['Pilots here argue that the dam is safe.', { content: 'that the dam is safe', speaker: 'Pilots', cue: 'argue' }],
    ['Harbour Master Ann Lo (Port of Leith) last week said the new dam was safe.', { content: 'the new dam was safe', speaker: 'Harbour Master Ann Lo', cue: 'said' }],
    // "according to" after a quotation that ends a clause credits the whole clause (the quote keeps its own)
    ['The mayor later compared the levy to a “tax on bread,” according to her aide.', { content: 'The mayor later compared the levy to a “tax on bread,”', speaker: 'her aide', cue: 'according to', rule: 'claim.according-to' }],
    // after ", and" a noun-like cue word that follows no name or pronoun is a noun: the content goes on
    ['The mayor said that the port’s loyalty to the city, and the broad support for the levy, were factors in the vote.', { content: 'that the port’s loyalty to the city, and the broad support for the levy, were factors in the vote', speaker: 'The mayor', cue: 'said' }],
    ['The mayor said the dam was safe, and she plans to visit it in May.', { content: 'the dam was safe', speaker: 'The mayor', cue: 'said' }],
    ['The mayor said the dam was safe, and Lo plans to visit it in May.', { content: 'the dam was safe', speaker: 'The mayor', cue: 'said' }],
    // a hedge after a phrase between commas credits the subject before that phrase with it
    ['The harbour board, which has kept the fees low since 2010, is expected to raise them in May.', { content: 'The harbour board, which has kept the fees low since 2010, is expected to raise them in May', speaker: null, cue: 'is expected', rule: 'claim.hedge' }],
    ['Separately, the port authority, under growing pressure, seems to favour the new dam.', { content: 'the port authority, under growing pressure, seems to favour the new dam', speaker: null, cue: 'seems', rule: 'claim.hedge' }],
    // "As reported by X, ...": the agent is the source of the clause after the comma
    ['As reported by the Herald, most pilots backed the dam.', { content: 'most pilots backed the dam', speaker: 'the Herald', cue: 'reported' }],
    // a poll or survey named by a sentence-opening "In" is the source of the rest of the sentence
    ['In a harbour board poll released Monday, 50 percent of pilots backed the dam.', { content: '50 percent of pilots backed the dam', speaker: 'a harbour board poll released Monday', cue: 'In', rule: 'claim.in-poll' }],
    ['The levy is new. In the latest survey, conducted in May, most pilots backed the dam, although many had doubts.', { content: 'most pilots backed the dam, although many had doubts', speaker: 'the latest survey', cue: 'In', rule: 'claim.in-poll' }],
    // "see" reports a view as "see X as Y"
    ['Most pilots see the new dam as a triumph.', { content: 'the new dam as a triumph', speaker: 'Most pilots', cue: 'see' }],
    ['The mayor saw the levy as a tax on bread.', { content: 'the levy as a tax on bread', speaker: 'The mayor', cue: 'saw' }],
    // an inverted speaker may have a relative clause that ends the sentence
    ['The dam will hold, said the pilots whose boats use it.', { content: 'The dam will hold', speaker: 'the pilots', cue: 'said', rule: 'claim.content-cue' }],
    // an inverted speaker (", said the head of the board in May") has no finite verb after it: there
    // the noun phrase is the subject of the content and the speaker is before the cue
    ['In May, the pilots, who wrote the letter, said the council’s response to the flood was too slow.', { content: 'the council’s response to the flood was too slow', speaker: 'the pilots', cue: 'said', rule: 'claim.cue-content' }],
    ['Later, the pilots, all veterans, said the harbour’s budget in May was too small.', { content: 'the harbour’s budget in May was too small', speaker: 'the pilots', cue: 'said' }],
    ['The dam will hold, said the head of the board in a statement on Monday.', { content: 'The dam will hold', speaker: 'the head of the board', cue: 'said', rule: 'claim.content-cue' }],
    // an inverted speaker with a phrase coordinated to it by "and"
    ['The ferry plan was dropped, said Kari Doyle and others at the meeting.', { content: 'The ferry plan was dropped', speaker: 'Kari Doyle and others', cue: 'said', rule: 'claim.content-cue' }],
    ['The levy is too high, said Ola Brekke and his sister.', { content: 'The levy is too high', speaker: 'Ola Brekke and his sister', cue: 'said', rule: 'claim.content-cue' }],
    // a short bracket on the speaker's name (party and state, age), before or after the cue
    ['Ferry fares will rise next year, Sen. Anna Lund (R-Iowa) told the Gazette.', { content: 'Ferry fares will rise next year', speaker: 'Sen. Anna Lund', cue: 'told', rule: 'claim.content-cue' }],
    ['Ferry fares will rise, Rep. Tom Vale (D-Mass.) said on Friday.', { content: 'Ferry fares will rise', speaker: 'Rep. Tom Vale', cue: 'said', rule: 'claim.content-cue' }],
    ['The pier will close in May, Per Moe (54) said.', { content: 'The pier will close in May', speaker: 'Per Moe', cue: 'said', rule: 'claim.content-cue' }],
    ['The pier will close in May, said Sen. Anna Lund (R-Iowa).', { content: 'The pier will close in May', speaker: 'Sen. Anna Lund', cue: 'said', rule: 'claim.content-cue' }],
    ['Most pilots said the new dam was safe, compared with a third last year.', { content: 'the new dam was safe', speaker: 'Most pilots', cue: 'said' }],
    ['The mayor said the dam was safer compared with the old one.', { content: 'the dam was safer compared with the old one', speaker: 'The mayor', cue: 'said' }],
    // a noun-like verb after a common noun that agrees with it as its subject
    ['Harbour pilots hope the new dam will hold through the winter.', { content: 'the new dam will hold through the winter', speaker: 'Harbour pilots', cue: 'hope' }],
    ['Some farmers fear the levy will double.', { content: 'the levy will double', speaker: 'Some farmers', cue: 'fear' }],
    ['The ferry company plans to cut its winter timetable.', { content: 'to cut its winter timetable', speaker: 'The ferry company', cue: 'plans' }],
    ['But pilots hope the new dam will hold.', { content: 'the new dam will hold', speaker: 'pilots', cue: 'hope' }],
    ['In the harbour towns, local polling shows the mayor ahead.', { content: 'the mayor ahead', speaker: 'local polling', cue: 'shows' }],
    // a finding's whole noun phrase with its modifier is the subject of "showed", "found"
    ['A Herald poll of harbour towns released on Tuesday showed the mayor with a lead.', { content: 'the mayor with a lead', speaker: 'A Herald poll of harbour towns released on Tuesday', cue: 'showed' }],
    ['A harbour poll conducted last week found that most pilots back the dam.', { content: 'that most pilots back the dam', speaker: 'A harbour poll conducted last week', cue: 'found' }],
    ['A video of the council meeting shows the mayor leaving early.', { content: 'the mayor leaving early', speaker: 'A video of the council meeting', cue: 'shows' }],
    // a long relative clause before the cue, with an amount or a parenthesis inside it
    ['Managers for the ferry line, which earned more than $4 million from tolls on the northern crossing in the last two years, say the route will close.', { content: 'the route will close', speaker: 'Managers for the ferry line', cue: 'say' }],
    ['Ana Reyes, whose boat was repaired by the Tarrow Harbour Pilots Association (THPA) after the storm in March, said the levy was unfair.', { content: 'the levy was unfair', speaker: 'Ana Reyes', cue: 'said' }],
    ['In May, Ana Reyes, who has run the bakery near the old harbour in the town of Tarrow for nearly twenty years, said the levy was unfair.', { content: 'the levy was unfair', speaker: 'Ana Reyes', cue: 'said' }],
    // two plural nouns after a comma name one speaker; after a noun phrase's own words only the second
    ['The dam will hold, pilots and engineers said.', { content: 'The dam will hold', speaker: 'pilots and engineers', cue: 'said' }],
    // ... and one word before "and" (a pronoun, an adjective) with the subject after it
    ['The levy is not only about money, he and Mr. Vale said.', { content: 'The levy is not only about money', speaker: 'he and Mr. Vale', cue: 'said', rule: 'claim.content-cue' }],
    ['The mayor asked the pilots about the levy, she and another reporter said.', { content: 'The mayor asked the pilots about the levy', speaker: 'she and another reporter', cue: 'said', rule: 'claim.content-cue' }],
    ['The board wants to question the pilots, current and former officials said.', { content: 'The board wants to question the pilots', speaker: 'current and former officials', cue: 'said', rule: 'claim.content-cue' }],
    ['Rents climbed in the harbour towns and residents said they would move.', { content: 'they would move', speaker: 'residents', cue: 'said' }],
    // a noun cue after a possessive: its complement ends before the verb of the clause the noun
    // phrase is in (past the own verb of a "that" clause, a coordinated verb or a hyphen)
    ["Mayor Lund's call for a levy on ferries angered the pilots.", { content: 'a levy on ferries', speaker: "Mayor Lund's", cue: 'call for' }],
    ["Mr Lie's warning that 40 jobs were at risk was dismissed by the company.", { content: 'that 40 jobs were at risk', speaker: "Mr Lie's", cue: 'warning' }],
    ["Mr Lie's warning that the jobs he saved were at risk was dismissed.", { content: 'that the jobs he saved were at risk', speaker: "Mr Lie's", cue: 'warning' }],
    ["Ms Varga's plan to close the mill and sell the land has upset the town.", { content: 'to close the mill and sell the land', speaker: "Ms Varga's", cue: 'plan' }],
    ["Ms Varga's plan to widen the Kessel-Arno road would cost $40 million.", { content: 'to widen the Kessel-Arno road', speaker: "Ms Varga's", cue: 'plan' }],
    ["Ms Varga's claim that the mill was sold and would close is false.", { content: 'that the mill was sold and would close', speaker: "Ms Varga's", cue: 'claim' }],
    ["Judge Arno's push for a faster hearing led to a new date.", { content: 'a faster hearing', speaker: "Judge Arno's", cue: 'push for' }],
    // ... or at a comma, colon or semicolon (with the quotation a comma closes)
    ["Ms Varga's claims that the mill was sold, which the pilots doubted, were repeated on Friday.", { content: 'that the mill was sold', speaker: "Ms Varga's", cue: 'claims' }],
    ["Mayor Lund's plan to tax the ferries: a view from the harbour.", { content: 'to tax the ferries', speaker: "Mayor Lund's", cue: 'plan' }],
    ["Ms Varga's warning that the mill “was finished,” it turned out, came true.", { content: 'that the mill “was finished,”', speaker: "Ms Varga's", cue: 'warning' }],
    // ... not after a comma ("Under X's plan, ..."), nor before a quotation the cue attributes, nor after a verb cue
    ["Under Mayor Lund's plan, ferry owners would pay a levy.", { content: 'ferry owners would pay a levy', speaker: "Mayor Lund's", cue: 'plan' }],
    ["Mayor Lund's tweet to invite the pilots was only “a joke” about the levy.", { content: 'to invite the pilots was only “a joke” about the levy', speaker: "Mayor Lund's", cue: 'tweet' }],
    ['Mayor Lund called for a levy on ferries that angered the pilots.', { content: 'a levy on ferries that angered the pilots', speaker: 'Mayor Lund', cue: 'called for' }],    // "made (it) clear": a cue only with "clear"
    ['Mayor Tilda Vorn made it clear that the ferry port would stay open.', { content: 'that the ferry port would stay open', speaker: 'Mayor Tilda Vorn', cue: 'made it clear' }],
    ['The pilots’ union has made clear it will not strike in May.', { content: 'it will not strike in May', speaker: 'The pilots’ union', cue: 'has made clear' }],
    ['Ms Vorn made it very clear to the board that the levy would stay.', { content: 'that the levy would stay', speaker: 'Ms Vorn', cue: 'made it very clear' }],
    // the addressee of "told" ends before a contracted pronoun
    ['Pell also told the Harbour Gazette he’d back Anna Dree over Tom Olun.', { content: 'he’d back Anna Dree over Tom Olun', speaker: 'Pell', cue: 'also told' }],
    ["Ms Dree told the Port Courier she's not planning an appeal.", { content: "she's not planning an appeal", speaker: 'Ms Dree', cue: 'told' }],
    // "dispute" as a verb, like "deny"
    ['A harbour spokeswoman disputed their account.', { content: 'their account', speaker: 'A harbour spokeswoman', cue: 'disputed' }],
    ['Mayor Lund did not dispute that the ferry lost money.', { content: 'that the ferry lost money', speaker: 'Mayor Lund', cue: 'did not dispute' }],
    ['Ms Lund disputes the figures.', { content: 'the figures', speaker: 'Ms Lund', cue: 'disputes' }],
    // a memory and an urging are attributed like a belief and a call
    ['Ms Dree remembers that the ferry ran every hour.', { content: 'that the ferry ran every hour', speaker: 'Ms Dree', cue: 'remembers' }],
    ['The harbour board encouraged pilots to join the strike.', { content: 'pilots to join the strike', speaker: 'The harbour board', cue: 'encouraged' }],
    // an appositive statement noun answered by a cue at the end of its clause: the noun phrase is the content
    ['The levy is unlawful, a charge that Mayor Ada Pell denied.', { content: 'a charge', speaker: 'Mayor Ada Pell', cue: 'denied', rule: 'claim.content-cue' }],
    ['The levy is unlawful, a charge denied by the harbour board.', { content: 'a charge', speaker: 'the harbour board', cue: 'denied', rule: 'claim.content-cue' }],
    // "view X as Y", like "see X as Y"
    ['Voters still view Mayor Pell as the stronger candidate.', { content: 'Mayor Pell as the stronger candidate', speaker: 'Voters', cue: 'still view' }],
    // "said nothing/little about": the cue takes the words in; "nothing" as a subject stays content
    ['Mayor Lund has said little about the ferry levy.', { content: 'the ferry levy', speaker: 'Mayor Lund', cue: 'has said little about' }],
    ['The harbour board says nothing about the pilots.', { content: 'the pilots', speaker: 'The harbour board', cue: 'says nothing about' }],
    ['The skipper said nothing had changed.', { content: 'nothing had changed', speaker: 'The skipper', cue: 'said' }],
  ];
  for (const [text, expected] of table) {
    it(JSON.stringify(text), () => {
      const found = claims(text).find((c) => c.cue === expected.cue && c.content === expected.content);
      assert.ok(found, `no claim "${expected.content}" with cue "${expected.cue}" in ${JSON.stringify(claims(text))}`);
      assert.equal(found.speaker, expected.speaker);
      if (expected.rule) assert.equal(found.rule, expected.rule);
      if (expected.anonymous !== undefined) assert.equal(found.anonymous, expected.anonymous);
    });
  }

  it('makes no claim that reads only "which" of a relative clause that answers the sentence ("…, which she has denied")', () => {
    const c = claims('Critics say the skipper took bribes, which she has denied.');
    assert.deepEqual(c.map((x) => x.content), ['the skipper took bribes']);
  });

  it('gives the participle cue the subject of its clause', () => {
    const c = claims('The minister defended the dam, telling farmers that the reservoir would end the shortages.');
    const telling = c.find((x) => x.cue === 'telling');
    assert.equal(telling?.content, 'that the reservoir would end the shortages');
    assert.equal(telling?.speaker, 'The minister');
  });

  it('makes no claim of a verb of thought or wish inside another claim, but does of a verb of speech', () => {
    assert.deepEqual(claims('The mayor told reporters he thought the vote was rigged.').map((c) => c.cue), ['told']);
    assert.deepEqual(claims('Ms Berg said the council wants a new bridge.').map((c) => c.cue), ['said']);
    assert.deepEqual(claims('The mayor told reporters the union says the vote was rigged.').map((c) => c.cue), ['told', 'says']);
    // also when the claim around it is found after it
    assert.deepEqual(claims('The mayor thinks the vote was rigged, an aide said.').map((c) => c.cue), ['said']);
    // on its own the verb still makes a claim
    assert.deepEqual(claims('The council wants a new bridge.').map((c) => c.content), ['a new bridge']);
  });

  it('makes no claim whose content only opens with another claim\'s participle cue (or "and" and its cue)', () => {
    assert.deepEqual(claims('The mayor responded on Friday, saying the dam was safe.').map((c) => [c.cue, c.content]), [['saying', 'the dam was safe']]);
    assert.deepEqual(claims('The harbour master hit back, citing the cost of the new dam.').map((c) => c.cue), ['citing']);
    // ... or with "and" and another claim's cue: two verbs share one object
    assert.deepEqual(claims('The mayor praised and defended the harbour levy.').map((c) => [c.cue, c.content]), [['defended', 'the harbour levy']]);
    assert.deepEqual(claims('The mayor was talking about and accused the council of hiding the losses.').map((c) => c.cue), ['accused']);
    // an object before "and" keeps both claims
    assert.deepEqual(claims('The mayor spoke about the levy and accused the council of hiding the losses.').map((c) => c.cue), ['spoke about', 'accused']);
    // an -ing word that is no cue keeps the claim around the nested one
    assert.deepEqual(claims('The mayor recalled meeting the pilots, who said the dam was safe.').map((c) => c.cue), ['recalled', 'said']);
  });

  it('makes no claim of a cue word in a phrase that opens the sentence when its content would be the main clause with a cue of its own', () => {
    assert.deepEqual(claims('In a video posted on Friday Mayor Lund said the dam was safe.').map((c) => [c.cue, c.content, c.speaker]), [['said', 'the dam was safe', 'Mayor Lund']]);
    // not without an opening phrase, nor when the main clause has no cue
    assert.deepEqual(claims('Mayor Lund said the pilots announced the strike.').map((c) => c.cue), ['said', 'announced']);
    assert.deepEqual(claims('When the mayor said the dam was safe the pilots laughed.').map((c) => c.cue), ['said']);
  });

  it('makes no claim of a state adjective inside another claim ("said he was confident that ...")', () => {
    assert.deepEqual(claims('Mayor Pell said she was confident that the levy would pass.').map((c) => c.cue), ['said']);
  });

  it('makes no claim of a cue after a modal inside another claim, but does on its own', () => {
    assert.deepEqual(claims('The senator said she would order the port authority to publish the accounts.').map((c) => c.cue), ['said']);
    assert.deepEqual(claims('The senator said the council will tell the auditors to publish the accounts.').map((c) => c.cue), ['said']);
    assert.deepEqual(claims('The senator would order the port authority to publish the accounts.').map((c) => c.cue), ['would order']);
    // without a modal the nested cue keeps its claim
    assert.deepEqual(claims('The mayor told reporters the union says the vote was rigged.').map((c) => c.cue), ['told', 'says']);
  });

  it('takes no noun phrase with a finite verb after it for an inverted speaker', () => {
    assert.deepEqual(claims('In May, the pilots, who wrote the letter, said the council’s response to the flood was too slow.').filter((c) => c.rule === 'claim.content-cue'), []);
    assert.deepEqual(claims('Later, the pilots, all veterans, said the harbour’s budget in May was too small.').filter((c) => c.rule === 'claim.content-cue'), []);
  });

  it('makes no claim of a cue inside an according-to content, nor one of "and" after its source', () => {
    assert.deepEqual(claims('According to her notes, after the exam, the doctor insisted that the patient rest.').map((c) => [c.cue, c.content]), [['According to', 'after the exam, the doctor insisted that the patient rest']]);
    assert.deepEqual(claims('According to the survey, and this is new, most pilots back the dam.'), []);
    assert.deepEqual(claims('Most pilots back the dam, according to the survey, in a sign of change.').map((c) => c.content), ['Most pilots back the dam']);
  });

  it('takes what describes an according-to source after the content for no second content', () => {
    assert.deepEqual(claims('Most pilots back the dam, according to Ann Lo, a pollster at the college.').map((c) => c.content), ['Most pilots back the dam']);
    assert.deepEqual(claims('Most pilots back the dam, according to Ian Pell, who chairs the panel.').map((c) => c.content), ['Most pilots back the dam']);
  });

  it('takes no title-case headline word for a cue with the opening noun phrase as speaker', () => {
    assert.deepEqual(claims('Mayor Lo Defends Herself Against Claims She Lied').filter((c) => c.cue === 'Claims'), []);
  });

  it('ends a content at the comma before a speaker with an apposition, however the cue ends', () => {
    const pick = (text: string) => claims(text).map((c) => [c.content, c.speaker, c.cue]);
    assert.deepEqual(pick('The ferry will stop at Brask from May, its chief executive, Ingrid Solheim, said on Tuesday.'), [['The ferry will stop at Brask from May', 'its chief executive', 'said']]);
    assert.deepEqual(pick('The ferry will stop at Brask from May, Ingrid Solheim, its chief executive, said.'), [['The ferry will stop at Brask from May', 'Ingrid Solheim', 'said']]);
    // the noun phrase after "told" is whom she told, not an inverted speaker
    assert.deepEqual(pick('The dam is safe, Lena Berg, a lecturer at the college, told reporters on Monday.'), [['The dam is safe', 'Lena Berg', 'told']]);
    // an opening phrase before the speaker is no content
    assert.deepEqual(pick('For one thing, Ms Lo, the favourite, proposed to cut the levy.'), [['to cut the levy', 'Ms Lo', 'proposed']]);
    assert.deepEqual(pick('But in a call with reporters on Monday, Tor Vik, the harbour master, said the quay was closed.'), [['the quay was closed', 'Tor Vik', 'said']]);
  });

  it('goes on past ", and that" to a second "that" clause of the same cue', () => {
    const contents = (text: string) => claims(text).map((c) => c.content);
    assert.deepEqual(contents('Ms Dahl said no pilot would lose a shift, and that the rota would be reviewed in April.'), ['no pilot would lose a shift, and that the rota would be reviewed in April']);
    assert.deepEqual(contents('The board noted that fares had doubled, or that they soon would.'), ['that fares had doubled, or that they soon would']);
    // a text that ends at ", and" / ", but" (no word after it) keeps its claim (both threw a TypeError)
    assert.deepEqual(contents('Ms Dahl said the levy was high, but'), ['the levy was high']);
    assert.deepEqual(contents('Ms Dahl said the levy was high, and'), ['the levy was high, and']);
    // "that" as the subject of a clause of its own
    assert.deepEqual(contents('Ms Dahl said the fares would rise, and that was the end of it.'), ['the fares would rise']);
  });

  it('takes a ruling with its "that" for a claim, not "ruled out"', () => {
    const pick = (text: string) => claims(text).map((c) => [c.content, c.speaker, c.cue]);
    assert.deepEqual(pick('The tribunal ruled that the dock levy was unlawful.'), [['that the dock levy was unlawful', 'The tribunal', 'ruled']]);
    assert.deepEqual(pick('Judge Ana Vell froze the levy on Monday, ruling that the port had misled the council.'), [['that the port had misled the council', 'Judge Ana Vell', 'ruling']]);
    assert.deepEqual(pick('The board ruled out a strike.'), []);
    assert.deepEqual(pick('The Vell family ruled the island for a century.'), []);
  });

  it('takes what describes an inverted speaker after a comma for no content: an apposition, a relative clause', () => {
    const pick = (text: string) => claims(text).map((c) => [c.content, c.speaker, c.cue]);
    assert.deepEqual(pick('The pier will close in May, said Dag Olsen, a pollster at the college.'), [['The pier will close in May', 'Dag Olsen', 'said']]);
    assert.deepEqual(pick('The pier will close in May, said Dag Olsen, director of the Harbour Institute at Vale University.'), [['The pier will close in May', 'Dag Olsen', 'said']]);
    assert.deepEqual(pick('The pier will close in May, said Ian Pell, who chairs the panel.'), [['The pier will close in May', 'Ian Pell', 'said']]);
    assert.deepEqual(pick('The pier will close in May, Ian Pell said, which surprised the pilots.'), [['The pier will close in May', 'Ian Pell', 'said']]);
    // ... and the clause goes on after it
    assert.deepEqual(pick('Any fair count of the votes, said Dag Olsen, a pollster at the college, would favour the mayor.'), [['Any fair count of the votes', 'Dag Olsen', 'said'], ['would favour the mayor', 'Dag Olsen', 'said']]);
    // not a clause of its own after the speaker
    assert.deepEqual(pick('The pier will close in May, said Ian Pell, the ferries will stop.'), [['The pier will close in May', 'Ian Pell', 'said'], ['the ferries will stop', 'Ian Pell', 'said']]);
    assert.deepEqual(pick('The pier will close in May, said Ian Pell, and the ferries will stop.'), [['The pier will close in May', 'Ian Pell', 'said'], ['and the ferries will stop', 'Ian Pell', 'said']]);
  });

  it('takes an inverted cue between commas inside a clause for a cue, the clause around it for the content', () => {
    const pick = (text: string) => claims(text).map((c) => [c.content, c.speaker, c.cue]);
    assert.deepEqual(pick('The ferry deal, said Ian Pell, is dead.'), [['The ferry deal', 'Ian Pell', 'said'], ['is dead', 'Ian Pell', 'said']]);
    assert.deepEqual(pick('The harbour deal, said Tove Lind and two colleagues, would be signed in May.'), [['The harbour deal', 'Tove Lind and two colleagues', 'said'], ['would be signed in May', 'Tove Lind and two colleagues', 'said']]);
    // (a negated auxiliary goes on with the clause too)
    assert.deepEqual(pick('The ferry deal, said Ian Pell, doesn’t add up.'), [['The ferry deal', 'Ian Pell', 'said'], ['doesn’t add up', 'Ian Pell', 'said']]);
    assert.deepEqual(pick("And the mayor, said Tove Lind, who chairs the panel, won't back down."), [['And the mayor', 'Tove Lind', 'said'], ["won't back down", 'Tove Lind', 'said']]);
    // not a name for something ("also known as"), and a subject with its own apposition stays the subject
    assert.deepEqual(pick('The island, also known as Vesterøy, has long been cut off.').filter((c) => c[1] === 'Vesterøy'), []);
    assert.deepEqual(pick('Sen. Ana Lo, a farm lobbyist, said the levy was too high.'), [['the levy was too high', 'Sen. Ana Lo', 'said']]);
  });

  it('takes "type" for a noun and only "typed" for the verb', () => {
    const pick = (text: string) => claims(text).map((c) => [c.content, c.speaker, c.cue]);
    assert.deepEqual(pick('Night pilots are more likely to develop type 2 diabetes, the Tarrow survey found.').map((c) => c[2]), ['found']);
    assert.deepEqual(pick('The ferry offers two types of cabin to its passengers.'), []);
    assert.deepEqual(pick('The harbour master typed that the quay was closed.'), [['that the quay was closed', 'The harbour master', 'typed']]);
  });

  it('takes a participle after a possessive for an adjective, not a cue', () => {
    const cues = (text: string) => claims(text).map((c) => c.cue);
    assert.deepEqual(cues('The union criticised Mr Lie’s repeated calls for a strike.'), ['criticised']);
    assert.deepEqual(cues("The harbour board's proposed levy would hurt the ferries."), []);
    assert.deepEqual(cues("The pilots' preferred route runs north of the dam."), []);
    // ... and so is a cue word after a possessive that is the subject of a verb
    assert.deepEqual(cues("Mr Lie's warning was dismissed by the board."), []);
    // a noun cue after a possessive inside another claim's content is that claim's
    assert.deepEqual(cues("The senator criticised Mayor Lund's call for a levy on ferries."), ['criticised']);
    assert.deepEqual(cues("Mayor Lund's call for a levy on ferries angered the pilots."), ['call for']);
    // a contracted "is" is no possessive
    assert.deepEqual(cues("He's denied that the port will close."), ["'s denied"]);
  });

  it('takes a bare noun-like form after a determiner and a singular word for a noun, not a cue', () => {
    const pick = (text: string) => claims(text).map((c) => [c.cue, c.content, c.speaker]);
    assert.deepEqual(pick('Mr Lie repeated a false claim that the mill had closed.'), [['repeated', 'a false claim that the mill had closed', 'Mr Lie']]);
    assert.deepEqual(pick('The vain hope that the ferries would return kept the town going.'), []);
    // ... but the -s form after a singular noun and the bare form after a plural are verbs
    assert.deepEqual(pick('The union hopes the levy will fall.'), [['hopes', 'the levy will fall', 'The union']]);
    assert.deepEqual(pick('The pilots hope that the dam holds.'), [['hope', 'that the dam holds', 'The pilots']]);
    // after a number it is a plural noun
    assert.deepEqual(pick('Turnout in the four states that voted on Tuesday was low.'), []);
    assert.deepEqual(pick('Turnout in the 15 states that voted on Tuesday was low.'), []);
    assert.deepEqual(pick('The audit states that the dam is safe.'), [['states', 'that the dam is safe', 'The audit']]);
  });

  it('leaves a whole quotation before "according to" to the quote', () => {
    assert.deepEqual(claims('“We are ready,” according to the mayor.'), []);
  });

  it('leaves a claim that is one quotation to the quote', () => {
    assert.deepEqual(claims('The minister said: “We are ready to sign today.”'), []);
  });

  describe('must not match', () => {
    const none = [
      'The said company made a profit.',
      'The so-called deal collapsed in March.',
      'The report was released on Monday.',
      'Her remarks drew criticism from the states.',
      'The bridge reopened in May.',
      'They went home after the game.',
      'Note: the figures are provisional and may change.',
      // "it" names no speaker for a participle cue
      'It rained for a week and then, saying nothing, the river rose.',
      'Editor’s note: the survey closed in May and the results are final.',
      // a byline is no headline claim
      'The harbour reopened on Monday.\n\nContributing: Ana Reyes and Tom Vale.',
      'The harbour reopened on Monday.\n\nAdditional reporting: Ana Reyes in Lisbon.',
      // a notice, page furniture, a live blog's running head or an interjection is no source
      'CLARIFICATION: An earlier version of this story gave the wrong date for the regatta.',
      'BYLINE: Ola Brekke',
      'The harbour reopened.\n\nTwitter: @harbourdesk',
      'The Latest: Ferry service resumes on the northern route',
      'Revealed: The Secret Menu Of The Old Harbour Café',
      // a label of several words with a function word is a headline's phrase, no source
      'Big Win For Pilots: Harbour Board Drops The Ferry Levy In May',
      // a section title before a paragraph of several sentences is no source
      'Harbour Fees.\n\nThe Tide Turns: Under the new mayor the harbour board approved the levy in May. It was the first rise in a decade.',
      'Traders in the United States that week sold the harbour bonds.',
      // "appear" and "expected" are hedges only before "to"; a TV show is no cue
      'The crowd seemed. The show ended early.',
      // a capitalised -s word inside a sentence that is no headline verb
      'Shoppers trust Consumer Reports magazine on prices.',
      'The mayor appeared on television at noon.',
      'The harbour bonds sold as expected.',
      // after "had" a noun-like cue word is its object
      'The old captain had doubts about the new harbour.',
      'The bank cut its rate by a quarter of a percentage point to 3.75 per cent.',
      // ... not one that a clause break follows (the rest is not its content)
      'The dam will hold, said the pilots who know it, and the mayor agreed.',
      // ... nor one whose "and" goes on to a clause, nor "and others" that is no inverted speaker
      'The plan was dropped, said Kari Doyle and the crew went home.',
      'The ferry sank, and others said.',
      // ... nor a verb before "and"
      'The ferry sank, Lund lost and others said.',
      // ... only at the sentence start and with the comma right after the agent
      'The dam was built as reported by the Herald, and it held.',
      'As reported by the Herald on Monday, most pilots backed the dam.',
      // "In" names a poll's finding only at the sentence start and before a clause
      'In the polls, anyway.',
      'The pilots met again in a survey boat, then the port closed.',
      // a quotation before the cue that no naming word opens is no appositive title: its
      // words are not a subject
      '“The ferry will sail”, said nothing to the pilots.',
      // "see" with no "as" after its object is no claim
      'The mayor saw the pilots at the harbour.',
      'The pilots saw the dam, as expected.',
      'We will see.',
      // the sentence's opening noun phrase does not speak across a verb
      'The harbour board voted on Monday to say nothing.',
      'The harbour board (in May) voted to say nothing.',
      // a participle after a verb's object modifies it; an -ing form after "stop" is no noun's
      'The mayor greeted the pastors saying prayers for the dam.',
      'Pilots from the north stop supporting the dam.',
      // ... not after a verb, an adjective or a noun that is no body that plans
      'The board heard doubts the dam would hold.',
      'Their economic plans to cut taxes were vague.',
      'The old pier shows its age.',
      'The harbour plans for the winter came to nothing.',
      // "shows" after a finding's modifier is a verb only before its object
      'The survey of cooking shows ended in May.',
      // "made" and "makes" are cues only with "clear"
      'The harbour board made the levy public and the pilots made plans to leave.',
      'Mayor Vorn makes it a rule to walk to the ferry.',
      // a noun-like plural before a relative "that" and its auxiliary is a noun ("dispute" is one too)
      'The treaty ended old disputes that had divided the two harbours.',
      'The board adopted new harbour rules that would limit the ferries.',
      'The pilots fled coastal states that have lost their ferries.',
      // "said nothing" is no statement
      'The ferry sank, and others said nothing.',
      'The skipper said little and went home.',
      'An encouraging sign came in May.',
      // a relative clause after a noun that names no statement answers nothing
      'The board bought the pier that Mayor Pell wanted.',
      // "view" reports a view only with "as"
      'Ms Pell viewed the harbour from the pier.',
      // "sure" and a state adjective with no copula report nothing; a state inside another claim is that claim's
      'The pilots are sure that the dam will hold.',
      'Confident that the dam would hold, the pilots went home.',
      // a bare infinitive after an object: the helpers' words are not the helped one's
      'A win in Dunmore would help her make her case that the levy was fair.',
      // the writer's aside
      'It should be noted that the pier was repaired in May.',
      // a noun before a phrase and a "that" is no verb of speech
      'There is an old quip in Dunmore that every ferry runs late.',
      'The pilots called in to a show that airs on Fridays.',
      'The pilots enjoyed the view from the pier.',
    ];
    for (const text of none) it(JSON.stringify(text), () => assert.deepEqual(claims(text), []));
  });
});
