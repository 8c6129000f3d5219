// Sets up real VS Code for the tests and `npm start`: code-server (VS Code 1.100.3 in the
// browser) installed from npm into a cache folder outside the repo, plus the Debian packages it
// and the UI test need. Idempotent: a second run with everything in place takes milliseconds.
//
//   node scripts/setup-vscode.mjs            # prints the code-server entry point when ready
//   NEWS_LENS_CACHE=/tmp/x node scripts/setup-vscode.mjs   # install under another cache root
//
// Why by hand: a plain `npm install code-server` fails as root on this machine kind (see
// /work/shared/design/vscode-testing.md): its postinstall demands --unsafe-perm (gone in npm 11),
// @vscode/ripgrep downloads rg from GitHub, node-pty's postinstall stops at an npx prompt. So we
// install with --ignore-scripts and replay the steps that matter. A marker file is written only
// after every step succeeded; a folder without it is a half install and is redone from scratch.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, chmodSync, renameSync, lstatSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
/** Debian packages: compilers and headers for code-server's native modules, rg, the browser. */
export const APT_PACKAGES = ['build-essential', 'python3', 'pkg-config', 'libkrb5-dev', 'ripgrep', 'chromium'];
export const CHROMIUM = '/usr/bin/chromium';
const MARKER = '.news-lens-setup-ok';

/** Folder holding this version's install: $NEWS_LENS_CACHE (default ~/.cache/news-lens)/code-server-VERSION. */
export function codeServerDir() {
  const root = process.env.NEWS_LENS_CACHE || join(homedir(), '.cache', 'news-lens');
  return resolve(root, `code-server-${CODE_SERVER_VERSION}`);
}

/** The JavaScript entry point of code-server (run it with `node`). */
export function codeServerEntry(dir = codeServerDir()) {
  return join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

function log(msg) {
  process.stdout.write(`[setup-vscode] ${msg}\n`);
}

/**
 * The environment for nested npm runs. When this runs under `npm test`, npm exports
 * npm_config_local_prefix and friends; inherited, they would make the nested installs write into
 * the repo instead of the cache. So they are dropped.
 */
function cleanEnv(extra = {}) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^npm_(config|package|lifecycle|node|execpath|command)/i.test(k)) continue;
    env[k] = v;
  }
  return { ...env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', ...extra };
}

