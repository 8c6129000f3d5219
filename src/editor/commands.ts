/**
 * The one list of command ids. Every id here is also declared in package.json
 * (`contributes.commands`), and handlers are registered through `registerCommand` below so the
 * id is checked by the compiler. Other features add their ids to this enum (one line each).
 */
import * as vscode from 'vscode';

export enum CommandId {
  /** Turn every highlight on or off for this session. */
  ToggleHighlights = 'newsLens.toggleHighlights',
  /** Turn the editorial checks (Problems) on or off: writes `newsLens.checks.enabled`. */
  ToggleChecks = 'newsLens.toggleChecks',
  /** Analyse the active article again now. */
  Refresh = 'newsLens.refresh',
  NextQuote = 'newsLens.nextQuote',
  PreviousQuote = 'newsLens.previousQuote',
  /** Focus the Speakers view. */
  ShowSpeakers = 'newsLens.showSpeakers',
  /** Add the active editor's language to `newsLens.languages` (e.g. Markdown). */
  EnableForLanguage = 'newsLens.enableForLanguage',
  /** Internal: reveal [uri, start, end] (UTF-16 offsets). Used by hover links and the view. */
  Reveal = 'newsLens.reveal',
  /** Internal: list every mention of the speaker at [uri, offset] in a references peek (hover link). */
  ShowMentions = 'newsLens.showMentions',
  /** Export the current article or the workspace to a format (src/editor/exportCommand.ts). */
  Export = 'newsLens.export',
  /** Annotating by hand (src/editor/annotate.ts): each records a decision in the annotation file. */
  AnnotateQuote = 'newsLens.annotateQuote',
  AnnotateClaim = 'newsLens.annotateClaim',
  AnnotateSpeaker = 'newsLens.annotateSpeaker',
  SetSpeaker = 'newsLens.setSpeaker',
  RejectAnnotation = 'newsLens.rejectAnnotation',
  RestoreAnnotation = 'newsLens.restoreAnnotation',
  AddNote = 'newsLens.addNote',
  SetClaimStatus = 'newsLens.setClaimStatus',
  ChangeRole = 'newsLens.changeRole',
  MergePeople = 'newsLens.mergePeople',
  /** Person, organisation or named source, for the speaker at the cursor (or a Speakers view row). */
  SetKind = 'newsLens.setKind',
  ImportAnnotations = 'newsLens.importAnnotations',
  ResolveConflict = 'newsLens.resolveConflict',
  ShowOrphans = 'newsLens.showOrphans',
}

/**
 * The only commands a hover card may link to (`MarkdownString.isTrusted.enabledCommands`).
 * Article text is escaped, so no link can come from the article itself.
 */
export const HOVER_LINK_COMMANDS: readonly string[] = [CommandId.Reveal, CommandId.ShowMentions];

/** Registers a handler for one of our ids and disposes it with the extension. */
export function registerCommand(
  context: vscode.ExtensionContext,
  id: CommandId,
  handler: (...args: any[]) => unknown, // eslint-disable-line @typescript-eslint/no-explicit-any
): void {
  context.subscriptions.push(vscode.commands.registerCommand(id, handler));
}

/** A `command:` URI for a markdown link: arguments travel as URL-encoded JSON. */
export function commandUri(id: CommandId, args: unknown[]): string {
  return `command:${id}?${encodeURIComponent(JSON.stringify(args))}`;
}
