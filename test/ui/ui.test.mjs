// UI test: what a person sees in real VS Code (code-server 4.100.3 in Debian's Chromium, driven
// by playwright-core) with News Lens loaded in development mode and a fixture article open:
//   1. the highlights render in the editor,
//   2. hovering a speaker's name shows a hover card with that person and her role, and so does
//      hovering another speaker's whole name (two words),
//   3. F1 opens the command palette and "News Lens: Toggle Highlights" runs (the highlights go,
//      and come back when run again).
// Screenshots of each step go to test-results/ui-*.png for a person to look at.
// The CSS class names used here are VS Code internals (decorations render as div[class*="ced-"]
// in .view-overlays; hovers are .monaco-hover): this test is kept small on purpose.
//
//   node test/ui/ui.test.mjs [--keep]      (after `npm run build`)
// Prints "ui: N passed, M failed" last; exits non-zero on any failure or time-out (5 min).
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureVSCode } from '../../scripts/setup-vscode.mjs';
import { hoverWord, launchChromium, openFileInWorkbench, startServer, waitForWorkbench } from '../../scripts/lib/vscode-server.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const results = join(repo, 'test-results');
const ARTICLE = 'harbour-ferry.news';
/** A speaker of the fixture article; the hover card over the surname must name this person. */
const SPEAKER_SURNAME = 'Marsh';
const SPEAKER_FULL_NAME = 'Helen Marsh';
/** Her role, as the article gives it in an apposition ("Helen Marsh, managing director of ..."). */
const SPEAKER_ROLE = 'managing director';
/** Another speaker, hovered by his whole name: two words the editor renders in several spans. */
const OTHER_SPEAKER = 'Tom Adeyemi';
const DECORATION = '.editor-instance .monaco-editor .view-overlays div[class*="ced-"]';
const keep = process.argv.includes('--keep');

let passed = 0;
let failed = 0;

async function check(name, page, fn) {
  try {
    await fn();
    passed += 1;
    console.log(`  ✔ ${name}`);
  } catch (err) {
    failed += 1;
    console.log(`  ✘ ${name}\n      ${(err instanceof Error ? err.message : String(err)).split('\n').join('\n      ')}`);
    await page.screenshot({ path: join(results, `ui-failed-${name.replace(/\W+/g, '-').toLowerCase()}.png`) }).catch(() => {});
  }
}

async function main() {
  mkdirSync(results, { recursive: true });
  const { entry } = ensureVSCode({ quiet: true });
  const tmp = mkdtempSync(join(tmpdir(), 'news-lens-ui-'));
  const folder = join(tmp, 'workspace');
  cpSync(join(repo, 'test', 'fixtures', 'workspace'), folder, { recursive: true });
  const server = await startServer({ entry, dir: join(tmp, 'server'), folder, extensionDevelopmentPath: repo });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(server.url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await waitForWorkbench(page);
    await openFileInWorkbench(page, ARTICLE);

    await check('highlights render in the editor', page, async () => {
      await page.locator(DECORATION).first().waitFor({ state: 'attached', timeout: 30_000 });
      await page.waitForTimeout(500); // let the last paint settle before the picture
      await page.screenshot({ path: join(results, 'ui-highlights.png') });
      const n = await page.locator(DECORATION).count();
      if (n < 3) throw new Error(`expected several highlights (speakers, a quote, a claim), saw ${n}`);
    });

    await check(`a hover card appears over "${SPEAKER_SURNAME}" with ${SPEAKER_FULL_NAME} and her role`, page, async () => {
      if (!(await hoverWord(page, SPEAKER_SURNAME))) throw new Error(`"${SPEAKER_SURNAME}" is not in the rendered editor text`);
      const hover = page.locator('.monaco-hover:visible', { hasText: SPEAKER_FULL_NAME }).first();
      await hover.waitFor({ timeout: 15_000 });
      await page.screenshot({ path: join(results, 'ui-hover.png') });
      const card = await hover.innerText();
      if (!card.includes(SPEAKER_ROLE)) throw new Error(`the card does not give the role "${SPEAKER_ROLE}":\n${card}`);
      await page.mouse.move(5, 5);
      await page.keyboard.press('Escape');
    });

    await check(`a hover card appears over the two words "${OTHER_SPEAKER}" and names him`, page, async () => {
      if (!(await hoverWord(page, OTHER_SPEAKER))) throw new Error(`"${OTHER_SPEAKER}" is not in the rendered editor text`);
      const hover = page.locator('.monaco-hover:visible', { hasText: OTHER_SPEAKER }).first();
      await hover.waitFor({ timeout: 15_000 });
      await page.screenshot({ path: join(results, 'ui-hover-full-name.png') });
      await page.mouse.move(5, 5);
      await page.keyboard.press('Escape');
    });

    await check('F1 opens the palette and "News Lens: Toggle Highlights" clears and restores them', page, async () => {
      const runToggle = async (shot) => {
        await page.locator('.editor-instance .monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } });
        await page.keyboard.press('F1');
        const input = page.locator('.quick-input-widget input');
        await input.waitFor({ state: 'visible', timeout: 10_000 });
        await input.fill('>News Lens: Toggle Highlights');
        const row = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Toggle Highlights' }).first();
        await row.waitFor({ timeout: 10_000 });
        if (shot) await page.screenshot({ path: join(results, 'ui-palette.png') });
        await page.keyboard.press('Enter');
      };
      await runToggle(true);
      await page.locator(DECORATION).first().waitFor({ state: 'detached', timeout: 10_000 })
        .catch(() => { throw new Error('highlights still shown after "Toggle Highlights"'); });
      await page.screenshot({ path: join(results, 'ui-toggled-off.png') });
      await runToggle(false);
      await page.locator(DECORATION).first().waitFor({ state: 'attached', timeout: 10_000 })
        .catch(() => { throw new Error('highlights did not come back after a second "Toggle Highlights"'); });
    });
  } finally {
    await browser.close().catch(() => {});
    await server.stop({ keepDir: true });
    if (keep) console.log(`ui: kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}

const t0 = Date.now();
const limit = setTimeout(() => {
  console.log('ui: FAILED: timed out after 300 s');
  console.log(`ui: ${passed} passed, ${failed + 1} failed`);
  process.exit(1);
}, 300_000);
main().then(
  () => {
    clearTimeout(limit);
    console.log(`ui: took ${((Date.now() - t0) / 1000).toFixed(1)} s; screenshots in test-results/ui-*.png`);
    console.log(`ui: ${passed} passed, ${failed} failed`);
    process.exit(failed > 0 ? 1 : 0);
  },
  (err) => {
    clearTimeout(limit);
    console.log(`ui: FAILED: ${err instanceof Error ? err.message : String(err)}`);
    console.log(`ui: ${passed} passed, ${failed + 1} failed`);
    process.exit(1);
  },
);
