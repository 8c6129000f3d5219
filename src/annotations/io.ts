/**
 * Annotation files on disk (Node fs; used by the CLI and the extension host). Writes are
 * atomic (a temp file in the same directory, then rename: a reader sees the old file or the
 * new one, never half of one), and a save is refused when the file on disk is not the one we
 * loaded (a `git pull` or a colleague changed it: merge first) or does not parse (the user's
 * broken file is never overwritten).
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { AnnotationDoc, SCHEMA_VERSION } from './model';
import { formatFileError, parseAnnotations, ParseResult } from './parse';
import { serializeAnnotations } from './serialize';

export class SaveRefusedError extends Error {
  constructor(readonly file: string, readonly reason: 'changed' | 'broken' | 'read-only', message: string) {
    super(message);
  }
}

let tempCounter = 0;

/** Writes `data` to `file` through a temp file in the same directory and a rename. */
export async function writeFileAtomic(file: string, data: string): Promise<void> {
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${++tempCounter}.tmp`);
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(temp, 'wx');
    await handle.writeFile(data, 'utf8');
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temp, file);
  } catch (err) {
    await handle?.close().catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    throw err;
  }
}

/** The file's text, or null when it does not exist. */
export async function readTextIfExists(file: string): Promise<string | null> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

export interface LoadedFile {
  /** Exactly what was on disk (null: no file yet); pass it back as `expectedOnDisk`. */
  text: string | null;
  result: ParseResult | null;
}

export async function loadAnnotations(file: string): Promise<LoadedFile> {
  const text = await readTextIfExists(file);
  return { text, result: text === null ? null : parseAnnotations(text, path.basename(file)) };
}

export interface SaveOptions {
  /** The file's text when it was loaded, or null if there was no file. */
  expectedOnDisk: string | null;
}

/** Saves `doc` atomically, refusing when the file on disk changed since loading or is broken. */
export async function saveAnnotations(file: string, doc: AnnotationDoc, options: SaveOptions): Promise<string> {
  const name = path.basename(file);
  if (doc.schemaVersion > SCHEMA_VERSION) {
    throw new SaveRefusedError(file, 'read-only', `${name} is from a newer News Lens (schema version ${doc.schemaVersion}) and is read-only here.`);
  }
  const onDisk = await readTextIfExists(file);
  if (onDisk !== null) {
    const parsed = parseAnnotations(onDisk, name);
    if (!parsed.ok) {
      throw new SaveRefusedError(file, 'broken', `${formatFileError(parsed.error)} — not overwritten; fix or move the file first.`);
    }
  }
  if (onDisk !== options.expectedOnDisk) {
    throw new SaveRefusedError(file, 'changed', `${name} changed on disk since it was loaded; reload and merge before saving.`);
  }
  const data = serializeAnnotations(doc);
  await writeFileAtomic(file, data);
  return data;
}
