/**
 * `csv`: one row per quote or claim, for a spreadsheet. Columns: file, kind, text, speaker,
 * speaker role, cue, line, start, end, status, note, id, source. `line` is 1-based; `start`
 * and `end` are half-open CODE POINT offsets (as in the other exchange formats).
 *
 * RFC 4180: CRLF between records, a field quoted when it holds a comma, a quote or a line
 * break, quotes doubled. The batch file starts with a UTF-8 byte order mark so spreadsheets
 * read accented names and curly quotes as UTF-8.
 * Formula neutralisation (OWASP "CSV injection"): a text cell starting with =, +, -, @, a tab
 * or a carriage return gets a leading apostrophe, so a spreadsheet shows article text and
 * never runs it.
 */
import { prepare, type ExportInput } from './model';

export const CSV_COLUMNS = [
  'file', 'kind', 'text', 'speaker', 'speaker role', 'cue', 'line', 'start', 'end', 'status', 'note', 'id', 'source',
] as const;

const BOM = '\ufeff';

/** The batch file's first bytes: the byte order mark and the header record. */
export function csvHeader(): string {
  return BOM + record([...CSV_COLUMNS]);
}

/** The records of one article (no header), each ending in CRLF. */
export function csvRows(input: ExportInput): string {
  const doc = prepare(input);
  let out = '';
  for (const a of doc.attributions) {
    const [start, end] = doc.cp.spanToCodePoints(a.span);
    const speaker = a.entity?.name ?? (a.speaker ? doc.slice(a.speaker) : '');
    out += record([
      doc.file,
      a.kind,
      doc.slice(a.span),
      speaker,
      a.entity?.role ?? '',
      a.cue ? doc.slice(a.cue) : '',
      doc.line(a.span[0]),
      start,
      end,
      a.extras.status ?? '',
      a.extras.note ?? '',
      a.id,
      a.extras.source ?? 'engine',
    ]);
  }
  return out;
}

/** A whole CSV file for one article: header and rows. */
export function exportCsv(input: ExportInput): string {
  return csvHeader() + csvRows(input);
}

/** Neutralises a text cell a spreadsheet would read as a formula. */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? "'" + cell : cell;
}

function field(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = neutraliseFormula(value);
  return /[",\r\n]/.test(safe) ? '"' + safe.replace(/"/g, '""') + '"' : safe;
}

function record(values: Array<string | number>): string {
  return values.map(field).join(',') + '\r\n';
}
