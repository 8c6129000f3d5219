// Markdown tables and number formats for the scripts' reports (pasted into the README).

/** A markdown table with padded columns; numeric-looking columns are right-aligned. */
export function markdownTable(headers, rows) {
  const cells = [headers, ...rows].map((r) => r.map((c) => String(c)));
  const widths = headers.map((_, i) => Math.max(3, ...cells.map((r) => r[i].length)));
  const numeric = headers.map((_, i) => rows.length > 0 && rows.every((r) => /^[-+]?[\d.,×%]+( ?[A-Za-z/%]+)?$|^[–-]$/.test(String(r[i]))));
  const line = (r) => `| ${r.map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (numeric[i] ? '-'.repeat(w - 1) + ':' : '-'.repeat(w))).join(' | ')} |`;
  return [line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n');
}

/** A ratio in [0, 1] with three decimals: 0.853. */
export const f3 = (x) => (Number.isFinite(x) ? x.toFixed(3) : '–');
/** A count with thousands separators: 2,193. */
export const n = (x) => x.toLocaleString('en-US');
