/**
 * Entry point: builds the shared services, registers each editor feature, and returns a
 * small API for tests and the bench. Everything created is disposed with the extension.
 */
import * as vscode from 'vscode';
import { AnalysisCache } from './editor/analysisCache';
import { registerAnnotating } from './editor/annotate';
import { readConfig } from './editor/config';
import { registerChecks } from './editor/checks';
import { registerContextKeys } from './editor/contextKeys';
import { registerDecorations } from './editor/decorations';
import { registerExport } from './editor/exportCommand';
import { registerGeneralCommands } from './editor/generalCommands';
import { registerHover } from './editor/hover';
import { registerNavigation } from './editor/navigation';
import type { Feature, Services } from './editor/services';
import { registerSpeakersView } from './editor/speakersView';
import { registerStatusBar } from './editor/statusBar';
import { createTestApi, type NewsLensApi } from './editor/testApi';

/**
 * Editor features by name, in registration order. A new feature is one import and one line
 * here (e.g. `annotating: registerAnnotating,`), plus its command ids in src/editor/commands.ts.
 * The names label the activation-time breakdown (function names do not survive minification).
 */
const FEATURES: Record<string, Feature> = {
  contextKeys: registerContextKeys,
  generalCommands: registerGeneralCommands,
  hover: registerHover,
  navigation: registerNavigation,
  speakersView: registerSpeakersView,
  statusBar: registerStatusBar,
  checks: registerChecks,
  export: registerExport,
  annotating: registerAnnotating,
};

export function activate(context: vscode.ExtensionContext): NewsLensApi {
  const started = performance.now();
  const log = lazyLog(context);
  const cache = new AnalysisCache(log);
  context.subscriptions.push(cache);
  const deferred: Array<() => void> = [];
  const services: Services = { context, cache, log, probes: new Map(), afterActivation: (task) => deferred.push(task) };
  const breakdown: Record<string, number> = { services: performance.now() - started };
  let mark = performance.now();
  const decorations = registerDecorations(services);
  breakdown.decorations = performance.now() - mark;
  for (const [name, register] of Object.entries(FEATURES)) {
    mark = performance.now();
    try {
      register(services);
    } catch (err) {
      // VS Code shows nothing when part of an activation fails: say so, keep the rest working.
      log.error(`News Lens: the ${name} feature failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    }
    breakdown[name] = performance.now() - mark;
  }
  const activationMs = performance.now() - started;
  setTimeout(() => {
    const t0 = performance.now();
    readConfig(); // the first settings read builds the host's configuration model: time it alone
    breakdown.afterActivation_firstConfigRead = performance.now() - t0;
    for (const task of deferred) {
      try {
        task();
      } catch (err) {
        log.error(`News Lens: a start-up task failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      }
    }
    breakdown.afterActivation_total = performance.now() - t0;
  }, 0);
  return createTestApi(activationMs, breakdown, cache, decorations, services.probes);
}

export function deactivate(): void {}

/**
 * The "News Lens" output channel, created on first use: most sessions never write to it, and
 * creating a log channel (a log file in the host) was a third of activation time here.
 */
function lazyLog(context: vscode.ExtensionContext): vscode.LogOutputChannel {
  let channel: vscode.LogOutputChannel | undefined;
  const real = () => {
    if (!channel) {
      channel = vscode.window.createOutputChannel('News Lens', { log: true });
      context.subscriptions.push(channel);
    }
    return channel;
  };
  return new Proxy({} as vscode.LogOutputChannel, {
    get(_target, key) {
      const value = Reflect.get(real(), key) as unknown;
      return typeof value === 'function' ? value.bind(channel) : value;
    },
  });
}
