import * as assert from 'node:assert/strict';
import { findNames } from '../../../src/core/names';
import { blocks, tokenize } from '../../../src/core/tokens';

/** Person candidates this stage is sure enough of on its own (strength 1 or 2), as text. */
function persons(text: string): string[] {
  return findNames(text, tokenize(text))
    .filter((c) => c.kind === 'person' && c.strength >= 1)
    .map((c) => text.slice(c.s, c.e));
}
function orgs(text: string): string[] {
  return findNames(text, tokenize(text))
    .filter((c) => c.kind === 'organization')
    .map((c) => text.slice(c.s, c.e));
}

describe('names: people of any origin', () => {
  const table: Array<[string, string[]]> = [
    ['Chinese President Xi Jinping touted close ties.', ['Xi Jinping']],
    ['The talks were led by Ursula von der Leyen and Fatima al-Hassan.', ['Ursula von der Leyen', 'Fatima al-Hassan']],
    ["The bank's governor, Njuguna Ndung'u, spoke first.", ["Njuguna Ndung'u"]],
    ['Former President George W. Bush spoke at length.', ['George W. Bush']],
    ['NATO Secretary-General Jens Stoltenberg arrived late.', ['Jens Stoltenberg']],
    ['Later Mr. Trump and Ms Mao left together.', ['Mr. Trump', 'Ms Mao']],
    ["On Tuesday Mr Xi's aides declined to comment.", ['Mr Xi']],
    ['Off-spinner P. Simmons took four wickets for Nolan Henke.', ['P. Simmons', 'Nolan Henke']],
    ['Martin Luther King Jr. was born in Atlanta.', ['Martin Luther King Jr.']],
    // post-nominal letters are no part of the name
    ['Defending, Rupert Ashdown KC asked for more time; Jane Pike MP agreed.', ['Rupert Ashdown', 'Jane Pike']],
    ['Later President Obama and Sen. Cruz spoke; spokesman Kirby did not.', ['Obama', 'Cruz', 'Kirby']],
    ['Mr. King said the vote was close.', ['Mr. King']],
    ['The plan is doomed, Obama said on Monday.', ['Obama']],
    ['Theresa May met Peter Such and Trevor Holland.', ['Theresa May', 'Peter Such', 'Trevor Holland']],
    // a given name that is also a function word or a month's short form, inside a sentence
    ['The mayor, Per Aas, met former governor Jan Brekke.', ['Per Aas', 'Jan Brekke']],
    // an organisation's word that is also a surname, after a given name
    ['Later Ingrid Fox met Lena Bloomberg.', ['Ingrid Fox', 'Lena Bloomberg']],
  ];
  for (const [text, expected] of table) {
    it(`finds ${expected.join(', ')}`, () => assert.deepEqual(persons(text), expected));
  }
});

describe('names: not people', () => {
  const table: Array<[string, string]> = [
    ['President alone', 'The President said nothing about it.'],
    ['a title with a nationality', 'The visit pleased the Chinese President greatly.'],
    ['cities, countries and the Kremlin', 'Moscow and Russia welcomed the visit to the Kremlin and Ukraine.'],
    ['days and months', 'On Tuesday, in March, and again in December the talks went on.'],
    ['sentence-initial function words', 'However, the talks stalled. The delegates left. Meanwhile nothing moved.'],
    ['multi-word places', 'Officials in New York, South Africa and Hong Kong were told.'],
    ['events and competitions', 'England reached the World Cup final after the Grand Prix in Monaco.'],
    ['teams named after places', 'Dynamo Moscow beat St Johnstone and Port Vale on Saturday.'],
    ['places named after a port', 'The ferry sailed from Porto Seguro to Puerto Limon.'],
    ['headline capitals without support', 'SOCCER - LEADERS CRASH AT HOME .'],
    ['sentence-initial common words in a run', 'Human Rights groups protested.'],
    ['a headline word after a title', 'Queen \'s Park beat Forfar .'],
    ['acronyms', 'The IMF and the GOP met the CEO.'],
    ['a place before a speech verb', 'Nobody was hurt, an official in Liege said.'],
    ['a plural at the start of a sentence', 'Analysts said the market was calm.'],
    // ... not "Per" opening a sentence, a month before a name, nor "Per" before a common word
    ['"Per" and "June" as words', 'Per the deal, the mill stays open. In June Oslo voted. Fares are 10 kroner Per Trip.'],
  ];
  for (const [what, text] of table) {
    it(`no person in: ${what}`, () => assert.deepEqual(persons(text), []));
  }
});

