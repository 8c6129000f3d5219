// One benchmark measurement in its own process (clean memory figures):
//   node scripts/lib/bench-worker.mjs MODE MB REPS [SLICE_KB]
// MODE: large | small (News Lens on the whole input), stream (small, but each result is dropped
// once counted, as `news-lens analyze --jsonl` writes and forgets it; the other modes hold every
// result of a pass), ours-slice | peer-slice (News Lens or compromise on the first SLICE_KB of
// small documents), shape (no analysis: a copy of the small documents' results is made and held,
// the cost of results of this shape alone). Prints one JSON line: the times of
// each repetition in ms, wall clock and CPU (after one untimed warm-up run), bytes, documents and memory (peak
// RSS from the OS, in bytes).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { corpus, slice } from './bench-corpus.mjs';
import { root } from './engine.mjs';

const [mode, mb, reps, sliceKb] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4]), Number(process.argv[5] ?? 0)];
const { analyze } = createRequire(import.meta.url)(join(root, '.cache/scripts/core.cjs')); // built by bench.mjs
const input = corpus(mb * 1e6);

let docs;
let bytes;
let run;
const stream = mode === 'stream';
if (mode === 'shape') {
  // Object literals of the Analysis shape (src/core/types.ts), filled from the engine's results:
  // the cheapest way to make the same objects, arrays and spans, so this is what results of
  // this shape cost to make and keep at the least.
  const span = (s) => (s === null ? null : [s[0], s[1]]);
  const mention = (m) => ({ span: span(m.span), form: m.form, rule: m.rule });
  const entity = (e) => ({ id: e.id, kind: e.kind, name: e.name, role: e.role, gender: e.gender, aliases: e.aliases.slice(), mentions: e.mentions.map(mention), anonymous: e.anonymous, rule: e.rule, roleRule: e.roleRule });
  const attribution = (a) => ({ id: a.id, kind: a.kind, span: span(a.span), speaker: span(a.speaker), entity: a.entity, cue: span(a.cue), anonymous: a.anonymous, rule: a.rule });
  const copy = (a) => ({ length: a.length, entities: a.entities.map(entity), quotes: a.quotes.map(attribution), claims: a.claims.map(attribution), problems: a.problems.map((p) => ({ kind: p.kind, span: span(p.span), message: p.message })) });
  const results = new Map(input.small.map((text) => [text, analyze(text)]));
  docs = input.small;
  bytes = Buffer.byteLength(docs.join(''), 'utf8');
  run = (text) => copy(results.get(text));
} else if (mode === 'large' || mode === 'small' || stream) {
  docs = mode === 'large' ? [input.large] : input.small;
  bytes = Buffer.byteLength(docs.join(''), 'utf8');
  run = analyze;
} else {
  const part = slice(input.small, sliceKb * 1e3);
  docs = part.docs;
  bytes = part.bytes;
  run = mode === 'peer-slice' ? (await import('./compromise-adapter.mjs')).compromiseAnalysis : analyze;
}

// Untimed runs first (at least one, and for at least 1.5 s of CPU), so both systems are
// measured with their code compiled: a small slice passes too quickly to warm the JIT in one
// run. CPU time, not wall time: on a shared machine a wall second may hold little CPU.
const cpuMs = (since) => {
  const c = process.cpuUsage(since);
  return (c.user + c.system) / 1000;
};
const warmStart = process.cpuUsage();
let warmPasses = 0;
// The results-only copy keeps its warm-up results as its timed passes do: a copy never used is
// optimised away, and the passes per repetition would be misjudged 40-fold. (The engine's modes
// warm up as in earlier sessions, so their figures stay comparable.)
do {
  const held = [];
  for (const text of docs) {
    const result = run(text);
    if (mode === 'shape') held.push(result);
  }
  warmPasses += 1;
} while (cpuMs(warmStart) < 1500);
// A repetition makes enough passes over the input to take about 1 s of CPU (as the warm-up
// measured), so a fast system on a small slice is timed as long as a slow one.
const passes = Math.max(1, Math.round(1000 / (cpuMs(warmStart) / warmPasses)));
global.gc?.();
const baselineRss = process.memoryUsage().rss;
let heapPeak = 0;
const times = [];
const cpuTimes = [];
let found = 0;
const countOf = (a) => a.quotes.length + a.claims.length;
for (let r = 0; r < reps; r++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let results = [];
  for (let pass = 0; pass < passes; pass++) {
    results = [];
    if (stream) {
      found = 0;
      for (const text of docs) found += countOf(run(text));
    }
    else for (const text of docs) results.push(run(text));
  }
  const cpu = process.cpuUsage(c0);
  times.push(performance.now() - t0);
  cpuTimes.push((cpu.user + cpu.system) / 1000);
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed); // results still held: the high point of a run
  if (!stream) found = results.reduce((n, a) => n + countOf(a), 0);
  results = null;
  global.gc?.();
}
const peakRss = process.resourceUsage().maxRSS * 1024;
process.stdout.write(JSON.stringify({ mode, docs: docs.length, bytes: bytes * passes, passes, chars: docs.reduce((n, t) => n + t.length, 0), times, cpuTimes, baselineRss, peakRss, heapPeak, found }) + '\n');
