// `npm run bench -- [--mb N] [--reps N] [--peer-kb N] [--rounds N]`: the engine's speed and memory
// on our own articles (scripts/lib/bench-corpus.mjs), one measurement per child process, median of
// the repetitions, single-threaded (one JS thread per process, processes run one at a time).
// Every measurement is made in each of N rounds (default 3; --rounds 1 for a quick look), the
// modes in turn, so that a busy spell of a shared machine falls on all modes of a round alike: the
// ratios are taken within each round and their median is reported; each table row is the round
// with the median CPU time of that mode.
//   - News Lens on N MB (default 5) as one large document and as the same bytes in small ones:
//     the cost ratio large/small shows that cost grows linearly (target <= 1.5); both hold every
//     result of a pass (the heap figure), and a third row streams the small documents instead
//     (each result dropped once counted, as the CLI's --jsonl mode does): the difference is the
//     cost of keeping results alive (copied and marked by the garbage collector), and a fourth
//     makes and holds a copy of those results with no analysis: what the result's shape costs;
//   - compromise (thin adapter) and News Lens on the same first K kB of small documents
//     (default 150; compromise is too slow for megabytes): the speed ratio ours/compromise;
//   - bundle sizes, and the extension's activation time from the last integration run.
// Prints markdown tables.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { articles } from './lib/bench-corpus.mjs';
import { loadEngine, root } from './lib/engine.mjs';
import { markdownTable, n } from './lib/table.mjs';

const option = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const MB = option('--mb', 5);
const REPS = option('--reps', 5);
const PEER_KB = option('--peer-kb', 150);
const PEER_REPS = Math.max(1, Math.min(REPS, 3));
const ROUNDS = Math.max(1, option('--rounds', 3));

await loadEngine(); // bundles src/core into .cache/scripts/core.cjs for the workers

