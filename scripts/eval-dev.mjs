// Quick attribution scorer for engine development (the official one is scripts/eval.mjs).
// Usage: node scripts/eval-dev.mjs [--nogroup] [--rules] [--dump] FILE.jsonl...
// Bundles src/core/index.ts with esbuild into /tmp, runs analyze() on each PolNeAR document and
// scores quotes+claims by the rules in ../shared/eval/README.md. Predictions that share one cue
// span are one attribution with several content fragments (as PolNeAR annotates "“A,” he said.
// “B.”"), unless --nogroup. --rules prints precision per rule. --dump writes misses, false alarms,
// speaker/cue errors and cue contexts to /tmp/nl-*.txt.
import { build } from 'esbuild';
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const args = process.argv.slice(2);
const group = !args.includes('--nogroup');
const dump = args.includes('--dump');
const files = args.filter((a) => !a.startsWith('--'));
const out = `/tmp/news-lens-core-${process.pid}.cjs`;
await build({ entryPoints: ['src/core/index.ts'], bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'error' });
const { analyze } = createRequire(import.meta.url)(out);
unlinkSync(out); // loaded; leave no bundle per run in /tmp

const len = (frags) => frags.reduce((n, [s, e]) => n + e - s, 0);
const overlap = (a, b) => {
  let n = 0;
  for (const [s1, e1] of a) for (const [s2, e2] of b) n += Math.max(0, Math.min(e1, e2) - Math.max(s1, s2));
  return n;
};
const norm = (t) => t.trim().replace(/^["'“‘«„]+/, '').replace(/[.,;:!?"'”’»\s]+$/, '').trim().toLowerCase();
const textOf = (text, frags) => [...frags].sort((a, b) => a[0] - b[0]).map(([s, e]) => text.slice(s, e)).join(' ');
// a group's characters once each, as src/cli/score.ts's unionOf (a quote inside its claim is not counted twice)
const unionOf = (frags) => {
  const out = [];
  for (const [s, e] of [...frags].sort((a, b) => a[0] - b[0])) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
};

/** Quotes and claims as scorer predictions, grouped by cue span when asked. */
function predictions(a) {
  // in text order, as src/cli/score.ts orders them (ties in the matching go to the earlier one)
  const all = [...a.quotes, ...a.claims].map((p) => ({ kind: p.kind, content: [p.span], speaker: p.speaker, cue: p.cue, rule: p.rule })).sort((x, y) => x.content[0][0] - y.content[0][0]);
  if (!group) return all;
  const byCue = new Map();
  const res = [];
  for (const p of all) {
    const key = p.cue ? p.cue.join(',') : null;
    const q = key && byCue.get(key);
    if (q) {
      q.content = unionOf([...q.content, ...p.content]);
      if (p.kind === 'quote') q.kind = 'quote';
      if (q.speaker === null) q.speaker = p.speaker;
    }
    else { res.push(p); if (key) byCue.set(key, p); }
  }
  return res;
}

const T = { '30': 0.3, '80': 0.8 };
const tot = { gold: 0, pred: 0, goldD: 0, goldI: 0, predQ: 0, predC: 0, m: {}, mD: {}, mI: {}, mQ: {}, mC: {}, spk: 0, spkN: 0, e2e: 0, cue: 0, cueN: 0, chars: 0, ms: 0 };
for (const k of ['30', '80', 'exact']) for (const f of ['m', 'mD', 'mI', 'mQ', 'mC']) tot[f][k] = 0;
const directMisses = [];
const misses = [], fps = [], spkErr = [], cueErr = [], pairErr = [];
const rules = new Map();
const cueStats = new Map();
const cueRules = new Map(); // rule -> [matched with a gold cue, cue right]
const cueCtx = []; // rule -> [predicted, matched at 30%]
const cueAll = []; // every matched pair with a gold cue: gold cue, ours, rule, context (--dump)

for (const file of files) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line);
    const text = doc.text;
    const t0 = performance.now();
    const a = analyze(text);
    tot.ms += performance.now() - t0;
    tot.chars += text.length;
    const gold = doc.attributions;
    const pred = predictions(a);
    tot.gold += gold.length; tot.pred += pred.length;
    for (const g of gold) tot[g.direct ? 'goldD' : 'goldI']++;
    for (const p of pred) tot[p.kind === 'quote' ? 'predQ' : 'predC']++;
    {
      // direct recall as src/cli/score.ts counts it: quotes against direct gold only
      const gD = gold.filter((g) => g.direct), pQ = pred.filter((p) => p.kind === 'quote');
      const pairs = [];
      gD.forEach((g, gi) => pQ.forEach((p, pi) => { const ov = overlap(g.content, p.content); if (ov > 0 && ov >= 0.3 * len(g.content)) pairs.push([ov, gi, pi]); }));
      pairs.sort((x, y) => y[0] - x[0]);
      const gU = new Set(), pU = new Set();
      for (const [, gi, pi] of pairs) if (!gU.has(gi) && !pU.has(pi)) { gU.add(gi); pU.add(pi); }
      tot.directOfficial = (tot.directOfficial ?? 0) + gU.size;
      gD.forEach((g, gi) => { if (!gU.has(gi)) directMisses.push(`src=${textOf(text, g.source)} cue=${textOf(text, g.cue)}\n  ${text.slice(Math.max(0, g.content[0][0] - 150), g.content[0][0]).replace(/\n/g, '⏎')}[[${textOf(text, g.content).replace(/\n/g, '⏎')}]]${text.slice(g.content.at(-1)[1], g.content.at(-1)[1] + 80).replace(/\n/g, '⏎')}`); });
    }
    for (const k of ['30', '80', 'exact']) {
      const pairs = [];
      gold.forEach((g, gi) => pred.forEach((p, pi) => {
        const ov = overlap(g.content, p.content);
        if (ov <= 0) return;
        const ok = k === 'exact' ? norm(textOf(text, g.content)) === norm(textOf(text, p.content)) : ov >= T[k] * len(g.content);
        if (ok) pairs.push([ov, gi, pi]);
      }));
      pairs.sort((x, y) => y[0] - x[0]);
      const gUsed = new Map(), pUsed = new Set();
      for (const [, gi, pi] of pairs) if (!gUsed.has(gi) && !pUsed.has(pi)) { gUsed.set(gi, pi); pUsed.add(pi); }
      for (const [gi, pi] of gUsed) {
        const g = gold[gi], p = pred[pi];
        tot.m[k]++; tot[g.direct ? 'mD' : 'mI'][k]++; tot[p.kind === 'quote' ? 'mQ' : 'mC'][k]++;
        if (k !== '30') continue;
        const spkOk = g.source.length ? !!p.speaker && overlap(g.source, [p.speaker]) > 0 : !p.speaker;
        if (g.source.length) { tot.spkN++; if (spkOk) tot.spk++; else spkErr.push({ g, p, text, id: doc.id }); }
        if (spkOk) tot.e2e++;
        if (g.cue.length) {
          tot.cueN++;
          const gc = textOf(text, g.cue).trim().toLowerCase();
          const pc = p.cue ? text.slice(p.cue[0], p.cue[1]).trim().toLowerCase() : '';
          // does another prediction carry the gold cue (a pairing problem, not a cue problem)?
          const elsewhere = pred.some((q) => q !== p && q.cue && q.cue[0] < g.cue[0][1] && g.cue[0][0] < q.cue[1]);
          if (gc !== pc && elsewhere) {
            tot.cueElsewhere = (tot.cueElsewhere ?? 0) + 1;
            const q = pred.find((q) => q !== p && q.cue && q.cue[0] < g.cue[0][1] && g.cue[0][0] < q.cue[1]);
            pairErr.push(`gold cue=${gc} | ours=${pc} [${p.rule}]\n  gold: ${textOf(text, g.content).slice(0, 140)}\n  ours: ${textOf(text, p.content).slice(0, 140)}\n  other [${q.rule}] cue=${text.slice(...q.cue)}: ${textOf(text, q.content).slice(0, 140)}`.replace(/\n(?! )/g, ' '));
          }
          if (dump) cueAll.push(`${gc === pc ? '=' : '≠'} ${gc} <> ${pc} [${p.rule}]\n  ${text.slice(Math.max(0, g.cue[0][0] - 100), g.cue[0][1] + 60).replace(/\n/g, '⏎')}`);
          const rc = cueRules.get(p.rule) ?? [0, 0]; rc[0]++; if (gc === pc) rc[1]++; cueRules.set(p.rule, rc);
          if (gc === pc) tot.cue++; else { cueErr.push(`${gc} <> ${pc}`); cueCtx.push(`${gc} <> ${pc} [${p.rule}]\n  ${text.slice(Math.max(0, g.cue[0][0] - 100), g.cue[0][1] + 60).replace(/\n/g, '⏎')}\n  gold: ${textOf(text, g.content).slice(0, 150).replace(/\n/g, '⏎')}\n  ours: ${textOf(text, p.content).slice(0, 150).replace(/\n/g, '⏎')}`); }
        }
      }
      if (k === '30') pred.forEach((p, pi) => { const r = rules.get(p.rule) ?? [0, 0]; r[0]++; if (pUsed.has(pi)) r[1]++; rules.set(p.rule, r); });
      if (k === '30') pred.forEach((p, pi) => {
        // precision by the cue's last word and rule (--cues)
        const nw = textOf(text, p.content).split(/\s+/).length;
        const w = args.includes('--len') ? `${nw <= 2 ? nw : nw <= 4 ? '3-4' : nw <= 8 ? '5-8' : nw <= 16 ? '9-16' : nw <= 32 ? '17-32' : '33+'} words` : p.cue ? text.slice(...p.cue).toLowerCase().split(/\s+/).pop() : '-';
        const key = `${p.rule} ${w}`;
        const r = cueStats.get(key) ?? [0, 0]; r[0]++; if (pUsed.has(pi)) r[1]++; cueStats.set(key, r);
      });
      if (k === '30' && dump) {
        gold.forEach((g, gi) => {
          if (gUsed.has(gi)) return;
          // the prediction overlapping this gold content most (a boundary miss), if any
          let best = null, bestOv = 0;
          for (const p of pred) { const ov = overlap(g.content, p.content); if (ov > bestOv) { best = p; bestOv = ov; } }
          misses.push({ g, text, id: doc.id, best, frac: bestOv / len(g.content) });
        });
        pred.forEach((p, pi) => { if (!pUsed.has(pi)) fps.push({ p, text, id: doc.id }); });
      }
    }
  }
}

