/**
 * `news-lens reanchor --annotations FILE --text ARTICLE [--out FILE]`: finds every annotation
 * of FILE again in the (changed) ARTICLE, rewrites the selectors and writes the file
 * atomically (to --out, or in place), then prints "N anchored, M moved, K orphaned"
 * (anchored: still at the same place; moved: found elsewhere; orphaned: not found, kept
 * with "orphaned": true and no position). A broken or newer-version file is never rewritten.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { reanchorDocument } from '../annotations/anchor';
import { saveAnnotations, writeFileAtomic } from '../annotations/io';
import { formatFileError, parseAnnotations } from '../annotations/parse';
import { serializeAnnotations } from '../annotations/serialize';
import { UsageError } from './usage';

export const USAGE = `usage: news-lens reanchor --annotations FILE --text ARTICLE [--out FILE]

  --annotations FILE  the annotation file (e.g. port-strike.news.annotations.json)
  --text ARTICLE      the article as it is now
  --out FILE          write the result here instead of rewriting FILE in place
`;

interface Options {
  annotations: string;
  text: string;
  out: string | null;
}

function parseArgs(args: string[]): Options | string {
  const o: Partial<Options> = { out: null };
  for (let i = 0; i < args.length; i++) {
    const flag = args[i];
    const value = args[i + 1];
    if (flag !== '--annotations' && flag !== '--text' && flag !== '--out') return `unknown option '${flag}'`;
    if (value === undefined || value.startsWith('--')) return `${flag} needs a value`;
    i++;
    if (flag === '--annotations') o.annotations = value;
    else if (flag === '--text') o.text = value;
    else o.out = value;
  }
  if (!o.annotations) return '--annotations FILE is required';
  if (!o.text) return '--text ARTICLE is required';
  return o as Options;
}

async function readOrNull(file: string): Promise<string | null> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

export async function runReanchor(args: string[]): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') throw new UsageError(options);
  const source = await readOrNull(options.annotations);
  if (source === null) {
    process.stderr.write(`news-lens reanchor: ${options.annotations}: no such file\n`);
    return 1;
  }
  const parsed = parseAnnotations(source, path.basename(options.annotations));
  if (!parsed.ok) {
    process.stderr.write(`news-lens reanchor: ${formatFileError(parsed.error)}\n(the file was not changed)\n`);
    return 1;
  }
  if (parsed.readOnly) {
    process.stderr.write(`news-lens reanchor: ${parsed.notices.join(' ')} It was not changed.\n`);
    return 1;
  }
  const text = await readOrNull(options.text);
  if (text === null) {
    process.stderr.write(`news-lens reanchor: the article ${options.text} does not exist; ${options.annotations} was not changed\n`);
    return 1;
  }
  const { doc, counts } = reanchorDocument(parsed.doc, text);
  if (options.out) await writeFileAtomic(options.out, serializeAnnotations(doc));
  else await saveAnnotations(options.annotations, doc, { expectedOnDisk: source });
  process.stdout.write(`${counts.anchored} anchored, ${counts.moved} moved, ${counts.orphaned} orphaned\n`);
  return 0;
}
