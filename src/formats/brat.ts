/**
 * `brat`: standoff annotation, a copy of the article (`.txt`) and its `.ann` beside it.
 * Offsets are 0-based, end-exclusive CODE POINTS into the `.txt`.
 *
 * - `T` Quote, Claim: each attribution's content; `T` Speaker: each speaker mention that an
 *   attribution names (or, when an attribution has an entity but no mention, that entity's
 *   first mention); `T` Cue: each attribution cue. Identical spans of one label share a `T`.
 * - `R` SaidBy Arg1:quote-or-claim Arg2:speaker; `R` HasCue Arg1:quote-or-claim Arg2:cue.
 *   (Relations, not PolNeAR's `E` events: brat, INCEpTION and doccano all import relations
 *   without an event configuration.)
 * - `A` Anonymous (binary) on quotes, claims and speakers; `A` Status <Value> on quotes and
 *   claims that have one (Unverified, Verified, False, Misleading, Disputed).
 * - `N` Reference T NewsLens:<entity id> <name>: which entity each speaker mention names.
 * - `#` AnnotatorNotes: the entity's role on its speaker mentions ("Role: ..."), the human note
 *   on quotes and claims. A note is one line: line breaks and tabs in it become spaces.
 * A span holding a line break is split into fragments (`s1 e1;s2 e2`) that leave the break
 * out, since brat's text-bound annotations may not cross lines; the `T` text is the fragments'
 * texts joined by a space, as brat writes it.
 */
import type { Span } from '../core/types';
import { prepare, type ExportDoc, type ExportInput, type ExportSpeaker } from './model';

export interface BratOutput {
  /** The article text, exactly the text the offsets index. */
  txt: string;
  ann: string;
}

/** Characters that end a line for brat (Python's `splitlines` set, less the rare controls). */
const LINE_BREAK = /[\n\r\u0085\u2028\u2029]/;

export function exportBrat(input: ExportInput): BratOutput {
  const doc = prepare(input);
  const lines: string[] = [];
  const counters = { T: 0, R: 0, A: 0, N: 0, '#': 0 };
  const next = (k: keyof typeof counters) => `${k}${++counters[k]}`;
  const tIds = new Map<string, string>();

  /** The T id for a label and span, written on first use; null for an empty span. */
  const textBound = (label: string, span: Span): string | null => {
    const key = `${label} ${span[0]} ${span[1]}`;
    const known = tIds.get(key);
    if (known) return known;
    const fragments = fragmentsOf(doc, span);
    if (fragments.length === 0) return null;
    const id = next('T');
    tIds.set(key, id);
    const offsets = fragments.map(([s, e]) => `${doc.cp.toCodePoint(s, 'floor')} ${doc.cp.toCodePoint(e, 'ceil')}`);
    const text = fragments.map(([s, e]) => doc.text.slice(s, e)).join(' ');
    lines.push(`${id}\t${label} ${offsets.join(';')}\t${text}`);
    return id;
  };

  const speakerT = new Set<string>();
  const speakerFor = (span: Span, entity: ExportSpeaker | null, anonymous: boolean): string | null => {
    const id = textBound('Speaker', span);
    if (!id || speakerT.has(id)) return id;
    speakerT.add(id);
    if (anonymous || entity?.anonymous) lines.push(`${next('A')}\tAnonymous ${id}`);
    if (entity) {
      lines.push(`${next('N')}\tReference ${id} NewsLens:${entity.id}\t${oneLine(entity.name)}`);
      if (entity.role) lines.push(`${next('#')}\tAnnotatorNotes ${id}\tRole: ${oneLine(entity.role)}`);
    }
    return id;
  };

  for (const a of doc.attributions) {
    const id = textBound(a.kind === 'quote' ? 'Quote' : 'Claim', a.span);
    if (!id) continue;
    const speakerSpan = a.speaker ?? a.entity?.mentions[0] ?? null;
    const speaker = speakerSpan ? speakerFor(speakerSpan, a.entity, a.anonymous) : null;
    if (speaker) lines.push(`${next('R')}\tSaidBy Arg1:${id} Arg2:${speaker}`);
    const cue = a.cue ? textBound('Cue', a.cue) : null;
    if (cue) lines.push(`${next('R')}\tHasCue Arg1:${id} Arg2:${cue}`);
    if (a.anonymous) lines.push(`${next('A')}\tAnonymous ${id}`);
    if (a.extras.status) lines.push(`${next('A')}\tStatus ${id} ${capitalise(a.extras.status)}`);
    if (a.extras.note) lines.push(`${next('#')}\tAnnotatorNotes ${id}\t${oneLine(a.extras.note)}`);
  }
  return { txt: doc.text, ann: lines.map((l) => l + '\n').join('') };
}

/** The UTF-16 pieces of a span between line breaks, empty pieces dropped. */
export function fragmentsOf(doc: Pick<ExportDoc, 'text'>, span: Span): Span[] {
  const out: Span[] = [];
  let start = span[0];
  for (let i = span[0]; i <= span[1]; i++) {
    if (i === span[1] || LINE_BREAK.test(doc.text[i])) {
      if (i > start) out.push([start, i]);
      start = i + 1;
    }
  }
  return out;
}

function oneLine(s: string): string {
  return s.replace(/[\t\n\r\u0085\u2028\u2029]+/g, ' ');
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
