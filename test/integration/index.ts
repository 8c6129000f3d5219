/**
 * The integration suite's entry point: VS Code loads this module inside the real extension host
 * (`extensionTestsPath`) and awaits run(). It runs mocha (bdd: describe/it, like the unit tests)
 * over every out/test/integration/**\/*.test.js.
 *
 * How to run (after `npm run build && npx tsc -p tsconfig.test.json`):
 *   node scripts/test-integration.mjs                  # all suites in real VS Code (code-server)
 *   node scripts/test-integration.mjs --grep hover     # only tests whose full title matches
 *   NEWS_LENS_TEST_GREP=hover npm test                 # the same filter inside `npm test`
 *   npm run test:integration -- --grep hover           # the same, building first
 *   node scripts/test-integration.mjs --keep           # keep the temp workspace and server log
 *   node scripts/test-integration.mjs --verbose        # also the workbench's own log
 *   npm run test:electron                              # the same suite in desktop VS Code
 *
 * What a test can rely on:
 * - The workspace folder (vscode.workspace.workspaceFolders[0]) is a throw-away COPY made for
 *   this run: test/fixtures/workspace/* at its root and test/fixtures/articles/* under
 *   `articles/`. Tests may create, edit and delete files in it freely.
 * - `repoRoot` below is the repository (the extension under development); fixtures can also
 *   be read from there, read-only.
 * - The extension is loaded in development mode from the repo's dist/ (run `npm run build`).
 * - Mocha's timeout is 20 s per test; the whole run is stopped after 10 min (a hang guard).
 *   No timed assertions (measure, log, don't assert). console.log output shows in the driver.
 *
 * The first line run() logs is `NEWS_LENS_BEGIN`; the last is `NEWS_LENS_RESULT {"passed":N,"failed":M,"pending":P}`:
 * the driver reads the counts from it. run() rejects when any test fails, so the host exits 1.
 */
import * as path from 'node:path';
import { readdirSync } from 'node:fs';
import Mocha = require('mocha');

/** The repository root: out/test/integration -> repo. */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');

/** Every compiled integration test file next to this module, sorted for a stable order. */
function testFiles(): string[] {
  return readdirSync(__dirname, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.js'))
    .sort()
    .map((f) => path.join(__dirname, f));
}

export function run(): Promise<void> {
  console.log('NEWS_LENS_BEGIN'); // the driver prints what follows: the tests' own output
  const grep = process.env.NEWS_LENS_TEST_GREP;
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 20_000, reporter: 'spec' });
  if (grep) mocha.grep(grep);
  for (const file of testFiles()) mocha.addFile(file);
  const counts = { passed: 0, failed: 0, pending: 0 };
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run(() => {
        console.log(`NEWS_LENS_RESULT ${JSON.stringify(counts)}`);
        if (counts.failed > 0) reject(new Error(`${counts.failed} integration test(s) failed`));
        else resolve();
      });
      runner.on('pass', () => { counts.passed += 1; });
      runner.on('fail', () => { counts.failed += 1; });
      runner.on('pending', () => { counts.pending += 1; });
    } catch (err) {
      // A test file that throws while loading: report it as one failure, not a silent zero.
      console.error(err);
      console.log(`NEWS_LENS_RESULT ${JSON.stringify({ passed: 0, failed: 1, pending: 0 })}`);
      reject(err);
    }
  });
}
