/**
 * The news-article TextMate grammar, tokenised by VS Code's own TextMate engine
 * (vscode-textmate + Oniguruma from the running VS Code's appRoot), line by line as the editor does.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { REPO } from './editorHelpers';

interface Token { startIndex: number; endIndex: number; scopes: string[] }
interface Grammar { tokenizeLine(line: string, stack: unknown): { tokens: Token[]; ruleStack: unknown } }

/** Loads our grammar into VS Code's TextMate engine. */
async function loadGrammar(): Promise<{ grammar: Grammar; initial: unknown }> {
  // code-server has a node_modules folder; desktop VS Code packs it as node_modules.asar.
  const modules = ['node_modules', 'node_modules.asar']
    .map((dir) => path.join(vscode.env.appRoot, dir))
    .find((dir) => existsSync(path.join(dir, 'vscode-textmate')));
  assert.ok(modules, `VS Code's TextMate engine is under ${vscode.env.appRoot}`);
  const tm = require(path.join(modules, 'vscode-textmate')) as {
    Registry: new (o: object) => { loadGrammar(scope: string): Promise<Grammar | null> };
    parseRawGrammar(text: string, file: string): unknown;
    INITIAL: unknown;
  };
  const onig = require(path.join(modules, 'vscode-oniguruma')) as {
    loadWASM(data: ArrayBuffer): Promise<void>;
    OnigScanner: new (p: string[]) => unknown;
    OnigString: new (s: string) => unknown;
  };
  const wasm = readFileSync(path.join(modules, 'vscode-oniguruma', 'release', 'onig.wasm'));
  const onigLib = onig.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer).then(() => ({
    createOnigScanner: (patterns: string[]) => new onig.OnigScanner(patterns),
    createOnigString: (s: string) => new onig.OnigString(s),
  }));
  const file = path.join(REPO, 'syntaxes', 'news-article.tmLanguage.json');
  const registry = new tm.Registry({
    onigLib,
    loadGrammar: async (scope: string) => (scope === 'text.news-article' ? tm.parseRawGrammar(readFileSync(file, 'utf8'), file) : null),
  });
  const grammar = await registry.loadGrammar('text.news-article');
  assert.ok(grammar, 'the grammar loads');
  return { grammar, initial: tm.INITIAL };
}

/** Tokenises lines in order (quotes may span lines) and returns a lookup of scopes by text. */
function tokenise(grammar: Grammar, initial: unknown, lines: string[]) {
  let stack = initial;
  const tokens = lines.map((line) => {
    const r = grammar.tokenizeLine(line, stack);
    stack = r.ruleStack;
    return r.tokens;
  });
  /** The scopes on the first character of `text` in line `n` (0-based). */
  return (n: number, text: string): string => {
    const at = lines[n].indexOf(text);
    assert.ok(at >= 0, `line ${n} contains ${text}`);
    const token = tokens[n].find((t) => t.startIndex <= at && at < t.endIndex);
    return token ? token.scopes.join(' ') : '';
  };
}

describe('editor: the news-article grammar', function () {
  this.timeout(60_000);
  let grammar: Grammar;
  let initial: unknown;
  before(async () => {
    ({ grammar, initial } = await loadGrammar());
  });

  it('header line: keyword, date and dateline with its dash', () => {
    const scopes = tokenise(grammar, initial, ['date 2026-04-14 ROTTERDAM – Dock workers walked out on Tuesday.']);
    assert.match(scopes(0, 'date'), /keyword\.other\.header/);
    assert.match(scopes(0, '2026'), /constant\.numeric\.date/);
    assert.match(scopes(0, 'ROTTERDAM'), /entity\.name\.section\.dateline/);
    assert.match(scopes(0, '–'), /punctuation\.separator\.dateline/);
    assert.doesNotMatch(scopes(0, 'Dock'), /dateline/);
  });

  it('a dateline on its own line, with a country after a comma', () => {
    const scopes = tokenise(grammar, initial, ['SAN JOSÉ, Costa Rica — Ministers met on Monday.']);
    assert.match(scopes(0, 'SAN JOSÉ'), /entity\.name\.section\.dateline/);
    assert.match(scopes(0, '—'), /punctuation\.separator\.dateline/);
  });

  it('quotations with curly, straight and angle marks; cue words only outside them', () => {
    const lines = [
      '“We said no,” union leader Marta Kessler told reporters, adding that "nobody" had called.',
      '«Nous restons ici», a déclaré le maire, according to the statement.',
    ];
    const scopes = tokenise(grammar, initial, lines);
    assert.match(scopes(0, '“We'), /string\.quoted\.double/);
    assert.match(scopes(0, 'said no'), /string\.quoted\.double/);
    assert.doesNotMatch(scopes(0, 'said no'), /keyword\.other\.cue/, 'a cue word inside a quote is quoted text');
    assert.match(scopes(0, 'told'), /keyword\.other\.cue/);
    assert.match(scopes(0, 'adding'), /keyword\.other\.cue/);
    assert.match(scopes(0, 'nobody'), /string\.quoted\.double/);
    assert.doesNotMatch(scopes(0, 'Marta'), /string/);
    assert.match(scopes(1, 'Nous'), /string\.quoted\.other\.guillemet/);
    assert.match(scopes(1, 'according to'), /keyword\.other\.cue/);
  });

  it('an apostrophe inside a word is not a closing single quotation mark', () => {
    // Known limit: a plural possessive ("the workers’ plan") inside ‘…’ does end the quotation,
    // since a grammar cannot tell it from a closing mark.
    const scopes = tokenise(grammar, initial, ['She called it ‘the union’s plan’ and said they don’t trust it.']);
    assert.match(scopes(0, 'the union'), /string\.quoted\.single/);
    assert.match(scopes(0, 'plan'), /string\.quoted\.single/, 'the quote goes on past the apostrophe in “union’s”');
    assert.doesNotMatch(scopes(0, 'and said'), /string/);
    assert.doesNotMatch(scopes(0, 'don'), /string/);
  });

  it('an unclosed quotation colours one paragraph at most', () => {
    const lines = ['“It never ends, she said on the quay', '', 'Officials said the port would reopen.'];
    const scopes = tokenise(grammar, initial, lines);
    assert.match(scopes(0, 'never'), /string\.quoted\.double/);
    assert.doesNotMatch(scopes(2, 'Officials'), /string/);
    assert.match(scopes(2, 'said'), /keyword\.other\.cue/);
  });

  it('a multi-paragraph quotation is quoted in each paragraph', () => {
    const lines = ['“Today it needs one, and tomorrow none.', '', '“We are not against machines.”', 'Then narration.'];
    const scopes = tokenise(grammar, initial, lines);
    assert.match(scopes(0, 'Today'), /string\.quoted\.double/);
    assert.match(scopes(2, 'We are'), /string\.quoted\.double/);
    assert.doesNotMatch(scopes(3, 'Then'), /string/);
  });

  it('must not match: a capitalised name that looks like a cue, a lower-case word before a dash', () => {
    const scopes = tokenise(grammar, initial, ['Edward Said wrote about it.', 'the port – closed since May – reopened.']);
    assert.doesNotMatch(scopes(0, 'Said'), /keyword\.other\.cue/);
    assert.match(scopes(0, 'wrote'), /keyword\.other\.cue/);
    assert.doesNotMatch(scopes(1, 'the port'), /dateline/);
  });
});
