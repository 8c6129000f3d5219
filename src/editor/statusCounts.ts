/** The status-bar summary of an analysis, as text. Pure. */
import type { Analysis } from '../core';
import { count } from './markdown';

/** Speakers are the entities (named or anonymous) that at least one quote or claim is attributed to. */
export function speakerCount(analysis: Analysis): number {
  const ids = new Set<string>();
  for (const a of [...analysis.quotes, ...analysis.claims]) if (a.entity !== null) ids.add(a.entity);
  return analysis.entities.filter((e) => ids.has(e.id)).length;
}

/** "5 speakers · 4 quotes · 7 claims". */
export function statusText(analysis: Analysis): string {
  return [count(speakerCount(analysis), 'speaker'), count(analysis.quotes.length, 'quote'), count(analysis.claims.length, 'claim')].join(' · ');
}

/** "2.4 MB" for a size in characters (shown as bytes: near enough for Latin text). */
export function sizeText(chars: number): string {
  if (chars >= 1024 * 1024) return `${(chars / (1024 * 1024)).toFixed(1)} MB`;
  if (chars >= 1024) return `${Math.round(chars / 1024)} KB`;
  return `${chars} B`;
}
