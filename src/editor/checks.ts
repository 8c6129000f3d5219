/** Editorial checks in Problems: a "News Lens" DiagnosticCollection fed by editorialChecks.ts. */
import * as vscode from 'vscode';
import { isArticle, readConfig } from './config';
import { editorialFindings } from './editorialChecks';
import { toRange } from './ranges';
import type { Feature } from './services';

export const DIAGNOSTIC_SOURCE = 'News Lens';

export const registerChecks: Feature = ({ context, cache }) => {
  const diagnostics = vscode.languages.createDiagnosticCollection('newsLens');
  context.subscriptions.push(
    diagnostics,
    cache.onDidChange(({ document, state }) => {
      if (state.status !== 'analysed' || !isArticle(document) || state.version !== document.version) {
        // Outdated or switched off: clear rather than point at text that has moved.
        if (state.status !== 'analysed') diagnostics.delete(document.uri);
        return;
      }
      const findings = editorialFindings(state.analysis, document.getText(), readConfig(document).checks);
      diagnostics.set(
        document.uri,
        findings.map((f) => {
          const d = new vscode.Diagnostic(
            toRange(document, f.span),
            f.message,
            f.severity === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Information,
          );
          d.source = DIAGNOSTIC_SOURCE;
          d.code = f.code;
          return d;
        }),
      );
    }),
    vscode.workspace.onDidCloseTextDocument((d) => diagnostics.delete(d.uri)),
  );
};
