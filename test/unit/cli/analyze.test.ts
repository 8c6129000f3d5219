// `news-lens analyze` as a user runs it: the built bundle dist/cli.js in a child process.
// `npm test` builds dist/ first; run `node scripts/build.mjs` before running mocha alone.
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../../../..');
const cli = join(root, 'dist', 'cli.js');

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [cli, 'analyze', ...args], { input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const ARTICLE = [
  'Finance Minister Ana Ferreira defended the budget on Monday.',
  '“We will not raise taxes on families,” Ms Ferreira told reporters in Lisbon.',
  'She said the deficit would fall below 2% next year, according to a ministry statement.',
].join('\n\n');

describe('cli: news-lens analyze', function () {
  let dir: string;
  before(function () {
    if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`node scripts/build.mjs\` first`);
    dir = mkdtempSync(join(tmpdir(), 'news-lens-analyze-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, content: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  describe('FILE mode', () => {
    it('prints one Analysis object with "file" first for one file, spans inside the text', () => {
      const path = file('budget.txt', ARTICLE);
      const r = run([path]);
      assert.equal(r.code, 0, r.stderr);
      const out = JSON.parse(r.stdout);
      assert.deepEqual(Object.keys(out), ['file', 'length', 'entities', 'quotes', 'claims', 'problems']);
      assert.equal(out.file, path);
      assert.equal(out.length, ARTICLE.length);
      for (const a of [...out.quotes, ...out.claims]) {
        assert.ok(a.span[0] >= 0 && a.span[0] <= a.span[1] && a.span[1] <= ARTICLE.length, JSON.stringify(a));
      }
    });

    it('prints an array in argument order for several files', () => {
      const a = file('a.txt', ARTICLE);
      const b = file('b.txt', 'No quotes here.');
      const r = run(['--compact', b, a]);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout.trim().split('\n').length, 1, 'compact output is one line');
      assert.deepEqual(JSON.parse(r.stdout).map((x: { file: string }) => x.file), [b, a]);
    });

    it('reads a .md file through its Markdown (the same text as .txt is read as it is)', () => {
      const text = '> "The night ferry runs again," said **Ingrid Solheim**, chief executive of [Fjord Lines](https://fjordlines.example).\n';
      const speakerOf = (name: string) => {
        const r = run([file(name, text)]);
        assert.equal(r.code, 0, r.stderr);
        const out = JSON.parse(r.stdout);
        const q = out.quotes[0];
        return q.speaker && text.slice(q.speaker[0], q.speaker[1]);
      };
      assert.equal(speakerOf('ferry.md'), 'Ingrid Solheim');
      assert.notEqual(speakerOf('ferry.txt'), 'Ingrid Solheim');
    });

    it('refuses a binary file with a message naming it, and still prints the good ones', () => {
      const bin = file('photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]));
      const good = file('good.txt', ARTICLE);
      const r = run([bin, good]);
      assert.equal(r.code, 1);
      assert.match(r.stderr, /photo\.jpg: looks binary/);
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
      assert.deepEqual(JSON.parse(r.stdout).map((x: { file: string }) => x.file), [good]);
    });

    it('refuses invalid UTF-8, missing files and files over the size limit, naming each', () => {
      const latin1 = file('latin1.txt', Buffer.from('caf\xe9 cr\xe8me', 'latin1'));
      const big = file('big.txt', 'word '.repeat(1000));
      const missing = join(dir, 'missing.txt');
      const r = run(['--max-mb', '0.001', latin1, big, missing]);
      assert.equal(r.code, 1);
      assert.match(r.stderr, /latin1\.txt: not valid UTF-8/);
      assert.match(r.stderr, /big\.txt: too large/);
      assert.match(r.stderr, /missing\.txt: no such file/);
      assert.equal(r.stdout, '');
    });

    it('writes --format annotations as an annotation file for the article', () => {
      const r = run(['--format', 'annotations', file('c.txt', ARTICLE)]);
      assert.equal(r.code, 0, r.stderr);
      const doc = JSON.parse(r.stdout);
      assert.equal(doc.type, 'AnnotationCollection');
      assert.equal(doc.newsLens.article, 'c.txt');
      assert.ok(Array.isArray(doc.items));
    });

    it('gives usage errors exit code 2', () => {
      assert.equal(run([]).code, 2);
      assert.equal(run(['--bogus', 'x.txt']).code, 2);
      assert.equal(run(['--format', 'pdf', 'x.txt']).code, 2);
    });
  });

  describe('JSONL mode', () => {
    const KEYS = ['id', 'entities', 'quotes', 'claims'];

    it('streams 2,000 documents to 2,000 records in order with exactly the documented keys', function () {
      const n = 2000;
      const lines: string[] = [];
      for (let i = 0; i < n; i++) {
        const text = `Mayor Lena Brandt${i} said the bridge would reopen in ${i % 12 + 1} weeks. “It is safe,” she said.`;
        lines.push(JSON.stringify({ id: `doc-${i}`, text, source: 'test' }));
      }
      const path = file('docs.jsonl', lines.join('\n') + '\n');
      const r = run(['--jsonl', path]);
      assert.equal(r.code, 0, r.stderr);
      const records = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
      assert.equal(records.length, n);
      records.forEach((rec, i) => {
        assert.deepEqual(Object.keys(rec), KEYS);
        assert.equal(rec.id, `doc-${i}`);
        for (const e of rec.entities) assert.deepEqual(Object.keys(e), ['id', 'kind', 'name', 'role', 'aliases', 'mentions']);
        for (const a of [...rec.quotes, ...rec.claims]) assert.deepEqual(Object.keys(a), ['id', 'span', 'speaker', 'entity', 'cue', 'rule']);
      });
    });

    it('reports each bad line with its line number, goes on, and exits non-zero at the end', () => {
      const input = [
        '{"id": "a", "text": "“Yes,” he said."}',
        'this is not json',
        '{"id": "b"}',
        '',
        '{"id": "c", "text": "Officials said the road is closed."}',
        '{"text": "no id"}',
      ].join('\r\n');
      const r = run(['--jsonl', '-'], input);
      assert.equal(r.code, 1);
      assert.deepEqual(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).id), ['a', 'c']);
      assert.match(r.stderr, /stdin:2: not valid JSON/);
      assert.match(r.stderr, /stdin:3: document "b": missing "text"/);
      assert.match(r.stderr, /stdin:6: missing "id"/);
      assert.doesNotMatch(r.stderr, /stdin:[145]:/);
    });

    it('streams: the first record comes out while the input is still open', async () => {
      const child = spawn(process.execPath, [cli, 'analyze', '--jsonl', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
      child.stdin.write(JSON.stringify({ id: 'first', text: '“Ready,” the coach said.' }) + '\n');
      // If the CLI read all input before writing, this would wait forever (mocha's timeout fails it).
      const firstLine = await new Promise<string>((done) => {
        let buffered = '';
        child.stdout.on('data', (chunk: Buffer) => {
          buffered += chunk.toString('utf8');
          if (buffered.includes('\n')) done(buffered.split('\n')[0]);
        });
      });
      assert.equal(JSON.parse(firstLine).id, 'first');
      child.stdin.end(JSON.stringify({ id: 'second', text: 'No quote.' }) + '\n');
      const [code] = await once(child, 'close');
      assert.equal(code, 0);
    });

    it('refuses a line over the size limit and goes on with the next', () => {
      const long = JSON.stringify({ id: 'long', text: 'The minister said the plan would work. '.repeat(10) });
      const r = run(['--max-mb', '0.0002', '--jsonl', '-'], `${long}\n{"id": "short", "text": "Hi."}\n`);
      assert.equal(r.code, 1);
      assert.match(r.stderr, /stdin:1: line too long/);
      assert.deepEqual(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).id), ['short']);
    });

    it('names a missing input file', () => {
      const r = run(['--jsonl', join(dir, 'nope.jsonl')]);
      assert.equal(r.code, 1);
      assert.match(r.stderr, /nope\.jsonl: no such file/);
    });
  });
});
