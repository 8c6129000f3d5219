import * as assert from 'node:assert/strict';
import type { Span } from '../../../src/core/types';
import { TextChange, shiftSpan, shiftSpans } from '../../../src/annotations/shift';

const text = 'Janssen said the strike would last.';
const name: Span = [0, 7]; // "Janssen"
const claim: Span = [13, 34]; // "the strike would last"

/** Applies a change to a text, the way the editor does. */
const apply = (t: string, c: TextChange) => t.slice(0, c.offset) + c.insertedText + t.slice(c.offset + c.removedLength);

describe('annotations/shift: annotations move with live edits', () => {
  const table: Array<[string, Span, TextChange, Span, boolean]> = [
    ['typing before a span moves it', claim, { offset: 8, removedLength: 0, insertedText: 'firmly ' }, [20, 41], false],
    ['typing right at its start goes before it', claim, { offset: 13, removedLength: 0, insertedText: 'that ' }, [18, 39], false],
    ['typing right at its end stays outside it', name, { offset: 7, removedLength: 0, insertedText: ' (FNV)' }, [0, 7], false],
    ['typing after it leaves it', name, { offset: 20, removedLength: 0, insertedText: 'dock ' }, [0, 7], false],
    ['deleting text before it moves it back', claim, { offset: 8, removedLength: 5, insertedText: '' }, [8, 29], false],
    ['a deletion ending at its start moves it back', claim, { offset: 7, removedLength: 6, insertedText: '' }, [7, 28], false],
    ['typing inside it marks it for re-anchoring', claim, { offset: 17, removedLength: 0, insertedText: ' dock' }, [13, 39], true],
    ['replacing part of it marks it', name, { offset: 0, removedLength: 4, insertedText: 'Jo' }, [0, 5], true],
    ['deleting all of it marks it and collapses it', name, { offset: 0, removedLength: 8, insertedText: '' }, [0, 0], true],
  ];
  for (const [title, span, change, expected, dirty] of table) {
    it(title, () => {
      const r = shiftSpan(span, change);
      assert.deepEqual(r.span, expected);
      assert.equal(r.dirty, dirty);
      if (!dirty) assert.equal(apply(text, change).slice(r.span[0], r.span[1]), text.slice(span[0], span[1]));
    });
  }

  it('applies a list of changes in order and keeps a span dirty once touched', () => {
    const spans = new Map<string, Span>([['name', name], ['claim', claim]]);
    const changes: TextChange[] = [
      { offset: 0, removedLength: 0, insertedText: 'Ms ' }, // before both
      { offset: 20, removedLength: 3, insertedText: 'a' }, // inside the claim ("the" -> "a")
      { offset: 0, removedLength: 3, insertedText: '' }, // undo the "Ms "
    ];
    let t = text;
    for (const c of changes) t = apply(t, c);
    const r = shiftSpans(spans, changes);
    assert.deepEqual(r.get('name'), { span: [0, 7], dirty: false });
    assert.equal(t.slice(...r.get('name')!.span), 'Janssen');
    assert.equal(r.get('claim')!.dirty, true);
  });
});
