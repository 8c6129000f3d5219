/** Commands that belong to no single feature: reveal, refresh, show the view, opt a language in. */
import * as vscode from 'vscode';
import { CommandId, registerCommand } from './commands';
import { readConfig, SECTION } from './config';
import { toRange } from './ranges';
import type { Feature } from './services';

/** The Speakers view's id (package.json `contributes.views`). */
export const SPEAKERS_VIEW_ID = 'newsLens.speakers';

export const registerGeneralCommands: Feature = ({ context, cache }) => {
  registerCommand(context, CommandId.Reveal, async (uri: string | vscode.Uri, start: number, end: number) => {
    if (!Number.isInteger(start) || !Number.isInteger(end)) return;
    const target = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
    const document = await vscode.workspace.openTextDocument(target);
    const range = toRange(document, [start, end]);
    const editor = await vscode.window.showTextDocument(document, { preserveFocus: false });
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  });

  registerCommand(context, CommandId.Refresh, () => {
    const document = vscode.window.activeTextEditor?.document;
    if (document) cache.schedule(document, 0);
    else cache.refreshAll();
  });

  registerCommand(context, CommandId.ShowSpeakers, () => vscode.commands.executeCommand(`${SPEAKERS_VIEW_ID}.focus`));

  registerCommand(context, CommandId.EnableForLanguage, async () => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document) return;
    const languages = readConfig(document).languages;
    if (languages.includes(document.languageId)) return;
    await vscode.workspace
      .getConfiguration(SECTION)
      .update('languages', [...languages, document.languageId], vscode.ConfigurationTarget.Global);
  });

  registerCommand(context, CommandId.ToggleChecks, async () => {
    const c = vscode.workspace.getConfiguration(SECTION);
    await c.update('checks.enabled', !readConfig().checks.enabled, vscode.ConfigurationTarget.Global);
  });
};
