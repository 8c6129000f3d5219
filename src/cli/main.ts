/**
 * `news-lens`: the command line over the engine, the annotation files and the formats.
 * Each subcommand lives in its own module and returns a process exit code.
 */
import { runAnalyze, USAGE as ANALYZE_USAGE } from './analyze';
import { runReanchor, USAGE as REANCHOR_USAGE } from './reanchor';
import { runExport, USAGE as EXPORT_USAGE } from './export';
import { runImport, USAGE as IMPORT_USAGE } from './import';
import { UsageError } from './usage';

type Command = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, { run: Command; usage: string; summary: string }> = {
  analyze: { run: runAnalyze, usage: ANALYZE_USAGE, summary: 'print the analysis of articles as JSON (or --jsonl IN.jsonl, --format annotations)' },
  reanchor: { run: runReanchor, usage: REANCHOR_USAGE, summary: 're-anchor an annotation file to a changed article' },
  export: { run: runExport, usage: EXPORT_USAGE, summary: 'export articles to json, w3c, brat, doccano, prodigy, csv or markdown' },
  import: { run: runImport, usage: IMPORT_USAGE, summary: 'merge brat (.ann) or W3C/Hypothesis (.json) annotations into an article\'s annotation file' },
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
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(command.usage);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`news-lens ${name}: ${err.message}\n\n${command.usage}`);
      return 2;
    }
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
