// `npm test`: every test the project has, in order, with one closing line
// "N passed, M failed" that CI reads. Exits non-zero on any failure.
import { spawn, spawnSync } from 'node:child_process';
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

/**
 * Runs a stage that ends with "<label>: N passed, M failed" (the integration and UI drivers),
 * echoing its output, and adds its counts to the totals. A stage that dies without that line
 * counts as one failure.
 */
function counted(label, args) {
  console.log(`\n== ${label}: node ${args.join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let last = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      last = (last + chunk.toString()).slice(-4000);
    });
    child.on('close', (code) => {
      const m = new RegExp(`${label}: (\\d+) passed, (\\d+) failed`).exec(last);
      if (m) {
        passed += Number(m[1]);
        failed += Number(m[2]);
      }
      if (!m || (code !== 0 && Number(m[2]) === 0)) failed += 1;
      resolve();
    });
  });
}

/**
 * The Playwright UI test (highlights, hover card, palette in real VS Code). Set to false to
 * leave it out of `npm test` (run it by hand: `npm run test:ui`).
 */
const UI_TEST_IN_NPM_TEST = true;

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const built =
  step('build', 'node', ['scripts/build.mjs']) &&
  step('typecheck', npx, ['tsc', '-p', '.', '--noEmit']) &&
  step('lint', npx, ['eslint', 'src', 'test', 'scripts']) &&
  step('compile tests', npx, ['tsc', '-p', 'tsconfig.test.json']);
if (built) {
  await unit();
  // Real VS Code (code-server + Chromium): installed on first use (about 2 min), then cached.
  if (step('set up VS Code', process.execPath, ['scripts/setup-vscode.mjs'])) {
    await counted('integration', ['scripts/test-integration.mjs']);
    if (UI_TEST_IN_NPM_TEST) await counted('ui', ['test/ui/ui.test.mjs']);
  }
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
