/**
 * `news-lens analyze`: the engine on the command line.
 *
 *   news-lens analyze [--compact] [--format json|annotations] FILE...
 *   news-lens analyze --jsonl IN.jsonl|-
 *
 * FILE mode prints, for one FILE argument, the Analysis object with `"file"` first; for
 * several FILE arguments, a JSON array of them in argument order (a file that cannot be read
 * is reported on stderr and left out; the exit code is then 1). A `.md` or `.markdown` file is
 * read through its Markdown (src/core/markup.ts): `**`, `> `, `[…](…)` are not words.
 * JSONL mode streams: one document a line in, one record a line out (src/formats/jsonl.ts),
 * in constant memory; a bad line gets an error on stderr naming its line number, the run goes
 * on, and the exit code is 1 at the end.
 */
import { once } from 'node:events';
import { createReadStream, promises as fs } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { analyze } from '../core';
import { markupOfFile } from '../core/markup';
import type { Analysis } from '../core/types';
import { parseJsonlDocument, toJsonlRecord } from '../formats/jsonl';
import { annotationsFromAnalysis } from '../annotations/fromAnalysis';
import { ENGINE_CREATOR, serializeAnnotations } from '../annotations/serialize';
import { basename } from 'node:path';
import { UsageError } from './usage';

/** Largest article accepted, in bytes (FILE mode) or UTF-16 units per line (JSONL). */
const DEFAULT_MAX_MB = 32;

/** One analysed article as FILE mode prints it: `"file"` first, then the Analysis fields. */
export type AnalyzedFile = { file: string } & Analysis;

/** A FILE-mode output format: the analysed files (with their texts) in, the text to print out. */
export type FileFormat = (files: { file: string; text: string; analysis: Analysis }[], single: boolean, compact: boolean) => string;

function formatJson(files: { file: string; analysis: Analysis }[], single: boolean, compact: boolean): string {
  const values: AnalyzedFile[] = files.map(({ file, analysis }) => ({ file, ...analysis }));
  return JSON.stringify(single ? values[0] : values, null, compact ? undefined : 2) + '\n';
}

/**
 * Every `--format` of FILE mode. `null` marks a format that is planned but not built:
 * adding one is this one entry (the annotation-file writer of issue 4 goes in `annotations`).
 */
const FILE_FORMATS: Record<string, FileFormat | null> = {
  json: formatJson,
  annotations: formatAnnotations,
};

/**
 * The engine's annotations as an annotation file (issue 4): one file gives the file itself
 * (redirect it to ARTICLE.annotations.json); several give a JSON array of such documents.
 */
function formatAnnotations(files: { file: string; text: string; analysis: Analysis }[], single: boolean): string {
  const now = new Date().toISOString();
  const docs = files.map(({ file, text, analysis }) => annotationsFromAnalysis(text, analysis, { creator: ENGINE_CREATOR, now, source: basename(file) }));
  if (single) return serializeAnnotations(docs[0]);
  return `[\n${docs.map((d) => serializeAnnotations(d).trimEnd()).join(',\n')}\n]\n`;
}

export const USAGE = `usage: news-lens analyze [--compact] [--format json|annotations] FILE...
       news-lens analyze --jsonl IN.jsonl|-

  FILE...          print the analysis as JSON: one FILE gives one object with "file",
                   several give an array in argument order; a .md file is read
                   through its Markdown (offsets stay the file's)
  --jsonl IN       read one document a line ({"id", "text", ...}; "-" is stdin) and write
                   one record a line: {"id", "entities", "quotes", "claims"}
  --format F       json (default) or annotations (the engine's annotations as a
                   W3C annotation file, a starting point to correct and share)
  --compact        one-line JSON instead of indented
  --max-mb N       refuse articles larger than N MB (default ${DEFAULT_MAX_MB})
`;

interface Options {
  files: string[];
  jsonl: string | null;
  format: string;
  compact: boolean;
  maxBytes: number;
}

