/**
 * Annotating by hand: commands that record human decisions in the article's annotation file
 * (mark a selection as quote, claim or speaker; set a speaker; reject an automatic annotation
 * and restore it; add a note; set a claim's status; change a role; merge two people; set whether
 * a speaker is a person, an organisation or another named source; import a
 * colleague's file; resolve conflicts; list orphans), a hover that shows those decisions and
 * who made them, and a small ✎ mark after every span a person decided.
 *
 * Every command also takes its answer as an argument (skipping the picker), for scripts and
 * the integration tests. Text from annotation files is untrusted: hovers escape it and carry
 * no command link.
 */
import { promises as fs } from 'node:fs';
import { userInfo } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Analysis, Attribution, Entity, EntityKind, Span } from '../core';
import { addAnnotation, removeAnnotations } from '../annotations/create';
import { resolveConflict } from '../annotations/merge';
import { Annotation, AnnotationDoc, CLAIM_STATUSES, ClaimStatus, Decision, ENTITY_KINDS, decisionValue } from '../annotations/model';
import { formatFileError, parseAnnotations } from '../annotations/parse';
import { AnnotationStore, type ArticleAnnotations } from './annotationStore';
import { CommandId, registerCommand } from './commands';
import { isArticle } from './config';
import { kindChoices, kindWord } from './entityKind';
import { attributionsOf, contains, definingMention } from './lookup';
import { escapeMarkdown } from './markdown';
import { toRange } from './ranges';
import { registerForArticles } from './selector';
import type { Feature, Services } from './services';

/** The name written as `creator`: the `newsLens.annotations.author` setting, else the OS user. */
function author(): string {
  const configured = vscode.workspace.getConfiguration('newsLens').get<string>('annotations.author');
  if (configured && configured.trim()) return configured.trim();
  try {
    return userInfo().username || 'Anonymous';
  } catch {
    return 'Anonymous';
  }
}

interface Here {
  document: vscode.TextDocument;
  editor: vscode.TextEditor;
  state: ArticleAnnotations;
  analysis: Analysis | undefined;
  offset: number;
  selection: Span | null;
}

const sameSpan = (a: Span | null | undefined, b: Span) => !!a && a[0] === b[0] && a[1] === b[1];

/** The selection without surrounding white space, or null when empty. */
function selectedSpan(editor: vscode.TextEditor): Span | null {
  const d = editor.document;
  let start = d.offsetAt(editor.selection.start);
  let end = d.offsetAt(editor.selection.end);
  const text = d.getText();
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? [start, end] : null;
}

function innermostAttribution(analysis: Analysis | undefined, offset: number, kind?: 'quote' | 'claim'): Attribution | undefined {
  if (!analysis) return undefined;
  const list = kind === 'quote' ? analysis.quotes : kind === 'claim' ? analysis.claims : [...analysis.quotes, ...analysis.claims];
  return list.filter((a) => contains(a.span, offset)).sort((a, b) => a.span[1] - a.span[0] - (b.span[1] - b.span[0]))[0];
}

/** A span a person added as `kind` (or any kind) containing the offset: the fallback while the analysis catches up. */
function addedAt(state: ArticleAnnotations, offset: number, kind?: 'quote' | 'claim' | 'speaker'): Span | undefined {
  const spans = state.doc.items
    .filter((a) => a.decision.decision === 'add' && (kind === undefined || a.decision.kind === kind))
    .map((a) => state.spans.get(a.id))
    .filter((s): s is Span => !!s && contains(s, offset));
  return spans.sort((a, b) => a[1] - a[0] - (b[1] - b[0]))[0];
}

function mentionAt(analysis: Analysis | undefined, offset: number): { entity: Entity; span: Span } | undefined {
  for (const entity of analysis?.entities ?? []) {
    const m = entity.mentions.find((x) => contains(x.span, offset));
    if (m) return { entity, span: m.span };
  }
  return undefined;
}

/** One line describing a decision, for pickers (plain text, not markdown). */
function describe(a: Annotation): string {
  const d = a.decision;
  const value = d.decision === 'kind' ? `${kindWord(d.kind)}${d.person !== undefined ? ` (${d.person})` : ''}` : decisionValue(d);
  const what: Record<Decision['decision'], string> = {
    add: `added as ${'kind' in d ? d.kind : ''}`, reject: `rejected ${'kind' in d ? d.kind : ''}`, speaker: 'speaker', status: 'status',
    note: 'note', role: 'role', merge: 'same person as', kind: 'kind',
  };
  return `${what[d.decision]}${value ? `: ${value}` : ''} — ${a.creator}, ${a.modified.slice(0, 10)}`;
}