describe('names: organisations', () => {
  const table: Array<[string, string[]]> = [
    ['China’s Foreign Ministry said in a statement on Tuesday.', ['China’s Foreign Ministry']],
    ['The official Xinhua News Agency reported the meeting.', ['Xinhua News Agency']],
    ['The New York Post and the Secret Service disagreed.', ['New York Post', 'Secret Service']],
    ['US National Security Council spokesman John Kirby spoke.', ['US National Security Council']],
    ['The Ministry of Foreign Affairs replied.', ['Ministry of Foreign Affairs']],
    ['The IMF and the NAACP said so on TV.', ['IMF', 'NAACP']],
    // "of the" inside an organisation's name
    ['The Bank of the Northern Fjords said rates would hold.', ['Bank of the Northern Fjords']],
    ['The University of the Coral Coast said the study was sound.', ['University of the Coral Coast']],
    // "Lines" and "Library" end an organisation's name, also after a dateline
    ['SKARVIK — Gullhavn Lines, the operator, added a crossing.', ['Gullhavn Lines']],
    ['Pia Moen, chief executive of Gullhavn Lines, said so.', ['Gullhavn Lines']],
    ['Ivo Kall, head librarian at Brennvik Library, said so.', ['Brennvik Library']],
    // "on" links a body's topic, not a party's or a channel's place or time
    ['A councillor for the Tidewater Party on Skarvoy voted no.', ['Tidewater Party']],
    ['He told Harbour Radio on Skarvoy that the ferry was late.', ['Harbour Radio']],
    ['The Council on Coastal Fisheries and the Task Force on Reef Safety met.', ['Council on Coastal Fisheries', 'Task Force on Reef Safety']],
    // a society of "Friends of" what it supports, after "the" or inside a sentence
    ['The Friends of Brennvik Library, a volunteer group, said it would help.', ['Friends of Brennvik Library']],
    ['Money came from Friends of Olav Dahl and others.', ['Friends of Olav Dahl']],
    ['He joined the Friends of the Old Ropewalk in May.', ['Friends of the Old Ropewalk']],
    // "and" after a head opens a second name: after a legal form, before a given name, a place or an acronym
    ['Norvane Inc. and Veltra Corp. signed the deal.', ['Norvane Inc.', 'Veltra Corp.']],
    ['The study by Skarvik University and Brennvik College was cited.', ['Skarvik University', 'Brennvik College']],
    ['The Harbour Gazette and Sigrun Aal reported it.', ['Harbour Gazette']],
    ['The Harbour Gazette and Skarvik Radio reported it.', ['Harbour Gazette', 'Skarvik Radio']],
    // ... but not before a word for a kind of business
    ['They met at the Holmvik Golf Club and Spa on Friday.', ['Holmvik Golf Club and Spa']],
    // a place after "of" stays in the name
    ['The Bank of Skarvoy said rates would hold.', ['Bank of Skarvoy']],
    // an abbreviated legal form ends the name (and maybe its sentence): the next name is not the firm's
    ['He left Brekke & Co. Lund adviser Ivo Kall joined them.', []],
  ];
  for (const [text, expected] of table) {
    it(`finds ${expected.join(', ')}`, () => assert.deepEqual(orgs(text), expected));
  }
  it('does not make an organisation of a dateline\'s place in capitals', () => {
    for (const text of ['BERGEN — The ferry operator cut two routes.', 'TROMSO, Norway – The ferry operator cut two routes.', 'ALTA (NTB) - The IMF cut two routes.']) {
      assert.deepEqual(orgs(text).filter((o) => o !== 'IMF' && o !== 'NTB'), [], text);
    }
    // an acronym that opens a line without a dash is still one
    assert.deepEqual(orgs('NATO said the ships would sail.\nOSLO is calm.'), ['NATO']);
  });
  it('does not make a person of an organisation', () => assert.deepEqual(persons('The Xinhua News Agency reported it.'), []));
  it('splits a list of two channels', () => {
    assert.deepEqual(orgs('Later Fox News and Fox Business said so.'), ['Fox News', 'Fox Business']);
    assert.deepEqual(orgs('The Harbour Gazette and Bloomberg said so.'), ['Harbour Gazette', 'Bloomberg']);
  });
  it('does not make a person\'s friends opening a sentence an organisation', () =>
    assert.deepEqual(orgs('Friends of Ms Lund said she was tired. Friends of Olav Dahl agreed.'), []));
  it('does not make "Lines" or "Library" alone an organisation', () =>
    assert.deepEqual(orgs('Lines formed early. Library books were late, said Ivo Kall.'), []));
  it('does not make a person of a shipping line or a library', () =>
    assert.deepEqual(persons('Gullhavn Lines and Brennvik Library agreed.'), []));
  it('does not make a person of the end of an organisation with "of the"', () =>
    assert.deepEqual(persons('The University of the Coral Coast said the study was sound.'), []));
  it('keeps a person before "of the" apart', () =>
    assert.deepEqual(persons('Officials said Tove Lind of the Harbour Gazette wrote it.'), ['Tove Lind']));
});

describe('tokens: what name finding reads', () => {
  it('marks sentence starts, adjacency and possessives', () => {
    const text = "However, Mr Xi's aide met Putin. Then Kirby";
    const toks = tokenize(text);
    const by = (t: string) => toks.find((k) => k.t === t)!;
    assert.equal(by('However').si, true);
    assert.equal(by('Mr').si, false);
    assert.equal(by('Xi').adj, true);
    assert.equal(by('Xi').poss, true);
    assert.equal(text.slice(by('Xi').s, by('Xi').e), 'Xi');
    assert.equal(by('Then').si, true);
    assert.equal(by('Kirby').adj, true);
  });
  it('reads the detached possessive of tokenised text ("England \'s")', () => {
    const toks = tokenize("England 's captain");
    assert.deepEqual(toks.map((t) => [t.t, t.poss]), [['England', true], ['captain', false]]);
  });
  it('cuts a text without line breaks into bounded blocks that cover it exactly', () => {
    const text = 'word '.repeat(20000);
    const bs = blocks(text, 1000);
    assert.equal(bs[0][0], 0);
    assert.equal(bs[bs.length - 1][1], text.length);
    for (let i = 0; i < bs.length; i++) {
      assert.ok(bs[i][1] - bs[i][0] <= 1000 && bs[i][1] > bs[i][0]);
      if (i > 0) assert.equal(bs[i][0], bs[i - 1][1]);
    }
  });
});
