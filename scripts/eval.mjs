// `npm run eval -- [--no-peer] [--no-group] [--seed] [FILE.jsonl...]`: scores the engine by the
// rules of ../shared/eval/README.md (implemented in src/cli/score.ts) and prints markdown tables,
// with compromise (plus a thin adapter, scripts/lib/compromise-adapter.mjs) on the same documents
// in the same run. A file's kind comes from its lines: "attributions" (PolNeAR) or "persons"
// (CoNLL-2003). Without FILE arguments: PolNeAR dev, CoNLL-2003 dev and the seed checklist.
//   --no-peer   skip compromise        --no-group  score each quote/claim alone (no cue grouping)
//   --seed      the seed article checklist (../shared/samples/*.txt)
import { createReadStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { loadEngine, loadScore, root } from './lib/engine.mjs';
import { compromiseAnalysis } from './lib/compromise-adapter.mjs';
import { seedChecks } from './lib/seed-checks.mjs';
import { f3, markdownTable, n } from './lib/table.mjs';

const shared = resolve(root, '../shared');
const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
for (const f of flags) if (!['--no-peer', '--no-group', '--seed'].includes(f)) throw new Error(`unknown option ${f}`);
let files = args.filter((a) => !a.startsWith('--'));
const defaults = files.length === 0 && !flags.has('--seed');
if (defaults) files = [join(shared, 'eval/polnear-dev.jsonl'), join(shared, 'eval/conll2003-dev.jsonl')];
const peer = !flags.has('--no-peer');
const group = !flags.has('--no-group');

const { analyze } = await loadEngine();
const score = await loadScore();

const OURS = 'News Lens';
const PEER = 'compromise (thin adapter)';

/** Runs a system on one text, timing it; a thrown error counts as a crash and predicts nothing. */
function timed(system, fn, text) {
  const c0 = process.cpuUsage();
  try {
    return fn(text);
  } catch (err) {
    system.crashes += 1;
    if (system.crashes <= 3) console.error(`${system.name}: ${err.stack ?? err}`);
    return null;
  } finally {
    const cpu = process.cpuUsage(c0);
    system.ms += (cpu.user + cpu.system) / 1000; // CPU time: the machine may be shared
    system.chars += text.length;
  }
}

function newSystem(name) {
  const groups = Object.fromEntries(score.GROUPS.map((g) => [g, score.emptyAttributionCounts()]));
  return { name, ms: 0, chars: 0, crashes: 0, groups, names: score.emptyNameCounts() };
}

async function* documents(file) {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    try {
      yield JSON.parse(line);
    } catch (err) {
      throw new Error(`${file}:${lineNumber}: ${err.message}`);
    }
  }
}

const speed = (s) => {
  const mbs = s.chars / 1e6 / (s.ms / 1000);
  return s.ms > 0 ? `${mbs.toFixed(mbs >= 1 ? 2 : 3)} MB/s` : '–';
};

async function evalFile(file) {
  const systems = [newSystem(OURS), ...(peer ? [newSystem(PEER)] : [])];
  let kind = null;
  let docs = 0;
  const gold = { all: 0, direct: 0, indirect: 0, persons: 0 };
  for await (const doc of documents(file)) {
    const docKind = Array.isArray(doc.attributions) ? 'attributions' : Array.isArray(doc.persons) ? 'persons' : null;
    if (docKind === null) throw new Error(`${file}: document ${doc.id} has neither "attributions" nor "persons"`);
    if (kind !== null && docKind !== kind) throw new Error(`${file}: mixes attribution and person-name documents`);
    kind = docKind;
    docs += 1;
    const ours = timed(systems[0], analyze, doc.text);
    const theirs = peer ? timed(systems[1], compromiseAnalysis, doc.text) : null;
    if (kind === 'attributions') {
      gold.all += doc.attributions.length;
      for (const g of doc.attributions) gold[g.direct ? 'direct' : 'indirect'] += 1;
      score.addDocumentScore(systems[0].groups, doc.text, ours ? score.predictionsOf(ours, group) : [], doc.attributions);
      if (peer) {
        const preds = (theirs?.quotes ?? []).map((q) => ({ kind: 'quote', content: [q.span], speaker: q.speaker, cue: q.cue }));
        score.addDocumentScore(systems[1].groups, doc.text, preds, doc.attributions);
      }
    } else {
      gold.persons += doc.persons.length;
      score.addNameScore(systems[0].names, ours ? score.predictedPersonNames(doc.text, ours) : [], doc.persons);
      if (peer) score.addNameScore(systems[1].names, theirs?.persons ?? [], doc.persons);
    }
  }
  console.log(`\n### ${basename(file)}\n`);
  if (kind === 'attributions') printAttributions(systems, docs, gold);
  else if (kind === 'persons') printNames(systems, docs, gold);
  else console.log('(no documents)');
  for (const s of systems) if (s.crashes) console.log(`\n**${s.name} threw on ${s.crashes} document(s).**`);
}

