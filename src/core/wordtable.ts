/**
 * A fixed table of words, each with a number, looked up by a word's code units in the text
 * (no string made) or by a string. Open addressing with linear probing over one typed array of
 * (index, hash) pairs, side by side so that a probe reads one cache line: a probe compares 32-bit
 * hashes, and only a hash match reads the stored word. A V8 Map of a few
 * thousand strings reads a key string on every probe, which is a cache miss for a long-lived
 * table; here a miss reads only the typed arrays. Built once; a look-up costs one pass over the
 * word's code units plus about one probe.
 */
export class WordTable {
  /** Slot i: [2i] = 1 + index in `words` (0: empty), [2i + 1] = the word's hash. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly words: string[] = [];
  private readonly values: number[] = [];

  constructor(entries: Iterable<readonly [string, number]>) {
    const seen = new Map<string, number>();
    for (const [w, v] of entries) {
      const k = seen.get(w);
      if (k === undefined) {
        seen.set(w, this.words.length);
        this.words.push(w);
        this.values.push(v);
      } else this.values[k] = v; // the last value wins, as in a Map
    }
    let size = 16;
    while (size < this.words.length * 2) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(2 * size);
    this.words.forEach((w, k) => {
      const h = hashOf(w, 0, w.length);
      let at = slotOf(h) & this.mask;
      while (this.slots[2 * at] !== 0) at = (at + 1) & this.mask;
      this.slots[2 * at] = k + 1;
      this.slots[2 * at + 1] = h;
    });
  }

  get size(): number {
    return this.words.length;
  }

  /** The index of the word text[s, e), or -1. */
  indexOf(text: string, s: number, e: number): number {
    const n = e - s;
    const h = hashOf(text, s, e);
    for (let at = slotOf(h) & this.mask; ; at = (at + 1) & this.mask) {
      const k = this.slots[2 * at];
      if (k === 0) return -1;
      if (this.slots[2 * at + 1] !== h) continue;
      const w = this.words[k - 1];
      if (w.length !== n) continue;
      let j = 0;
      while (j < n && w.charCodeAt(j) === text.charCodeAt(s + j)) j++;
      if (j === n) return k - 1;
    }
  }

  /** The stored word at an index from indexOf(). */
  word(k: number): string {
    return this.words[k];
  }

  /** The number of `word`, or `fallback` when it is not in the table. */
  get(word: string, fallback = 0): number {
    const k = this.indexOf(word, 0, word.length);
    return k < 0 ? fallback : this.values[k];
  }
}

function hashOf(text: string, s: number, e: number): number {
  let h = 0;
  for (let k = s; k < e; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0;
  return h;
}

/** Mixes the high bits into the low ones, which pick the slot. */
function slotOf(h: number): number {
  return h ^ (h >>> 15);
}
