/** How the editor names and pictures an entity's kind, the same in hover cards, the Speakers view and pickers. Pure. */
import type { Entity, EntityKind } from '../core';

/** Each kind's word (in running text) and codicon. The engine's `other` is a "named source". */
const KINDS: Record<EntityKind, { word: string; icon: string }> = {
  person: { word: 'person', icon: 'person' },
  organization: { word: 'organisation', icon: 'organization' },
  // a source the engine could not tell to be a person or an organisation ("its annual report",
  // "the council's finance department"): not a person's icon
  other: { word: 'named source', icon: 'megaphone' },
};

/** "person", "organisation" or "named source" for a kind. */
export function kindWord(kind: EntityKind): string {
  return KINDS[kind].word;
}

/** "person", "organisation", "anonymous source", or "named source" for the engine's `other`. */
export function kindName(e: Entity): string {
  return e.anonymous ? 'anonymous source' : kindWord(e.kind);
}

/** The codicon of a named entity. */
export function kindIcon(e: Entity): string {
  return KINDS[e.kind].icon;
}

export interface KindChoice {
  /** "$(organization) Organisation" */
  label: string;
  /** "current" on the entity's own kind, else empty. */
  description: string;
  /** (Not `kind`: a QuickPickItem's `kind` says whether it is a separator.) */
  entityKind: EntityKind;
}

/** The items of the Set Kind picker, in a fixed order, the entity's current kind marked. */
export function kindChoices(current: EntityKind): KindChoice[] {
  return (Object.keys(KINDS) as EntityKind[]).map((kind) => {
    const word = KINDS[kind].word;
    return { label: `$(${KINDS[kind].icon}) ${word[0].toUpperCase()}${word.slice(1)}`, description: kind === current ? 'current' : '', entityKind: kind };
  });
}
