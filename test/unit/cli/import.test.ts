import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseAnnotations } from '../../../src/annotations/parse';
import { exportBrat } from '../../../src/formats/brat';
import { exportW3c } from '../../../src/formats/w3c';
import { ARTICLE, EXTRAS, articleAnalysis } from '../formats/fixture';

const MAIN = resolve(__dirname, '../../../src/cli/main.js');
const cli = (...args: string[]) => spawnSync(process.execPath, [MAIN, 'import', ...args], { encoding: 'utf8', timeout: 90_000 });

describe('cli/import: news-lens import SOURCE --text ARTICLE', function () {
  this.timeout(180_000);
  let dir: string;
  let article: string;
  let annFile: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'news-lens-import-'));
    article = join(dir, 'duarte.txt');
    annFile = article + '.annotations.json';
    writeFileSync(article, ARTICLE);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const input = { file: 'duarte.txt', text: ARTICLE, analysis: articleAnalysis(), extras: EXTRAS };

  it('merges a brat file into a new annotation file that the annotation module reads back', () => {
    writeFileSync(join(dir, 'inception.ann'), exportBrat(input).ann);
    const r = cli(join(dir, 'inception.ann'), '--text', article, '--creator', 'Annotator A');
    assert.equal(r.status, 0, r.stderr);
    const parsed = parseAnnotations(readFileSync(annFile, 'utf8'), 'duarte.txt.annotations.json');
    assert.ok(parsed.ok, r.stderr);
    const adds = parsed.doc.items.filter((a) => a.decision.decision === 'add' && a.decision.kind !== 'speaker');
    assert.equal(adds.length, 6);
    assert.ok(parsed.doc.items.every((a) => a.creator === 'Annotator A' && !a.orphaned));
  });

  it('importing the same file again adds nothing new', () => {
    writeFileSync(join(dir, 'a.ann'), exportBrat(input).ann);
    assert.equal(cli(join(dir, 'a.ann'), '--text', article).status, 0);
    const before = readFileSync(annFile, 'utf8');
    const r = cli(join(dir, 'a.ann'), '--text', article);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /already there/);
    const after = parseAnnotations(readFileSync(annFile, 'utf8'), 'x');
    assert.ok(after.ok);
    const first = parseAnnotations(before, 'x');
    assert.ok(first.ok);
    assert.equal(after.doc.items.length, first.doc.items.length);
  });

  it('reports a malformed source by line and exits 1, importing the good lines', () => {
    writeFileSync(join(dir, 'bad.ann'), 'T1\tQuote 70 102\t"a first step 😀 towards peace 𝒳"\nT2\tQuote oops\n');
    const r = cli(join(dir, 'bad.ann'), '--text', article);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /bad\.ann: line 2: a text-bound annotation needs/);
    assert.ok(existsSync(annFile));
  });

  it('never overwrites a broken annotation file', () => {
    writeFileSync(annFile, '{ "schemaVersion": 1, "items": [ oops');
    writeFileSync(join(dir, 'b.jsonld'), exportW3c(input));
    const r = cli(join(dir, 'b.jsonld'), '--text', article);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /broken; nothing imported/);
    assert.equal(readFileSync(annFile, 'utf8'), '{ "schemaVersion": 1, "items": [ oops');
  });
});
