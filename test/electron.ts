/**
 * `npm run test:electron`: the integration suite (test/integration) in desktop VS Code through
 * @vscode/test-electron, for machines with internet access. It downloads a VS Code build from
 * Microsoft's update server into .vscode-test/ on first use; on a machine without that access
 * (like the CI machines, where only the npm registry and Debian's mirror answer) it fails at the
 * download and says so: use `node scripts/test-integration.mjs` (code-server) there instead.
 *
 * Env: NEWS_LENS_VSCODE_VERSION (default 1.100.3, the VS Code of code-server 4.100.3),
 *      NEWS_LENS_TEST_GREP (passed to mocha, as with the code-server driver).
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

const repo = path.resolve(__dirname, '..', '..');

/** The same throw-away workspace the code-server driver makes (see test/integration/index.ts). */
function makeWorkspace(tmp: string): string {
  const ws = path.join(tmp, 'workspace');
  cpSync(path.join(repo, 'test', 'fixtures', 'workspace'), ws, { recursive: true });
  const articles = path.join(repo, 'test', 'fixtures', 'articles');
  if (existsSync(articles)) cpSync(articles, path.join(ws, 'articles'), { recursive: true });
  return ws;
}

function isNetworkError(err: unknown): boolean {
  const text = err instanceof Error ? `${err.message} ${(err as NodeJS.ErrnoException).code ?? ''}` : String(err);
  return /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|getaddrinfo|socket hang up/i.test(text);
}

async function main(): Promise<number> {
  const tmp = mkdtempSync(path.join(tmpdir(), 'news-lens-electron-'));
  try {
    const workspace = makeWorkspace(tmp);
    const code = await runTests({
      version: process.env.NEWS_LENS_VSCODE_VERSION ?? '1.100.3',
      extensionDevelopmentPath: repo,
      extensionTestsPath: path.join(repo, 'out', 'test', 'integration', 'index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
      extensionTestsEnv: { NEWS_LENS_TEST_GREP: process.env.NEWS_LENS_TEST_GREP ?? '' },
    });
    return code;
  } catch (err) {
    if (isNetworkError(err)) {
      console.error(
        [
          '',
          'test:electron: could not download VS Code from Microsoft\'s update server',
          `  (${err instanceof Error ? err.message : String(err)}).`,
          '  This runner needs internet access to update.code.visualstudio.com (or a VS Code',
          '  already downloaded into .vscode-test/). Without it, run the same suite in',
          '  code-server instead:  node scripts/test-integration.mjs',
        ].join('\n'),
      );
    } else {
      console.error(`test:electron: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    }
    return 1;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().then((code) => process.exit(code));
