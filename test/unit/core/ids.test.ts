import * as assert from 'node:assert/strict';
import { idOf } from '../../../src/core/ids';

describe('ids: idOf', () => {
  it('is the prefix and the number, for cached and uncached numbers', () => {
    for (const n of [1, 2, 9, 10, 1023, 1024, 1025, 99999]) {
      assert.equal(idOf('e', n), `e${n}`);
      assert.equal(idOf('q', n), `q${n}`);
      assert.equal(idOf('c', n), `c${n}`);
    }
  });
  it('gives the same id again (twice in a row, and after other prefixes)', () => {
    const first = idOf('c', 7);
    idOf('e', 7);
    assert.equal(idOf('c', 7), first);
  });
});
