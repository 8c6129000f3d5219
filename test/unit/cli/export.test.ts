import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { analyze } from '../../../src/core';
import { markupOfFile } from '../../../src/core/markup';
import { addAnnotation, emptyDocument } from '../../../src/annotations/create';
import { serializeAnnotations } from '../../../src/annotations/serialize';
import { exportBatch } from '../../../src/cli/exportBatch';
import { readStandoff } from '../formats/standoff';
import { cpSlice, find } from '../formats/fixture';

// The CLI run as a user runs it: a child process on the compiled main, its workers included.
const MAIN = resolve(__dirname, '../../../src/cli/main.js');

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [MAIN, 'export', ...args], { encoding: 'utf8', timeout: 90_000 });
  return { code: r.status, stderr: r.stderr, stdout: r.stdout };
}

/**
 * Articles we write here: varied speakers, cues and astral characters before and inside quotes;
 * a Markdown article puts its second speaker in bold.
 */
const PEOPLE = [['Ana Duarte', 'Foreign Minister'], ['Tomas Weber', 'the city treasurer'], ['Grace Mbeki', 'union leader'], ['Li Wen', 'the port director']];
const TOPICS = ['the harbour deal 😀', 'the 𝒳 budget', 'the night market 𠀋', 'the bridge repairs'];
function article(i: number, markdown = false): string {
  const [name, role] = PEOPLE[i % PEOPLE.length];
  const topic = TOPICS[(i >> 2) % TOPICS.length];
  const last = name.split(' ')[1];
  return [
    `${role[0].toUpperCase()}${role.slice(1)} ${name} said on Tuesday that ${topic} would be finished by spring.`,
    `"We have waited long enough 😀, and 𠀋 the money is there," ${markdown ? `**${name}**` : name} told reporters.`,
    `According to ${last}, the work will cost less than planned.`,
    `"Nobody will lose 𝒳 their job," Mr ${last} said.`,
    '',
  ].join('\n');
}

/** The engine as the export runs it: a `.md` article read through its Markdown. */
const engine = (g: { rel: string; text: string }) => analyze(g.text, { markup: markupOfFile(g.rel) });

