/**
 * One article's export, run inside a worker thread of `news-lens export` (bundled as
 * dist/export-worker.js): read the article, analyse it, merge the human decisions of its
 * annotation file, render the format, and write per-article outputs itself (atomically).
 * Aggregate formats (csv, doccano, prodigy) hand their chunk back to the main thread, which
 * appends it to the batch file in input order.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { isMainThread, parentPort } from 'node:worker_threads';
import { analyze } from '../core';
import { markupOfFile } from '../core/markup';
import { render, type FormatId } from '../formats';
import { readArticle } from './analyze';
import { loadDecisions } from './exportDecisions';

export interface ExportTask {
  /** Input order; results are reported and appended in this order. */
  seq: number;
  /** The article's path as the user gave or the walk found it. */
  path: string;
  /** Its name relative to the export root, '/'-separated ("world/a.txt"). */
  rel: string;
  format: FormatId;
  outDir: string;
  maxBytes: number;
  /** Merge `<article>.annotations.json` when present. */
  annotations: boolean;
}

export type TaskResult =
  | { seq: number; ok: true; chunk?: string; written: string[]; attributions: number; decisions: number; warning?: string }
  | { seq: number; ok: false; error: string };

/** The output file for an article and a suffix: `<out>/<rel without extension><suffix>`. */
export function outputPath(outDir: string, rel: string, suffix: string): string {
  const base = rel.replace(/\.[^./]*$/, '');
  return path.join(outDir, ...base.split('/')) + suffix;
}

export async function runTask(task: ExportTask): Promise<TaskResult> {
  try {
    const text = await readArticle(task.path, task.maxBytes);
    const analysis = analyze(text, { markup: markupOfFile(task.path) });
    const merged = task.annotations ? await loadDecisions(task.path, text, analysis) : { analysis, decisions: 0 };
    const rendered = render(task.format, { file: task.rel, text, analysis: merged.analysis, extras: merged.extras });
    const attributions = merged.analysis.quotes.length + merged.analysis.claims.length;
    const base = { seq: task.seq, ok: true as const, attributions, decisions: merged.decisions, warning: merged.warning };
    if (rendered.kind === 'chunk') return { ...base, chunk: rendered.chunk, written: [] };
    const written: string[] = [];
    for (const file of rendered.files) {
      const target = outputPath(task.outDir, task.rel, file.suffix);
      if (path.resolve(target) === path.resolve(task.path)) {
        throw new Error(`${task.path}: the ${file.suffix} output would overwrite the article itself; choose another --out`);
      }
      if (file.suffix === '.txt') await refuseForeignText(target, file.content);
      await fs.mkdir(path.dirname(target), { recursive: true });
      await writeAtomic(target, file.content);
      written.push(target);
    }
    return { ...base, written };
  } catch (err) {
    return { seq: task.seq, ok: false, error: (err as Error).message };
  }
}

/** brat's `.txt` copy never replaces a different text already there (someone's article). */
export async function refuseForeignText(target: string, content: string): Promise<void> {
  const existing = await fs.readFile(target, 'utf8').catch(() => null);
  if (existing !== null && existing !== content) {
    throw new Error(`${target} exists with other text; not overwriting it with the brat copy (choose another --out)`);
  }
}

let tempCounter = 0;

/**
 * Temp file beside the target, then rename: a reader never sees half a file. No fsync:
 * exports are regenerable, and a sync per file would dominate a batch's time.
 */
export async function writeAtomic(target: string, data: string): Promise<void> {
  const temp = `${target}.${process.pid}.${process.hrtime.bigint()}.${++tempCounter}.tmp`;
  try {
    await fs.writeFile(temp, data, { encoding: 'utf8', flag: 'wx' });
    await fs.rename(temp, target);
  } catch (err) {
    await fs.unlink(temp).catch(() => undefined);
    throw err;
  }
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  port.on('message', (task: ExportTask) => {
    void runTask(task).then((result) => port.postMessage(result));
  });
}
