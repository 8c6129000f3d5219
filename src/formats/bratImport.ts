/**
 * Import of brat standoff (`.ann` with its `.txt`, as brat and INCEpTION export it) into
 * human decisions. Offsets are code points. Labels are matched case-insensitively:
 * quote (Quote, Quotation, DirectQuote), claim (Claim, Content, ReportedSpeech, IndirectQuote),
 * speaker (Speaker, Source); Cue is read for events and relations but makes no decision.
 * - T quote/claim -> add quote/claim, with the speaker from a relation (any R between it and
 *   a speaker T, e.g. SaidBy) or a PolNeAR-style event (`E… Attribution:T Source:T Content:T`);
 *   the speaker's name is its N normalisation name when given, else its text;
 * - T speaker -> add speaker; `A Status T Value` -> status; `# AnnotatorNotes T text` -> note
 *   (on a speaker, "Role: X" -> role X).
 * A T whose text is not the article's text at its offsets is re-anchored by its text; if not
 * found, it is an orphan. Malformed lines are reported with their line number and skipped.
 */
import type { Span } from '../core/types';
import { CLAIM_STATUSES, type ClaimStatus, type Decision } from '../annotations/model';
import { CodePointIndex } from '../core/codepoints';
import { place, quoteAt, type ImportProblem, type ImportResult, type ImportedAnnotation } from './imported';

type Role = 'quote' | 'claim' | 'speaker' | 'cue' | null;

const LABELS: Record<string, Role> = {
  quote: 'quote', quotation: 'quote', directquote: 'quote',
  claim: 'claim', content: 'claim', reportedspeech: 'claim', indirectquote: 'claim',
  speaker: 'speaker', source: 'speaker',
  cue: 'cue',
};

interface TextBound {
  id: string; role: Role; label: string;
  /** UTF-16, from the first fragment's start to the last one's end; null when past the text. */
  span: Span | null;
  /** Code point fragments as written. */
  fragments: number[][];
  text: string; line: number;
}

