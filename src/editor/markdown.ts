/**
 * Making article text inert inside hover markdown. Article text (and anything from a shared
 * annotation file) is untrusted: it must never become a link, an image, HTML, a heading, a
 * table, a code block or a command. Pure: no vscode.
 */

/**
 * Every ASCII punctuation character may be backslash-escaped in CommonMark; escaping all of
 * them is harmless and also defeats autolinks (`https\:\/\/…`, `www\.…`) and entities (`\&amp;`).
 * Whitespace runs, line breaks included, collapse to one space, so text cannot open a block
 * (indented code, list, heading, table row) or end the paragraph it is placed in.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`);
}

/** The first `maxWords` words of a passage, with "…" when cut; whitespace collapsed. Not escaped. */
export function firstWords(text: string, maxWords: number): string {
  const words = text.trim().split(/\s+/).filter((w) => w.length > 0);
  if (words.length <= maxWords) return words.join(' ');
  return `${words.slice(0, maxWords).join(' ')}…`;
}

/** "1 quote", "2 quotes". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** An inline code span for our own identifiers (rule names): backticks cannot occur inside. */
export function codeSpan(identifier: string): string {
  return `\`${identifier.replace(/[`\s]+/g, ' ')}\``;
}
