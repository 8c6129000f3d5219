// `npm test`: every test the project has, in order, with one closing line
// "N passed, M failed" that CI reads. Exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
let passed = 0;
let failed = 0;

function step(name, cmd, args) {
  console.log(`\n== ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: false });
  if (r.status !== 0) {
    console.log(`${name} failed (exit ${r.status ?? r.signal})`);
    failed += 1;
    return false;
  }
  return true;
}

/** Runs the mocha unit suite in this process and counts its tests. */
async function unit() {
  console.log('\n== unit tests (mocha on Node)');
  const Mocha = require('mocha');
  const mocha = new Mocha(require('../.mocharc.json'));
  const files = readdirSync('out/test/unit', { recursive: true })
    .filter((f) => f.endsWith('.test.js'))
    .sort();
  for (const file of files) mocha.addFile(join('out/test/unit', file));
  await new Promise((resolve) => {
    const runner = mocha.run(() => resolve());
    runner.on('pass', () => { passed += 1; });
    runner.on('fail', () => { failed += 1; });
  });
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const built =
  step('build', 'node', ['scripts/build.mjs']) &&
  step('typecheck', npx, ['tsc', '-p', '.', '--noEmit']) &&
  step('lint', npx, ['eslint', 'src', 'test', 'scripts']) &&
  step('compile tests', npx, ['tsc', '-p', 'tsconfig.test.json']);
if (built) await unit();

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
