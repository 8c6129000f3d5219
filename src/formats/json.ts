/**
 * `json`: the native analysis, as the engine returns it (UTF-16 offsets, half-open), with the
 * article's name and any human decisions given in the side-table. Two-space indented, one
 * trailing newline, key order as the engine writes it, so outputs diff well in git.
 */
import type { ExportInput } from './model';

export const JSON_FORMAT_VERSION = 1;

export function exportJson(input: ExportInput): string {
  const doc: Record<string, unknown> = {
    format: 'news-lens.analysis',
    version: JSON_FORMAT_VERSION,
    file: input.file,
    offsets: 'utf-16',
    analysis: input.analysis,
  };
  if (input.extras && input.extras.size > 0) {
    doc.extras = Object.fromEntries([...input.extras].sort(([a], [b]) => a.localeCompare(b)));
  }
  return JSON.stringify(doc, null, 2) + '\n';
}