export function importBrat(ann: string, text: string): ImportResult {
  const errors: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  const cp = new CodePointIndex(text);
  const tb = new Map<string, TextBound>();
  const links: Array<{ a: string; b: string; line: number }> = [];
  const statuses: Array<{ target: string; status: ClaimStatus; line: number }> = [];
  const notes: Array<{ target: string; note: string; line: number }> = [];
  const names = new Map<string, string>();

  const lines = ann.split(/\r?\n/);
  lines.forEach((line, i) => {
    const n = i + 1;
    if (line.trim() === '') return;
    const fail = (message: string) => errors.push({ where: `line ${n}`, message: `${message}: ${JSON.stringify(line.slice(0, 120))}` });
    const cols = line.split('\t');
    const id = cols[0];
    if (/^T\d+$/.test(id)) {
      const m = cols.length >= 3 ? /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(cols[1]) : null;
      if (!m) return fail('a text-bound annotation needs "T<n><TAB>Label start end[;start end]<TAB>text"');
      const fragments = m[2].split(';').map((f) => f.split(' ').map(Number));
      if (fragments.some(([s, e]) => !(s < e))) return fail('each fragment needs start < end');
      const [startCp, endCp] = [fragments[0][0], fragments[fragments.length - 1][1]];
      const role = LABELS[m[1].toLowerCase().replace(/[-_ ]/g, '')] ?? null;
      if (role === null) warnings.push({ where: `line ${n}`, message: `label ${m[1]} is not a quote, claim, speaker or cue; skipped` });
      const inText = fragments.every(([, e]) => e <= cp.lengthCp);
      const span: Span | null = inText ? [cp.toUtf16(startCp), cp.toUtf16(endCp)] : null;
      tb.set(id, { id, role, label: m[1], span, fragments, text: cols.slice(2).join('\t'), line: n });
    } else if (/^R\d+$/.test(id)) {
      const m = /^\S+ \w+:(T\d+) \w+:(T\d+)$/.exec(cols[1] ?? '');
      if (!m) return fail('a relation needs "R<n><TAB>Type Arg1:T<a> Arg2:T<b>"');
      links.push({ a: m[1], b: m[2], line: n });
    } else if (/^E\d+$/.test(id)) {
      const args = (cols[1] ?? '').split(' ').map((x) => /^([A-Za-z]+)\d*:([TE]\d+)$/.exec(x));
      if (args.some((x) => !x)) return fail('an event needs "E<n><TAB>Type:T<a> Role:T<b> ..."');
      const ids = args.map((x) => x![2]).filter((x) => x.startsWith('T'));
      for (const a of ids) for (const b of ids) if (a < b) links.push({ a, b, line: n });
    } else if (/^A\d+$/.test(id) || /^M\d+$/.test(id)) {
      const m = /^(\S+) ([TER]\d+)(?: (\S+))?$/.exec(cols[1] ?? '');
      if (!m) return fail('an attribute needs "A<n><TAB>Name T<n> [Value]"');
      if (m[1].toLowerCase() !== 'status') return;
      const value = (m[3] ?? '').toLowerCase() as ClaimStatus;
      if (!CLAIM_STATUSES.includes(value)) return fail(`status must be one of ${CLAIM_STATUSES.join(', ')}`);
      statuses.push({ target: m[2], status: value, line: n });
    } else if (/^N\d+$/.test(id)) {
      const m = /^\S+ (T\d+) \S+$/.exec(cols[1] ?? '');
      if (!m || cols.length < 3) return fail('a normalisation needs "N<n><TAB>Reference T<n> DB:ID<TAB>name"');
      names.set(m[1], cols.slice(2).join('\t'));
    } else if (/^#\d*$/.test(id)) {
      const m = /^\S+ ([TER]\d+)$/.exec(cols[1] ?? '');
      if (!m || cols.length < 3) return fail('a note needs "#<n><TAB>AnnotatorNotes T<n><TAB>text"');
      notes.push({ target: m[1], note: cols.slice(2).join('\t'), line: n });
    } else if (!/^\*/.test(id)) fail('unknown annotation kind (expected T, R, E, A, M, N or #)');
  });

  const annotations: ImportedAnnotation[] = [];
  const missing = (ref: string, line: number) => errors.push({ where: `line ${line}`, message: `${ref} is not a text-bound annotation of this file` });
  const speakerName = (t: TextBound) => names.get(t.id) ?? t.text;
  const emit = (t: TextBound, decision: Decision) => {
    const span = locate(t);
    annotations.push({ span, quote: span ? quoteAt(text, span) : { exact: t.text, prefix: '', suffix: '' }, decision, origin: `line ${t.line}` });
  };
  const located = new Map<string, Span | null>();
  function locate(t: TextBound): Span | null {
    if (located.has(t.id)) return located.get(t.id)!;
    let span = t.span;
    const joined = span ? fragmentText(text, cp, t) : null;
    if (!span || joined !== t.text) {
      span = place(text, { exact: t.text, prefix: '', suffix: '' }, t.span ? t.span[0] : null);
      warnings.push({ where: `line ${t.line}`, message: span ? `${t.id}: its text is elsewhere in the article; placed by its text` : `${t.id}: its text is not in the article; kept as an orphan` });
    }
    located.set(t.id, span);
    return span;
  }

  for (const t of tb.values()) {
    if (t.role !== 'quote' && t.role !== 'claim') continue;
    const speakers = links
      .filter((l) => l.a === t.id || l.b === t.id)
      .map((l) => tb.get(l.a === t.id ? l.b : l.a))
      .filter((s): s is TextBound => s?.role === 'speaker');
    const speaker = speakers[0] ? speakerName(speakers[0]) : undefined;
    emit(t, speaker ? { decision: 'add', kind: t.role, speaker } : { decision: 'add', kind: t.role });
  }
  for (const t of tb.values()) if (t.role === 'speaker') emit(t, { decision: 'add', kind: 'speaker', speaker: speakerName(t) });
  for (const s of statuses) {
    const t = tb.get(s.target);
    if (!t) missing(s.target, s.line);
    else emit(t, { decision: 'status', status: s.status });
  }
  for (const nt of notes) {
    const t = tb.get(nt.target);
    if (!t) { missing(nt.target, nt.line); continue; }
    const role = t.role === 'speaker' ? /^Role: (.+)$/.exec(nt.note) : null;
    emit(t, role ? { decision: 'role', role: role[1], person: speakerName(t) } : { decision: 'note', note: nt.note });
  }
  for (const l of links) for (const ref of [l.a, l.b]) if (!tb.has(ref)) missing(ref, l.line);
  return { annotations, errors, warnings };
}

/** The article's text at a T's fragments, joined by a space as brat writes it. */
function fragmentText(text: string, cp: CodePointIndex, t: TextBound): string {
  return t.fragments.map(([s, e]) => text.slice(cp.toUtf16(s), cp.toUtf16(e))).join(' ');
}