const f1 = (m, p, g) => { const P = p ? m / p : 0, R = g ? m / g : 0; return [P, R, P + R ? (2 * P * R) / (P + R) : 0]; };
const r3 = (x) => x.toFixed(3);
console.log(`files: ${files.join(' ')}  grouped-by-cue: ${group}`);
for (const k of ['30', '80', 'exact']) {
  const [P, R, F] = f1(tot.m[k], tot.pred, tot.gold);
  console.log(`content@${k.padEnd(5)} P ${r3(P)} R ${r3(R)} F1 ${r3(F)} | direct R ${r3(tot.mD[k] / tot.goldD)} P(quotes) ${r3(tot.mQ[k] / tot.predQ)} | indirect R ${r3(tot.mI[k] / tot.goldI)} P(claims) ${r3(tot.mC[k] / tot.predC)}`);
}
const [, , E] = f1(tot.e2e, tot.pred, tot.gold);
console.log(`speaker accuracy ${r3(tot.spk / tot.spkN)} (${tot.spkN} matched with gold source)  end-to-end F1 ${r3(E)}`);
console.log(`direct recall as score.ts counts it (quotes against direct gold): ${r3(tot.directOfficial / tot.goldD)} (${tot.directOfficial} of ${tot.goldD})`);
console.log(`cue accuracy ${r3(tot.cue / tot.cueN)} (${tot.cue} of ${tot.cueN}; wrong with the gold cue on another prediction: ${tot.cueElsewhere ?? 0})`);
console.log(`gold ${tot.gold} (direct ${tot.goldD}, indirect ${tot.goldI}), predicted ${tot.pred} (quotes ${tot.predQ}, claims ${tot.predC}); ${(tot.chars / 1e6 / (tot.ms / 1000)).toFixed(1)} MB/s`);


