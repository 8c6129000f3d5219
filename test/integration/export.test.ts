/**
 * "News Lens: Export Annotations…" in real VS Code, driven through its command with arguments
 * that skip the pickers: the chosen format is written where asked, its offsets land on the
 * article's text, unsaved edits are exported, and a workspace export writes every article.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { parse } from 'csv-parse/sync';
import type { ExportOutcome } from '../../src/editor/exportCommand';
import { api, closeAll, fixtureUri, openArticle } from './editorHelpers';

/** Code point slice, as the exported offsets count. */
const cpSlice = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join('');

describe('export: News Lens: Export Annotations…', () => {
  let out: string;
  beforeEach(() => { out = mkdtempSync(path.join(tmpdir(), 'news-lens-export-it-')); });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await closeAll();
    rmSync(out, { recursive: true, force: true });
  });

  it('is registered once the extension is active, and declared in the manifest', async () => {
    await api();
    const declared = vscode.extensions.getExtension('news-lens.news-lens')!.packageJSON.contributes.commands.map((c: { command: string }) => c.command);
    assert.ok(declared.includes('newsLens.export'));
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('newsLens.export'));
  });

  it('writes the current article as CSV where asked, every row on its own text', async () => {
    const { editor } = await openArticle(fixtureUri('editor-port-strike.news'));
    const target = path.join(out, 'strike.csv');
    const outcome = await vscode.commands.executeCommand<ExportOutcome>('newsLens.export', { format: 'csv', scope: 'file', out: target });
    assert.deepEqual(outcome?.outputs, [target]);
    const rows: Record<string, string>[] = parse(readFileSync(target, 'utf8'), { bom: true, columns: true });
    assert.ok(rows.length > 0, 'the fixture has quotes');
    const text = editor.document.getText();
    for (const row of rows) {
      assert.equal(row.file, 'editor-port-strike.news');
      assert.equal(cpSlice(text, Number(row.start), Number(row.end)), row.text.replace(/^'(?=[=+\-@\t\r])/, ''));
    }
  });

  it('exports what the editor shows, unsaved edits included (Markdown report)', async () => {
    const { editor } = await openArticle(fixtureUri('editor-council-vote.news'));
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), '"We will rebuild the 😀 bridge," Mayor Ines Koh said.\n\n'));
    const target = path.join(out, 'council.md');
    const uri = editor.document.uri.toString();
    await vscode.commands.executeCommand('newsLens.export', { format: 'markdown', scope: 'file', out: target, uri });
    const report = readFileSync(target, 'utf8');
    assert.match(report, /^# News Lens report: editor-council-vote\.news$/m);
    assert.ok(report.includes('We will rebuild the 😀 bridge'), report);
  });

  it('exports every article of the workspace folder as brat, on worker threads', async () => {
    const outcome = await vscode.commands.executeCommand<ExportOutcome>('newsLens.export', { format: 'brat', scope: 'workspace', out });
    assert.ok(outcome && !outcome.cancelled);
    const anns = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ann'));
    assert.equal(anns.length, outcome.exported);
    assert.ok(anns.includes(path.join('articles', 'editor-port-strike.ann')), anns.join(', '));
    for (const ann of anns) {
      const txt = readFileSync(path.join(out, ann.replace(/\.ann$/, '.txt')), 'utf8');
      for (const line of readFileSync(path.join(out, ann), 'utf8').split('\n').filter((l) => l.startsWith('T'))) {
        const [, type, ...rest] = line.split('\t');
        const covered = rest.join('\t'); // brat's text column may hold tabs
        const fragments = type.split(' ').slice(1).join(' ').split(';').map((f) => f.split(' ').map(Number));
        assert.equal(fragments.map(([s, e]) => cpSlice(txt, s, e)).join(' '), covered, `${ann}: ${line}`);
      }
    }
  });
});