function measure(mode, reps, sliceKb = 0) {
  const out = execFileSync(process.execPath, ['--expose-gc', join(root, 'scripts/lib/bench-worker.mjs'), mode, String(MB), String(reps), String(sliceKb)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  const r = JSON.parse(out.trim().split('\n').pop());
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  r.median = median(r.times);
  r.cpuMedian = median(r.cpuTimes);
  r.mbPerS = r.bytes / 1e6 / (r.cpuMedian / 1000);
  return r;
}

const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;
const ms = (x) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(1)} ms`);
const rate = (x) => `${x >= 10 ? x.toFixed(1) : x.toFixed(3)} MB/s`;

const sources = articles();
console.log(`\n### Speed and memory (${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${REPS} repetitions, median; ${ROUNDS} round(s), median)\n`);
console.log('Speed is bytes (UTF-8) per second of CPU time (user + system) of the measuring process: on a shared machine');
console.log('wall time also counts waiting for a core. Both are medians; memory is the OS peak RSS of the process,');
console.log('its growth over the baseline after loading the input, and the V8 heap right after a run (results still held).\n');
console.log(`Input: ${sources.length} of our own articles (${sources.map(([p]) => p.split('/').pop()).join(', ')}), repeated to ${MB} MB.\n`);

const rounds = [];
for (let k = 0; k < ROUNDS; k++) {
  rounds.push({ large: measure('large', REPS), small: measure('small', REPS), stream: measure('stream', REPS), shape: measure('shape', REPS), oursSlice: measure('ours-slice', REPS, PEER_KB), peerSlice: measure('peer-slice', PEER_REPS, PEER_KB) });
}
const middle = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** The round with the median CPU time of one mode (its whole row: times and memory of one process). */
const medianRound = (key) => {
  const cpu = middle(rounds.map((r) => r[key].cpuMedian));
  return rounds.find((r) => r[key].cpuMedian === cpu)[key];
};
const large = medianRound('large');
const small = medianRound('small');
const stream = medianRound('stream');
const shape = medianRound('shape');
const oursSlice = medianRound('oursSlice');
const peerSlice = medianRound('peerSlice');

const row = (system, input, r) => [system, input, n(r.docs), mb(r.bytes / r.passes), n(r.passes), ms(r.cpuMedian), ms(r.median), rate(r.mbPerS), mb(r.peakRss), mb(r.peakRss - r.baselineRss), mb(r.heapPeak)];
console.log(markdownTable(['system', 'input', 'documents', 'size', 'passes', 'CPU time', 'wall time', 'speed (CPU)', 'peak RSS', 'RSS growth', 'heap with results'], [
  row('News Lens', 'one large document', large),
  row('News Lens', 'many small documents', small),
  row('News Lens', 'many small documents, streamed', stream),
  row('results only (a copy, held)', 'many small documents', shape),
  row('News Lens', `first ${PEER_KB} kB, small documents`, oursSlice),
  row('compromise (thin adapter)', `first ${PEER_KB} kB, small documents`, peerSlice),
]));

// Cost per byte; `bytes` counts every pass of a repetition. Ratios within a round, median over rounds.
const linear = middle(rounds.map((r) => r.large.cpuMedian / r.large.bytes / (r.small.cpuMedian / r.small.bytes)));
const versusPeer = middle(rounds.map((r) => r.oursSlice.mbPerS / r.peerSlice.mbPerS));
const best = middle(rounds.map((r) => Math.min(r.large.mbPerS, r.small.mbPerS)));
const mark = (ok) => (ok ? '✓' : '✗');
console.log(`\n- ${mark(linear <= 1.5)} cost of one large document / same bytes in small documents: ${linear.toFixed(2)} (target <= 1.5)`);
console.log(`- ${mark(best >= 20)} News Lens speed: ${rate(best)} at worst of the two (target >= 20 MB/s)`);
// What results of the Analysis shape cost to make and keep, with no analysis: the part of a
// CPU-time budget per MB that no faster rule can win back while the API keeps this shape.
const msPerMb = (r) => r.cpuMedian / (r.bytes / 1e6);
console.log(`- making and holding results of this shape alone (a deep copy, no analysis): ${msPerMb(shape).toFixed(0)} ms of CPU per MB;` +
  ` News Lens with results held: ${msPerMb(small).toFixed(0)} ms per MB (at 20 MB/s the whole budget is 50 ms per MB)`);
console.log(`- ${mark(versusPeer >= 100)} News Lens / compromise on the same ${PEER_KB} kB: ${versusPeer.toFixed(0)}× (target >= 100×);` +
  ` News Lens at full size (${MB} MB of the same articles) / compromise on the slice: ${middle(rounds.map((r) => Math.min(r.large.mbPerS, r.small.mbPerS) / r.peerSlice.mbPerS)).toFixed(0)}×`);

console.log('\n### Bundles\n');
const bundles = ['dist/extension.js', 'dist/cli.js'].map((file) => {
  const path = join(root, file);
  if (!existsSync(path)) return [file, 'missing (npm run build)', '–'];
  const kb = statSync(path).size / 1024;
  return [file, `${kb.toFixed(1)} KB`, mark(kb < 300)];
});
console.log(markdownTable(['bundle', 'size', '< 300 KB'], bundles));

const metricsFile = join(root, 'test-results/integration-metrics.json');
console.log('\n### Extension activation\n');
if (existsSync(metricsFile)) {
  const when = statSync(metricsFile).mtime.toISOString();
  const metrics = JSON.parse(readFileSync(metricsFile, 'utf8'));
  const flat = [];
  const walk = (value, key) => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) for (const [k, v] of Object.entries(value)) walk(v, key ? `${key}.${k}` : k);
    else flat.push([key, Array.isArray(value) ? value.join(', ') : String(value)]);
  };
  walk(metrics, '');
  console.log(`From test-results/integration-metrics.json (written by the integration run, ${when}):\n`);
  console.log(markdownTable(['metric', 'value'], flat));
} else {
  console.log('No test-results/integration-metrics.json: run npm test first (the integration run writes it).');
}

// The export CLI on 1,000 generated articles with 1 and 2 worker threads: articles per
// second and peak memory (scripts/bench-export.mjs; dist/ is already built above).
execFileSync(process.execPath, [join(root, 'scripts/bench-export.mjs'), '--no-build'], { stdio: 'inherit' });
