/**
 * A batch export over many articles on all cores: a pool of worker threads (a few articles
 * in flight per worker so none waits for the main thread), fed from a lazy
 * walk of the inputs. Memory stays flat: at most `4 × jobs` articles are read at once;
 * per-article outputs are written by the workers as they finish; an aggregate format's
 * chunks are appended to a temp file in input order (a reorder buffer of `64 × jobs` results)
 * and renamed to the batch file at the end, so the batch file is never half-written.
 * A file that fails is recorded and the batch goes on. Used by `news-lens export` and by the
 * editor's "Export Annotations…" command.
 */
import { existsSync, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { FORMATS, batchHeader, type FormatId } from '../formats';
import type { ExportTask, TaskResult } from './exportWorker';

/** Article file extensions a folder walk picks up. An explicit file is taken whatever it is. */
export const ARTICLE_EXTENSIONS = ['.news', '.article', '.txt', '.md'];

export interface BatchOptions {
  paths: string[];
  format: FormatId;
  outDir: string;
  /** Worker threads; default os.availableParallelism(). */
  jobs?: number;
  /** Largest article accepted, in bytes. */
  maxBytes: number;
  /** Merge each article's annotation file (default true). */
  annotations?: boolean;
  /** Count the inputs first so progress has a total (one extra directory walk). */
  countFirst?: boolean;
  onProgress?: (p: BatchProgress) => void;
  signal?: AbortSignal;
  /** The worker script; default found beside this module. */
  workerFile?: string;
}

export interface BatchProgress {
  done: number;
  failed: number;
  /** Null until counted (or when not counting). */
  total: number | null;
}

export interface BatchFailure { file: string; error: string }

export interface BatchResult {
  exported: number;
  failures: BatchFailure[];
  warnings: string[];
  /** Quotes and claims exported, human decisions applied. */
  attributions: number;
  decisions: number;
  /** The batch file (aggregate formats) or null. */
  batchFile: string | null;
  /** Per-article output files written (the first few hundred; `written` counts them all). */
  outputs: string[];
  written: number;
  cancelled: boolean;
  /**
   * Each worker's event-loop utilisation over its life, 0..1: near 1 when the pipeline kept it
   * fed (it only waited for the CPU), lower when it sat idle waiting for work.
   */
  workerBusy: number[];
}

interface Input { path: string; rel: string; error?: string }

/** The worker script: dist/export-worker.js beside the bundle, or exportWorker.js beside the compiled module. */
export function defaultWorkerFile(): string {
  const bundled = path.join(__dirname, 'export-worker.js');
  return existsSync(bundled) ? bundled : path.join(__dirname, 'exportWorker.js');
}

/** Walks the inputs lazily in a stable order (names sorted per folder); skips the output folder. */
export async function* walkInputs(paths: string[], outDir: string): AsyncGenerator<Input> {
  const skip = path.resolve(outDir);
  for (const given of paths) {
    const stat = await fs.stat(given).catch((err: NodeJS.ErrnoException) => err);
    if (stat instanceof Error) {
      yield { path: given, rel: path.basename(given), error: `${given}: ${stat.code === 'ENOENT' ? 'no such file or folder' : stat.message}` };
    } else if (stat.isDirectory()) {
      yield* walkFolder(given, '', skip);
    } else {
      yield { path: given, rel: path.basename(given) };
    }
  }
}

async function* walkFolder(dir: string, relDir: string, skip: string): AsyncGenerator<Input> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield { path: dir, rel: relDir || path.basename(dir), error: `${dir}: cannot read folder (${(err as Error).message})` };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (path.resolve(full) !== skip) yield* walkFolder(full, rel, skip);
    } else if (isArticleName(entry.name)) {
      yield { path: full, rel };
    }
  }
}

function isArticleName(name: string): boolean {
  if (name.endsWith('.report.md')) return false; // our own markdown output
  const ext = path.extname(name).toLowerCase();
  return ARTICLE_EXTENSIONS.includes(ext);
}

/** The names a per-article format writes for `rel`, to detect two inputs writing one output. */
function outputKey(rel: string): string {
  return rel.replace(/\.[^./]*$/, '');
}