function printAttributions(systems, docs, gold) {
  console.log(`${n(docs)} documents, ${n(gold.all)} gold attributions (${n(gold.direct)} direct, ${n(gold.indirect)} indirect).` +
    ` Content matched one-to-one, greedy by overlap; P/R at 30% overlap.${group ? ' Our quotes/claims sharing one cue count as one attribution.' : ''}\n`);
  const label = { all: 'all', direct: 'direct (quotes)', indirect: 'indirect (claims)' };
  const rows = [];
  for (const s of systems) {
    for (const g of score.GROUPS) {
      const c = s.groups[g];
      const at30 = score.prf(c.content.overlap30);
      rows.push([s.name, label[g], n(c.content.overlap30.predicted), f3(at30.precision), f3(at30.recall), f3(at30.f1),
        f3(score.prf(c.content.overlap80).f1), f3(score.prf(c.content.exact).f1),
        f3(score.accuracy(c.speaker)), f3(score.prf(c.endToEnd).f1), f3(score.accuracy(c.cue))]);
    }
  }
  console.log(markdownTable(['system', 'attributions', 'predicted', 'P', 'R', 'F1 @30%', 'F1 @80%', 'F1 exact', 'speaker acc.', 'end-to-end F1', 'cue acc.'], rows));
  console.log(`\nSpeed in this run (UTF-16 units per CPU second, informational; see npm run bench): ${systems.map((s) => `${s.name} ${speed(s)}`).join(', ')}.`);
}

function printNames(systems, docs, gold) {
  console.log(`${n(docs)} documents, ${n(gold.persons)} gold person names.\n`);
  const rows = systems.map((s) => {
    const exact = score.prf(s.names.exact);
    const loose = score.prf(s.names.overlap);
    return [s.name, n(s.names.exact.predicted), f3(exact.precision), f3(exact.recall), f3(exact.f1), f3(loose.precision), f3(loose.recall), f3(loose.f1)];
  });
  console.log(markdownTable(['system', 'predicted', 'P exact', 'R exact', 'F1 exact', 'P overlap', 'R overlap', 'F1 overlap'], rows));
  console.log(`\nSpeed in this run (UTF-16 units per CPU second, informational): ${systems.map((s) => `${s.name} ${speed(s)}`).join(', ')}.`);
}

function seed() {
  const dir = join(shared, 'samples');
  if (!existsSync(dir)) {
    console.error(`eval: ${dir}: no such folder (the seed article lives in ../shared/samples)`);
    process.exitCode = 1;
    return;
  }
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(join(dir, name), 'utf8');
    const checks = seedChecks(text, analyze(text));
    const passed = checks.filter((c) => c.ok).length;
    console.log(`\n### Seed article ${name}: ${passed}/${checks.length}\n`);
    for (const c of checks) console.log(`- ${c.ok ? '✓' : '✗'} ${c.label}${c.detail ? ` (${c.detail})` : ''}`);
  }
}

for (const file of files) {
  if (!existsSync(file)) {
    console.error(`eval: ${file}: no such file${defaults ? ' (the evaluation data lives in ../shared/eval)' : ''}`);
    process.exitCode = 1;
    continue;
  }
  await evalFile(resolve(file));
}
if (defaults || flags.has('--seed')) seed();
