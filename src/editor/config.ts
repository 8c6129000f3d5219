/**
 * The one typed door to the `newsLens.*` settings. Read per document so that
 * language-specific overrides (`"[markdown]": { "newsLens.highlight.claims": false }`) apply.
 */
import * as vscode from 'vscode';

export type HoverMode = 'full' | 'compact' | 'off';

export interface HighlightSwitches {
  /** Solid bottom border under each named speaker mention. */
  speakers: boolean;
  /** Background with left/right borders over direct quotations. */
  quotes: boolean;
  /** Dotted underline under reported speech. */
  claims: boolean;
  /** Dashed box around anonymous sources ("a senior official"). */
  anonymous: boolean;
}

export interface CheckSwitches {
  /** Master switch: false turns every editorial check off. */
  enabled: boolean;
  unattributedQuote: boolean;
  anonymousSource: boolean;
  unbalancedQuotes: boolean;
  surnameBeforeFullName: boolean;
}

export interface NewsLensConfig {
  /** Master switch for analysis, highlights, hovers and checks. */
  enabled: boolean;
  /** Language ids analysed; the default leaves Markdown out (opt in). */
  languages: string[];
  highlight: HighlightSwitches;
  /** Give each person's mentions, quotes and claims a hue of their own. */
  speakerTint: boolean;
  /** Marks in the scroll bar (overview ruler). */
  overviewRuler: boolean;
  hoverMode: HoverMode;
  /** Documents longer than this many UTF-16 code units (≈ bytes for Latin text) are not analysed. */
  maxFileSize: number;
  /** Milliseconds of quiet after the last edit before re-analysing. */
  debounceMs: number;
  checks: CheckSwitches;
}

export const SECTION = 'newsLens';

export const DEFAULTS: NewsLensConfig = {
  enabled: true,
  languages: ['news-article', 'plaintext'],
  highlight: { speakers: true, quotes: true, claims: true, anonymous: true },
  speakerTint: false,
  overviewRuler: true,
  hoverMode: 'full',
  maxFileSize: 2 * 1024 * 1024,
  debounceMs: 30,
  checks: {
    enabled: true,
    unattributedQuote: true,
    anonymousSource: true,
    unbalancedQuotes: true,
    surnameBeforeFullName: true,
  },
};

/** Reads the settings for a document (language overrides apply) or for the window. */
export function readConfig(scope?: vscode.ConfigurationScope | null): NewsLensConfig {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  const bool = (key: string, fallback: boolean): boolean => {
    const v = c.get<unknown>(key);
    return typeof v === 'boolean' ? v : fallback;
  };
  const num = (key: string, fallback: number, min: number): number => {
    const v = c.get<unknown>(key);
    return typeof v === 'number' && Number.isFinite(v) && v >= min ? v : fallback;
  };
  const languages = c.get<unknown>('languages');
  const hoverMode = c.get<unknown>('hover.mode');
  return {
    enabled: bool('enabled', DEFAULTS.enabled),
    languages: Array.isArray(languages) && languages.every((l) => typeof l === 'string')
      ? languages
      : DEFAULTS.languages,
    highlight: {
      speakers: bool('highlight.speakers', true),
      quotes: bool('highlight.quotes', true),
      claims: bool('highlight.claims', true),
      anonymous: bool('highlight.anonymous', true),
    },
    speakerTint: bool('speakerTint', DEFAULTS.speakerTint),
    overviewRuler: bool('overviewRuler', DEFAULTS.overviewRuler),
    hoverMode: hoverMode === 'compact' || hoverMode === 'off' ? hoverMode : 'full',
    maxFileSize: num('maxFileSize', DEFAULTS.maxFileSize, 0),
    debounceMs: num('debounceMs', DEFAULTS.debounceMs, 0),
    checks: {
      enabled: bool('checks.enabled', true),
      unattributedQuote: bool('checks.unattributedQuote', true),
      anonymousSource: bool('checks.anonymousSource', true),
      unbalancedQuotes: bool('checks.unbalancedQuotes', true),
      surnameBeforeFullName: bool('checks.surnameBeforeFullName', true),
    },
  };
}

/** True when News Lens analyses this document: enabled, a supported language, a text scheme. */
export function isArticle(document: vscode.TextDocument): boolean {
  if (document.uri.scheme === 'output' || document.uri.scheme === 'vscode-scm') return false;
  const config = readConfig(document);
  return config.enabled && config.languages.includes(document.languageId);
}

/** Fires when any `newsLens.*` setting changes. */
export function onDidChangeConfig(listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration(SECTION)) listener();
  });
}
