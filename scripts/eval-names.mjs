// Person-name scorer on CoNLL-2003 (exact span, CoNLL rules) with overlap figures beside it.
// Usage: node scripts/eval-names.mjs [FILE.jsonl] [--errors N]
//   FILE defaults to ../shared/eval/conll2003-dev.jsonl. --errors prints N missed and N spurious names.
// A predicted person name = every mention of a person entity whose form is 'name' or
// 'honorific', with the honorific dropped (CoNLL person spans carry no title: "Mr Xi" -> "Xi").
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const errAt = args.indexOf('--errors');
const showErrors = errAt >= 0 ? Number(args[errAt + 1] ?? 20) : 0;
const files = args.filter((a, i) => !a.startsWith('--') && (errAt < 0 || i !== errAt + 1));
const file = files[0] ?? resolve(root, '../shared/eval/conll2003-dev.jsonl');

const dir = mkdtempSync(join(tmpdir(), 'eval-names-'));
const out = join(dir, 'entities.cjs');
await build({ entryPoints: [join(root, 'src/core/entities.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'error' });
const { findEntities } = createRequire(import.meta.url)(out);
rmSync(dir, { recursive: true, force: true });

const HONORIFIC = /^(?:mr|mrs|ms|miss|mister|sir|lord|dame|lady|madam|madame|mme|mlle|dr|prof)\.?\s+/i;

/** Person-name spans the engine predicts for one text. */
function predict(text) {
  const spans = [];
  for (const e of findEntities(text).entities) {
    if (e.kind !== 'person') continue;
    for (const m of e.mentions) {
      if (m.form !== 'name' && m.form !== 'honorific') continue;
      let [s, t] = m.span;
      const h = HONORIFIC.exec(text.slice(s, t));
      if (h) s += h[0].length;
      spans.push([s, t, m.rule]);
    }
  }
  return spans;
}

const f1 = (p, r) => (p + r > 0 ? (2 * p * r) / (p + r) : 0);
let gold = 0;
let pred = 0;
let exact = 0;
let predOverlap = 0; // predictions that overlap some gold name
let goldOverlap = 0; // gold names overlapped by some prediction
const missed = [];
const spurious = [];
let chars = 0;
const byRule = new Map(); // rule -> exact matches it made
let ms = 0;
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const doc = JSON.parse(line);
  const g = doc.persons ?? [];
  const t1 = process.hrtime.bigint();
  const p = predict(doc.text);
  ms += Number(process.hrtime.bigint() - t1) / 1e6;
  chars += doc.text.length;
  gold += g.length;
  pred += p.length;
  const key = (s) => s[0] + ':' + s[1];
  const gs = new Set(g.map(key));
  const ps = new Set(p.map(key));
  const ov = (a, b) => a[0] < b[1] && b[0] < a[1];
  for (const s of p) {
    if (gs.has(key(s))) { exact++; byRule.set(s[2], (byRule.get(s[2]) ?? 0) + 1); }
    if (g.some((x) => ov(x, s))) predOverlap++;
    else if (spurious.length < 5000) spurious.push(`${doc.id}: ${doc.text.slice(s[0], s[1])} [${s[2]}] | ${doc.text.slice(Math.max(0, s[0] - 40), s[1] + 40).replace(/\n/g, ' / ')}`);
  }
  for (const s of g) {
    if (p.some((x) => ov(x, s))) goldOverlap++;
    if (!ps.has(key(s)) && missed.length < 5000) missed.push(`${doc.id}: ${doc.text.slice(s[0], s[1])} | ${doc.text.slice(Math.max(0, s[0] - 40), s[1] + 40).replace(/\n/g, ' / ')}`);
  }
}
const P = exact / (pred || 1);
const R = exact / (gold || 1);
const oP = predOverlap / (pred || 1);
const oR = goldOverlap / (gold || 1);
const pct = (x) => x.toFixed(3);
console.log(`person names, ${file.split('/').pop()}: ${gold} gold, ${pred} predicted`);
console.log(`| match   | precision | recall | F1    |`);
console.log(`| ------- | --------- | ------ | ----- |`);
console.log(`| exact   | ${pct(P)}     | ${pct(R)}  | ${pct(f1(P, R))} |`);
console.log(`| overlap | ${pct(oP)}     | ${pct(oR)}  | ${pct(f1(oP, oR))} |`);
console.log(`${(chars / 1e6).toFixed(2)} MB in ${ms.toFixed(0)} ms (one cold pass; speed is measured by npm run bench)`);
if (showErrors > 0) {
  console.log('\nexact matches by rule:', [...byRule].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ${n}`).join(', '));
  console.log(`\nmissed (exact), first ${showErrors}:`);
  for (const m of missed.slice(0, showErrors)) console.log('  ' + m);
  console.log(`\nspurious (no overlap), first ${showErrors}:`);
  for (const m of spurious.slice(0, showErrors)) console.log('  ' + m);
}
