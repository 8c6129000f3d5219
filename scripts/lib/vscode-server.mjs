// Starts and stops real VS Code (code-server, installed by scripts/setup-vscode.mjs) for the
// integration test, the UI test and `npm start`.
//
// Each server is private: its own user-data, extensions and config folders and TMPDIR inside one
// temp folder, bound to 127.0.0.1 only, no auth (nothing is reachable from outside the machine).
// It runs in its own process group because extension hosts outlive the browser: stop() kills
// the whole group. The extension under development is not installed: the web workbench loads
// it from the URL's payload (`extensionDevelopmentPath`), which the code-server CLI rejects.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** User settings for every server: quiet, no telemetry, no welcome, no updates, no trust prompt. */
export const QUIET_SETTINGS = {
  'telemetry.telemetryLevel': 'off',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'chat.commandCenter.enabled': false,
  'files.autoSave': 'off',
  'window.restoreWindows': 'none',
};

/** Resolves with a TCP port that is free on 127.0.0.1: `preferred` if free, else any. */
export function freePort(preferred = 0) {
  const tryPort = (port) =>
    new Promise((ok, fail) => {
      const srv = createServer();
      srv.unref();
      srv.once('error', fail);
      srv.listen({ host: '127.0.0.1', port }, () => {
        const { port: got } = srv.address();
        srv.close(() => ok(got));
      });
    });
  return tryPort(preferred).catch((e) => {
    if (preferred === 0) throw e;
    return tryPort(0);
  });
}

/**
 * The workbench URL that opens `folder` with the extension at `extensionDevelopmentPath` loaded
 * in development mode and, when given, runs the test module at `extensionTestsPath`.
 * Paths are absolute on this machine; the workbench addresses them through the remote authority.
 */
export function workbenchUrl(base, { folder, extensionDevelopmentPath, extensionTestsPath, remoteAuthority = 'remote' }) {
  const remote = (p) => `vscode-remote://${remoteAuthority}${resolve(p)}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  payload.push(['skipWelcome', 'true']);
  const query = new URLSearchParams();
  if (folder) query.set('folder', resolve(folder));
  query.set('payload', JSON.stringify(payload));
  return `${base}/?${query.toString()}`;
}

async function waitForHealth(base, child, logFile, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let exited = null;
  child.once('exit', (code, signal) => { exited = code ?? signal; });
  while (Date.now() < deadline) {
    if (exited !== null) break;
    try {
      const r = await fetch(`${base}/healthz`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  let tail = '';
  try { tail = readFileSync(logFile, 'utf8').split('\n').slice(-25).join('\n'); } catch { /* no log */ }
  throw new Error(`code-server ${exited !== null ? `exited (${exited})` : `did not answer /healthz within ${timeoutMs} ms`}; its log (${logFile}):\n${tail}`);
}

/** The remote authority the workbench uses, read from the settings meta tag of its page. */
async function readRemoteAuthority(base) {
  try {
    const html = await (await fetch(`${base}/`)).text();
    const m = /remoteAuthority&quot;:&quot;([^&]+)&quot;/.exec(html) ?? /"remoteAuthority":"([^"]+)"/.exec(html);
    if (m) return m[1];
  } catch {
    // fall through to the value measured for 4.100.3
  }
  return 'remote';
}

/**
 * Starts code-server. Options:
 *   entry        code-server's entry.js (from ensureVSCode())
 *   port         preferred port (0 = any free one; a busy preferred port falls back to a free one)
 *   folder, extensionDevelopmentPath, extensionTestsPath: see workbenchUrl()
 *   settings     extra user settings merged over QUIET_SETTINGS
 *   env          extra environment for the server and its extension hosts
 *   echo         true: copy the server's output to our stdout as well as its log file
 * Resolves with { port, base, url, dir, logFile, pid, stop() }.
 */
export async function startServer(opts) {
  const { entry, folder, extensionDevelopmentPath, extensionTestsPath, settings = {}, env = {}, echo = false } = opts;
  const dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'news-lens-vscode-'));
  const port = await freePort(opts.port ?? 0);
  const ud = join(dir, 'user-data');
  mkdirSync(join(ud, 'User'), { recursive: true });
  mkdirSync(join(dir, 'extensions'), { recursive: true });
  mkdirSync(join(dir, 'tmp'), { recursive: true });
  writeFileSync(join(ud, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2));
  writeFileSync(join(dir, 'config.yaml'), `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const logFile = join(dir, 'server.log');
  const log = createWriteStream(logFile);
  const args = [
    entry,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--user-data-dir', ud,
    '--extensions-dir', join(dir, 'extensions'),
    '--config', join(dir, 'config.yaml'),
  ];
  const child = spawn(process.execPath, args, {
    detached: true, // own process group: stop() kills the server and every extension host
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, TMPDIR: join(dir, 'tmp'), ...env },
  });
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk) => {
      log.write(chunk);
      if (echo) process.stdout.write(chunk);
    });
  }
  let stopped = false;
  const killGroup = (signal) => {
    try { process.kill(-child.pid, signal); } catch { /* already gone */ }
  };
  // Safety net: never leave a server behind when this process ends, whatever the path.
  const onExit = () => killGroup('SIGKILL');
  process.on('exit', onExit);

  const stop = async ({ keepDir = !!process.env.NEWS_LENS_KEEP_TMP } = {}) => {
    if (stopped) return;
    stopped = true;
    const gone = new Promise((r) => (child.exitCode !== null || child.signalCode !== null ? r() : child.once('exit', r)));
    killGroup('SIGTERM');
    const timer = setTimeout(() => killGroup('SIGKILL'), 3000);
    await gone;
    clearTimeout(timer);
    killGroup('SIGKILL'); // extension hosts that ignored SIGTERM
    process.off('exit', onExit);
    log.end();
    if (!keepDir && !opts.dir) rmSync(dir, { recursive: true, force: true });
  };

  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(base, child, logFile, opts.startTimeoutMs ?? 60_000);
  } catch (e) {
    await stop({ keepDir: true });
    throw e;
  }
  const remoteAuthority = await readRemoteAuthority(base);
  const url = workbenchUrl(base, { folder, extensionDevelopmentPath, extensionTestsPath, remoteAuthority });
  return { port, base, url, dir, logFile, pid: child.pid, child, stop };
}

