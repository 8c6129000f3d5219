/**
 * `news-lens`: the command line over the engine, the annotation files and the formats.
 * Each subcommand lives in its own module and returns a process exit code.
 */
import { runAnalyze } from './analyze';
import { runReanchor } from './reanchor';
import { runExport } from './export';
import { runImport } from './import';

type Command = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, { run: Command; summary: string }> = {
  analyze: { run: runAnalyze, summary: 'print the analysis of articles as JSON (or --jsonl IN.jsonl, --format annotations)' },
  reanchor: { run: runReanchor, summary: 're-anchor an annotation file to a changed article' },
  export: { run: runExport, summary: 'export articles to json, w3c, brat, doccano, prodigy, csv or markdown' },
  import: { run: runImport, summary: 'merge brat (.ann) or W3C/Hypothesis (.json) annotations into an article\'s annotation file' },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`);
  return `usage: news-lens <command> [options]\n\ncommands:\n${lines.join('\n')}\n`;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`news-lens: unknown command '${name}'\n\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(rest);
  } catch (err) {
    process.stderr.write(`news-lens ${name}: ${(err as Error).message}\n`);
    return 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (err) => { process.stderr.write(`news-lens: ${String(err)}\n`); process.exitCode = 1; },
  );
}