export async function exportBatch(options: BatchOptions): Promise<BatchResult> {
  const jobs = Math.max(1, options.jobs ?? os.availableParallelism());
  // Four articles in flight per worker, so none waits for the main thread; and up to 64 per
  // worker finished but held for in-order output, so one slow article (or a descheduled
  // thread) does not idle the other workers. Both bounds are constants: memory stays flat.
  const inFlightLimit = jobs * 4;
  const reorderLimit = jobs * 64;
  const info = FORMATS[options.format];
  await fs.mkdir(options.outDir, { recursive: true });
  let total: number | null = null;
  if (options.countFirst) {
    total = 0;
    for await (const _ of walkInputs(options.paths, options.outDir)) total++;
  }

  const result: BatchResult = {
    exported: 0, failures: [], warnings: [], attributions: 0, decisions: 0, batchFile: null, outputs: [], written: 0, cancelled: false, workerBusy: [],
  };
  const batch = info.aggregate ? await BatchFile.open(path.join(options.outDir, info.batchFile!), batchHeader(options.format)) : null;
  const workerFile = options.workerFile ?? defaultWorkerFile();
  const pool: Array<{ worker: Worker; inflight: Map<number, Input> }> = [];
  const completed = new Map<number, { input: Input; result: TaskResult }>();
  const seen = new Set<string>();
  // Results arrive as worker events while the loop awaits anything; `dirty` keeps one that
  // arrives outside the final wait from being missed.
  let wake: (() => void) | null = null;
  let dirty = false;
  const notify = () => { dirty = true; const w = wake; wake = null; w?.(); };

  const spawn = (slot: number) => {
    const worker = new Worker(workerFile);
    const entry = { worker, inflight: new Map<number, Input>() };
    worker.on('message', (r: TaskResult) => {
      const input = entry.inflight.get(r.seq);
      entry.inflight.delete(r.seq);
      if (input) completed.set(r.seq, { input, result: r });
      notify();
    });
    const crashed = (why: string) => {
      for (const [seq, input] of entry.inflight) completed.set(seq, { input, result: { seq, ok: false, error: `${input.path}: export worker stopped (${why})` } });
      entry.inflight.clear();
      if (pool[slot] === entry && !stopping) spawn(slot);
      notify();
    };
    worker.on('error', (err) => crashed(err.message));
    worker.on('exit', (code) => { if (code !== 0 || entry.inflight.size > 0) crashed(`exit ${code}`); });
    pool[slot] = entry;
  };
  let stopping = false;
  for (let i = 0; i < jobs; i++) spawn(i);

  const inputs = walkInputs(options.paths, options.outDir);
  let exhausted = false;
  let seq = 0;
  let next = 0;
  const inflight = () => pool.reduce((n, p) => n + p.inflight.size, 0);
  try {
    for (;;) {
      while (!exhausted && !options.signal?.aborted && inflight() < inFlightLimit && completed.size < reorderLimit) {
        const step = await inputs.next();
        if (step.done) { exhausted = true; break; }
        const input = step.value;
        const s = seq++;
        const key = outputKey(input.rel);
        if (input.error) completed.set(s, { input, result: { seq: s, ok: false, error: input.error } });
        else if (!info.aggregate && seen.has(key)) {
          completed.set(s, { input, result: { seq: s, ok: false, error: `${input.path}: another input already writes ${key}.* in the output folder; not overwriting it` } });
        } else {
          if (!info.aggregate) seen.add(key);
          const task: ExportTask = { seq: s, path: input.path, rel: input.rel, format: options.format, outDir: options.outDir, maxBytes: options.maxBytes, annotations: options.annotations ?? true };
          const target = pool.reduce((a, b) => (b.inflight.size < a.inflight.size ? b : a));
          target.inflight.set(s, input);
          target.worker.postMessage(task);
        }
      }
      // Flush finished results in input order.
      while (completed.has(next)) {
        const { input, result: r } = completed.get(next)!;
        completed.delete(next++);
        if (r.ok) {
          result.exported++;
          result.attributions += r.attributions;
          result.decisions += r.decisions;
          if (r.warning) result.warnings.push(`${input.path}: ${r.warning}`);
          if (r.chunk !== undefined) await batch!.append(r.chunk);
          result.written += r.written.length;
          for (const w of r.written) if (result.outputs.length < 500) result.outputs.push(w);
        } else result.failures.push({ file: input.path, error: r.error });
        options.onProgress?.({ done: result.exported + result.failures.length, failed: result.failures.length, total });
      }
      const stop = exhausted || options.signal?.aborted;
      if (stop && inflight() === 0 && completed.size === 0) break;
      // Wait only when nothing can move: no room to dispatch and the next result not in.
      const room = !stop && inflight() < inFlightLimit && completed.size < reorderLimit;
      if (room || completed.has(next)) continue;
      if (!dirty) await new Promise<void>((resolve) => { wake = resolve; });
      dirty = false;
    }
    result.cancelled = options.signal?.aborted ?? false;
    result.workerBusy = pool.map((p) => p.worker.performance.eventLoopUtilization().utilization);
    if (batch) {
      if (result.cancelled) await batch.discard();
      else result.batchFile = await batch.commit();
    }
    return result;
  } catch (err) {
    await batch?.discard();
    throw err;
  } finally {
    stopping = true;
    await inputs.return(undefined);
    await Promise.all(pool.map((p) => p.worker.terminate()));
  }
}

/** The batch file of an aggregate format: appended to under a temp name, renamed at the end. */
class BatchFile {
  private constructor(private readonly handle: fs.FileHandle, private readonly temp: string, private readonly target: string) {}

  static async open(target: string, header: string): Promise<BatchFile> {
    const temp = `${target}.${process.pid}.tmp`;
    const handle = await fs.open(temp, 'w');
    const file = new BatchFile(handle, temp, target);
    if (header) await file.append(header);
    return file;
  }

  /** Chunks waiting to be written: one write per ~256 KB, not one per article. */
  private pending: string[] = [];
  private pendingChars = 0;

  async append(chunk: string): Promise<void> {
    this.pending.push(chunk);
    this.pendingChars += chunk.length;
    if (this.pendingChars >= 256 * 1024) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const data = this.pending.join('');
    this.pending = [];
    this.pendingChars = 0;
    await this.handle.write(data);
  }

  async commit(): Promise<string> {
    await this.flush();
    await this.handle.sync();
    await this.handle.close();
    await fs.rename(this.temp, this.target);
    return this.target;
  }

  async discard(): Promise<void> {
    await this.handle.close().catch(() => undefined);
    await fs.unlink(this.temp).catch(() => undefined);
  }
}
