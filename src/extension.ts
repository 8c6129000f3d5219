/**
 * Entry point: builds the shared services, registers each editor feature, and returns a
 * small API for tests and the bench. Everything created is disposed with the extension.
 */
import * as vscode from 'vscode';
import { AnalysisCache } from './editor/analysisCache';
import { registerChecks } from './editor/checks';
import { registerContextKeys } from './editor/contextKeys';
import { registerDecorations } from './editor/decorations';
import { registerGeneralCommands } from './editor/generalCommands';
import { registerHover } from './editor/hover';
import { registerNavigation } from './editor/navigation';
import type { Feature, Services } from './editor/services';
import { registerSpeakersView } from './editor/speakersView';
import { registerStatusBar } from './editor/statusBar';
import { createTestApi, type NewsLensApi } from './editor/testApi';

/**
 * Editor features in registration order. A new feature is one import and one line here
 * (e.g. annotating by hand, exports), plus its command ids in src/editor/commands.ts.
 */
const FEATURES: Feature[] = [
  registerContextKeys,
  registerGeneralCommands,
  registerHover,
  registerNavigation,
  registerSpeakersView,
  registerStatusBar,
  registerChecks,
];

export function activate(context: vscode.ExtensionContext): NewsLensApi {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('News Lens', { log: true });
  const cache = new AnalysisCache(log);
  context.subscriptions.push(log, cache);
  const services: Services = { context, cache, log, probes: new Map() };
  const decorations = registerDecorations(services);
  for (const register of FEATURES) {
    try {
      register(services);
    } catch (err) {
      // VS Code shows nothing when part of an activation fails: say so, keep the rest working.
      log.error(`News Lens: a feature failed to start: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    }
  }
  const activationMs = performance.now() - started;
  log.info(`activated in ${activationMs.toFixed(1)} ms`);
  return createTestApi(activationMs, cache, decorations, services.probes);
}

export function deactivate(): void {}
