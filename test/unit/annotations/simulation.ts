/**
 * A deterministic edit simulation for re-anchoring: annotate spans of an article, edit the
 * article at random (insertions, deletions, replacements, paragraph moves), track where each
 * annotated span truly went by applying the same edits to its start and end, then re-anchor
 * and compare. Offsets are UTF-16.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

/** mulberry32: a small seeded PRNG, so every run edits the same way. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const FIXTURES = path.join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'articles');
export const ARTICLES = ['annotations-port-strike.news', 'annotations-glacier-summit.news', 'annotations-council-budget.news', 'annotations-night-market.news'];
export const readArticle = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

/** One reading of where an annotated span went; `intact` while no edit touched its inside. */
export interface Place {
  start: number;
  end: number;
  intact: boolean;
}

/**
 * Where an annotated span went. An edit can often be read several ways with the same result
 * (deleting "of a set " or " a set of" from "bad of a set of bad"; inserting "would X " before
 * "would" or " X would" after it), so the truth is the set of places all readings give.
 */
export interface Marker {
  places: Place[];
}

export const marker = (start: number, end: number): Marker => ({ places: [{ start, end, intact: true }] });
export const survived = (m: Marker) => m.places.some((p) => p.intact);

export type Edit =
  | { op: 'insert' | 'delete' | 'replace'; offset: number; removedLength: number; insertedText: string }
  | { op: 'move'; from: number; to: number };

const int = (rand: () => number, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

/** Word starts in the text (offsets where a letter or digit follows a non-word char). */
function wordStarts(text: string): number[] {
  const out: number[] = [];
  const re = /(?<![\p{L}\p{N}'’])[\p{L}\p{N}]/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index);
  return out;
}

/** Paragraph pieces: each line with the newlines after it. */
export function paragraphs(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /[^\n]*\n+|[^\n]+$/g;
  for (let m = re.exec(text); m && m[0].length > 0; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Spans worth annotating: a name-like word, a few words, or a whole quotation; never across lines. */
export function pickSpan(text: string, rand: () => number): [number, number] | null {
  const starts = wordStarts(text);
  const start = starts[int(rand, 0, starts.length - 1)];
  const lineEnd = text.indexOf('\n', start) === -1 ? text.length : text.indexOf('\n', start);
  const kind = rand();
  let end: number;
  if (kind < 0.35) {
    const m = /^[\p{L}\p{N}'’-]+/u.exec(text.slice(start));
    end = start + (m ? m[0].length : 1);
  } else if (kind < 0.75) {
    const words = int(rand, 2, 8);
    const re = /[\p{L}\p{N}'’-]+/gu;
    re.lastIndex = start;
    end = start;
    for (let k = 0; k < words; k++) {
      const m = re.exec(text);
      if (!m || m.index >= lineEnd) break;
      end = m.index + m[0].length;
    }
  } else {
    const sentenceEnd = text.slice(start, lineEnd).search(/[.!?]["”]?(\s|$)/);
    end = sentenceEnd === -1 ? lineEnd : start + sentenceEnd + 1;
  }
  return end > start && end <= lineEnd ? [start, end] : null;
}

function randomWords(text: string, rand: () => number): string {
  // words of the same article: insertions can create look-alikes of annotated text on purpose
  const words = text.match(/[\p{L}\p{N}'’]+/gu) ?? ['news'];
  const n = int(rand, 1, 9);
  const out: string[] = [];
  for (let k = 0; k < n; k++) out.push(words[int(rand, 0, words.length - 1)]);
  return out.join(' ');
}

export function randomEdit(text: string, rand: () => number): Edit {
  const r = rand();
  const starts = wordStarts(text);
  const at = starts[int(rand, 0, starts.length - 1)];
  if (r < 0.3) return { op: 'insert', offset: at, removedLength: 0, insertedText: randomWords(text, rand) + ' ' };
  if (r < 0.55) return { op: 'delete', offset: at, removedLength: Math.min(int(rand, 1, 60), text.length - at), insertedText: '' };
  if (r < 0.85) return { op: 'replace', offset: at, removedLength: Math.min(int(rand, 1, 30), text.length - at), insertedText: randomWords(text, rand) };
  const paras = paragraphs(text);
  return { op: 'move', from: int(rand, 1, paras.length - 1), to: int(rand, 1, paras.length) };
}

/** The offsets where a pure insertion or deletion gives the same text (it "slides"). */
function slides(text: string, offset: number, removedLength: number, inserted: string): number[] {
  const out = [offset];
  if (removedLength > 0 && inserted.length === 0) {
    for (let o = offset; o > 0 && text[o - 1] === text[o + removedLength - 1]; ) out.push(--o);
    for (let o = offset; o + removedLength < text.length && text[o] === text[o + removedLength]; ) out.push(++o);
  } else if (removedLength === 0 && inserted.length > 0) {
    let left = inserted;
    for (let o = offset; o > 0 && text[o - 1] === left[left.length - 1]; o--) {
      left = left[left.length - 1] + left.slice(0, -1);
      out.push(o - 1);
    }
    let right = inserted;
    for (let o = offset; o < text.length && text[o] === right[0]; o++) {
      right = right.slice(1) + right[0];
      out.push(o + 1);
    }
  }
  return out;
}

function shiftPlace(p: Place, o: number, r: number, insertedLength: number): Place {
  const delta = insertedLength - r;
  if (o + r <= p.start) return { start: p.start + delta, end: p.end + delta, intact: p.intact };
  if (o >= p.end) return p;
  const start = Math.min(p.start, o);
  return { start, end: Math.max(start, p.end <= o + r ? o + insertedLength : p.end + delta), intact: false };
}

/** Applies an edit to the text and to every marker (every reading of it). */
export function applyEdit(text: string, edit: Edit, markers: Marker[]): string {
  if (edit.op !== 'move') {
    const { offset: o, removedLength: r, insertedText: ins } = edit;
    const offsets = slides(text, o, r, ins);
    for (const m of markers) {
      const next = new Map<string, Place>();
      for (const p of m.places) {
        for (const at of offsets) {
          const q = shiftPlace(p, at, r, ins.length);
          next.set(`${q.start},${q.end},${q.intact}`, q);
        }
      }
      // a reading in which the span survived makes the others moot
      const all = [...next.values()];
      m.places = all.some((q) => q.intact) ? all.filter((q) => q.intact) : all.slice(0, 1);
    }
    return text.slice(0, o) + ins + text.slice(o + r);
  }
  const paras = paragraphs(text);
  if (edit.from >= paras.length) return text;
  const order = paras.map((_, k) => k).filter((k) => k !== edit.from);
  const insertAt = Math.min(edit.to, order.length);
  order.splice(insertAt, 0, edit.from);
  const newStart = new Map<number, number>();
  let pos = 0;
  for (const k of order) {
    newStart.set(k, pos);
    pos += paras[k][1] - paras[k][0];
  }
  for (const m of markers) {
    m.places = m.places.map((p) => {
      const k = paras.findIndex(([s, e]) => p.start >= s && p.start < e);
      const k2 = paras.findIndex(([s, e]) => p.end > s && p.end <= e);
      if (k === -1 || k !== k2) return { ...p, intact: false }; // spans never cross paragraphs here
      const shift = newStart.get(k)! - paras[k][0];
      return { start: p.start + shift, end: p.end + shift, intact: p.intact };
    });
  }
  return order.map((k) => text.slice(paras[k][0], paras[k][1])).join('');
}
