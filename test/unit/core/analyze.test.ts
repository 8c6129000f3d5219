import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core';

describe('analyze', () => {
  it('returns an empty analysis for empty text', () => {
    const a = analyze('');
    assert.equal(a.length, 0);
    assert.deepEqual(a.quotes, []);
  });
});