/** Runs a command; output goes to the log file; throws with the log's tail on failure. */
function run(cmd, args, { cwd, env, logFile }) {
  const r = spawnSync(cmd, args, { cwd, env: env ?? cleanEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  const out = `$ (cd ${cwd} && ${cmd} ${args.join(' ')})\n${r.stdout ?? ''}${r.stderr ?? ''}\n`;
  if (logFile) writeFileSync(logFile, out, { flag: 'a' });
  if (r.status !== 0) {
    const tail = out.split('\n').slice(-30).join('\n');
    throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd} (exit ${r.status ?? r.signal}${r.error ? `, ${r.error.message}` : ''}):\n${tail}`);
  }
  return r.stdout;
}

function missingAptPackages() {
  return APT_PACKAGES.filter((p) => {
    const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', p], { encoding: 'utf8' });
    return r.status !== 0 || !r.stdout.includes('install ok installed');
  });
}

/** Installs the missing Debian packages (apt-get update only when something is missing). */
export function ensureAptPackages() {
  const missing = missingAptPackages();
  if (missing.length === 0) return;
  log(`installing Debian packages: ${missing.join(' ')}`);
  const asRoot = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
  if (asRoot.length && spawnSync('sudo', ['-n', 'true']).status !== 0) {
    throw new Error(`missing Debian packages ${missing.join(' ')}; run as root: apt-get install -y ${missing.join(' ')}`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args) => {
    const [cmd, ...rest] = [...asRoot, 'apt-get', ...args];
    const r = spawnSync(cmd, rest, { env, stdio: ['ignore', 'inherit', 'inherit'] });
    if (r.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
  };
  apt(['update', '-q']);
  apt(['install', '-y', '-q', '--no-install-recommends', ...missing]);
}

/** Replace whatever is at `dest` by a relative symlink to `target` (code-server's postinstall). */
function symlink(target, dest) {
  try {
    lstatSync(dest);
    rmSync(dest, { recursive: true, force: true });
  } catch {
    // nothing there yet
  }
  symlinkSync(target, dest);
}

/** Installs code-server into `dir` following the measured recipe. Throws on any failure. */
function installCodeServer(dir) {
  const staging = `${dir}.partial`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const logFile = join(staging, 'setup.log');
  const step = (name, fn) => {
    const t0 = Date.now();
    fn();
    log(`${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  };
  writeFileSync(join(staging, 'package.json'), JSON.stringify({ name: 'news-lens-code-server', private: true }, null, 2));
  const vscodeDir = join(staging, 'node_modules', 'code-server', 'lib', 'vscode');
  step(`npm install code-server@${CODE_SERVER_VERSION} --ignore-scripts`, () =>
    run('npm', ['install', '--ignore-scripts', '--no-save', `code-server@${CODE_SERVER_VERSION}`], { cwd: staging, logFile }));
  step('npm rebuild argon2', () => run('npm', ['rebuild', 'argon2'], { cwd: staging, logFile }));
  step('lib/vscode: npm install --omit=dev --ignore-scripts', () =>
    run('npm', ['install', '--omit=dev', '--ignore-scripts'], { cwd: vscodeDir, logFile }));
  step('lib/vscode: Debian rg into @vscode/ripgrep', () => {
    const binDir = join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin');
    mkdirSync(binDir, { recursive: true });
    copyFileSync('/usr/bin/rg', join(binDir, 'rg'));
    chmodSync(join(binDir, 'rg'), 0o755);
  });
  // npm_config_yes: node-pty's install script runs `npx node-gyp`, which would stop at a prompt.
  // JOBS=max: node-gyp compiles each module with every core (the slowest step: 1-4 min).
  step('lib/vscode: npm rebuild (native modules)', () =>
    run('npm', ['rebuild'], { cwd: vscodeDir, logFile, env: cleanEnv({ npm_config_yes: 'true', JOBS: 'max' }) }));
  step('code-server postinstall: symlinks', () => {
    symlink('node_modules', join(vscodeDir, 'node_modules.asar'));
    symlink('code-linux.sh', join(vscodeDir, 'bin', 'remote-cli', 'code-server'));
    symlink('browser-linux.sh', join(vscodeDir, 'bin', 'helpers', 'browser.sh'));
  });
  step('lib/vscode/extensions: npm install --omit=dev', () =>
    run('npm', ['install', '--omit=dev'], { cwd: join(vscodeDir, 'extensions'), logFile, env: cleanEnv({ npm_config_yes: 'true' }) }));
  step('check: code-server --version', () => {
    const out = run(process.execPath, [codeServerEntry(staging), '--version'], { cwd: staging, logFile });
    if (!out.includes(CODE_SERVER_VERSION)) throw new Error(`unexpected code-server --version output: ${out}`);
  });
  writeFileSync(join(staging, MARKER), JSON.stringify({ version: CODE_SERVER_VERSION, node: process.version, abi: process.versions.modules, at: new Date().toISOString() }) + '\n');
  // The symlinks are relative, so the finished folder can move into place in one rename.
  rmSync(dir, { recursive: true, force: true });
  renameSync(staging, dir);
}

function sleepSync(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Runs `fn` holding `${dir}.lock` (a folder: mkdir is atomic), so two runs started at once
 * (`npm start` and `npm test`, say) do not install over each other: the second waits, then
 * finds the install done. A lock whose owner process is gone is taken over.
 */
export function withInstallLock(dir, fn) {
  const lock = `${dir}.lock`;
  const deadline = Date.now() + 20 * 60_000;
  let waiting = false;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      let owner = 0;
      try { owner = Number(readFileSync(join(lock, 'pid'), 'utf8')); } catch { /* being written */ }
      let alive = false;
      try { if (owner) { process.kill(owner, 0); alive = true; } } catch { /* no such process */ }
      // No pid after a few seconds: the owner died between mkdir and writing it.
      let age = 0;
      try { age = Date.now() - statSync(lock).mtimeMs; } catch { continue; }
      if ((owner && !alive) || (!owner && age > 10_000)) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`${lock} is still held by process ${owner}; remove it if no set-up is running`);
      if (!waiting) log(`another set-up (process ${owner || '?'}) is installing code-server; waiting for it`);
      waiting = true;
      sleepSync(2000);
    }
  }
  try {
    fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * True when `dir` holds a finished install whose native modules were built for this Node's ABI
 * (a Node upgrade makes them unloadable, so it means a reinstall).
 */
function installedForThisNode(dir) {
  try {
    const marker = JSON.parse(readFileSync(join(dir, MARKER), 'utf8'));
    return marker.version === CODE_SERVER_VERSION && (marker.abi ?? process.versions.modules) === process.versions.modules;
  } catch {
    return false;
  }
}

/**
 * Makes sure the Debian packages and code-server are installed; returns the paths the server
 * launcher needs. Safe to call on every run.
 */
export function ensureVSCode({ quiet = false } = {}) {
  const t0 = Date.now();
  ensureAptPackages();
  const dir = codeServerDir();
  if (!installedForThisNode(dir)) {
    mkdirSync(resolve(dir, '..'), { recursive: true });
    withInstallLock(dir, () => {
      if (installedForThisNode(dir)) return; // another process finished it while we waited
      log(`installing code-server ${CODE_SERVER_VERSION} into ${dir} (2 to 5 minutes; log in ${dir}.partial/setup.log)`);
      installCodeServer(dir);
      log(`code-server ready (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    });
  } else if (!quiet) {
    log(`code-server ${CODE_SERVER_VERSION} already installed in ${dir}`);
  }
  const marker = JSON.parse(readFileSync(join(dir, MARKER), 'utf8'));
  return { dir, entry: codeServerEntry(dir), version: marker.version, chromium: CHROMIUM };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const t0 = Date.now();
    const r = ensureVSCode();
    log(`ok in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${r.entry}`);
  } catch (e) {
    process.stderr.write(`[setup-vscode] FAILED: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  }
}
