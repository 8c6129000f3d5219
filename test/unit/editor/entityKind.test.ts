import * as assert from 'node:assert/strict';
import type { Entity, EntityKind } from '../../../src/core';
import { kindChoices, kindIcon, kindName } from '../../../src/editor/entityKind';

function entity(kind: EntityKind, anonymous = false): Entity {
  return { id: 'e1', kind, name: 'its annual report', role: null, gender: null, aliases: [], mentions: [], anonymous, rule: 't' };
}

describe('entity kinds in hover cards and the Speakers view', () => {
  it('a person and an organisation are named and pictured as such', () => {
    assert.equal(kindName(entity('person')), 'person');
    assert.equal(kindIcon(entity('person')), 'person');
    assert.equal(kindName(entity('organization')), 'organisation');
    assert.equal(kindIcon(entity('organization')), 'organization');
  });

  it('a source that is neither ("its annual report") is a named source, with no person icon', () => {
    assert.equal(kindName(entity('other')), 'named source');
    assert.notEqual(kindIcon(entity('other')), 'person');
  });

  it('an anonymous source is called one, whatever its kind', () => {
    assert.equal(kindName(entity('person', true)), 'anonymous source');
  });
});

describe('the Set Kind picker', () => {
  it('offers Person, Organisation and Named source in that order, with the editor\u2019s words and icons', () => {
    assert.deepEqual(kindChoices('person').map((c) => [c.label, c.entityKind]), [
      ['$(person) Person', 'person'], ['$(organization) Organisation', 'organization'], ['$(megaphone) Named source', 'other'],
    ]);
  });

  it('marks the entity\u2019s current kind, and only that one', () => {
    for (const kind of ['person', 'organization', 'other'] as const) {
      assert.deepEqual(kindChoices(kind).filter((c) => c.description === 'current').map((c) => c.entityKind), [kind]);
    }
  });

  it('uses the same words as the hover card', () => {
    for (const kind of ['person', 'organization', 'other'] as const) {
      assert.equal(kindChoices(kind).find((c) => c.entityKind === kind)!.label.replace(/^\$\([a-z-]+\) /, '').toLowerCase(), kindName(entity(kind)));
    }
  });
});
