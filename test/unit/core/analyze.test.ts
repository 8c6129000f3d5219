import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, type Analysis, type Attribution } from '../../../src/core';

const FIXTURES = join(__dirname, '../../../../test/fixtures/articles');
const SAMPLES = join(__dirname, '../../../../../shared/samples');

interface Expected {
  text?: string;
  startsWith?: string;
  endsWith?: string;
  speaker: string;
  cue: string;
  rule?: string;
  entity?: string;
  anonymous?: boolean;
}

const slice = (text: string, s: [number, number] | null): string | null => (s ? text.slice(s[0], s[1]) : null);
function matches(text: string, a: Attribution, e: Expected): boolean {
  const t = text.slice(a.span[0], a.span[1]);
  if (e.text !== undefined && t !== e.text) return false;
  if (e.startsWith !== undefined && !t.startsWith(e.startsWith)) return false;
  if (e.endsWith !== undefined && !t.endsWith(e.endsWith)) return false;
  return slice(text, a.cue) === e.cue;
}
function check(text: string, analysis: Analysis, a: Attribution, e: Expected): void {
  assert.equal(slice(text, a.speaker), e.speaker, `speaker of ${slice(text, a.span)}`);
  if (e.rule) assert.equal(a.rule, e.rule);
  if (e.anonymous !== undefined) assert.equal(a.anonymous, e.anonymous);
  if (e.entity) assert.equal(analysis.entities.find((x) => x.id === a.entity)?.name, e.entity);
}

