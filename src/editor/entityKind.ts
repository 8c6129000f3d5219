/** How the editor names and pictures an entity's kind, the same in hover cards and the Speakers view. Pure. */
import type { Entity } from '../core';

/** "person", "organisation", "anonymous source", or "named source" for the engine's `other`. */
export function kindName(e: Entity): string {
  if (e.anonymous) return 'anonymous source';
  return e.kind === 'organization' ? 'organisation' : e.kind === 'person' ? 'person' : 'named source';
}

/**
 * The codicon of a named entity. The engine's `other` is a source it could not tell to be a
 * person or an organisation ("its annual report", "the council's finance department"): not a
 * person's icon.
 */
export function kindIcon(e: Entity): string {
  return e.kind === 'organization' ? 'organization' : e.kind === 'person' ? 'person' : 'megaphone';
}
