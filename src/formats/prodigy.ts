/**
 * `prodigy`: one JSON line per article as a Prodigy / spaCy span task:
 * `{"text", "spans": [{"start", "end", "label", "text"}], "meta": {"file", ...}, "answer": "accept"}`,
 * offsets in CODE POINTS (Python string indices, what spaCy's `doc.char_span` takes).
 * Labels: SPEAKER, QUOTE, CLAIM, CUE (Prodigy's upper-case convention). Spans may overlap
 * (a speaker named inside a claim), as span categorisation allows; they are sorted by start.
 * Who said what travels in `meta.attributions` (quote or claim span index -> speaker and cue
 * span index, status, note), since a span task has no relations.
 */
import type { Span } from '../core/types';
import { prepare, type ExportInput } from './model';

interface ProdigySpan { start: number; end: number; label: string; text: string }
interface ProdigyAttribution { span: number; speaker?: number; cue?: number; anonymous?: true; status?: string; note?: string }

export function exportProdigy(input: ExportInput): string {
  const doc = prepare(input);
  const spans: ProdigySpan[] = [];
  const keys = new Map<string, ProdigySpan>();
  const add = (label: string, span: Span): ProdigySpan => {
    const [start, end] = doc.cp.spanToCodePoints(span);
    const key = `${label} ${start} ${end}`;
    let s = keys.get(key);
    if (!s) {
      s = { start, end, label, text: doc.slice(span) };
      keys.set(key, s);
      spans.push(s);
    }
    return s;
  };
  const links: Array<{ span: ProdigySpan; speaker?: ProdigySpan; cue?: ProdigySpan; rest: Omit<ProdigyAttribution, 'span' | 'speaker' | 'cue'> }> = [];
  for (const a of doc.attributions) {
    const span = add(a.kind === 'quote' ? 'QUOTE' : 'CLAIM', a.span);
    const speakerSpan = a.speaker ?? a.entity?.mentions[0] ?? null;
    const rest: Omit<ProdigyAttribution, 'span' | 'speaker' | 'cue'> = {};
    if (a.anonymous) rest.anonymous = true;
    if (a.extras.status) rest.status = a.extras.status;
    if (a.extras.note) rest.note = a.extras.note;
    links.push({
      span,
      speaker: speakerSpan ? add('SPEAKER', speakerSpan) : undefined,
      cue: a.cue ? add('CUE', a.cue) : undefined,
      rest,
    });
  }
  spans.sort((a, b) => a.start - b.start || a.end - b.end || a.label.localeCompare(b.label));
  const index = new Map(spans.map((s, i) => [s, i]));
  const attributions = links.map<ProdigyAttribution>((l) => ({
    span: index.get(l.span)!,
    ...(l.speaker ? { speaker: index.get(l.speaker)! } : {}),
    ...(l.cue ? { cue: index.get(l.cue)! } : {}),
    ...l.rest,
  }));
  return JSON.stringify({ text: doc.text, spans, meta: { file: doc.file, attributions }, answer: 'accept' }) + '\n';
}