/** Markdown lines for the decisions on spans containing `offset`; every file value escaped. */
export function decisionsHover(state: ArticleAnnotations, offset: number): string | undefined {
  const here = state.doc.items.filter((a) => {
    const span = state.spans.get(a.id);
    return span && contains(span, offset);
  });
  if (here.length === 0) return undefined;
  const lines = here.map((a) => {
    const conflict = a.conflict !== undefined ? ' — **conflict**: choose with *Resolve Annotation Conflict*' : '';
    return `- ✎ ${escapeMarkdown(describe(a))}${conflict}`;
  });
  return [`**Decided by hand** (${escapeMarkdown(path.posix.basename(state.file.path))}); the highlights show these over the automatic ones`, '', ...lines].join('\n');
}

export const registerAnnotating: Feature = (services: Services) => {
  const { context, cache } = services;
  const store = new AnnotationStore(services);
  /** The last message a command failed with (for the integration tests, which cannot read notifications). */
  let lastError: string | null = null;
  context.subscriptions.push(store);

  /** Where the user is, with the article's annotations; throws a message when not in an article. */
  const here = async (): Promise<Here> => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isArticle(editor.document)) throw new Error('Open a news article first.');
    const state = store.get(editor.document) ?? (await store.open(editor.document));
    if (!state) throw new Error('Annotations are kept next to articles saved on disk; save this article first.');
    // A decision just made may still be saving, or a reload merging: act on the settled state.
    await store.settled(editor.document);
    await cache.whenIdle();
    return { document: editor.document, editor, state, analysis: cache.get(editor.document), offset: editor.document.offsetAt(editor.selection.active), selection: selectedSpan(editor) };
  };

  const add = async (h: Here, span: Span, decision: Decision): Promise<AnnotationDoc> => {
    const { doc } = addAnnotation(h.state.doc, h.document.getText(), span, decision, { creator: author(), now: new Date().toISOString() });
    await store.update(h.document, doc);
    return doc;
  };

  /**
   * `doc` with this user's earlier decision of the same type on the same span (or, with
   * `replaces`, on a span it accepts) given the new decision, or with the decision added.
   */
  const upserted = (h: Here, doc: AnnotationDoc, span: Span, decision: Decision, replaces = (s: Span) => sameSpan(s, span)): AnnotationDoc => {
    const me = author();
    const now = new Date().toISOString();
    const old = doc.items.find((a) => {
      const at = h.state.spans.get(a.id);
      return a.decision.decision === decision.decision && a.creator === me && !!at && replaces(at);
    });
    if (!old) return addAnnotation(doc, h.document.getText(), span, decision, { creator: me, now }).doc;
    return { ...doc, items: doc.items.map((a) => (a === old ? { ...a, decision, modified: now } : a)) };
  };

  /** Replaces this user's earlier decision of the same type on the same span, or adds one. */
  const upsert = async (h: Here, span: Span, decision: Decision): Promise<AnnotationDoc> => {
    const doc = upserted(h, h.state.doc, span, decision);
    await store.update(h.document, doc);
    return doc;
  };

  const guarded = (id: CommandId, run: (...args: any[]) => Promise<unknown>) => // eslint-disable-line @typescript-eslint/no-explicit-any
    registerCommand(context, id, async (...args: unknown[]) => {
      try {
        // from the editor's context menu VS Code passes the document's URI: not an answer (a name, a status...)
        return await run(...(args[0] instanceof vscode.Uri ? args.slice(1) : args));
      } catch (err) {
        const message = err instanceof Error ? err.message.replace(/^(News Lens: )?/, 'News Lens: ') : String(err);
        services.log.warn(`${id}: ${message}`);
        lastError = `${id}: ${message}`;
        void vscode.window.showErrorMessage(message);
        return undefined;
      }
    });

  const people = (analysis: Analysis | undefined, except?: Entity) =>
    (analysis?.entities ?? []).filter((e) => !e.anonymous && e !== except).sort((a, b) => a.name.localeCompare(b.name));

  /** A name from the article's people, or (`allowNew`) a new person's or organisation's, typed: then with its kind. */
  const pickPerson = async (analysis: Analysis | undefined, placeHolder: string, except?: Entity, allowNew = true): Promise<{ name: string; kind?: EntityKind } | undefined> => {
    const items: Array<vscode.QuickPickItem & { name?: string; newKind?: EntityKind }> = people(analysis, except).map((e) => ({ label: e.name, description: e.role ?? '', name: e.name }));
    if (allowNew) items.push({ label: '$(add) New person…', newKind: 'person' }, { label: '$(organization) New organisation…', newKind: 'organization' });
    const chosen = await vscode.window.showQuickPick(items, { placeHolder });
    if (!chosen) return undefined;
    if (chosen.name) return { name: chosen.name };
    const prompt = chosen.newKind === 'organization' ? 'Name of the organisation' : 'Full name of the speaker';
    const typed = (await vscode.window.showInputBox({ prompt, validateInput: (v) => (v.trim() ? null : 'A name, please') }))?.trim();
    // a new person is what a new name has always made: only an organisation needs its kind said
    return typed ? { name: typed, kind: chosen.newKind === 'organization' ? 'organization' as const : undefined } : undefined;
  };

  const checkKind = (kind: unknown): EntityKind => {
    if (typeof kind !== 'string' || !(ENTITY_KINDS as readonly string[]).includes(kind)) {
      throw new Error(`Unknown kind “${String(kind).slice(0, 40)}”: one of ${ENTITY_KINDS.join(', ')}.`);
    }
    return kind as EntityKind;
  };

  for (const [id, kind] of [[CommandId.AnnotateQuote, 'quote'], [CommandId.AnnotateClaim, 'claim'], [CommandId.AnnotateSpeaker, 'speaker']] as const) {
    guarded(id, async () => {
      const h = await here();
      if (!h.selection) throw new Error(`Select the ${kind === 'speaker' ? 'name' : kind} first.`);
      return add(h, h.selection, { decision: 'add', kind });
    });
  }

  guarded(CommandId.SetSpeaker, async (name?: string, kind?: EntityKind) => {
    const h = await here();
    const span = innermostAttribution(h.analysis, h.offset)?.span ?? addedAt(h.state, h.offset, 'quote') ?? addedAt(h.state, h.offset, 'claim');
    if (!span) throw new Error('Place the cursor in a quote or claim.');
    const picked = name !== undefined ? { name: String(name).trim(), kind: kind === undefined ? undefined : checkKind(kind) } : await pickPerson(h.analysis, 'Who said this?');
    if (!picked || !picked.name) return undefined;
    const me = author();
    const mine = (decision: Decision['decision']) => h.state.doc.items.find((a) => a.decision.decision === decision && a.creator === me && sameSpan(h.state.spans.get(a.id), span));
    const before = mine('speaker');
    const beforeKind = mine('kind');
    let doc = upserted(h, h.state.doc, span, { decision: 'speaker', speaker: picked.name });
    if (picked.kind) {
      // "New organisation…": the name also gets its kind, here beside the speaker decision
      doc = upserted(h, doc, span, { decision: 'kind', kind: picked.kind, person: picked.name });
    } else if (before?.decision.decision === 'speaker' && beforeKind?.decision.decision === 'kind' && beforeKind.decision.person === before.decision.speaker && before.decision.speaker !== picked.name) {
      // the organisation this user had made the speaker here is no longer named: its kind goes with it
      doc = removeAnnotations(doc, [beforeKind.id]);
    }
    await store.update(h.document, doc);
    return doc;
  });

  guarded(CommandId.RejectAnnotation, async () => {
    const h = await here();
    const mention = mentionAt(h.analysis, h.offset);
    const attribution = innermostAttribution(h.analysis, h.offset);
    const target = mention ? { kind: 'speaker' as const, span: mention.span } : attribution ? { kind: attribution.kind, span: attribution.span } : undefined;
    if (!target) throw new Error('Place the cursor on a highlighted speaker, quote or claim.');
    // rejecting something a person added undoes that addition instead
    const added = h.state.doc.items.filter((x) => x.decision.decision === 'add' && x.decision.kind === target.kind && sameSpan(h.state.spans.get(x.id), target.span));
    if (added.length > 0) {
      const doc = removeAnnotations(h.state.doc, added.map((x) => x.id));
      await store.update(h.document, doc);
      return doc;
    }
    return add(h, target.span, { decision: 'reject', kind: target.kind });
  });

  guarded(CommandId.RestoreAnnotation, async () => {
    const h = await here();
    const rejects = h.state.doc.items.filter((x) => x.decision.decision === 'reject' && (h.state.spans.get(x.id) ?? null) !== null && contains(h.state.spans.get(x.id)!, h.offset));
    if (rejects.length === 0) throw new Error('There is no rejected annotation at the cursor.');
    const doc = removeAnnotations(h.state.doc, rejects.map((x) => x.id));
    await store.update(h.document, doc);
    return doc;
  });

  guarded(CommandId.AddNote, async (note?: string) => {
    const h = await here();
    const span = h.selection ?? mentionAt(h.analysis, h.offset)?.span ?? innermostAttribution(h.analysis, h.offset)?.span ?? addedAt(h.state, h.offset);
    if (!span) throw new Error('Select text, or place the cursor on a highlighted speaker, quote or claim.');
    const text = note ?? (await vscode.window.showInputBox({ prompt: 'Note (plain text; shared with the annotation file)' }));
    return text && text.trim() ? add(h, span, { decision: 'note', note: text }) : undefined;
  });

  guarded(CommandId.SetClaimStatus, async (status?: ClaimStatus) => {
    const h = await here();
    const span = innermostAttribution(h.analysis, h.offset, 'claim')?.span ?? addedAt(h.state, h.offset, 'claim') ?? innermostAttribution(h.analysis, h.offset, 'quote')?.span;
    if (!span) throw new Error('Place the cursor in a claim.');
    const chosen = status ?? ((await vscode.window.showQuickPick([...CLAIM_STATUSES], { placeHolder: 'Status of this claim' })) as ClaimStatus | undefined);
    if (chosen === undefined) return undefined;
    if (!CLAIM_STATUSES.includes(chosen)) throw new Error(`Unknown status “${chosen}”.`);
    return upsert(h, span, { decision: 'status', status: chosen });
  });

  /** The person at the cursor, or one picked from the article's people. */
  const personHere = async (h: Here, placeHolder: string): Promise<{ entity: Entity; span: Span } | undefined> => {
    const at = mentionAt(h.analysis, h.offset);
    if (at) return at;
    const name = (await pickPerson(h.analysis, placeHolder, undefined, false))?.name;
    const entity = h.analysis?.entities.find((e) => e.name === name);
    return entity && entity.mentions.length > 0 ? { entity, span: entity.mentions[0].span } : undefined;
  };

  guarded(CommandId.ChangeRole, async (role?: string) => {
    const h = await here();
    const who = await personHere(h, 'Whose role?');
    if (!who) return undefined;
    const value = role ?? (await vscode.window.showInputBox({ prompt: `Role of ${who.entity.name}`, value: who.entity.role ?? '' }));
    return value && value.trim() ? upsert(h, who.span, { decision: 'role', role: value.trim(), person: who.entity.name }) : undefined;
  });

  guarded(CommandId.MergePeople, async (into?: string) => {
    const h = await here();
    const who = await personHere(h, 'Which person is a duplicate?');
    if (!who) return undefined;
    const target = into ?? (await pickPerson(h.analysis, `${who.entity.name} is the same person as…`, who.entity, false))?.name;
    return target ? add(h, who.span, { decision: 'merge', into: target, person: who.entity.name }) : undefined;
  });

  guarded(CommandId.SetKind, async (arg?: unknown) => {
    const h = await here();
    // from the Speakers view's context menu: its row; from a script: the kind; else: the speaker at the cursor
    const row = typeof arg === 'object' && arg !== null && 'entity' in arg ? (arg as { entity: Entity }).entity : undefined;
    const entity = row ? h.analysis?.entities.find((e) => e.id === row.id) ?? h.analysis?.entities.find((e) => e.name === row.name) : undefined;
    const who = row
      ? entity && { entity, span: definingMention(entity, h.document.getText())?.span ?? entity.mentions[0]?.span ?? attributionsOf(h.analysis!, entity.id)[0]?.span }
      : await personHere(h, 'Whose kind?');
    if (!who) return undefined;
    if (!who.span) throw new Error(`${who.entity.name} is not named in the article; set the kind where the name is.`);
    const chosen = typeof arg === 'string' ? checkKind(arg)
      : (await vscode.window.showQuickPick(kindChoices(who.entity.kind), { placeHolder: `${who.entity.name} is…` }))?.entityKind;
    if (chosen === undefined || chosen === who.entity.kind) return undefined; // cancelled, or nothing to change
    const mentions = who.entity.mentions.map((m) => m.span);
    // this user's earlier kind for the same entity (on any of its mentions) is replaced, not piled up
    const doc = upserted(h, h.state.doc, who.span, { decision: 'kind', kind: chosen, person: who.entity.name }, (s) => sameSpan(s, who.span!) || mentions.some((m) => sameSpan(s, m)));
    await store.update(h.document, doc);
    return doc;
  });

  guarded(CommandId.ImportAnnotations, async (file?: string) => {
    const h = await here();
    const chosen = file ?? (await vscode.window.showOpenDialog({ canSelectMany: false, filters: { 'Annotation files': ['json'] }, openLabel: 'Import' }))?.[0]?.fsPath;
    if (!chosen) return undefined;
    const parsed = parseAnnotations(await fs.readFile(chosen, 'utf8'), path.basename(chosen));
    if (!parsed.ok) throw new Error(`${formatFileError(parsed.error)}. Nothing was imported.`);
    const conflicts = await store.importDoc(h.document, parsed.doc, path.basename(chosen));
    if (conflicts.length === 0) void vscode.window.showInformationMessage(`News Lens: imported ${parsed.doc.items.length} decisions from ${path.basename(chosen)}.`);
    return conflicts;
  });

  guarded(CommandId.ResolveConflict, async (conflictId?: string, keepId?: string) => {
    const h = await here();
    const open = store.conflicts(h.document);
    if (open.length === 0) throw new Error('There are no conflicting decisions in this article.');
    const conflict = conflictId ? open.find((c) => c.id === conflictId) : (await vscode.window.showQuickPick(open.map((c) => ({ label: c.exact.slice(0, 80), description: `${c.items.length} decisions`, c })), { placeHolder: 'Which conflict?' }))?.c;
    if (!conflict) return undefined;
    const items = h.state.doc.items.filter((a) => conflict.items.includes(a.id));
    const keep = keepId ?? (await vscode.window.showQuickPick(items.map((a) => ({ label: describe(a), id: a.id })), { placeHolder: 'Keep which decision?' }))?.id;
    if (!keep) return undefined;
    const doc = resolveConflict(h.state.doc, conflict.id, keep);
    await store.update(h.document, doc);
    return doc;
  });

  guarded(CommandId.ShowOrphans, async () => {
    const h = await here();
    const orphans = h.state.doc.items.filter((a) => !h.state.spans.get(a.id));
    if (orphans.length === 0) {
      void vscode.window.showInformationMessage('News Lens: every annotation of this article is attached to its text.');
      return [];
    }
    const chosen = await vscode.window.showQuickPick(orphans.map((a) => ({ label: a.quote.exact.slice(0, 80), description: describe(a), a })), { placeHolder: 'Orphaned annotations (their text is no longer in the article). Pick one to remove it.' });
    if (chosen && (await vscode.window.showWarningMessage(`Remove the orphaned annotation on “${chosen.label}”?`, { modal: true }, 'Remove')) === 'Remove') {
      await store.update(h.document, removeAnnotations(h.state.doc, [chosen.a.id]));
    }
    return orphans;
  });

  // a hover with the decisions at the cursor: plain text only, no links at all
  registerForArticles(services, (selector) => vscode.languages.registerHoverProvider(selector, {
    provideHover(document, position) {
      const state = store.get(document);
      const markdown = state && decisionsHover(state, document.offsetAt(position));
      if (!markdown) return undefined;
      const content = new vscode.MarkdownString(markdown);
      content.isTrusted = false;
      content.supportHtml = false;
      return new vscode.Hover(content);
    },
  }));

  // ✎ after every span a person decided; ⚠ where decisions conflict
  const mark = vscode.window.createTextEditorDecorationType({ after: { contentText: '✎', margin: '0 0 0 2px', color: new vscode.ThemeColor('editorCodeLens.foreground') } });
  const conflictMark = vscode.window.createTextEditorDecorationType({ after: { contentText: '⚠', margin: '0 0 0 2px', color: new vscode.ThemeColor('editorWarning.foreground') } });
  context.subscriptions.push(mark, conflictMark);
  const paint = () => {
    for (const editor of vscode.window.visibleTextEditors) {
      const state = store.get(editor.document);
      const spans = (conflicted: boolean) => (state?.doc.items ?? [])
        .filter((a) => (a.conflict !== undefined) === conflicted)
        .map((a) => state!.spans.get(a.id))
        .filter((s): s is Span => !!s)
        .map((s) => toRange(editor.document, s));
      editor.setDecorations(mark, spans(false));
      editor.setDecorations(conflictMark, spans(true));
    }
  };
  context.subscriptions.push(cache.onDidChange(paint), vscode.window.onDidChangeVisibleTextEditors(paint), store.onDidChange(paint));

  services.probes.set('annotations', () => {
    const out: Record<string, unknown> = { lastError };
    for (const d of vscode.workspace.textDocuments) {
      const s = store.get(d);
      if (!s) continue;
      out[d.uri.toString()] = {
        file: s.file.fsPath, error: s.error, readOnly: s.readOnly, unsaved: s.unsaved,
        items: s.doc.items.map((a) => ({ id: a.id, creator: a.creator, decision: a.decision, exact: a.quote.exact, span: s.spans.get(a.id) ?? null, conflict: a.conflict ?? null })),
      };
    }
    return out;
  });
};
