// The benchmark input: our own articles (samples/, test/fixtures/articles/, test/fixtures/bench/;
// never texts from ../shared), repeated in a fixed order until the total reaches the size asked.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './engine.mjs';

const FOLDERS = ['samples', 'test/fixtures/articles', 'test/fixtures/bench'];
const ARTICLE = /\.(news|txt)$/;

/** Our articles as [path, text], sorted by path. */
export function articles() {
  const found = [];
  for (const folder of FOLDERS) {
    let names = [];
    try {
      names = readdirSync(join(root, folder));
    } catch {
      continue;
    }
    for (const name of names.filter((n) => ARTICLE.test(n)).sort()) found.push([`${folder}/${name}`, readFileSync(join(root, folder, name), 'utf8')]);
  }
  if (found.length === 0) throw new Error(`no articles in ${FOLDERS.join(', ')}`);
  return found;
}

/**
 * Small documents cycling through the articles until their UTF-8 size reaches `bytes`, and
 * the same documents joined by blank lines into one large document.
 */
export function corpus(bytes) {
  const texts = articles().map(([, text]) => text);
  const small = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const text = texts[i % texts.length];
    small.push(text);
    size += Buffer.byteLength(text, 'utf8');
  }
  return { small, large: small.join('\n\n'), bytes: size, sources: texts.length };
}

/** The first small documents whose size reaches `bytes` (the slice the slow peer runs on). */
export function slice(small, bytes) {
  const out = [];
  let size = 0;
  for (const text of small) {
    if (size >= bytes) break;
    out.push(text);
    size += Buffer.byteLength(text, 'utf8');
  }
  return { docs: out, bytes: size };
}
