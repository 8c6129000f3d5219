/**
 * "News Lens: Export Annotations…" (newsLens.export): the current article, or every article
 * in the workspace folder, to one of the export formats, with the human decisions of the
 * annotation files merged in (the same result as `news-lens export`).
 *
 * Interactive: a quick pick of the format (the `newsLens.export.defaultFormat` setting first),
 * of the scope, then a save dialog (one output file) or a folder dialog (brat, or many
 * articles), defaulting to the article's folder. A folder export runs on worker threads with
 * a cancellable progress notification. Ends with a message whose "Open" button opens the result.
 * Scripted: `executeCommand('newsLens.export', { format, scope, out, uri })` skips every picker
 * and resolves to an `ExportOutcome` (used by the integration tests).
 */
import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import * as vscode from 'vscode';
import { analyze } from '../core';
import { markupOfLanguage } from '../core/markup';
import { FORMAT_IDS, FORMATS, batchHeader, isFormatId, render, type FormatId } from '../formats';
import { exportBatch } from '../cli/exportBatch';
import { loadDecisions } from '../cli/exportDecisions';
import { outputPath, refuseForeignText, writeAtomic } from '../cli/exportWorker';
import { CommandId, registerCommand } from './commands';
import type { Feature } from './services';

export type ExportScope = 'file' | 'workspace';

export interface ExportArgs {
  format?: FormatId;
  scope?: ExportScope;
  /** A file (one article, one output file) or a folder (brat, or a workspace export). */
  out?: string;
  /** The article to export (default: the active editor's). */
  uri?: string;
}

export interface ExportOutcome {
  format: FormatId;
  scope: ExportScope;
  /** Files written (for a workspace export: the batch file or the first per-article ones). */
  outputs: string[];
  exported: number;
  failures: Array<{ file: string; error: string }>;
  cancelled: boolean;
}

const MAX_BYTES = 32e6;

export const registerExport: Feature = (services) => {
  registerCommand(services.context, CommandId.Export, async (args?: ExportArgs) => {
    try {
      return await runExportCommand(services.log, args ?? {});
    } catch (err) {
      const message = `News Lens: export failed: ${(err as Error).message}`;
      services.log.error(message);
      void vscode.window.showErrorMessage(message);
      return undefined;
    }
  });
};

async function runExportCommand(log: vscode.LogOutputChannel, args: ExportArgs): Promise<ExportOutcome | undefined> {
  const document = args.uri ? await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri)) : vscode.window.activeTextEditor?.document;
  const format = args.format ?? (await pickFormat());
  if (!format) return undefined;
  if (!isFormatId(format)) throw new Error(`unknown format '${String(format)}' (${FORMAT_IDS.join(', ')})`);
  const scope = args.scope ?? (await pickScope(document));
  if (!scope) return undefined;
  let outcome: ExportOutcome;
  if (scope === 'file') {
    if (!document) throw new Error('no article is open to export');
    const out = args.out ?? (await pickFileDestination(document, format));
    if (!out) return undefined;
    outcome = { format, scope, outputs: await exportDocument(document, format, out), exported: 1, failures: [], cancelled: false };
  } else {
    const folder = (document && vscode.workspace.getWorkspaceFolder(document.uri)) ?? vscode.workspace.workspaceFolders?.[0];
    if (!folder) throw new Error('open a workspace folder to export every article in it');
    const out = args.out ?? (await pickFolder(vscode.Uri.joinPath(folder.uri, 'news-lens-export'), 'Export here'));
    if (!out) return undefined;
    outcome = await exportFolder(folder.uri.fsPath, format, out);
  }
  report(log, outcome);
  return outcome;
}

async function pickFormat(): Promise<FormatId | undefined> {
  const preferred = vscode.workspace.getConfiguration('newsLens').get<string>('export.defaultFormat');
  const ids = [...FORMAT_IDS].sort((a, b) => Number(b === preferred) - Number(a === preferred));
  const item = await vscode.window.showQuickPick(
    ids.map((id) => ({ label: FORMATS[id].label, description: id, detail: FORMATS[id].description, id })),
    { title: 'Export Annotations: format', placeHolder: 'Choose a format', matchOnDescription: true },
  );
  return item?.id;
}

async function pickScope(document: vscode.TextDocument | undefined): Promise<ExportScope | undefined> {
  const items: Array<vscode.QuickPickItem & { scope: ExportScope }> = [];
  if (document) items.push({ label: 'Current article', description: path.basename(document.uri.path), scope: 'file' });
  items.push({ label: 'Every article in the workspace folder', description: '.news .article .txt .md', scope: 'workspace' });
  return (await vscode.window.showQuickPick(items, { title: 'Export Annotations: what to export' }))?.scope;
}

