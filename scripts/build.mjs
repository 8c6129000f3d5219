// Bundles the extension and the CLI with esbuild. `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { chmodSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  minify: !watch,
  logLevel: 'warning',
};

/** Each output bundle. The extension never bundles `vscode` (the host provides it). */
const entries = [
  { entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // The export's worker thread, found beside dist/cli.js and dist/extension.js at run time.
  { entryPoints: ['src/cli/exportWorker.ts'], outfile: 'dist/export-worker.js' },
];

for (const entry of entries) {
  const options = { ...common, ...entry };
  if (watch) await (await esbuild.context(options)).watch();
  else await esbuild.build(options);
  // A bundle with a shebang is a command (package.json "bin"): make it executable.
  if (entry.banner) chmodSync(entry.outfile, 0o755);
}
