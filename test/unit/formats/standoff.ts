import * as assert from 'node:assert/strict';

/** A small, independent reader of brat standoff: T, R, A, N and # lines, by the spec. */
export interface Standoff {
  t: Map<string, { label: string; fragments: Array<[number, number]>; text: string }>;
  r: Array<{ id: string; type: string; arg1: string; arg2: string }>;
  a: Array<{ id: string; name: string; target: string; value?: string }>;
  n: Array<{ target: string; ref: string; name: string }>;
  notes: Array<{ target: string; text: string }>;
}

export function readStandoff(ann: string): Standoff {
  const out: Standoff = { t: new Map(), r: [], a: [], n: [], notes: [] };
  const lines = ann.split('\n');
  assert.equal(lines.pop(), '', 'the .ann ends with a newline');
  for (const [i, line] of lines.entries()) {
    const where = `line ${i + 1}: ${line}`;
    const cols = line.split('\t');
    const id = cols[0];
    if (/^T\d+$/.test(id)) {
      // As brat reads it: the text is everything after the second tab (it may hold tabs).
      assert.ok(cols.length >= 3, where);
      const m = /^(\w+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(cols[1]);
      assert.ok(m, where);
      const fragments = m[2].split(';').map((f) => f.split(' ').map(Number) as [number, number]);
      assert.ok(!out.t.has(id), `duplicate ${id}`);
      out.t.set(id, { label: m[1], fragments, text: cols.slice(2).join('\t') });
    } else if (/^R\d+$/.test(id)) {
      const m = /^(\w+) Arg1:(T\d+) Arg2:(T\d+)$/.exec(cols[1]);
      assert.ok(m && cols.length === 2, where);
      out.r.push({ id, type: m[1], arg1: m[2], arg2: m[3] });
    } else if (/^A\d+$/.test(id)) {
      const m = /^(\w+) (T\d+)(?: (\S+))?$/.exec(cols[1]);
      assert.ok(m && cols.length === 2, where);
      out.a.push({ id, name: m[1], target: m[2], value: m[3] });
    } else if (/^N\d+$/.test(id)) {
      const m = /^Reference (T\d+) (\S+:\S+)$/.exec(cols[1]);
      assert.ok(m && cols.length === 3, where);
      out.n.push({ target: m[1], ref: m[2], name: cols[2] });
    } else if (/^#\d+$/.test(id)) {
      const m = /^AnnotatorNotes (T\d+)$/.exec(cols[1]);
      assert.ok(m && cols.length === 3, where);
      out.notes.push({ target: m[1], text: cols[2] });
    } else assert.fail(`unknown annotation ${where}`);
  }
  return out;
}
