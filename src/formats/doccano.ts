/**
 * `doccano`: one JSON line per article in doccano's relation-extraction import format:
 * `{"text", "entities": [{"id", "label", "start_offset", "end_offset"}], "relations":
 * [{"id", "from_id", "to_id", "type"}], ...}`; offsets are CODE POINTS (Python indices).
 * Labels: Speaker, Quote, Claim, Cue; relations SaidBy (quote or claim -> speaker) and HasCue
 * (quote or claim -> cue). Extra keys are kept by doccano as metadata: `file`, and
 * `attributes` (status, note, anonymity per quote or claim entity id).
 * Ids are numbered from 1 within the line (doccano re-numbers them on import).
 */
import type { Span } from '../core/types';
import { prepare, type ExportInput } from './model';

interface DoccanoEntity { id: number; label: string; start_offset: number; end_offset: number }
interface DoccanoRelation { id: number; from_id: number; to_id: number; type: string }
interface DoccanoAttributes { entity_id: number; anonymous?: true; status?: string; note?: string }

export function exportDoccano(input: ExportInput): string {
  const doc = prepare(input);
  const entities: DoccanoEntity[] = [];
  const relations: DoccanoRelation[] = [];
  const attributes: DoccanoAttributes[] = [];
  const ids = new Map<string, number>();
  const entity = (label: string, span: Span): number => {
    const [start, end] = doc.cp.spanToCodePoints(span);
    const key = `${label} ${start} ${end}`;
    let id = ids.get(key);
    if (id === undefined) {
      id = entities.length + 1;
      ids.set(key, id);
      entities.push({ id, label, start_offset: start, end_offset: end });
    }
    return id;
  };
  for (const a of doc.attributions) {
    const id = entity(a.kind === 'quote' ? 'Quote' : 'Claim', a.span);
    const speakerSpan = a.speaker ?? a.entity?.mentions[0] ?? null;
    if (speakerSpan) relations.push({ id: relations.length + 1, from_id: id, to_id: entity('Speaker', speakerSpan), type: 'SaidBy' });
    if (a.cue) relations.push({ id: relations.length + 1, from_id: id, to_id: entity('Cue', a.cue), type: 'HasCue' });
    const attr: DoccanoAttributes = { entity_id: id };
    if (a.anonymous) attr.anonymous = true;
    if (a.extras.status) attr.status = a.extras.status;
    if (a.extras.note) attr.note = a.extras.note;
    if (Object.keys(attr).length > 1) attributes.push(attr);
  }
  entities.sort((a, b) => a.start_offset - b.start_offset || a.end_offset - b.end_offset || a.id - b.id);
  return JSON.stringify({ text: doc.text, entities, relations, file: doc.file, attributes }) + '\n';
}
