import * as assert from 'node:assert/strict';
import { findEntities } from '../../../src/core/entities';
import { findRoleNouns } from '../../../src/core/roles';
import { tokenize } from '../../../src/core/tokens';

function roleOf(text: string, name: string): [string | null, string | undefined] {
  const e = findEntities(text).entities.find((x) => x.name === name);
  assert.ok(e, `no entity named ${name} in ${JSON.stringify(text)}`);
  return [e.role, e.roleRule];
}

describe('roles: titles around a name', () => {
  const table: Array<[string, string, string, string]> = [
    ['Russian Prime Minister Mikhail Mishustin called for deeper ties.', 'Mikhail Mishustin', 'Russian Prime Minister', 'role.premodifier'],
    ['US National Security Council spokesman John Kirby dismissed the visit.', 'John Kirby', 'US National Security Council spokesman', 'role.premodifier'],
    ['Chinese President Xi Jinping arrived.', 'Xi Jinping', 'Chinese President', 'role.premodifier'],
    ['NATO Secretary-General Jens Stoltenberg spoke.', 'Jens Stoltenberg', 'NATO Secretary-General', 'role.premodifier'],
    ["Kenya's central bank governor Njuguna Ndung'u said rates would hold.", "Njuguna Ndung'u", "Kenya's central bank governor", 'role.premodifier'],
    ['Harbour City boss Gary Pell was furious with the referee.', 'Gary Pell', 'Harbour City boss', 'role.premodifier'],
    ['Labour MP Jane Pike said the vote was close.', 'Jane Pike', 'Labour MP', 'role.premodifier'],
    ['“It held up,” said lead author Dr Amira Sethi.', 'Amira Sethi', 'lead author', 'role.premodifier'],
    ["Sergei Lavrov, Russia's foreign minister, said the talks failed.", 'Sergei Lavrov', "Russia's foreign minister", 'role.appositive'],
    ['Fatima al-Hassan, a spokeswoman for the agency, disagreed.', 'Fatima al-Hassan', 'spokeswoman for the agency', 'role.appositive'],
    ['The foreign minister, Sergei Lavrov, left early.', 'Sergei Lavrov', 'foreign minister', 'role.appositive-before'],
    // the role ends before a relative clause on it
    ['Helen Marsh, a senior researcher who was not involved in the study, was cautious.', 'Helen Marsh', 'senior researcher', 'role.appositive'],
    ['Ola Brekke, a former adviser who sold his boats, agreed.', 'Ola Brekke', 'former adviser', 'role.appositive'],
    // an occupation at a named organisation
    ['Ivo Kall, head librarian at Brennvik Library, said so.', 'Ivo Kall', 'head librarian at Brennvik Library', 'role.appositive'],
    ['Siv Roald, a curator at the Holmvik Museum, agreed.', 'Siv Roald', 'curator at the Holmvik Museum', 'role.appositive'],
  ];
  for (const [text, name, role, rule] of table) {
    it(`${name}: ${role}`, () => assert.deepEqual(roleOf(text, name), [role, rule]));
  }
});

describe('roles: no role where the article gives none', () => {
  const table: Array<[string, string]> = [
    ['Mikhail Mishustin, who called for deeper ties, left.', 'Mikhail Mishustin'],
    ['On Monday John Kirby spoke.', 'John Kirby'],
    ['John Kirby, 45, spoke.', 'John Kirby'],
    ['Mr Xi met Mikhail Mishustin.', 'Mikhail Mishustin'],
    // a relative clause after a phrase with no role word in it
    ['Lena Dahl, a woman who ran the ferry, spoke first.', 'Lena Dahl'],
  ];
  for (const [text, name] of table) {
    it(JSON.stringify(text), () => assert.equal(roleOf(text, name)[0], null));
  }
});

describe('roles: role nouns that refer back', () => {
  const heads = (text: string) => findRoleNouns(tokenize(text)).map((r) => `${r.org ? 'org' : 'person'}:${r.mods.concat(r.head).join(' ')}`);
  const table: Array<[string, string[]]> = [
    ['It isolated the Russian President over his invasion.', ['person:russian president']],
    ['But the ministry did not go into further details.', ['org:ministry']],
    ['The French president and the agency agreed.', ['person:french president', 'org:agency']],
    // A title before a name is a premodifier, not a role noun; "the Ministry of X" is a name.
    ['He met the President Vladimir Putin and the Ministry of Defence.', []],
    ['The two men walked the carpet.', []],
  ];
  for (const [text, expected] of table) {
    it(JSON.stringify(text), () => assert.deepEqual(heads(text), expected));
  }
});
