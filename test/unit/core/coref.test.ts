import * as assert from 'node:assert/strict';
import { findEntities } from '../../../src/core/entities';

/** For each [mention text, entity name]: the entity the mention at that text (nth occurrence) resolves to. */
function resolveAt(text: string, needle: string, nth = 0): string | null {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `${needle} not in text`);
  return findEntities(text).entityAt([at, at + needle.length])?.name ?? null;
}

describe('coref: pronouns', () => {
  const table: Array<[string, string, number, string | null]> = [
    ['Ms Lena Berg met John Kirby. He said the talks went well.', 'He', 0, 'John Kirby'],
    ['John Kirby met Ms Lena Berg. She said the talks went well.', 'She', 0, 'Lena Berg'],
    ['Mr Putin spoke first. Ms Lena Berg answered. Later he left.', 'he', 0, 'Putin'],
    ["China's Foreign Ministry said in a statement on Tuesday. It added that talks went on.", 'It', 0, 'China\'s Foreign Ministry'],
    // "it" that is not a statement by an organisation stays unresolved.
    ["China's Foreign Ministry said in a statement. It is raining.", 'It', 0, null],
    ['“It fits the logic,” Mr Xi said.', 'It', 0, null],
    // No person in view: no link.
    ['He said nothing.', 'He', 0, null],
    // The relative "who" right after a name.
    ['Mr Xi met Russian Prime Minister Mikhail Mishustin, who called for deeper ties.', 'who', 0, 'Mikhail Mishustin'],
    ['The delegates, who came from far away, left.', 'who', 0, null],
  ];
  for (const [text, needle, nth, expected] of table) {
    it(`${JSON.stringify(text)} -> ${expected}`, () => assert.equal(resolveAt(text, needle, nth), expected));
  }
  it('gives an ungendered person the gender of the first pronoun', () => {
    const e = findEntities('Henrik Aalto arrived late. He apologised.').entities.find((x) => x.name === 'Henrik Aalto');
    assert.equal(e?.gender, 'male');
    assert.equal(e?.mentions.find((m) => m.form === 'pronoun')?.rule, 'coref.pronoun-last-person');
  });
});

describe('coref: role nouns and organisation aliases', () => {
  const table: Array<[string, string, string | null]> = [
    ['French President Emmanuel Macron met Chancellor Olaf Scholz. Later the French president left.', 'the French president', 'Emmanuel Macron'],
    ['Russian President Vladimir Putin met Chinese President Xi Jinping. Critics want to isolate the Russian President.', 'the Russian President', 'Vladimir Putin'],
    ["Emmanuel Macron, France's president, met Olaf Scholz. Later the French president left.", 'the French president', 'Emmanuel Macron'],
    ['The Halvard Export Agency issued a warning. The agency said jobs were at risk.', 'The agency', 'Halvard Export Agency'],
    ['The New York Post said it had the letter. Later the Post published it.', 'the Post', 'New York Post'],
    // No antecedent with that role or head: unresolved.
    ['John Kirby spoke. The French president was absent.', 'The French president', null],
    ['John Kirby spoke. The ministry was silent.', 'The ministry', null],
    // a nationality on an organisation's role noun must agree with its name
    ["Poland's Finance Ministry cut the forecast. The Polish ministry gave no reason.", 'The Polish ministry', "Poland's Finance Ministry"],
    ['The Premier League fined the club. The Brazilian league said nothing.', 'The Brazilian league', null],
    // "the firm" is a business named before, as "the company" is
    ['Veltra Motors said on Monday it would open a plant in Kolholm. The firm said it would hire 300 people.', 'The firm', 'Veltra Motors'],
    // two businesses in reach: "the company" is left unresolved, not given to the last one
    ['Veltra Motors agreed to buy Kolvik Shipping on Monday. The company said the deal would close in May.', 'The company', null],
    // ... unless only one of them was introduced by that very word
    ['The law firm Brekke represented Kolvik Shipping in the sale. The firm said the price was fair.', 'The firm', 'Brekke'],
    // a body that may be a business ("Orsund Partners") in reach is a rival too
    ['Veltra Motors hired Orsund Partners to find a buyer. The company said talks had begun.', 'The company', null],
    // a bare name that may be a business, named just before: "the company" is it; not from afar
    ['Brenvik contended in its letter that the story was wrong. The company said it would not sue.', 'The company', 'Brenvik'],
    [`Brenvik contended in its letter that the story was wrong.${' The story ran on Monday in the Harbour Gazette and was read widely.'.repeat(5)} The company said it would not sue.`, 'The company', null],
    // "the agency" is a government body named before, by its head word or its letters
    ['The Tarrow Housing Department rejected the request. The agency said it had no record of it.', 'The agency', 'Tarrow Housing Department'],
    ['The FBI opened an inquiry on Monday. Later the agency said it would report in May.', 'the agency', 'FBI'],
    // two in reach: unresolved; a business is no agency
    ['The Tarrow Housing Department asked the FBI for help. The agency said it had no record of it.', 'The agency', null],
    ['Veltra Motors cut 400 jobs. The agency said nothing.', 'The agency', null],
  ];
  for (const [text, needle, expected] of table) {
    it(`${needle} -> ${expected}`, () => assert.equal(resolveAt(text, needle), expected));
  }
  it('links nothing with noCoreference', () => {
    const text = 'John Kirby met reporters. He said the agency was wrong.';
    const forms = findEntities(text, { noCoreference: true }).entities.flatMap((e) => e.mentions.map((m) => m.form));
    assert.ok(!forms.includes('pronoun'));
  });
});
