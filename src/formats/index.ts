/**
 * The export formats, by the ids that name them everywhere (CLI `--format`, the
 * `newsLens.export.defaultFormat` setting, the palette's quick pick), and one `render` that
 * the CLI and the editor both call. Pure: strings in, strings out.
 */
import { exportBrat } from './brat';
import { csvHeader, csvRows } from './csv';
import { exportDoccano } from './doccano';
import { exportJson } from './json';
import { exportMarkdown } from './markdown';
import type { ExportInput } from './model';
import { exportProdigy } from './prodigy';
import { exportW3c } from './w3c';

export type { ExportInput, AnnotationExtras, ClaimStatus, AnnotationSource } from './model';
export { CodePointIndex } from '../core/codepoints';

export const FORMAT_IDS = ['json', 'w3c', 'brat', 'doccano', 'prodigy', 'csv', 'markdown'] as const;
export type FormatId = (typeof FORMAT_IDS)[number];

export interface FormatInfo {
  id: FormatId;
  label: string;
  description: string;
  /** True when a batch goes into one file (`batchFile`), one chunk per article appended. */
  aggregate: boolean;
  /** The batch file's name for aggregate formats. */
  batchFile?: string;
}

export const FORMATS: Record<FormatId, FormatInfo> = {
  json: { id: 'json', label: 'News Lens JSON', description: 'the native analysis, UTF-16 offsets (<name>.analysis.json)', aggregate: false },
  w3c: { id: 'w3c', label: 'W3C Web Annotation', description: 'JSON-LD AnnotationCollection, code points (<name>.w3c.jsonld)', aggregate: false },
  brat: { id: 'brat', label: 'brat standoff', description: '.ann beside a copy of the .txt, for brat and INCEpTION', aggregate: false },
  doccano: { id: 'doccano', label: 'doccano JSONL', description: 'entities and relations, one line per article', aggregate: true, batchFile: 'doccano.jsonl' },
  prodigy: { id: 'prodigy', label: 'Prodigy / spaCy JSONL', description: 'span tasks, one line per article', aggregate: true, batchFile: 'prodigy.jsonl' },
  csv: { id: 'csv', label: 'CSV', description: 'one row per quote or claim, for a spreadsheet', aggregate: true, batchFile: 'news-lens.csv' },
  markdown: { id: 'markdown', label: 'Markdown report', description: 'people, their quotes, claims with status (<name>.report.md)', aggregate: false },
};

export function isFormatId(s: string): s is FormatId {
  return (FORMAT_IDS as readonly string[]).includes(s);
}

/** One output file of a per-article format, named relative to the article's output base. */
export interface RenderedFile {
  /** Appended to the article's name without its extension: ".analysis.json", ".ann". */
  suffix: string;
  content: string;
}

export type Rendered =
  | { kind: 'files'; files: RenderedFile[] }
  | { kind: 'chunk'; chunk: string };

/** The output of one article in one format. */
export function render(format: FormatId, input: ExportInput): Rendered {
  switch (format) {
    case 'json': return files({ suffix: '.analysis.json', content: exportJson(input) });
    case 'w3c': return files({ suffix: '.w3c.jsonld', content: exportW3c(input) });
    case 'markdown': return files({ suffix: '.report.md', content: exportMarkdown(input) });
    case 'brat': {
      const { txt, ann } = exportBrat(input);
      return files({ suffix: '.txt', content: txt }, { suffix: '.ann', content: ann });
    }
    case 'doccano': return { kind: 'chunk', chunk: exportDoccano(input) };
    case 'prodigy': return { kind: 'chunk', chunk: exportProdigy(input) };
    case 'csv': return { kind: 'chunk', chunk: csvRows(input) };
  }
}

/** What an aggregate batch file starts with (the CSV header; nothing for JSONL). */
export function batchHeader(format: FormatId): string {
  return format === 'csv' ? csvHeader() : '';
}

function files(...list: RenderedFile[]): Rendered {
  return { kind: 'files', files: list };
}
