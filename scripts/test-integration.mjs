// Runs the integration suite (test/integration, mocha) inside the extension host of real VS Code:
// code-server 4.100.3 served on 127.0.0.1, its workbench opened by Debian's Chromium through
// playwright-core, the extension under development loaded from this repo. Prints
// "integration: N passed, M failed" last and exits non-zero on any failure or time-out.
//
//   node scripts/test-integration.mjs [--grep TEXT] [--keep] [--verbose] [--timeout MS]
//
// Needs `npm run build` and `npx tsc -p tsconfig.test.json` first (scripts/test.mjs does both).
// --grep TEXT  only tests whose full title matches (also env NEWS_LENS_TEST_GREP)
// --keep       keep the temp folder (workspace copy, server log) and print where it is
// --verbose    also print the workbench's own log lines and browser console errors
// --timeout MS whole-run limit, default 600000 (10 min); a time-out is a failure
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, parseArgs } from 'node:util';
import { ensureVSCode } from './setup-vscode.mjs';
import { launchChromium, startServer } from './lib/vscode-server.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RESULT = /NEWS_LENS_RESULT (\{.*\})/;
/** Workbench chatter that can interleave with the tests' output. */
const NOISE = /^(Creation of workbench contribution|Creating a socket|Resolv(ing|ed) connection token)/;
/** The extension gallery (open-vsx.org) is unreachable here, by design: not worth reporting. */
const OFFLINE_GALLERY = /ENOTFOUND open-vsx\.org/;

const { values: opts } = parseArgs({
  options: {
    grep: { type: 'string' },
    keep: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    timeout: { type: 'string', default: process.env.NEWS_LENS_TEST_TIMEOUT_MS ?? '600000' },
  },
});
const grep = opts.grep ?? process.env.NEWS_LENS_TEST_GREP ?? '';
const timeoutMs = Number(opts.timeout);

/** A throw-away workspace: fixtures/workspace at the root, fixtures/articles under articles/. */
function makeWorkspace(tmp) {
  const ws = join(tmp, 'workspace');
  cpSync(join(repo, 'test', 'fixtures', 'workspace'), ws, { recursive: true });
  const articles = join(repo, 'test', 'fixtures', 'articles');
  if (existsSync(articles)) cpSync(articles, join(ws, 'articles'), { recursive: true });
  return ws;
}

function preflight() {
  const missing = ['dist/extension.js', 'out/test/integration/index.js'].filter((p) => !existsSync(join(repo, p)));
  if (missing.length) {
    throw new Error(`missing ${missing.join(', ')}: run \`npm run build && npx tsc -p tsconfig.test.json\` first`);
  }
}

async function main() {
  const t0 = Date.now();
  preflight();
  const { entry } = ensureVSCode({ quiet: true });
  const tmp = mkdtempSync(join(tmpdir(), 'news-lens-it-'));
  const folder = makeWorkspace(tmp);
  let server;
  let browser;
  let counts = null;
  let failure = null;
  const startupLog = [];
  // Phases, for the closing line: until the tests start (server, workbench, extension host), tests.
  let testsStart = 0;
  let testsEnd = 0;
  try {
    server = await startServer({
      entry,
      dir: join(tmp, 'server'),
      folder,
      extensionDevelopmentPath: repo,
      extensionTestsPath: join(repo, 'out', 'test', 'integration', 'index.js'),
      // The extension host inherits the server's environment: this is how options reach mocha.
      env: { NEWS_LENS_TEST_GREP: grep, NEWS_LENS_TEST_WORKSPACE: folder },
    });
    console.log(`integration: code-server on ${server.base} (${((Date.now() - t0) / 1000).toFixed(1)} s), folder ${folder}${grep ? `, grep ${JSON.stringify(grep)}` : ''}`);
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    let resolveExit;
    const exited = new Promise((r) => { resolveExit = r; });
    // The workbench forwards its own log and the extension host's console here, as printf-style
    // argument lists. Lines before index.ts says NEWS_LENS_BEGIN are the workbench starting up:
    // shown with --verbose, otherwise kept and shown only if the run fails without results.
    let begun = false;
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = Array.isArray(args) ? format(...args) : String(args);
      const m = RESULT.exec(text);
      if (m) {
        counts = JSON.parse(m[1]);
        testsEnd = Date.now();
        return;
      }
      if (text.includes('NEWS_LENS_BEGIN')) {
        begun = true;
        testsStart = Date.now();
        return;
      }
      const lines = text.replace(/\n$/, '').split('\n').map((l) => `  | ${type === 'info' ? '' : `${type}: `}${l}`);
      if (opts.verbose || (begun && !NOISE.test(text))) for (const l of lines) console.log(l);
      else if (!OFFLINE_GALLERY.test(text)) startupLog.push(...lines);
    });
    // ...and calls this when the extension host has finished the tests (0 = all passed).
    await page.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code)));
    if (opts.verbose) {
      page.on('console', (msg) => { if (msg.type() === 'error') console.log(`  [browser] ${msg.text()}`); });
      page.on('pageerror', (err) => console.log(`  [browser] ${err.message}`));
    }
    await page.goto(server.url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    let timer;
    const timedOut = new Promise((r) => { timer = setTimeout(() => r('timeout'), timeoutMs); });
    const code = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
    if (code === 'timeout') {
      failure = `timed out after ${timeoutMs} ms`;
      mkdirSync(join(repo, 'test-results'), { recursive: true });
      await page.screenshot({ path: join(repo, 'test-results', 'integration-timeout.png') }).catch(() => {});
      console.log('integration: screenshot of the stuck workbench in test-results/integration-timeout.png');
    } else if (code !== 0 && !(counts && counts.failed > 0)) {
      failure = `the extension host exited with code ${code} before reporting results`;
    } else if (!counts) {
      failure = 'the suite finished without reporting counts';
    } else if (!grep && counts.passed + counts.failed === 0) {
      failure = 'no integration tests ran';
    }
  } catch (err) {
    failure = err instanceof Error ? err.message : String(err);
  } finally {
    if (!counts && startupLog.length) {
      console.log('integration: no results; the workbench log so far:');
      for (const l of startupLog) console.log(l);
    }
    await browser?.close().catch(() => {});
    await server?.stop({ keepDir: true });
    if (opts.keep) console.log(`integration: kept ${tmp} (server log: ${server?.logFile ?? 'none'})`);
    else rmSync(tmp, { recursive: true, force: true });
  }
  const passed = counts?.passed ?? 0;
  const failed = (counts?.failed ?? 0) + (failure ? 1 : 0);
  if (failure) console.log(`integration: FAILED: ${failure}`);
  const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;
  const phases = testsStart ? ` (start-up ${secs(testsStart - t0)}${testsEnd ? `, tests ${secs(testsEnd - testsStart)}` : ''})` : '';
  console.log(`integration: took ${secs(Date.now() - t0)}${phases}${counts?.pending ? `, ${counts.pending} pending` : ''}`);
  console.log(`integration: ${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.log(`integration: FAILED: ${err instanceof Error ? err.message : String(err)}`);
    console.log('integration: 0 passed, 1 failed');
    process.exit(1);
  },
);
