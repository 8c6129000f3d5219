/**
 * `news-lens export PATH... --format F --out DIR`: articles (files, or folders walked for
 * .news .article .txt .md) to one of the export formats, on all cores. A progress bar on a
 * terminal (nothing when stderr is piped); failures are listed at the end and make the exit
 * code 1, without stopping the batch.
 */
import { FORMAT_IDS, FORMATS, isFormatId, type FormatId } from '../formats';
import { exportBatch, type BatchProgress, type BatchResult } from './exportBatch';
import { UsageError } from './usage';

const DEFAULT_MAX_MB = 32;

export const USAGE = `usage: news-lens export PATH... --format F --out DIR [options]

  PATH...          article files, or folders walked for ${['.news', '.article', '.txt', '.md'].join(' ')}
  --format F       ${FORMAT_IDS.join(', ')}
${FORMAT_IDS.map((id) => `                     ${id.padEnd(9)} ${FORMATS[id].description}`).join('\n')}
  --out DIR        output folder (created); per-article outputs keep the folder layout
  --jobs N         worker threads (default: all cores)
  --max-mb N       refuse articles larger than N MB (default ${DEFAULT_MAX_MB})
  --no-annotations ignore <article>.annotations.json (export the engine's annotations only)
  --stats          print a JSON line of counts, time and peak memory to stderr at the end
`;

interface Options {
  paths: string[];
  format: FormatId;
  outDir: string;
  jobs?: number;
  maxBytes: number;
  annotations: boolean;
  stats: boolean;
}

function parseArgs(args: string[]): Options {
  let format: string | null = null;
  let outDir: string | null = null;
  const options: Omit<Options, 'format' | 'outDir'> = { paths: [], maxBytes: DEFAULT_MAX_MB * 1e6, annotations: true, stats: false };
  const value = (i: number, flag: string): string => {
    if (i >= args.length || args[i].startsWith('--')) throw new UsageError(`${flag} needs a value`);
    return args[i];
  };
  const positive = (s: string, flag: string): number => {
    const n = Number(s);
    if (!(n > 0) || !Number.isFinite(n)) throw new UsageError(`${flag} needs a positive number, not '${s}'`);
    return n;
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--format' || arg === '-f') format = value(++i, arg);
    else if (arg === '--out' || arg === '-o') outDir = value(++i, arg);
    else if (arg === '--jobs' || arg === '-j') options.jobs = Math.floor(positive(value(++i, arg), arg));
    else if (arg === '--max-mb') options.maxBytes = positive(value(++i, arg), arg) * 1e6;
    else if (arg === '--no-annotations') options.annotations = false;
    else if (arg === '--stats') options.stats = true;
    else if (arg === '--') { options.paths.push(...args.slice(i + 1)); break; }
    else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
    else options.paths.push(arg);
  }
  if (options.paths.length === 0) throw new UsageError('no PATH given');
  if (format === null) throw new UsageError(`--format is required (${FORMAT_IDS.join(', ')})`);
  if (!isFormatId(format)) throw new UsageError(`unknown format '${format}' (${FORMAT_IDS.join(', ')})`);
  if (outDir === null) throw new UsageError('--out DIR is required');
  return { ...options, format, outDir };
}

/** A one-line progress bar, redrawn at most ten times a second. */
class ProgressBar {
  private last = 0;
  private readonly started = Date.now();
  constructor(private readonly stream: NodeJS.WriteStream) {}

  update(p: BatchProgress, force = false): void {
    const now = Date.now();
    if (!force && now - this.last < 100) return;
    this.last = now;
    const width = 24;
    const rate = p.done / Math.max(0.001, (now - this.started) / 1000);
    const bar = p.total ? '█'.repeat(Math.round((width * p.done) / Math.max(1, p.total))).padEnd(width, '░') : '';
    const count = p.total !== null ? `${p.done}/${p.total}` : `${p.done}`;
    const failed = p.failed > 0 ? `, ${p.failed} failed` : '';
    const line = `export ${bar} ${count} articles, ${rate.toFixed(0)}/s${failed}`;
    this.stream.write(`\r${line.slice(0, (this.stream.columns || 80) - 1)}\x1b[K`);
  }

  clear(): void {
    this.stream.write('\r\x1b[K');
  }
}

function summary(result: BatchResult, options: Options, seconds: number): string {
  const lines: string[] = [];
  const where = result.batchFile ?? options.outDir;
  lines.push(`news-lens export: ${result.exported} article(s) to ${where} as ${options.format} ` +
    `(${result.attributions} quotes and claims, ${result.decisions} human decisions) in ${seconds.toFixed(1)} s`);
  for (const w of result.warnings) lines.push(`  warning: ${w}`);
  if (result.failures.length > 0) {
    lines.push(`news-lens export: ${result.failures.length} file(s) failed:`);
    for (const f of result.failures) lines.push(`  ${f.error}`);
  }
  return lines.join('\n') + '\n';
}

export async function runExport(args: string[]): Promise<number> {
  const options = parseArgs(args);
  const tty = Boolean(process.stderr.isTTY);
  const bar = tty ? new ProgressBar(process.stderr) : null;
  const abort = new AbortController();
  const onSignal = () => abort.abort();
  process.once('SIGINT', onSignal);
  const started = Date.now();
  let result: BatchResult;
  try {
    result = await exportBatch({
      paths: options.paths,
      format: options.format,
      outDir: options.outDir,
      jobs: options.jobs,
      maxBytes: options.maxBytes,
      annotations: options.annotations,
      countFirst: tty,
      signal: abort.signal,
      onProgress: bar ? (p) => bar.update(p) : undefined,
    });
  } finally {
    process.removeListener('SIGINT', onSignal);
    bar?.clear();
  }
  const seconds = (Date.now() - started) / 1000;
  process.stderr.write(summary(result, options, seconds));
  if (options.stats) {
    const stats = {
      articles: result.exported + result.failures.length,
      exported: result.exported,
      failed: result.failures.length,
      seconds,
      articlesPerSecond: (result.exported + result.failures.length) / Math.max(seconds, 1e-3),
      // Worker threads live in this process: its peak RSS and CPU time cover them all.
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      cpuSeconds: (process.resourceUsage().userCPUTime + process.resourceUsage().systemCPUTime) / 1e6,
      workerBusy: result.workerBusy.map((u) => Number(u.toFixed(3))),
    };
    process.stderr.write(JSON.stringify(stats) + '\n');
  }
  if (result.cancelled) {
    process.stderr.write('news-lens export: cancelled\n');
    return 130;
  }
  return result.failures.length > 0 ? 1 : 0;
}