describe('analyze: the pipeline', () => {
  it('returns an empty analysis for empty text', () => {
    const a = analyze('');
    assert.equal(a.length, 0);
    assert.deepEqual(a.quotes, []);
    assert.deepEqual(a.claims, []);
  });

  it('numbers quotes q1.. and claims c1.. in text order, each with a rule', () => {
    const a = analyze('“We are ready,” Ms Hale said. The mayor said the bridge would reopen. “Soon,” she added.');
    assert.deepEqual(a.quotes.map((q) => q.id), ['q1', 'q2']);
    assert.deepEqual(a.claims.map((c) => c.id), ['c1']);
    for (const x of [...a.quotes, ...a.claims]) assert.match(x.rule, /^(quote|claim)\./);
  });

  it('makes an anonymous entity for an unnamed source', () => {
    const text = '“The deal is close,” a person familiar with the talks said.';
    const a = analyze(text);
    const e = a.entities.find((x) => x.id === a.quotes[0].entity);
    assert.ok(e);
    assert.equal(e.anonymous, true);
    assert.equal(e.kind, 'other');
    assert.equal(a.quotes[0].anonymous, true);
  });

  it('an unnamed source is anonymous whoever it works for, named before it; a name after it is no longer anonymous', () => {
    const anonymous = (text: string): boolean => analyze(text).claims[0].anonymous;
    assert.equal(anonymous('A Harbour Board spokeswoman said the berths would reopen.'), true);
    assert.equal(anonymous('A senior Tidewater Port Authority official said the berths would reopen.'), true);
    assert.equal(anonymous("Mayor Lund's advisers said the berths would reopen."), true);
    assert.equal(anonymous('Harbour Board spokeswoman Ingrid Solberg said the berths would reopen.'), false);
  });
  it('keeps a source anonymous when a named person or office only says where it stands', () => {
    const text = 'Mayor Karin Dahl closed the bridge on Monday. “The repairs will take a year,” a senior official in the mayor’s office said.';
    const a = analyze(text);
    assert.equal(a.quotes.length, 1);
    assert.equal(a.quotes[0].anonymous, true);
    assert.notEqual(a.entities.find((x) => x.id === a.quotes[0].entity)?.name, 'Karin Dahl');
    // The same speaker phrase without a source noun is the named person.
    const named = analyze('Mayor Karin Dahl closed the bridge on Monday. “The repairs will take a year,” the mayor said.');
    assert.equal(named.entities.find((x) => x.id === named.quotes[0].entity)?.name, 'Karin Dahl');
  });

  describe('speakers that are not (sample-article mistakes, by phenomenon)', () => {
    const speakers = (text: string): string[] => {
      const a = analyze(text);
      return [...a.quotes, ...a.claims].filter((x) => x.speaker).map((x) => text.slice(x.speaker![0], x.speaker![1]));
    };
    it('the object of a verb after a comma is not an inverted speaker', () => {
      for (const text of [
        'Ms Vance, who has led the Northern Nurses’ Union since 2015, described the mood on the wards as tense but calm.',
        'Mr Ilves, who chairs the Baltic Freight Forum, described the talks as slow.',
      ]) {
        const found = speakers(text);
        assert.ok(!found.some((s) => /mood|referees/.test(s)), `${text} -> ${found.join(' | ')}`);
      }
    });
    it('a plural possessive inside an apposition or relative clause does not hide the subject', () => {
      for (const text of [
        'Ms Vance, who has led the Northern Nurses’ Union since 2015, described the mood on the wards as tense but calm.',
        "Ms Vance, head of the dockers' federation, said the strike would go on.",
      ]) {
        assert.deepEqual(speakers(text), ['Ms Vance'], text);
      }
    });
    it('a noun phrase stops before a verb that takes a determiner', () => {
      for (const [text, who] of [
        ['The Bank of Northern Bay cut its main rate on Thursday, saying inflation was falling.', 'The Bank of Northern Bay'],
        ['The Port Authority of Northern Bay set its fees for the year on Monday, saying costs had doubled.', 'The Port Authority of Northern Bay'],
      ]) {
        assert.deepEqual(speakers(text), [who]);
      }
    });
    it('"continue" reports speech only before what was said', () => {
      const a = analyze('Mr Okoro said the strike would continue until the company made an offer.');
      assert.deepEqual(a.claims.map((c) => a.length && c.rule), ['claim.cue-content']);
      const quoted = analyze('“We will not move,” Ms Lind continued. “Not one metre.”');
      assert.ok(quoted.quotes.length >= 1 && quoted.quotes[0].cue !== null);
    });
    it('several words with only a sentence-initial capital are a group, not a person', () => {
      const a = analyze('Freight brokers said the backlog would take weeks to clear.');
      const e = a.entities.find((x) => x.id === a.claims[0]?.entity);
      assert.equal(e?.kind, 'other');
      const named = analyze('Tomas Brenner said the backlog would take weeks to clear.');
      assert.equal(named.entities.find((x) => x.id === named.claims[0]?.entity)?.kind, 'person');
    });
  });

  it('links a pronoun speaker to the entity the entity layer resolved', () => {
    const text = 'Mayor Karin Dahl opened the session. “We owe it to them,” she said.';
    const a = analyze(text);
    assert.equal(a.entities.find((x) => x.id === a.quotes[0].entity)?.name, 'Karin Dahl');
  });

  it('the speaker is whoever speaks for someone, not that someone', () => {
    const rows: Array<[string, string, boolean]> = [
      ['A spokeswoman for the harbour minister said the berths would reopen.', 'A spokeswoman for the harbour minister', true],
      ['A spokesman for Mr Okafor, who asked not to be named, said the talks had stalled.', 'A spokesman for Mr Okafor', true],
      ['A lawyer for the Dahl family said the appeal would go ahead.', 'A lawyer for the Dahl family', false],
      ['The deal was done, attorneys for the port said.', 'attorneys for the port', false],
    ];
    for (const [text, speaker, anonymous] of rows) {
      const a = analyze(text);
      const found = [...a.quotes, ...a.claims][0];
      assert.equal(slice(text, found.speaker), speaker, text);
      assert.equal(found.anonymous, anonymous, text);
      assert.notEqual(a.entities.find((e) => e.id === found.entity)?.name, 'Okafor');
    }
  });

  it("an -ing form after a common noun's possessive is a noun, not a cue; after a pronoun it is the verb", () => {
    const text = 'A person familiar with the council’s thinking said the vote would slip to June.';
    const a = analyze(text);
    assert.deepEqual([...a.quotes, ...a.claims].map((x) => [slice(text, x.speaker), slice(text, x.cue), slice(text, x.span)]), [
      ['A person familiar with the council’s thinking', 'said', 'the vote would slip to June'],
    ]);
    const he = 'Mr Lund is optimistic. He’s predicting the vote will pass.';
    assert.deepEqual(analyze(he).claims.map((x) => slice(he, x.cue)), ['’s predicting']);
  });

  it('a share of people is the speaker: "Six in 10 say"', () => {
    const text = 'Six in 10 say the ferry should run all winter, and 3 in 10 said it should not.';
    assert.deepEqual(analyze(text).claims.map((c) => slice(text, c.speaker)), ['Six in 10', '3 in 10']);
  });

  it('what "said of" names is what was talked about, never the speaker', () => {
    const text = "''The wall will hold,'' Ingrid Solberg, who has run the port for a decade and chairs the safety board, said of Mayor Lund's barrier. ''It is the best we have.''";
    const a = analyze(text);
    assert.deepEqual(a.quotes.map((q) => [slice(text, q.speaker), slice(text, q.cue)]), [['Ingrid Solberg', 'said'], ['Ingrid Solberg', 'said']]);
    assert.ok(a.quotes.every((q) => a.entities.find((e) => e.id === q.entity)?.name === 'Ingrid Solberg'));
  });

  describe('a statement that runs from its cue into a quotation: a claim holding the quote', () => {
    /** The claims and quotes of `text`, each as [content, speaker, cue]. */
    const seen = (text: string): { claims: Array<Array<string | null>>; quotes: Array<Array<string | null>> } => {
      const a = analyze(text);
      const row = (x: Attribution): Array<string | null> => [slice(text, x.span), slice(text, x.speaker), slice(text, x.cue)];
      return { claims: a.claims.map(row), quotes: a.quotes.map(row) };
    };
    const rows: Array<[string, string | null]> = [
      // words of the statement before a partial quotation: the claim is the whole statement
      ['Spokeswoman Ilse Varga says the mayor has “always run a frugal office and will keep doing so.”', 'the mayor has “always run a frugal office and will keep doing so.”'],
      ['Harbour master Ola Brenk told reporters the ferries “have never been late in a winter storm since the pier was built.”', 'the ferries “have never been late in a winter storm since the pier was built.”'],
      // a statement that ends inside a quotation of several sentences ends with the quotation
      ['Councillor Tove Rask says that “the pier is safe. Nobody has shown otherwise.”', 'that “the pier is safe. Nobody has shown otherwise.”'],
      ['Councillor Tove Rask said that the old ferry pier near the harbour would need “new piles. Nobody has checked them in years.”', 'that the old ferry pier near the harbour would need “new piles. Nobody has checked them in years.”'],
      // not when a comma or colon introduces the quotation: the quotation is the statement
      ['Councillor Tove Rask said on Monday, “the pier is safe and the ferries will run all winter.”', null],
      ['Councillor Tove Rask told the radio in Kessel: “the pier is safe and the ferries will run all winter.”', null],
      // a quotation whose cue follows it goes on from words that open its sentence: the claim is the sentence
      ['The pier was shut. He had “wanted to run the ferry since he was five,” his sister said.', 'He had “wanted to run the ferry since he was five,”'],
      ['KESSEL, Norway — The new toll “will not fix the roads, but it is a start,” Mayor Ada Lind said.', 'The new toll “will not fix the roads, but it is a start,”'],
      // not after a comma, nor before a participle (which opens no clause of a speaker's)
      ['Like most skippers, “we wait for the tide,” Ola Berg said.', null],
      ['The pier was shut. The levy was “a tax on every fisher,” telling the council nothing new.', null],
    ];
    for (const [text, claim] of rows) {
      it(JSON.stringify(text), () => {
        const { claims, quotes } = seen(text);
        assert.equal(quotes.length, 1);
        const [, speaker, cue] = quotes[0];
        assert.deepEqual(claims, claim === null ? [] : [[claim, speaker, cue]]);
      });
    }
  });

  it('an unnamed speaker of several attributions is one mention per place it is named, in text order', () => {
    const text = 'A judge ordered the board to review the deal, saying the tender had been "rushed and careless". The union said it would wait.';
    const a = analyze(text);
    assert.ok(a.quotes.length + a.claims.length >= 3);
    const judge = a.entities.find((e) => e.name === 'A judge')!;
    assert.deepEqual(judge.mentions.map((m) => m.span), [[0, 7]]);
  });

  describe('"It added": the organisation a speaker "it" continues', () => {
    /** The entity names of every attribution whose speaker is "it"/"It", in text order. */
    const itEntities = (text: string): Array<string | null> => {
      const a = analyze(text);
      return [...a.quotes, ...a.claims]
        .filter((x) => x.speaker && text.slice(x.speaker[0], x.speaker[1]).toLowerCase() === 'it')
        .sort((x, y) => x.span[0] - y.span[0])
        .map((x) => a.entities.find((e) => e.id === x.entity)?.name ?? null);
    };
    it('a named organisation', () => {
      assert.deepEqual(itEntities('The Tidewater Port Authority said the berths would reopen. It added: “Safety comes first.”'), ['Tidewater Port Authority']);
    });
    it('an organisation named only as a speaker, nearer than a named one', () => {
      const text = 'The Tidewater Port Authority said the berths would reopen. The transport agency said on Monday that fares would rise. It added that buses would run later. It has also said night trams would stop.';
      assert.deepEqual(itEntities(text), ['The transport agency', 'The transport agency']);
      const agency = analyze(text).entities.find((e) => e.name === 'The transport agency')!;
      assert.deepEqual(agency.mentions.map((m) => [text.slice(m.span[0], m.span[1]), m.form]), [['The transport agency', 'role'], ['It', 'pronoun'], ['It', 'pronoun']]);
    });
    it('not a document, whose "it" is mostly the organisation behind it', () => {
      assert.deepEqual(itEntities('The inspection report said the pumps had failed. It added that repairs would take a month.'), [null]);
    });
  });


  describe('the entity of a speaker phrase with a possessor or an apposition', () => {
    /** The name of the entity the first quote or claim resolves to, and its kind. */
    const speakerEntity = (text: string): [string | null, string | null] => {
      const a = analyze(text);
      const found = [...a.quotes, ...a.claims].sort((x, y) => x.span[0] - y.span[0])[0];
      const e = a.entities.find((x) => x.id === found?.entity);
      return [e?.name ?? null, e?.kind ?? null];
    };
    const rows: Array<[string, string, string | null]> = [
      // someone else's person or body is not that someone
      ['Nadia Petrov lost the appeal on Monday. Her lawyer said a new appeal would follow.', 'Her lawyer', 'Nadia Petrov'],
      ['Anton Weiss has left the party. His spokesman said the decision was final.', 'His spokesman', 'Anton Weiss'],
      ["Senator Olga Brandt's campaign said the rally would go ahead.", "Senator Olga Brandt's campaign", 'Olga Brandt'],
      ["Mr Haddad's supporters said the count was unfair.", "Mr Haddad's supporters", 'Haddad'],
    ];
    for (const [text, phrase, owner] of rows) {
      it(`"${phrase}" is not ${owner}`, () => {
        const [name] = speakerEntity(text);
        assert.notEqual(name, owner);
        assert.equal(name, phrase);
      });
    }
    it('the head after a possessive gives the kind of an unnamed speaker', () => {
      assert.equal(speakerEntity("Senator Olga Brandt's campaign manager said the rally would go ahead.")[1], 'person');
      assert.equal(speakerEntity("Senator Olga Brandt's campaign said the rally would go ahead.")[1], 'organization');
      assert.equal(speakerEntity("Mr Haddad's son said the count was unfair.")[1], 'person');
      assert.equal(speakerEntity("Tuesday's leaked memo said the count was unfair.")[1], 'other');
    });
    it('a title before "of" is a person, whatever it is the title of', () => {
      assert.equal(speakerEntity('The mayor of Tarrow said the budget was sound.')[1], 'person');
      assert.equal(speakerEntity('The chairman of the harbour committee said the budget was sound.')[1], 'person');
      assert.equal(speakerEntity('The ministry of finance said the budget was sound.')[1], 'organization');
      assert.equal(speakerEntity('The Senate minority leader said the budget was sound.')[1], 'person');
      assert.equal(speakerEntity('The newspaper said the budget was sound.')[1], 'organization');
    });
    it('a word for what a person does after "the" is a person, not an organisation', () => {
      for (const who of ['The harbour master', 'The nurse', 'The bakery owner', 'The ferryman', 'The headteacher', 'The witness']) {
        assert.deepEqual(speakerEntity(`${who} said the levy was too high.`), [who, 'person'], who);
      }
      assert.equal(speakerEntity('The nurses said the levy was too high.')[1], 'other');
      assert.notEqual(speakerEntity('The statement said the levy was too high.')[1], 'person');
    });
    it('the plural of a title or a word for a person after "the" is a group', () => {
      assert.equal(speakerEntity('The authors wrote that the sample was small.')[1], 'other');
      assert.equal(speakerEntity('The Green candidates said the budget was unsound.')[1], 'other');
      assert.equal(speakerEntity('The author wrote that the sample was small.')[1], 'person');
    });
    it('a lone capitalised plural of a common noun is a group, a lone capital a government', () => {
      assert.equal(speakerEntity('Economists said the rate cut came too late.')[1], 'other');
      assert.equal(speakerEntity('Moscow said the talks would resume.')[1], 'organization');
      assert.equal(speakerEntity('Halvorsen said the talks would resume.')[1], 'person');
    });
    it('a speaker in apposition to a word for an organisation is an organisation', () => {
      assert.deepEqual(speakerEntity("Hafen Metall, Germany's second-largest union, said it would fight the plan."), ['Hafen Metall', 'organization']);
      assert.deepEqual(speakerEntity('Tarrow Ore, the Canadian mining company, said output had doubled.'), ['Tarrow Ore', 'organization']);
      // not the head of a phrase after a preposition, and not without the apposition
      assert.deepEqual(speakerEntity('Edda Lind, a spokeswoman for the union, said the strike would go on.'), ['Edda Lind', 'person']);
      assert.deepEqual(speakerEntity('Hafen Metall said it would fight the plan.'), ['Hafen Metall', 'person']);
    });
    it('a plural after a possessive is a group', () => {
      assert.equal(speakerEntity("Mr Haddad's supporters said the count was unfair.")[1], 'other');
      assert.equal(speakerEntity('Anton Weiss has left the party. His spokesman said the decision was final.')[1], 'other');
    });
    it('the name in apposition is the speaker', () => {
      assert.deepEqual(speakerEntity("Vale Verde's chairman, Rui Barros, said the club had accepted the offer."), ['Rui Barros', 'person']);
      assert.deepEqual(speakerEntity('“We never wanted to sell,” said the agent, Lucas Ferreira.'), ['Lucas Ferreira', 'person']);
      assert.deepEqual(speakerEntity('The harbour master, Ingrid Solberg, said the port would reopen.'), ['Ingrid Solberg', 'person']);
    });
    it('a possessive role speaker is the one person named later with that role', () => {
      const ceo = 'Veltra Motors will open a plant in Kolholm, its chief executive said on Tuesday. Prices will rise, said Ingrid Solheim, chief executive of Veltra Motors.';
      assert.deepEqual(speakerEntity(ceo), ['Ingrid Solheim', 'person']);
      const e = analyze(ceo).entities.find((x) => x.name === 'Ingrid Solheim')!;
      assert.ok(e.aliases.includes('its chief executive'), e.aliases.join(', '));
      assert.ok(!analyze(ceo).entities.some((x) => x.name === 'its chief executive'));
      assert.deepEqual(speakerEntity('Rui Campos will stay at Tarrow, his agent said on Monday. “He is happy,” said the agent, Lucas Ferreira.'), ['Lucas Ferreira', 'person']);
    });
    it('a possessive role speaker stays itself: two people with that role, none named, another role', () => {
      const two = 'Rui Campos will stay at Tarrow, his agent said on Monday. “He is happy,” said Lucas Ferreira, agent of Rui Campos. “He wants to leave,” said Marta Vidal, agent of Tomas Reis.';
      assert.deepEqual(speakerEntity(two), ['his agent', 'other']);
      assert.deepEqual(speakerEntity('Rui Campos will stay at Tarrow, his agent said on Monday. The club said nothing.'), ['his agent', 'other']);
      const cfo = 'Veltra Motors will open a plant in Kolholm, its chief executive said on Tuesday. Prices will rise, said Ingrid Solheim, chief financial officer of Veltra Motors.';
      assert.deepEqual(speakerEntity(cfo), ['its chief executive', 'other']);
    });
    it('the phrase in apposition becomes a role mention and an alias of that person', () => {
      const text = '“We never wanted to sell,” said the agent, Lucas Ferreira. Mr Ferreira left.';
      const a = analyze(text);
      const e = a.entities.find((x) => x.name === 'Lucas Ferreira')!;
      assert.deepEqual([...e.aliases].sort(), ['Mr Ferreira', 'the agent']);
      const m = e.mentions[0];
      assert.deepEqual([text.slice(m.span[0], m.span[1]), m.form, m.rule], ['the agent', 'role', 'attribution.appositive']);
      assert.deepEqual(e.mentions.map((x) => x.span[0]), e.mentions.map((x) => x.span[0]).sort((p, q) => p - q));
    });
    it('the name in apposition, not the body named inside the phrase, and the phrase is the role', () => {
      const text = 'The director of the Tidewater Port Authority, Ingrid Solberg, said the berths would reopen.';
      assert.deepEqual(speakerEntity(text), ['Ingrid Solberg', 'person']);
      assert.equal(analyze(text).entities.find((e) => e.name === 'Ingrid Solberg')?.role, 'director of the Tidewater Port Authority');
      // a body in apposition to a phrase that names a body
      assert.deepEqual(speakerEntity("The company's largest union, the Harbour Workers Federation, said it had not been consulted."), ['Harbour Workers Federation', 'organization']);
      // with no name in apposition the body stays the best answer
      assert.deepEqual(speakerEntity('The director of the Tidewater Port Authority said the berths would reopen.'), ['Tidewater Port Authority', 'organization']);
    });
    it('a word for a kind of organisation with a name in apposition is that organisation', () => {
      assert.deepEqual(speakerEntity('A rival operator, Fjord Lines, said it would add two boats.'), ['Fjord Lines', 'organization']);
      assert.deepEqual(speakerEntity('The union, Fellesforbundet, said it would strike in June.'), ['Fellesforbundet', 'organization']);
      // the same organisation when it speaks by name later, and the phrase is one more name for it
      const text = 'The union, Fellesforbundet, said it would strike. Fellesforbundet later said talks were over.';
      const a = analyze(text);
      const union = a.entities.filter((e) => e.name === 'Fellesforbundet');
      assert.equal(union.length, 1);
      assert.deepEqual(a.claims.map((c) => c.entity), [union[0].id, union[0].id]);
      assert.deepEqual(union[0].aliases, ['the union']);
      // not a day, a place or a pronoun in the commas, not after a word for a person
      assert.deepEqual(speakerEntity('The company, Monday, said nothing more.'), ['The company', 'organization']);
      assert.deepEqual(speakerEntity('The agency, Oslo, said the port would reopen.'), ['The agency', 'organization']);
      assert.notDeepEqual(speakerEntity('A neighbour, Fjord Lines, said it would add two boats.'), ['Fjord Lines', 'organization']);
    });
    it('a name that "which" takes up is an organisation, not a person', () => {
      assert.deepEqual(speakerEntity('Nordpulp, which bought the mill in 2019, said demand had fallen.'), ['Nordpulp', 'organization']);
      // "who" and no relative at all leave the name a person
      assert.deepEqual(speakerEntity('Hovland, who ran the mill for a decade, said demand had fallen.'), ['Hovland', 'person']);
      assert.deepEqual(speakerEntity('Hovland said demand had fallen.'), ['Hovland', 'person']);
    });
    it('one capitalised word in apposition to a determined phrase names the speaker, of the kind the phrase or the article gives', () => {
      const rows: Array<[string, [string | null, string | null]]> = [
        // a word for anyone: a name of no known kind, the phrase one more name for it
        ['A rival, Fjordkapital, said it would buy the ferries.', ['Fjordkapital', 'other']],
        ['“We will bid,” said a rival, Nordhavn.', ['Nordhavn', 'other']],
        // a word for a person: a person
        ['His sister, Ingrid, said the boat was late.', ['Ingrid', 'person']],
        ['“The appeal will go ahead,” said her lawyer, Dahl.', ['Dahl', 'person']],
        // the entity the article names by that word elsewhere
        ['A rival, Fjordkapital, said it would buy the ferries. Fjordkapital ASA owns four boats.', ['Fjordkapital ASA', 'organization']],
        // not a place, a nationality, a day or an honorific; no apposition after a time phrase
        ['The capital, Oslo, said the port would reopen.', ['The capital', 'organization']],
        ['The capital, Tarrowby, said the port would reopen.', ['The capital', 'organization']],
        ['A rival, Norwegian, said it would bid.', ['A rival', 'other']],
        ['A rival, Friday, said it would bid.', ['A rival', 'other']],
        ['On Monday, Berg said the ferries were late.', ['Berg', 'person']],
        ['His sons, Erik, Lars and Per, said the boat was late.', ['His sons', 'other']],
        // ... nor, after any head, a hyphenated adjective or a legal form in the commas
        ['The minister, Oslo-born, said the port would reopen.', ['The minister', 'person']],
        ['The firm, Oslo-based, said it would sell.', ['The firm', 'organization']],
        ['The company, Inc., said the port would reopen.', ['The company', 'organization']],
        ['According to her neighbours, Mrs. Vik and her husband have left.', ['her neighbours', 'other']],
      ];
      for (const [text, expected] of rows) assert.deepEqual(speakerEntity(text), expected, text);
      const a = analyze('A rival, Fjordkapital, said it would buy the ferries.');
      assert.deepEqual(a.entities.find((e) => e.name === 'Fjordkapital')?.aliases, ['a rival']);
      const sister = analyze('His sister, Ingrid, said the boat was late.').entities.find((e) => e.name === 'Ingrid');
      assert.equal(sister?.role, 'sister');
    });
    it('a source noun with a name in apposition is that person, not an anonymous source', () => {
      const rows: Array<[string, string]> = [
        ['Anton Weiss has left the party. His spokeswoman, Edda Lind, said the decision was final.', 'Edda Lind'],
        ['A spokesman for the harbour authority, Piet Vos, said the berths would reopen.', 'Piet Vos'],
        ['A spokeswoman, Mina Aberg, said the talks would resume.', 'Mina Aberg'],
      ];
      for (const [text, name] of rows) {
        const a = analyze(text);
        const c = a.claims[0];
        assert.deepEqual(speakerEntity(text), [name, 'person'], text);
        assert.equal(c.anonymous, false, text);
      }
      // the phrase is the person's role, without the pronoun that names no one out of its sentence
      const lind = analyze(rows[0][0]).entities.find((e) => e.name === 'Edda Lind');
      assert.equal(lind?.role, 'spokeswoman');
      // without the name the source stays anonymous
      assert.equal(analyze('A spokeswoman said the talks would resume.').claims[0].anonymous, true);
    });
    it('a quotation with a cue but no speaker of its own takes the speaker of the claim sharing that cue', () => {
      const text = 'Mayor Ines Duarte said the plan was “a good start”, but warned that there was “a long way to go” before the river was clean.';
      const a = analyze(text);
      const q = a.quotes.find((x) => slice(text, x.span) === '“a long way to go”')!;
      assert.equal(slice(text, q.cue), 'warned');
      assert.equal(a.entities.find((e) => e.id === q.entity)?.name, 'Ines Duarte');
    });
    it('... also when the quotation is all the claim says', () => {
      const text = 'The fund’s director, Aro Lemm, said the figures were “welcome” but cautioned that “one month is not a trend”.';
      const a = analyze(text);
      const q = a.quotes.find((x) => slice(text, x.span) === '“one month is not a trend”')!;
      assert.equal(slice(text, q.cue), 'cautioned');
      assert.equal(a.entities.find((e) => e.id === q.entity)?.name, 'Aro Lemm');
    });
    it('a phrase that opens with the person stays theirs', () => {
      assert.deepEqual(speakerEntity('Marta Quist met the unions. She and her aides said the offer was fair.'), ['Marta Quist', 'person']);
    });
  });
  describe('speaker names a user sees: name parts, symbols, a head with its phrase', () => {
    /** The attribution whose cue is `cue`: content, speaker, entity name and kind, anonymous. */
    const seen = (text: string, cue: string): [string, string | null, string | null, string | null, boolean] | null => {
      const a = analyze(text);
      const p = [...a.quotes, ...a.claims].find((x) => slice(text, x.cue) === cue);
      if (!p) return null;
      const e = a.entities.find((x) => x.id === p.entity);
      return [slice(text, p.span)!, slice(text, p.speaker), e?.name ?? null, e?.kind ?? null, p.anonymous];
    };
    const rows: Array<[string, string, [string, string | null, string | null, string | null, boolean] | null]> = [
      // a capitalised "Will", "May", "Long" in a name is no auxiliary of the cue
      ['The columnist Harold Will said the levy was a mistake.', 'said', ['the levy was a mistake', 'The columnist Harold Will', 'Harold Will', 'person', false]],
      ['Harold Will wrote that the levy was a mistake.', 'wrote', ['that the levy was a mistake', 'Harold Will', 'Harold Will', 'person', false]],
      ['Harold Will also said the levy was a mistake.', 'also said', ['the levy was a mistake', 'Harold Will', 'Harold Will', 'person', false]],
      ['Ingrid May has said the pier would close.', 'has said', ['the pier would close', 'Ingrid May', 'Ingrid May', 'person', false]],
      ['Harold Will, a columnist, said the levy was a mistake.', 'said', ['the levy was a mistake', 'Harold Will', 'Harold Will', 'person', false]],
      ['“The pier is closed,” said Ingrid May.', 'said', ['“The pier is closed,”', 'Ingrid May', 'Ingrid May', 'person', false]],
      ['Mr. Long said the ferry was late.', 'said', ['the ferry was late', 'Mr. Long', 'Long', 'person', false]],
      ['While Will acknowledges the levy’s appeal, he prefers the old toll.', 'acknowledges', ['the levy’s appeal', 'Will', 'Will', 'person', false]],
      ['Will Marsh, the chairman of the harbour board, said the levy was fair.', 'said', ['the levy was fair', 'Will Marsh', 'Will Marsh', 'person', false]],
      // ... but an auxiliary in lower case, or before a base form, stays one (also in a question)
      ['Will Marsh say more on Friday?', 'say', ['more on Friday', 'Marsh', 'Marsh', 'person', false]],
      ['The mayor will say more on Friday.', 'will say', ['more on Friday', 'The mayor', 'The mayor', 'person', false]],
      ['Ingrid Varga may say more in June.', 'may say', ['more in June', 'Ingrid Varga', 'Ingrid Varga', 'person', false]],
      ['Will the levy work?', 'said', null],
      // "&" and "$" inside a noun phrase do not cut it to its last words
      // (one person, named by what they do: kind person, as "The nurse")
      ['“Every room is booked,” one B&B owner told the Harbour Gazette.', 'told', ['“Every room is booked,”', 'one B&B owner', 'one B&B owner', 'person', false]],
      ['“We want fair pay,” said a Fair Wage for $22 organizer.', 'said', ['“We want fair pay,”', 'a Fair Wage for $22 organizer', 'a Fair Wage for $22 organizer', 'person', false]],
      ['Tarrow Freight & Rail said the line would reopen.', 'said', ['the line would reopen', 'Tarrow Freight & Rail', 'Tarrow Freight & Rail', 'organization', false]],
      ['“The line will reopen,” said a Tarrow Freight & Rail spokesman.', 'said', ['“The line will reopen,”', 'a Tarrow Freight & Rail spokesman', 'a Tarrow Freight & Rail spokesman', 'other', true]],
      // ... and no "for" joins words in lower case or a name to a phrase that is not one
      ['“The line will reopen,” Ana Lund for Tarrow Rail said.', 'said', ['“The line will reopen,”', 'Ana Lund', 'Ana Lund', 'person', false]],
      // ... nor "/" between two names, nor "%" after its number
      ['A new Herald/Tarrow poll shows the levy is popular.', 'shows', ['the levy is popular', 'A new Herald/Tarrow poll', 'A new Herald/Tarrow poll', 'organization', false]],
      ['The levy is popular, according to a Herald/Tarrow poll.', 'according to', ['The levy is popular', 'a Herald/Tarrow poll', 'a Herald/Tarrow poll', 'organization', false]],
      ['In Tarrow, 42% of pilots say the levy is fair.', 'say', ['the levy is fair', '42% of pilots', '42% of pilots', 'other', false]],
      ['A 45% plurality of Tarrow pilots oppose the levy.', 'oppose', ['the levy', 'A 45% plurality of Tarrow pilots', 'A 45% plurality of Tarrow pilots', 'other', false]],
      ['Only half — 55 percent — of Lund supporters said they would vote.', 'said', ['they would vote', 'Lund supporters', 'Lund supporters', 'other', false]],
      // ... but not words with a space around the slash
      ['The levy is fair / the pilots said so.', 'said', null],
      // the sentence's subject for a participle after a comma ends before an irregular past
      ['Ada Lind won Tarrow’s harbour seat easily, adding that the levy would stay.', 'adding', ['that the levy would stay', 'Ada Lind', 'Ada Lind', 'person', false]],
      ['Ada Lind took down skipper Ola Berg in the race, claiming the levy was unfair.', 'claiming', ['the levy was unfair', 'Ada Lind', 'Ada Lind', 'person', false]],
      // a plural head before a phrase with a place: the head speaks, a group
      ['Workers at the Kessel plant said the union would strike on Monday.', 'said', ['the union would strike on Monday', 'Workers at the Kessel plant', 'Workers at the Kessel plant', 'other', true]],
      ['The levy was fair, residents in Tarrow said.', 'said', ['The levy was fair', 'residents in Tarrow', 'residents in Tarrow', 'other', false]],
      ['Republicans in the harbour council said the levy was fair.', 'said', ['the levy was fair', 'Republicans in the harbour council', 'Republicans in the harbour council', 'other', false]],
      ['Only about 4 in 10 pilots in Tarrow want a new levy.', 'want', ['a new levy', '4 in 10 pilots in Tarrow', '4 in 10 pilots in Tarrow', 'other', false]],
      ['Some advocates for the harbour levy said it was fair.', 'said', ['it was fair', 'Some advocates for the harbour levy', 'Some advocates for the harbour levy', 'other', false]],
      // ... and not a plural after an irregular past the noun-phrase reader took in
      ['The mayor met workers at the Kessel plant and said the port would stay open.', 'said', ['the port would stay open', 'The mayor', 'The mayor', 'person', false]],
      // ... not a plural inside a relative clause on the subject
      ['Ada Lind, who spoke to voters in Tarrow, said the levy was fair.', 'said', ['the levy was fair', 'Ada Lind', 'Ada Lind', 'person', false]],
      // a noun for what was said, then a relative clause without "that": its subject speaks
      ['The toll is unlawful, a charge Varga has denied.', 'has denied', ['The toll is unlawful', 'Varga', 'Varga', 'person', false]],
      ['The toll is unlawful, an accusation Ms Lind denies.', 'denies', ['The toll is unlawful', 'Ms Lind', 'Lind', 'person', false]],
      ['The toll is unlawful, a baseless allegation Ada Lind denied on Monday.', 'denied', ['The toll is unlawful', 'Ada Lind', 'Ada Lind', 'person', false]],
      ['Fares will rise, a claim the harbour board has denied.', 'has denied', ['Fares will rise', 'the harbour board', 'the harbour board', 'other', false]],
      ['The count was wrong, a figure local officials have denied.', 'have denied', ['The count was wrong', 'local officials', 'local officials', 'other', true]],
      // ... but not a phrase that goes on the noun, nor a compound noun
      ['The toll was fair, an assessment of harbour pilots said.', 'said', ['The toll was fair', 'an assessment of harbour pilots', 'an assessment of harbour pilots', 'other', false]],
      // a headline's clause before a participle: its subject ends before its present-tense verb
      ['Judge blocks harbour map, citing harm to voters', 'citing', ['harm to voters', 'Judge', 'Judge', 'person', false]],
      ['Mayor Varga backs ferry levy, saying fares must rise', 'saying', ['fares must rise', 'Mayor Varga', 'Varga', 'person', false]],
      ['Judge blocks harbour map, citing harm to voters, and orders a new vote', 'citing', ['harm to voters', 'Judge', 'Judge', 'person', false]],
      ['Tarrow pilots back ferry levy, saying fares must rise', 'saying', ['fares must rise', 'Tarrow pilots', 'Tarrow pilots', 'other', false]],
      // ... but not a plural head, a plural with no object, or a participle set off by commas
      ['Tarrow rights groups, saying the levy is unfair', 'saying', ['the levy is unfair', 'Tarrow rights groups', 'Tarrow rights groups', 'other', false]],
      ['Varga aides, citing the memo', 'citing', ['the memo', 'Varga aides', 'Varga aides', 'other', true]],
      ['Harbour ethics board, citing costs, delayed the vote.', 'citing', ['costs, delayed the vote', 'Harbour ethics board', 'Harbour ethics board', 'organization', false]],
    ];
    for (const [text, cue, expected] of rows) it(JSON.stringify(text), () => assert.deepEqual(seen(text, cue), expected));
  });
  it('"she" after a person named only as a speaker is that person, not no one', () => {
    const text = 'A spokeswoman for the Harbour Pilots Union said the strike would go on. “Our members are tired,” she said.';
    const a = analyze(text);
    const q = a.quotes[0];
    const e = a.entities.find((x) => x.id === q.entity);
    assert.equal(e?.name, 'A spokeswoman for the Harbour Pilots Union');
    assert.ok(e?.mentions.some((m) => text.slice(m.span[0], m.span[1]) === 'she'));
    // not a group, nor someone of the other gender
    const group = 'Officials at the port said the strike would go on. “We are tired,” she said.';
    assert.equal(analyze(group).quotes[0].entity, null);
    const other = 'A spokesman for the union said the strike would go on. “We are tired,” she said.';
    assert.equal(analyze(other).quotes[0].entity, null);
  });
  it('reports unbalanced quotation marks as problems', () => {
    const a = analyze('“This quotation never closes.\n\nNext paragraph.');
    assert.equal(a.quotes.length, 0);
    assert.equal(a.problems[0].kind, 'unbalanced-quote');
  });

  for (const file of readdirSync(FIXTURES).filter((f) => f.startsWith('attribution-') && f.endsWith('.txt'))) {
    describe(`golden article ${file}`, () => {
      const text = readFileSync(join(FIXTURES, file), 'utf8');
      const expected = JSON.parse(readFileSync(join(FIXTURES, file.replace(/\.txt$/, '.expected.json')), 'utf8')) as { quotes: Expected[]; claims: Expected[] };
      const analysis = analyze(text);
      it('has exactly the expected quotes, in order', () => {
        assert.equal(analysis.quotes.length, expected.quotes.length, analysis.quotes.map((q) => slice(text, q.span)).join(' | '));
      });
      expected.quotes.forEach((e, k) => {
        it(`quote ${k + 1}: ${e.text ?? e.startsWith}`, () => {
          const q = analysis.quotes[k];
          assert.ok(q && matches(text, q, e), `got ${q && slice(text, q.span)} / ${q && slice(text, q.cue)}`);
          check(text, analysis, q, e);
        });
      });
      for (const e of expected.claims) {
        it(`claim: ${e.text ?? e.startsWith}`, () => {
          const c = analysis.claims.find((x) => matches(text, x, e));
          assert.ok(c, `no such claim in ${analysis.claims.map((x) => slice(text, x.span)).join(' | ')}`);
          check(text, analysis, c, e);
        });
      }
    });
  }

  describe('the seed article (../shared/samples, read at test time, never copied)', function () {
    const file = existsSync(SAMPLES) ? readdirSync(SAMPLES).find((f) => f.startsWith('xi-moscow')) : undefined;
    const text = file ? readFileSync(join(SAMPLES, file), 'utf8') : '';
    const a = file ? analyze(text) : null;
    beforeEach(function () {
      if (!a) this.skip();
    });
    const entityOf = (x: Attribution): string | undefined => a!.entities.find((e) => e.id === x.entity)?.name;
    const quoteBy = (words: string): Attribution | undefined => a!.quotes.find((q) => slice(text, q.span)!.includes(words));
    const claimWith = (words: string): Attribution | undefined => a!.claims.find((c) => slice(text, c.span)!.includes(words));

    it('attributes all four quotes: Xi, the Foreign Ministry twice, Kirby', () => {
      assert.equal(a!.quotes.length, 4);
      assert.equal(entityOf(quoteBy('historical logic')!), 'Xi Jinping');
      assert.equal(slice(text, quoteBy('historical logic')!.speaker), 'Mr Xi');
      assert.match(entityOf(quoteBy('in-depth exchange')!) ?? '', /Foreign Ministry/);
      assert.match(entityOf(quoteBy('most countries')!) ?? '', /Foreign Ministry/);
      assert.equal(slice(text, quoteBy('most countries')!.cue), 'added');
      assert.equal(entityOf(quoteBy('marriage of convenience')!), 'John Kirby');
      assert.equal(slice(text, quoteBy('marriage of convenience')!.cue), 'dismissed');
    });

    it("has Putin's, Mishustin's and Xi's reported statements as claims", () => {
      const putin = claimWith('ready to discuss');
      assert.equal(putin && entityOf(putin), 'Vladimir Putin');
      assert.equal(putin && slice(text, putin.cue), 'saying');
      const mishustin = claimWith('deepening economic ties');
      assert.equal(mishustin && entityOf(mishustin), 'Mikhail Mishustin');
      assert.equal(mishustin && slice(text, mishustin.cue), 'called for');
      const xi = claimWith('strategic coordination');
      assert.equal(xi && entityOf(xi), 'Xi Jinping');
      assert.equal(xi && slice(text, xi.cue), 'also said');
    });

    it('has no unbalanced quotation marks', () => assert.deepEqual(a!.problems, []));
  });
});