async function pickFileDestination(document: vscode.TextDocument, format: FormatId): Promise<string | undefined> {
  const dir = document.uri.scheme === 'file' ? path.dirname(document.uri.fsPath) : vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? '';
  if (format === 'brat') return pickFolder(vscode.Uri.file(dir), 'Write .txt and .ann here');
  const rel = path.basename(document.uri.path);
  const suffix = FORMATS[format].aggregate ? path.extname(FORMATS[format].batchFile!) : singleSuffix(format);
  const uri = await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.file(outputPath(dir, rel, suffix)), title: `Export as ${FORMATS[format].label}` });
  return uri?.fsPath;
}

async function pickFolder(defaultUri: vscode.Uri, openLabel: string): Promise<string | undefined> {
  const picked = await vscode.window.showOpenDialog({ defaultUri, canSelectFolders: true, canSelectFiles: false, canSelectMany: false, openLabel });
  return picked?.[0]?.fsPath;
}

function singleSuffix(format: FormatId): string {
  const rendered = render(format, { file: 'x.txt', text: '', analysis: analyze('') });
  return rendered.kind === 'files' ? rendered.files[0].suffix : '';
}

/** One article from the editor (unsaved edits included) to `out`: a file, or a folder for brat. */
async function exportDocument(document: vscode.TextDocument, format: FormatId, out: string): Promise<string[]> {
  const text = document.getText();
  const onDisk = document.uri.scheme === 'file' ? document.uri.fsPath : null;
  const analysis = analyze(text, { markup: markupOfLanguage(document.languageId) });
  const merged = onDisk ? await loadDecisions(onDisk, text, analysis) : { analysis, extras: undefined };
  const rel = path.basename(document.uri.path);
  const rendered = render(format, { file: rel, text, analysis: merged.analysis, extras: merged.extras });
  const writes = rendered.kind === 'chunk'
    ? [{ target: out, content: batchHeader(format) + rendered.chunk }]
    : rendered.files.length === 1
      ? [{ target: out, content: rendered.files[0].content }]
      : rendered.files.map((f) => ({ target: outputPath(out, rel, f.suffix), content: f.content }));
  for (const w of writes) {
    if (onDisk && path.resolve(w.target) === path.resolve(onDisk)) throw new Error(`${w.target} is the article itself; choose another destination`);
    if (format === 'brat' && w.target.endsWith('.txt')) await refuseForeignText(w.target, w.content);
    await fs.mkdir(path.dirname(w.target), { recursive: true });
    await writeAtomic(w.target, w.content);
  }
  return writes.map((w) => w.target);
}

/** Every article under `folder` on worker threads, with a cancellable progress notification. */
function exportFolder(folder: string, format: FormatId, outDir: string): Thenable<ExportOutcome> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `News Lens: exporting as ${FORMATS[format].label}`, cancellable: true },
    async (progress, token) => {
      const abort = new AbortController();
      token.onCancellationRequested(() => abort.abort());
      let reported = 0;
      const result = await exportBatch({
        paths: [folder], format, outDir, maxBytes: MAX_BYTES, countFirst: true, signal: abort.signal,
        onProgress: (p) => {
          const share = p.total ? (100 * p.done) / p.total : 0;
          progress.report({ message: `${p.done}${p.total ? ` of ${p.total}` : ''} articles`, increment: share - reported });
          reported = share;
        },
      });
      return {
        format, scope: 'workspace' as const, exported: result.exported, failures: result.failures, cancelled: result.cancelled,
        outputs: result.batchFile ? [result.batchFile] : result.outputs,
      };
    },
  );
}

function report(log: vscode.LogOutputChannel, o: ExportOutcome): void {
  for (const f of o.failures) log.warn(`export: ${f.error}`);
  if (o.cancelled) {
    void vscode.window.showWarningMessage(`News Lens: export cancelled after ${o.exported} article(s); no batch file was written.`);
    return;
  }
  const first = o.outputs[0];
  const failed = o.failures.length > 0 ? ` ${o.failures.length} file(s) failed (see the News Lens output).` : '';
  const message = `News Lens: exported ${o.exported} article(s) as ${FORMATS[o.format].label}.${failed}`;
  const show = o.failures.length > 0 ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
  void show(message, ...(first ? ['Open'] : [])).then((choice) => {
    if (choice === 'Open' && first) void vscode.commands.executeCommand('vscode.open', vscode.Uri.file(first));
  });
}
