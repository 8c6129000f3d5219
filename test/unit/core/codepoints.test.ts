import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { CodePointIndex } from '../../../src/core/codepoints';

/** The reference: code points as Python (and Array.from) count them, found the slow way. */
function naiveToCp(text: string, u: number): number {
  return Array.from(text.slice(0, u)).length;
}

const astralText = fc.array(
  fc.constantFrom('a', 'é', ' ', '\n', '𝒳', '😀', '𠀋', '“', '👩‍👩‍👧', '\ud800', '\udc00'),
  { maxLength: 60 },
).map((parts) => parts.join(''));

describe('formats/codepoints: UTF-16 <-> code point offsets', () => {
  it('maps every code point boundary both ways, as Array.from counts them', () => {
    fc.assert(fc.property(astralText, (text) => {
      const index = new CodePointIndex(text);
      const points = Array.from(text);
      assert.equal(index.lengthCp, points.length);
      let u = 0;
      for (let cp = 0; cp <= points.length; cp++) {
        assert.equal(index.toUtf16(cp), u, `toUtf16(${cp})`);
        assert.equal(index.toCodePoint(u), cp, `toCodePoint(${u})`);
        assert.equal(naiveToCp(text, u), cp);
        u += cp < points.length ? points[cp].length : 0;
      }
    }));
  });

  it('converts spans so the code point slice reads the same text', () => {
    fc.assert(fc.property(astralText, fc.nat(), fc.nat(), (text, a, b) => {
      const points = Array.from(text);
      const [s, e] = [a % (points.length + 1), b % (points.length + 1)].sort((x, y) => x - y);
      const index = new CodePointIndex(text);
      const span16 = index.spanToUtf16([s, e]);
      assert.equal(text.slice(span16[0], span16[1]), points.slice(s, e).join(''));
      assert.deepEqual(index.spanToCodePoints(span16), [s, e]);
    }));
  });

  it('never splits an astral character when an offset falls inside its surrogate pair', () => {
    const text = 'a😀b';
    const index = new CodePointIndex(text);
    assert.equal(index.toCodePoint(2, 'floor'), 1);
    assert.equal(index.toCodePoint(2, 'ceil'), 2);
    assert.deepEqual(index.spanToCodePoints([2, 2]), [1, 2]);
  });

  it('clamps offsets outside the text instead of throwing', () => {
    const index = new CodePointIndex('😀😀');
    assert.equal(index.toCodePoint(-3), 0);
    assert.equal(index.toCodePoint(99), 2);
    assert.equal(index.toUtf16(99), 4);
    assert.equal(index.toUtf16(Number.NaN), 0);
  });

  it('indexes a long text once: offsets deep in a text with many emoji are right', () => {
    const text = 'x😀'.repeat(50_000);
    const index = new CodePointIndex(text);
    assert.equal(index.toCodePoint(text.length), 100_000);
    assert.equal(index.toUtf16(99_999), text.length - 2);
    assert.equal(index.toCodePoint(30_001), 20_001);
  });
});
