import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { CodePointIndex } from '../../../src/core/codepoints';
import { parseAnnotations } from '../../../src/annotations/parse';
import { serializeAnnotations } from '../../../src/annotations/serialize';
import { docWith } from '../annotations/helpers';
import { readArticle } from '../annotations/simulation';

const root = path.join(__dirname, '..', '..', '..', '..');
const cli = path.join(root, 'dist', 'cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [cli, 'reanchor', ...args], { encoding: 'utf8' });

describe('cli: news-lens reanchor (dist/cli.js)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'news-lens-reanchor-'));
  const original = readArticle('annotations-night-market.news');
  const doc = docWith(original, 'night-market.news', [
    ['Chen Wei-ling', { decision: 'role', role: 'market manager' }],
    ['"I like the food. I do not like the karaoke 🎤 at midnight,"', { decision: 'speaker', speaker: 'Huang Mei-yu' }],
    ['the fee of 30,000 dollars a month', { decision: 'status', status: 'verified' }],
    ['no incidents were reported', { decision: 'note', note: 'Ask the police for the log.' }],
  ]);
  // the new draft: an emoji-laden line on top, the residents' paragraph moved down, the police paragraph cut
  const paras = original.split('\n\n');
  const changed = ['🌙🌙 UPDATED', ...paras.slice(0, 3), paras[5], paras[3], paras[6]].join('\n\n');
  const file = path.join(dir, 'night-market.news.annotations.json');
  const article = path.join(dir, 'night-market.news');

  before(function () {
    if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first');
    writeFileSync(article, changed);
  });

  it('rewrites the selectors in place and prints the counts', () => {
    writeFileSync(file, serializeAnnotations(doc));
    const r = run('--annotations', file, '--text', article);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '0 anchored, 3 moved, 1 orphaned\n');
    const reread = parseAnnotations(readFileSync(file, 'utf8'), 'x');
    assert.ok(reread.ok);
    const index = new CodePointIndex(changed);
    for (const a of reread.doc.items) {
      if (a.orphaned) {
        assert.equal(a.quote.exact, 'no incidents were reported');
        assert.equal(a.position, undefined);
        continue;
      }
      const [s, e] = [index.toUtf16(a.position!.start), index.toUtf16(a.position!.end)];
      assert.equal(changed.slice(s, e), a.quote.exact, 'positions are code points into the new text');
    }
    const json = JSON.parse(readFileSync(file, 'utf8'));
    const orphan = json.items.find((i: { orphaned?: boolean }) => i.orphaned);
    assert.equal(orphan.target.selector.length, 1);
    assert.equal(orphan.target.selector[0].type, 'TextQuoteSelector');
  });

  it('a second run finds everything in place', () => {
    const r = run('--annotations', file, '--text', article);
    assert.equal(r.stdout, '3 anchored, 0 moved, 1 orphaned\n');
  });

  it('writes to --out and leaves the input alone', () => {
    const input = path.join(dir, 'in.annotations.json');
    const out = path.join(dir, 'out.annotations.json');
    writeFileSync(input, serializeAnnotations(doc));
    const r = run('--annotations', input, '--text', article, '--out', out);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(readFileSync(input, 'utf8'), serializeAnnotations(doc));
    assert.ok(parseAnnotations(readFileSync(out, 'utf8'), 'out').ok);
  });

  it('refuses a broken file, naming the place, and leaves it untouched', () => {
    const broken = path.join(dir, 'broken.annotations.json');
    const text = serializeAnnotations(doc).replace('"status"', 'status');
    writeFileSync(broken, text);
    const r = run('--annotations', broken, '--text', article);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /broken\.annotations\.json:\d+:\d+: not valid JSON/);
    assert.equal(readFileSync(broken, 'utf8'), text);
  });

  it('reports a missing article without touching the file', () => {
    const before = readFileSync(file, 'utf8');
    const r = run('--annotations', file, '--text', path.join(dir, 'gone.news'));
    assert.equal(r.status, 1);
    assert.match(r.stderr, /gone\.news does not exist/);
    assert.equal(readFileSync(file, 'utf8'), before);
  });

  it('explains its usage when an option is missing', () => {
    const r = run('--annotations', file);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--text ARTICLE is required/);
  });
});
