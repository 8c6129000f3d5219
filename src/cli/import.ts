/**
 * `news-lens import SOURCE... --text ARTICLE [--creator NAME] [--dry-run]`: annotations made
 * in other tools (brat / INCEpTION `.ann`; W3C Web Annotation or Hypothesis `.json`/`.jsonld`)
 * merged into the article's annotation file (`<ARTICLE>.annotations.json`), so the work comes
 * back into the editor. Merging is the annotation module's: the same decision at the same
 * place collapses, contradicting ones are kept as a conflict to resolve. What cannot be placed
 * on the article is kept as an orphan. Faults in a source are listed with their line number or
 * JSON pointer; the exit code is then 1. A broken annotation file is never overwritten.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { loadAnnotations, saveAnnotations } from '../annotations/io';
import { mergeAnnotations } from '../annotations/merge';
import { annotationFileName } from '../annotations/model';
import { formatFileError } from '../annotations/parse';
import { importBrat } from '../formats/bratImport';
import { formatProblem, toAnnotationDoc, type ImportedAnnotation } from '../formats/imported';
import { importW3c } from '../formats/w3cImport';
import { readArticle } from './analyze';
import { UsageError } from './usage';

export const USAGE = `usage: news-lens import SOURCE... --text ARTICLE [--creator NAME] [--dry-run]

  SOURCE          a brat/INCEpTION .ann, or a W3C Web Annotation / Hypothesis .json or .jsonld
  --text ARTICLE  the article the annotations are about; the result is merged into
                  ARTICLE.annotations.json beside it
  --creator NAME  who the imported decisions are from when a source does not say
  --dry-run       report what would be imported; write nothing
`;

interface Options { sources: string[]; text: string; creator: string | null; dryRun: boolean }

function parseArgs(args: string[]): Options | string {
  const o: Options = { sources: [], text: '', creator: null, dryRun: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--text' || a === '--creator') {
      const v = args[++i];
      if (v === undefined || v.startsWith('--')) return `${a} needs a value`;
      if (a === '--text') o.text = v;
      else o.creator = v;
    } else if (a === '--dry-run') o.dryRun = true;
    else if (a.startsWith('-')) return `unknown option '${a}'`;
    else o.sources.push(a);
  }
  if (o.sources.length === 0) return 'no SOURCE given';
  if (!o.text) return '--text ARTICLE is required';
  return o;
}

export async function runImport(args: string[]): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') throw new UsageError(options);
  const say = (line: string) => process.stderr.write(`news-lens import: ${line}\n`);
  const text = await readArticle(options.text, 32e6);
  const imported: ImportedAnnotation[] = [];
  let faults = 0;
  for (const source of options.sources) {
    const content = await fs.readFile(source, 'utf8').catch((err: NodeJS.ErrnoException) => {
      throw new Error(`${source}: ${err.code === 'ENOENT' ? 'no such file' : err.message}`);
    });
    const result = source.toLowerCase().endsWith('.ann') ? importBrat(content, text) : importW3c(content, text);
    for (const e of result.errors) say(`error: ${formatProblem(source, e)}`);
    for (const w of result.warnings) say(`warning: ${formatProblem(source, w)}`);
    faults += result.errors.length;
    const creator = options.creator ?? `Imported from ${path.basename(source)}`;
    imported.push(...result.annotations.map((a) => ({ ...a, creator: a.creator ?? creator })));
  }
  const orphans = imported.filter((a) => !a.span).length;
  const target = path.join(path.dirname(options.text), annotationFileName(path.basename(options.text)));
  const theirs = toAnnotationDoc(path.basename(options.text), text, imported, { creator: options.creator ?? 'Imported', now: new Date().toISOString() });
  const loaded = await loadAnnotations(target);
  if (loaded.result && !loaded.result.ok) {
    say(`${formatFileError(loaded.result.error)}: the annotation file is broken; nothing imported and it is left as it is`);
    return 1;
  }
  const merged = loaded.result?.ok ? mergeAnnotations(loaded.result.doc, theirs) : { doc: theirs, conflicts: [], collapsed: 0 };
  const summary = `${imported.length} decision(s) read (${orphans} orphaned), ${merged.collapsed} already there, ${merged.conflicts.length} conflict(s) to resolve`;
  if (options.dryRun) {
    say(`${summary}; --dry-run: ${target} not written`);
  } else if (imported.length > 0) {
    await saveAnnotations(target, merged.doc, { expectedOnDisk: loaded.text });
    say(`${summary} -> ${target}`);
  } else say(`nothing to import; ${target} not written`);
  return faults > 0 ? 1 : 0;
}
