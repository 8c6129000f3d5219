// `npm start`: builds the extension, sets up real VS Code (code-server 4.100.3, cached outside
// the repo) and serves it on 127.0.0.1 with News Lens loaded in development mode and samples/
// opened. Prints the workbench URL and runs until Ctrl-C, then stops the server's whole process
// group.
//
//   npm start                         # port $PORT or 8080 (a free one if that is busy)
//   PORT=9000 npm start
//   node scripts/start.mjs --folder /path/to/articles
//   node scripts/start.mjs --screenshot test-results/start.png   # open an article, save a
//                                      # screenshot of the workbench, and exit
//        [--open lisbon-council-budget.news] [--hover "Ana Duarte"] # which article, which name
//                                      # (the first occurrence on screen with a hover card)
//        [--speakers] [--theme "Default Dark Modern"]               # Speakers view open, colour theme
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CODE_SERVER_VERSION, ensureVSCode } from './setup-vscode.mjs';
import { hoverWord, launchChromium, openFileInWorkbench, startServer, waitForWorkbench } from './lib/vscode-server.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: opts } = parseArgs({
  options: {
    folder: { type: 'string', default: join(repo, 'samples') },
    screenshot: { type: 'string' },
    open: { type: 'string', default: 'lisbon-council-budget.news' },
    hover: { type: 'string' },
    speakers: { type: 'boolean', default: false },
    theme: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
  },
});

function build() {
  const r = spawnSync(process.execPath, [join(repo, 'scripts', 'build.mjs')], { cwd: repo, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`build failed (exit ${r.status ?? r.signal})`);
}

/**
 * Hovers the first occurrence of `phrase` on screen that brings up a hover card: earlier ones
 * may be text the analysis leaves alone, such as a name in the headline.
 */
async function hoverWithCard(page, phrase) {
  let n = 0;
  for (; await hoverWord(page, phrase, n); n += 1) {
    const card = await page.waitForSelector('.monaco-hover:visible', { timeout: 5_000 }).then(() => true, () => false);
    if (card) {
      if (n > 0) console.log(`start: occurrence ${n + 1} of "${phrase}" is the first with a hover card`);
      await page.waitForTimeout(500);
      return;
    }
  }
  console.log(n === 0 ? `start: "${phrase}" is not on screen` : `start: no hover card appeared over any of the ${n} occurrences of "${phrase}"`);
}

/** Opens the workbench headless, opens one article, waits for it to paint, saves a PNG. */
async function screenshot(url, file) {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await waitForWorkbench(page);
    await openFileInWorkbench(page, opts.open);
    if (opts.speakers) {
      // The view's own "Focus on" command, from the palette, as a user would open it.
      await page.keyboard.press('F1');
      await page.keyboard.type('News Lens: Focus on Speakers View');
      await page.waitForTimeout(500);
      await page.keyboard.press('Enter');
      await page.waitForSelector('.monaco-list-row[aria-level="1"]', { timeout: 15_000 }).catch(() => console.log('start: the Speakers view shows no rows'));
      // Back to the editor, so the hover below lands on the article.
      await page.locator('.monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } });
    }
    // Highlights follow the analysis (debounced); give the extension host a moment to paint.
    await page.waitForSelector('.monaco-editor .view-overlays div[class*="ced-"]', { timeout: 15_000 }).catch(() => {
      console.log('start: no highlights painted within 15 s (is the extension built and the engine in?)');
    });
    await page.waitForTimeout(1000);
    if (opts.hover) await hoverWithCard(page, opts.hover);
    mkdirSync(dirname(resolve(file)), { recursive: true });
    await page.screenshot({ path: file });
    console.log(`start: screenshot saved to ${file}`);
  } finally {
    await browser.close();
  }
}

async function main() {
  if (!opts['no-build']) build();
  const { entry } = ensureVSCode({ quiet: true });
  const wanted = Number(process.env.PORT || 8080);
  const server = await startServer({
    entry,
    port: wanted,
    folder: resolve(opts.folder),
    extensionDevelopmentPath: repo,
    settings: opts.theme ? { 'workbench.colorTheme': opts.theme } : {},
  });
  let stopping = false;
  const stop = async (why) => {
    if (stopping) return;
    stopping = true;
    console.log(`\nstart: ${why}; stopping code-server`);
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => stop('interrupted'));
  process.on('SIGTERM', () => stop('terminated'));
  server.child.once('exit', (code, signal) => {
    if (stopping) return;
    console.log(`start: code-server exited (${code ?? signal}); its log: ${server.logFile}`);
    process.exit(1);
  });

  if (server.port !== wanted) console.log(`start: port ${wanted} is busy, using ${server.port}`);
  if (opts.screenshot) {
    try {
      await screenshot(server.url, opts.screenshot);
    } finally {
      await stop('screenshot done');
    }
    return;
  }
  console.log(`
News Lens in VS Code (code-server ${CODE_SERVER_VERSION}), extension in development mode,
folder ${resolve(opts.folder)}

  Open this URL in a browser on this machine:

  ${server.url}

(Rebuild after changes with \`npm run build\`, then reload the page. Ctrl-C stops the server.)`);
}

main().catch((err) => {
  console.error(`start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