if (args.includes('--rules')) for (const [r, [n, m]] of [...rules].sort()) { const [cn, cm] = cueRules.get(r) ?? [0, 0]; console.log(`  ${r.padEnd(28)} ${String(n).padStart(6)} predicted, precision ${r3(m / n)}; cue right ${cm} of ${cn} (${cn ? r3(cm / cn) : '-'})`); }
if (args.includes('--cues')) for (const [r, [n, m]] of [...cueStats].filter(([, [n]]) => n >= 8).sort((a, b) => a[1][1] / a[1][0] - b[1][1] / b[1][0])) console.log(`  ${r.padEnd(36)} ${String(n).padStart(6)} predicted, precision ${r3(m / n)}`);
if (dump) {
  const ctx = (text, s, e) => text.slice(Math.max(0, s - 120), s).replace(/\n/g, '⏎') + '[[' + text.slice(s, e).replace(/\n/g, '⏎') + ']]' + text.slice(e, e + 80).replace(/\n/g, '⏎');
  const g2s = ({ g, text, best, frac }) => `${g.direct ? 'D' : 'I'} src=${textOf(text, g.source)} cue=${textOf(text, g.cue)} overlap=${frac ? frac.toFixed(2) : 0}\n  ${g.content.length ? ctx(text, g.content[0][0], g.content[g.content.length - 1][1]) : '(no content)'}${best ? `\n  best: [${best.rule}] cue=${best.cue ? text.slice(...best.cue) : '-'} ${textOf(text, best.content).slice(0, 160).replace(/\n/g, '⏎')}` : ''}`;
  writeFileSync('/tmp/nl-acc-misses.txt', misses.map(g2s).join('\n'));
  writeFileSync('/tmp/nl-acc-fps.txt', fps.map(({ p, text }) => `${p.kind} spk=${p.speaker ? text.slice(...p.speaker) : '-'} cue=${p.cue ? text.slice(...p.cue) : '-'}\n  ${ctx(text, p.content[0][0], p.content[p.content.length - 1][1])}`).join('\n'));
  writeFileSync('/tmp/nl-acc-speaker-errors.txt', spkErr.map(({ g, p, text }) => `gold=${textOf(text, g.source)} pred=${p.speaker ? text.slice(...p.speaker) : '-'} cue=${textOf(text, g.cue)}\n  ${ctx(text, g.content[0][0], g.content[g.content.length - 1][1])}`).join('\n'));
  const counts = new Map();
  for (const c of cueErr) counts.set(c, (counts.get(c) ?? 0) + 1);
  writeFileSync('/tmp/nl-acc-cue-errors.txt', [...counts].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${n}\t${c}`).join('\n'));
  writeFileSync('/tmp/nl-acc-cue-context.txt', cueCtx.join('\n'));
  writeFileSync('/tmp/nl-acc-cue-all.txt', cueAll.join('\n'));
  writeFileSync('/tmp/nl-acc-cue-pairing.txt', pairErr.join('\n'));
  writeFileSync('/tmp/nl-acc-direct-misses.txt', directMisses.join('\n'));
  console.log('dumped /tmp/nl-acc-{misses,fps,speaker-errors,cue-errors}.txt');
}
