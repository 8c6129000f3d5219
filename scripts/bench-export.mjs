// `node scripts/bench-export.mjs [--articles N] [--format F] [--reps N] [--no-build]`: the export CLI on a
// generated corpus, with 1 and 2 worker threads. Articles are made from our own fixture texts
// (scripts/lib/bench-corpus.mjs: samples/, test/fixtures/articles/, test/fixtures/bench/),
// varied per article (paragraphs rotated and mixed from another text, a dateline with an
// emoji), written to a temp folder in sub-folders of 100.
// Reports articles per second (wall clock, process start to exit included), cores busy (CPU
// time of the process over wall time: ≈2 when both workers are kept busy on an idle machine;
// other load on the machine lowers it), CPU time per article (start-up included; steady under
// load, unlike wall-clock rates), each worker's event-loop utilisation (near 1: the pipeline
// kept it fed) and peak memory:
// the peak RSS of the CLI process, whose worker threads share it (--stats reports
// process.resourceUsage().maxRSS). Flat memory: the peak at N articles against N/2.
// Needs dist/ (npm run build). Prints a markdown table.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articles } from './lib/bench-corpus.mjs';
import { root } from './lib/engine.mjs';
import { markdownTable } from './lib/table.mjs';

const option = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const COUNT = Number(option('--articles', 1000));
const FORMAT = option('--format', 'csv');
const REPS = Number(option('--reps', 1));
const cli = join(root, 'dist/cli.js');

function generate(dir, count) {
  const texts = articles().map(([, text]) => text.split(/\n\s*\n/).filter((p) => p.trim()));
  for (let i = 0; i < count; i++) {
    const own = texts[i % texts.length];
    const other = texts[(i * 7 + 3) % texts.length];
    const shift = i % own.length;
    const paragraphs = [...own.slice(shift), ...own.slice(0, shift), other[i % other.length]];
    const folder = join(dir, `batch-${String(Math.floor(i / 100)).padStart(3, '0')}`);
    mkdirSync(folder, { recursive: true });
    const dateline = `Dispatch ${i + 1} 😀 (${['Lisbon', 'Nairobi', 'Osaka', 'Quito'][i % 4]})`;
    writeFileSync(join(folder, `article-${String(i).padStart(5, '0')}.txt`), [dateline, ...paragraphs].join('\n\n') + '\n');
  }
}

function run(input, jobs) {
  const out = mkdtempSync(join(tmpdir(), 'news-lens-bench-out-'));
  try {
    const r = spawnSync(process.execPath, [cli, 'export', input, '--format', FORMAT, '--out', out, '--jobs', String(jobs), '--stats'], {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    });
    const line = r.stderr.trim().split('\n').filter((l) => l.startsWith('{')).pop();
    if (r.status !== 0 || !line) throw new Error(`export failed (exit ${r.status}):\n${r.stderr}`);
    return JSON.parse(line);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

if (!process.argv.includes('--no-build')) execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
const work = mkdtempSync(join(tmpdir(), 'news-lens-bench-in-'));
try {
  const rows = [];
  const peaks = {};
  for (const count of [COUNT / 2, COUNT]) {
    const input = join(work, String(count));
    generate(input, count);
    for (const jobs of [1, 2]) {
      const best = Array.from({ length: REPS }, () => run(input, jobs)).sort((a, b) => b.articlesPerSecond - a.articlesPerSecond)[0];
      peaks[`${count}/${jobs}`] = best.maxRssMb;
      rows.push([String(count), String(jobs), best.articlesPerSecond.toFixed(0), best.seconds.toFixed(2) + ' s', (best.cpuSeconds / best.seconds).toFixed(2), ((1000 * best.cpuSeconds) / count).toFixed(1) + ' ms', best.workerBusy.map((u) => u.toFixed(2)).join(' '), best.maxRssMb.toFixed(0) + ' MB']);
    }
  }
  console.log(`\n### Export: ${COUNT} generated articles as ${FORMAT} (best of ${REPS})\n`);
  console.log(markdownTable(['articles', 'workers', 'articles/s', 'time', 'cores busy', 'CPU/article', 'worker busy', 'peak RSS'], rows));
  const speedup = Number(rows[3][2]) / Number(rows[2][2]);
  console.log(`\n2 workers vs 1 at ${COUNT} articles: ${speedup.toFixed(2)}× the throughput.`);
  for (const jobs of [1, 2]) {
    const growth = peaks[`${COUNT}/${jobs}`] / peaks[`${COUNT / 2}/${jobs}`];
    console.log(`Peak memory with ${jobs} worker(s), ${COUNT} vs ${COUNT / 2} articles: ×${growth.toFixed(2)} (flat is ≈1).`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
