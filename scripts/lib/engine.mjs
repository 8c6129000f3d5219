// Loads TypeScript modules of src/ into a script: bundled with esbuild, with the options of
// scripts/build.mjs (minified, node20), into .cache/scripts/ (git-ignored, never shipped).
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);

/** Bundles `entry` (a path under the repo) to `.cache/scripts/<name>.cjs` and requires it. */
export async function loadSource(entry, name) {
  const outfile = join(root, '.cache', 'scripts', `${name}.cjs`);
  mkdirSync(dirname(outfile), { recursive: true });
  await build({
    entryPoints: [join(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify: true,
    logLevel: 'warning',
  });
  return require(outfile);
}

/** The engine, `{ analyze }`, as shipped in dist/ (same bundler, same options). */
export const loadEngine = () => loadSource('src/core/index.ts', 'core');
/** The scoring rules (src/cli/score.ts). */
export const loadScore = () => loadSource('src/cli/score.ts', 'score');