/** Flags for Debian's Chromium on this machine kind (root, no GPU, no network but localhost). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Launches Debian's Chromium through playwright-core (never a downloaded browser). launch()
 * gives every run a fresh, throw-away profile (Playwright's own temp user-data-dir).
 */
export async function launchChromium({ executablePath = '/usr/bin/chromium', headless = true } = {}) {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, headless, args: CHROMIUM_ARGS });
}

/** Waits until the workbench in `page` is up and the explorer shows the opened folder. */
export async function waitForWorkbench(page, timeout = 180_000) {
  await page.waitForSelector('.monaco-workbench', { timeout });
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout });
}

/**
 * Opens `fileName` (a file in the opened folder) through Quick Open, as a person would, and
 * waits until its editor shows text. Resolves with the editor's locator.
 */
export async function openFileInWorkbench(page, fileName, timeout = 60_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill(fileName);
    // The file search runs in the server (ripgrep); the first result appears when it is indexed.
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first();
    try {
      await row.waitFor({ state: 'visible', timeout: 10_000 });
      await page.keyboard.press('Enter');
      break;
    } catch (e) {
      await page.keyboard.press('Escape');
      if (Date.now() > deadline) throw e;
    }
  }
  const tab = page.locator('.tabs-container .tab.active', { hasText: fileName });
  await tab.waitFor({ timeout: Math.max(5_000, deadline - Date.now()) });
  const editor = page.locator('.editor-instance .monaco-editor').first();
  await editor.locator('.view-line').first().waitFor({ timeout: 30_000 });
  return editor;
}

/**
 * Moves the mouse onto an occurrence of `phrase` (a word or several, e.g. "Fjord Lines") in the
 * active editor's rendered text, as a person would (arriving from the left: hovers start on mouse
 * move): the first one, or the one at 0-based index `occurrence` counted top to bottom. False if
 * that occurrence is not on screen.
 *
 * The editor renders each line as several spans (tokens, decorations, and cuts in long runs of
 * text), its spaces as no-break spaces, and a long line wrapped as several view lines. So the
 * phrase is looked for in the text of all view lines top to bottom, a line break between two,
 * with those spaces read as spaces and a space in the phrase matching a wrap too; its range may
 * start and end in different spans, and the mouse goes to the middle of its first piece.
 */
export async function hoverWord(page, phrase, occurrence = 0) {
  const at = await page.evaluate(([wanted, nth]) => {
    const top = (el) => el.getBoundingClientRect().top;
    const lines = [...document.querySelectorAll('.editor-instance .monaco-editor .view-lines .view-line')].sort((a, b) => top(a) - top(b));
    const pieces = [];
    let text = '';
    for (const line of lines) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        pieces.push({ node, start: text.length });
        text += node.textContent.replaceAll('\u00a0', ' ');
      }
      text += '\n';
    }
    const words = wanted.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const match = [...text.matchAll(new RegExp(words.join('(?: *\\n *| +)'), 'g'))][nth];
    if (!match) return null;
    // The text node and offset in it of screen-text offset `offset`; an end offset belongs to
    // the node it ends, a start offset to the node it starts (a match starts and ends in a word).
    const point = (offset, isEnd) => {
      for (const { node, start } of pieces) {
        const local = offset - start;
        if (isEnd ? local > 0 && local <= node.length : local >= 0 && local < node.length) return [node, local];
      }
      throw new Error(`offset ${offset} is in no text node`);
    };
    const range = document.createRange();
    range.setStart(...point(match.index, false));
    range.setEnd(...point(match.index + match[0].length, true));
    const r = [...range.getClientRects()].find((rect) => rect.width > 0);
    return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
  }, [phrase, occurrence]);
  if (!at) return false;
  await page.mouse.move(at.x - 30, at.y);
  await page.mouse.move(at.x, at.y, { steps: 5 });
  return true;
}