describe('cli/export: news-lens export PATH... --format F --out DIR', function () {
  this.timeout(180_000);
  let dir: string;
  let input: string;
  const good: Array<{ rel: string; text: string }> = [];

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'news-lens-export-'));
    input = join(dir, 'articles');
    mkdirSync(join(input, 'world', 'europe'), { recursive: true });
    for (let i = 0; i < 12; i++) {
      const rel = ['', 'world/', 'world/europe/'][i % 3] + `story-${String(i).padStart(2, '0')}${['.txt', '.news', '.md'][i % 3]}`;
      const text = article(i, rel.endsWith('.md'));
      writeFileSync(join(input, rel), text);
      good.push({ rel, text });
    }
    good.sort((a, b) => (a.rel < b.rel ? -1 : 1));
    writeFileSync(join(input, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]));
    writeFileSync(join(input, 'world', 'latin1.txt'), Buffer.from('caf\xe9 au lait', 'latin1'));
    symlinkSync(join(dir, 'nowhere.txt'), join(input, 'world', 'gone.txt'));
    writeFileSync(join(input, 'notes.json'), '{}'); // not an article: skipped by the walk
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  function assertFailuresReported(r: { code: number | null; stderr: string }) {
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /3 file\(s\) failed/);
    assert.match(r.stderr, /photo\.txt: looks binary/);
    assert.match(r.stderr, /latin1\.txt: not valid UTF-8/);
    assert.match(r.stderr, /gone\.txt: no such file/);
  }

  it('csv: one batch file, rows in input order, offsets on the article text; bad files reported at the end', () => {
    const out = join(dir, 'csv');
    const r = cli(input, '--format', 'csv', '--out', out, '--jobs', '2');
    assertFailuresReported(r);
    assert.match(r.stderr, /12 article\(s\)/);
    const rows: Record<string, string>[] = parse(readFileSync(join(out, 'news-lens.csv'), 'utf8'), { bom: true, columns: true });
    const expected = good.flatMap((g) => {
      const a = engine(g);
      return [...a.quotes, ...a.claims].sort((x, y) => x.span[0] - y.span[0] || x.span[1] - y.span[1]).map(() => g.rel);
    });
    assert.deepEqual(rows.map((row) => row.file), expected, 'every quote and claim, files in walk order');
    for (const row of rows) {
      const text = good.find((g) => g.rel === row.file)!.text;
      assert.equal(cpSlice(text, Number(row.start), Number(row.end)), row.text.replace(/^'(?=[=+\-@\t\r])/, ''));
    }
    assert.deepEqual(readdirSync(out), ['news-lens.csv'], 'no temp file left behind');
  });

  it('brat: a .txt copy and an .ann per article, mirroring folders; every T on its code point slice', () => {
    const out = join(dir, 'brat');
    assertFailuresReported(cli(input, '--format', 'brat', '--out', out));
    for (const g of good) {
      const base = join(out, g.rel.replace(/\.[^.]+$/, ''));
      const txt = readFileSync(base + '.txt', 'utf8');
      assert.equal(txt, g.text);
      const so = readStandoff(readFileSync(base + '.ann', 'utf8'));
      const a = engine(g);
      assert.equal([...so.t.values()].filter((t) => t.label === 'Quote' || t.label === 'Claim').length, new Set([...a.quotes, ...a.claims].map((x) => `${x.kind}${x.span}`)).size);
      for (const t of so.t.values()) assert.equal(t.fragments.map(([s, e]) => cpSlice(txt, s, e)).join(' '), t.text);
    }
  });

  it('json: the engine\'s analysis per article, UTF-16 offsets', () => {
    const out = join(dir, 'json');
    assertFailuresReported(cli(input, '--format', 'json', '--out', out, '--jobs', '1'));
    for (const g of good) {
      const doc = JSON.parse(readFileSync(join(out, g.rel.replace(/\.[^.]+$/, '.analysis.json')), 'utf8'));
      assert.equal(doc.file, g.rel);
      assert.deepEqual(doc.analysis, JSON.parse(JSON.stringify(engine(g))));
    }
  });

  for (const format of ['doccano', 'prodigy'] as const) {
    it(`${format}: one JSONL line per good article, code point offsets`, () => {
      const out = join(dir, format);
      assertFailuresReported(cli(input, '--format', format, '--out', out));
      const lines = readFileSync(join(out, `${format}.jsonl`), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
      assert.deepEqual(lines.map((l) => l.text), good.map((g) => g.text));
      for (const l of lines) {
        const spans = format === 'doccano' ? l.entities.map((e: { start_offset: number; end_offset: number }) => [e.start_offset, e.end_offset]) : l.spans.map((s: { start: number; end: number; text: string }) => [s.start, s.end, s.text]);
        for (const [s, e, text] of spans) {
          assert.ok(s < e && e <= Array.from(l.text).length);
          if (text !== undefined) assert.equal(cpSlice(l.text, s, e), text);
        }
      }
    });
  }

  it('applies the human decisions of an article\'s annotation file', () => {
    const folder = join(dir, 'decided');
    mkdirSync(folder);
    const text = article(1);
    writeFileSync(join(folder, 'story.news'), text);
    const span = find(text, 'the work will cost less than planned');
    const opts = { creator: 'Rita Okafor', now: '2026-11-27T10:00:00Z' };
    let doc = emptyDocument('story.news', text);
    doc = addAnnotation(doc, text, span, { decision: 'add', kind: 'claim', speaker: 'Tomas Weber' }, opts).doc;
    doc = addAnnotation(doc, text, span, { decision: 'status', status: 'misleading' }, opts).doc;
    doc = addAnnotation(doc, text, span, { decision: 'note', note: '=check the budget line' }, opts).doc;
    writeFileSync(join(folder, 'story.news.annotations.json'), serializeAnnotations(doc));
    const out = join(dir, 'decided-out');
    const r = cli(folder, '--format', 'csv', '--out', out);
    assert.equal(r.code, 0, r.stderr);
    const rows: Record<string, string>[] = parse(readFileSync(join(out, 'news-lens.csv'), 'utf8'), { bom: true, columns: true });
    const row = rows.find((x) => x.text === 'the work will cost less than planned');
    assert.ok(row, 'the decided claim is exported');
    assert.deepEqual([row.kind, row.status, row.note, row.source, row.speaker], ['claim', 'misleading', "'=check the budget line", 'human', 'Tomas Weber']);
  });

  it('a broken annotation file fails its article with the file and place named, and the batch goes on', () => {
    const folder = join(dir, 'broken');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.news'), article(2));
    writeFileSync(join(folder, 'a.news.annotations.json'), '{"schemaVersion": 1, "items": [');
    writeFileSync(join(folder, 'b.news'), article(3));
    const out = join(dir, 'broken-out');
    const r = cli(folder, '--format', 'markdown', '--out', out);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /a\.news\.annotations\.json:\d+:\d+/);
    assert.ok(!existsSync(join(out, 'a.report.md')));
    assert.ok(existsSync(join(out, 'b.report.md')));
  });

  it('never overwrites the article itself, and skips an output folder inside the input', () => {
    const folder = join(dir, 'inplace');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.txt'), article(0));
    const r = cli(folder, '--format', 'brat', '--out', folder);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /would overwrite the article itself/);
    assert.equal(readFileSync(join(folder, 'a.txt'), 'utf8'), article(0));
    const nested = cli(folder, '--format', 'brat', '--out', join(folder, 'brat'));
    assert.equal(nested.code, 0, nested.stderr);
    const again = cli(folder, '--format', 'brat', '--out', join(folder, 'brat'));
    assert.match(again.stderr, /1 article\(s\)/, 'the earlier brat copies are not exported again');
  });

  it('cancelling a batch writes no batch file and leaves no temp file', async () => {
    const out = join(dir, 'cancelled');
    const abort = new AbortController();
    const result = await exportBatch({
      paths: [input], format: 'csv', outDir: out, jobs: 1, maxBytes: 1e6, signal: abort.signal,
      onProgress: (p) => { if (p.done === 2) abort.abort(); },
    });
    assert.equal(result.cancelled, true);
    assert.ok(result.exported + result.failures.length < good.length + 3, 'stopped before the end');
    assert.deepEqual(readdirSync(out), []);
  });

  it('a worker that cannot start fails each file with the reason instead of hanging', async () => {
    const result = await exportBatch({ paths: [input], format: 'csv', outDir: join(dir, 'no-worker'), jobs: 2, maxBytes: 1e6, workerFile: join(dir, 'missing-worker.js') });
    assert.equal(result.exported, 0);
    assert.equal(result.failures.length, good.length + 3);
    assert.match(result.failures[0].error, /export worker stopped \(Cannot find module/);
  });

  it('two inputs that would write the same output: the second is reported, the first kept', () => {
    const folder = join(dir, 'twins');
    mkdirSync(folder);
    writeFileSync(join(folder, 'vote.md'), article(5));
    writeFileSync(join(folder, 'vote.txt'), article(6));
    const out = join(dir, 'twins-out');
    const r = cli(folder, '--format', 'json', '--out', out);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /vote\.txt: another input already writes vote\.\*/);
    assert.equal(JSON.parse(readFileSync(join(out, 'vote.analysis.json'), 'utf8')).file, 'vote.md');
  });

  it('refuses an article over --max-mb and exports the others', () => {
    const folder = join(dir, 'sizes');
    mkdirSync(folder);
    writeFileSync(join(folder, 'short.txt'), article(1));
    writeFileSync(join(folder, 'long.txt'), article(2).repeat(20));
    const r = cli(folder, '--format', 'markdown', '--out', join(dir, 'sizes-out'), '--max-mb', '0.002');
    assert.equal(r.code, 1);
    assert.match(r.stderr, /long\.txt: too large/);
    assert.ok(existsSync(join(dir, 'sizes-out', 'short.report.md')));
  });

  it('rejects bad usage with exit code 2 and the usage text', () => {
    for (const args of [['--format', 'csv', '--out', dir], [input, '--format', 'xml', '--out', dir], [input, '--format', 'csv'], [input, '--format', 'csv', '--out', dir, '--jobs', '0']]) {
      const r = cli(...args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /usage: news-lens export/);
    }
  });

  it('prints no progress bar when stderr is not a terminal', () => {
    const r = cli(join(input, 'story-00.txt'), '--format', 'csv', '--out', join(dir, 'quiet'));
    assert.equal(r.code, 0);
    assert.doesNotMatch(r.stderr, /\r|\x1b\[/);
  });
});