function parseArgs(args: string[]): Options {
  const options: Options = { files: [], jsonl: null, format: 'json', compact: false, maxBytes: DEFAULT_MAX_MB * 1e6 };
  const value = (i: number, flag: string): string => {
    if (i >= args.length) throw new UsageError(`${flag} needs a value`);
    return args[i];
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--jsonl') options.jsonl = value(++i, arg);
    else if (arg === '--format') options.format = value(++i, arg);
    else if (arg === '--compact') options.compact = true;
    else if (arg === '--max-mb') {
      const mb = Number(value(++i, arg));
      if (!(mb > 0)) throw new UsageError('--max-mb needs a positive number');
      options.maxBytes = mb * 1e6;
    } else if (arg === '--') {
      options.files.push(...args.slice(i + 1));
      break;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    else options.files.push(arg);
  }
  if (options.jsonl !== null && options.files.length > 0) throw new UsageError('give either --jsonl IN or FILE..., not both');
  if (options.jsonl !== null && options.format !== 'json') throw new UsageError('--format applies to FILE... only');
  if (options.jsonl === null && options.files.length === 0) throw new UsageError('no FILE given');
  if (!(options.format in FILE_FORMATS)) throw new UsageError(`unknown format '${options.format}' (json, annotations)`);
  return options;
}

/**
 * Reads an article as UTF-8 text, refusing what is not one: a missing file, a directory,
 * more than `maxBytes`, NUL bytes (binary) or invalid UTF-8. The error names the file.
 * A leading byte-order mark is dropped, as editors do, so offsets match what they show.
 */
export async function readArticle(file: string, maxBytes: number): Promise<string> {
  const stat = await fs.stat(file).catch((err: NodeJS.ErrnoException) => {
    throw new Error(`${file}: ${err.code === 'ENOENT' ? 'no such file' : err.message}`);
  });
  if (!stat.isFile()) throw new Error(`${file}: not a file`);
  if (stat.size > maxBytes) {
    throw new Error(`${file}: too large (${(stat.size / 1e6).toFixed(1)} MB; the limit is ${maxBytes / 1e6} MB, see --max-mb)`);
  }
  const bytes = await fs.readFile(file);
  if (bytes.includes(0)) throw new Error(`${file}: looks binary (contains NUL bytes); expected UTF-8 text`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`${file}: not valid UTF-8 text`);
  }
}

/** Writes with backpressure; resolves false once the reader has gone away (EPIPE). */
class Sink {
  private closed = false;
  constructor(private readonly out: Writable) {
    out.on('error', (err: NodeJS.ErrnoException) => {
      this.closed = true;
      if (err.code !== 'EPIPE') process.stderr.write(`news-lens analyze: output: ${err.message}\n`);
    });
  }
  async write(chunk: string): Promise<boolean> {
    if (this.closed) return false;
    if (!this.out.write(chunk)) await Promise.race([once(this.out, 'drain'), once(this.out, 'error')]).catch(() => undefined);
    return !this.closed;
  }
}

async function analyzeFiles(options: Options, format: FileFormat): Promise<number> {
  const done: { file: string; text: string; analysis: Analysis }[] = [];
  let failed = 0;
  for (const file of options.files) {
    try {
      const text = await readArticle(file, options.maxBytes);
      done.push({ file, text, analysis: analyze(text, { markup: markupOfFile(file) }) });
    } catch (err) {
      failed += 1;
      process.stderr.write(`news-lens analyze: ${(err as Error).message}\n`);
    }
  }
  if (done.length > 0) await new Sink(process.stdout).write(format(done, options.files.length === 1, options.compact));
  return failed > 0 ? 1 : 0;
}

/** Streams JSONL documents to JSONL records; line numbers count from 1, blank lines are skipped. */
export async function analyzeJsonl(input: Readable, output: Writable, name: string, maxChars: number): Promise<number> {
  const sink = new Sink(output);
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  let bad = 0;
  const report = (message: string) => {
    bad += 1;
    process.stderr.write(`news-lens analyze: ${name}:${lineNumber}: ${message}\n`);
  };
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    if (line.length > maxChars) {
      report(`line too long (${line.length} characters; the limit is ${maxChars}, see --max-mb)`);
      continue;
    }
    const doc = parseJsonlDocument(line);
    if (!doc.ok) {
      report(doc.error);
      continue;
    }
    let record: string;
    try {
      record = JSON.stringify(toJsonlRecord(doc.id, analyze(doc.text)));
    } catch (err) {
      report(`document ${JSON.stringify(doc.id)}: ${(err as Error).message}`);
      continue;
    }
    if (!(await sink.write(record + '\n'))) break;
  }
  lines.close();
  if (bad > 0) process.stderr.write(`news-lens analyze: ${bad} bad line(s) of ${lineNumber} in ${name}\n`);
  return bad > 0 ? 1 : 0;
}

async function openJsonl(path: string): Promise<Readable> {
  if (path === '-') return process.stdin;
  const stat = await fs.stat(path).catch((err: NodeJS.ErrnoException) => {
    throw new Error(`${path}: ${err.code === 'ENOENT' ? 'no such file' : err.message}`);
  });
  if (!stat.isFile()) throw new Error(`${path}: not a file`);
  return createReadStream(path, { encoding: 'utf8' });
}

export async function runAnalyze(args: string[]): Promise<number> {
  const options = parseArgs(args);
  if (options.jsonl !== null) {
    const input = await openJsonl(options.jsonl);
    return analyzeJsonl(input, process.stdout, options.jsonl === '-' ? 'stdin' : options.jsonl, options.maxBytes);
  }
  const format = FILE_FORMATS[options.format];
  if (!format) {
    process.stderr.write(`news-lens analyze: --format ${options.format} is not available yet\n`);
    return 2;
  }
  return analyzeFiles(options, format);
}
