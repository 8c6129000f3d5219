/**
 * Measures (does not assert) activation time and the repaint latency on a ~100 KB article,
 * from the edit to the paint of its analysis, and writes them to
 * test-results/integration-metrics.json for `npm run bench` and the README.
 */
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { closeAll, fixtureUri, openArticle, REPO } from './editorHelpers';

const TARGET_CHARS = 100 * 1024;
const EDITS = 15;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

describe('editor: metrics (measured, reported, not asserted)', function () {
  // Generous: settings writes and 100 KB analyses are slow when the machine is busy; no timing is asserted.
  this.timeout(180000);
  after(closeAll);

  it('activation time and repaint latency on a 100 KB article', async () => {
    const source = readFileSync(fixtureUri('editor-port-strike.news').fsPath, 'utf8');
    const big = fixtureUri('editor-big.news');
    const copies = Math.ceil(TARGET_CHARS / source.length);
    writeFileSync(big.fsPath, Array.from({ length: copies }, () => source).join('\n'));
    const { editor, api } = await openArticle(big);
    const document = editor.document;
    assert.equal(api.status(document), 'analysed');

    const roundTrip: number[] = [];
    const internal: number[] = [];
    const engine: number[] = [];
    const paint: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      // A keystroke-sized edit in the middle of the article.
      const at = document.positionAt(Math.floor(document.getText().length / 2));
      const edit = new vscode.WorkspaceEdit();
      edit.insert(document.uri, at, 'a');
      const started = performance.now();
      assert.ok(await vscode.workspace.applyEdit(edit));
      await api.whenIdle();
      roundTrip.push(performance.now() - started);
      if (api.lastRepaintMs !== undefined) internal.push(api.lastRepaintMs);
      engine.push(api.analysisFor(document.uri)?.durationMs ?? NaN);
      paint.push(api.lastPaintMs ?? NaN);
      assert.equal(api.decorations(document.uri)?.version, document.version);
    }
    const debounceMs = vscode.workspace.getConfiguration('newsLens').get<number>('debounceMs');
    const metrics = {
      activationMs: round(api.activationMs),
      activationBreakdownMs: Object.fromEntries(Object.entries(api.activationBreakdown).map(([k, v]) => [k, round(v)])),
      repaint: {
        articleChars: document.getText().length,
        edits: EDITS,
        debounceMs,
        /** From the change event in the extension host to the end of the paint (median). */
        editToPaintMs: internal.length > 0 ? round(median(internal)) : null,
        /** The engine's analyze() alone (median), part of editToPaintMs. */
        analyzeMs: round(median(engine)),
        /** Turning the analysis into ranges and handing them to the editor (median). */
        paintMs: round(median(paint)),
        /** From applyEdit() in the test to whenIdle() (median): includes the round trip to the workbench. */
        applyEditToIdleMs: round(median(roundTrip)),
        allEditToPaintMs: internal.map(round),
      },
      measuredAt: new Date().toISOString(),
      vscode: vscode.version,
    };
    console.log(`metrics: ${JSON.stringify(metrics)}`);
    writeMetrics(metrics);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

/** Merges our figures into test-results/integration-metrics.json under "editor". */
function writeMetrics(metrics: object): void {
  const dir = path.join(REPO, 'test-results');
  const file = path.join(dir, 'integration-metrics.json');
  mkdirSync(dir, { recursive: true });
  let all: Record<string, unknown> = {};
  if (existsSync(file)) {
    try {
      all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch {
      all = {};
    }
  }
  all.editor = metrics;
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(all, null, 2)}\n`);
  renameSync(tmp, file);
}
