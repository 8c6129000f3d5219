/**
 * Annotating by hand in real VS Code: the commands record decisions in the annotation file
 * next to the article, the analysis shows them over the engine's (marked `source: 'human'`),
 * a file changed on disk (a `git pull`) is reloaded and merged with unsaved decisions, a
 * broken file is reported and never overwritten, and a colleague's file imports with its
 * conflicts kept. Commands get their answers as arguments (no pickers in a test).
 */
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { addAnnotation, emptyDocument } from '../../src/annotations/create';
import { parseAnnotations } from '../../src/annotations/parse';
import { serializeAnnotations } from '../../src/annotations/serialize';
import type { AnnotationDoc } from '../../src/annotations/model';
import { closeAll, fixtureUri, hoverText, openArticle, positionOf } from './editorHelpers';

type ProbeItem = { id: string; creator: string; decision: { decision: string; [k: string]: unknown }; exact: string; span: [number, number] | null; conflict: string | null };
type Probe = Record<string, { file: string; error: { message: string; line?: number } | null; unsaved: boolean; items: ProbeItem[] }>;

const fileOf = (uri: vscode.Uri) => `${uri.fsPath}.annotations.json`;

/** Polls until `check` holds (the file watcher and the debounced analysis are asynchronous). */
async function until<T>(what: string, check: () => T | undefined | false, limitMs = 20000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() - started > limitMs) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Sets the selection and waits (up to 2 s) until the workbench reports it back. Without the
 * wait, the workbench's report of an earlier selection can arrive after a new one was set and
 * put the old one back in the extension host, so a command would act where the user no longer is.
 */
async function setSelection(editor: vscode.TextEditor, start: number, end = start): Promise<void> {
  const selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(end));
  const echoed = new Promise<void>((resolve) => {
    const timer = setTimeout(() => done(), 2000);
    const sub = vscode.window.onDidChangeTextEditorSelection((e) => {
      if (e.textEditor.document === editor.document && e.selections[0]?.isEqual(selection)) done();
    });
    function done(): void {
      clearTimeout(timer);
      sub.dispose();
      resolve();
    }
  });
  editor.selection = selection;
  await echoed;
}

/** Selects the first occurrence of `needle` (once the workbench has it) and returns its span. */
async function select(editor: vscode.TextEditor, needle: string): Promise<[number, number]> {
  const text = editor.document.getText();
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `the article contains ${JSON.stringify(needle)}`);
  await setSelection(editor, at, at + needle.length);
  return [at, at + needle.length];
}

function readFile(uri: vscode.Uri): AnnotationDoc {
  const r = parseAnnotations(readFileSync(fileOf(uri), 'utf8'), 'x');
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  return r.doc;
}

describe('annotations: annotating by hand in the editor', function () {
  this.timeout(60000); // a loaded machine: several commands, a file watcher and re-analyses per test
  const created: string[] = [];
  after(async () => {
    await closeAll();
    for (const f of created) rmSync(f, { force: true });
  });

  it('registers every annotating command, declared in the manifest', async () => {
    const ids = ['annotateQuote', 'annotateClaim', 'annotateSpeaker', 'setSpeaker', 'rejectAnnotation', 'restoreAnnotation', 'addNote', 'setClaimStatus', 'changeRole', 'mergePeople', 'setKind', 'importAnnotations', 'resolveConflict', 'showOrphans'].map((c) => `newsLens.${c}`);
    await openArticle(fixtureUri('annotations-council-budget.news'));
    const declared = vscode.extensions.getExtension('news-lens.news-lens')!.packageJSON.contributes.commands.map((c: { command: string }) => c.command);
    const registered = await vscode.commands.getCommands(true);
    for (const id of ids) {
      assert.ok(declared.includes(id), `${id} in package.json`);
      assert.ok(registered.includes(id), `${id} registered`);
    }
  });

  it('annotates a selection as a claim, sets its speaker, status and a note, and saves next to the article', async () => {
    const uri = fixtureUri('annotations-council-budget.news');
    created.push(fileOf(uri));
    const { editor, api } = await openArticle(uri);
    const span = await select(editor, 'Library staff held a silent protest in the public gallery');
    await vscode.commands.executeCommand('newsLens.annotateClaim');
    await api.whenIdle();
    await setSelection(editor, span[0] + 3);
    await vscode.commands.executeCommand('newsLens.setSpeaker', 'Neil Roberts');
    await api.whenIdle();
    await vscode.commands.executeCommand('newsLens.setClaimStatus', 'verified');
    const hostile = 'Check [this](command:workbench.action.quit) <img src=x onerror=alert(1)>';
    await vscode.commands.executeCommand('newsLens.addNote', hostile);

    const doc = await until('the annotation file', () => existsSync(fileOf(uri)) && readFile(uri).items.length === 4 && readFile(uri)).catch((err) => {
      console.log('annotations state on failure:', JSON.stringify((api.probe('annotations') as Probe)[uri.toString()]), (api.probe('annotations') as { lastError?: string }).lastError);
      console.log('annotation file on failure:', existsSync(fileOf(uri)) ? readFileSync(fileOf(uri), 'utf8') : 'none', editor.document.isDirty);
      throw err;
    });
    assert.deepEqual(doc.items.map((a) => a.decision.decision).sort(), ['add', 'note', 'speaker', 'status']);
    assert.ok(doc.items.every((a) => a.quote.exact === 'Library staff held a silent protest in the public gallery'));

    await api.whenIdle();
    const analysis = api.analysisFor(uri)!.analysis;
    const claim = analysis.claims.find((c) => c.span[0] === span[0] && c.span[1] === span[1]);
    assert.ok(claim, 'the claim a person added is in the analysis');
    assert.equal(claim.source, 'human');
    assert.equal(analysis.entities.find((e) => e.id === claim.entity)?.name, 'Neil Roberts');

    const hover = await hoverText(editor.document, editor.document.positionAt(span[0] + 3));
    assert.match(hover, /Decided by hand/);
    assert.match(hover, /status\\?: verified/);
    // the note's link and HTML arrive escaped (the only live links are the engine card's own reveal links)
    assert.ok(!hover.includes('](command:workbench') && !/(^|[^\\])<img/.test(hover), `the note is escaped: ${hover}`);
    assert.ok(hover.includes('\\[this\\]\\(command\\:workbench'), hover);
  });

  it('rejects an automatic quote and restores it', async () => {
    const uri = fixtureUri('annotations-port-strike.news');
    created.push(fileOf(uri));
    const { editor, api } = await openArticle(uri);
    const quotes = api.analysisFor(uri)!.analysis.quotes;
    assert.ok(quotes.length > 0, 'the engine finds quotes in the fixture');
    const target = quotes[0].span;
    await setSelection(editor, target[0] + 2);
    await vscode.commands.executeCommand('newsLens.rejectAnnotation');
    await api.whenIdle();
    assert.ok(!api.analysisFor(uri)!.analysis.quotes.some((q) => q.span[0] === target[0]), 'the rejected quote is gone');
    assert.equal(readFile(uri).items[0].decision.decision, 'reject');
    await vscode.commands.executeCommand('newsLens.restoreAnnotation');
    await api.whenIdle();
    assert.ok(api.analysisFor(uri)!.analysis.quotes.some((q) => q.span[0] === target[0] && q.source === 'engine'), 'the quote is back, as the engine\u2019s');
    assert.equal(readFile(uri).items.length, 0);
  });

  it('changes a person\u2019s role and merges two people', async () => {
    const uri = fixtureUri('annotations-port-strike.news');
    const { editor, api } = await openArticle(uri);
    const people = api.analysisFor(uri)!.analysis.entities.filter((e) => !e.anonymous && e.mentions.length > 0);
    assert.ok(people.length >= 2, 'the engine finds two people');
    const [a, b] = people;
    const at = (span: [number, number]) => setSelection(editor, span[0]);
    await at(a.mentions[0].span);
    await vscode.commands.executeCommand('newsLens.changeRole', 'night-shift coordinator');
    await api.whenIdle();
    assert.equal(api.analysisFor(uri)!.analysis.entities.find((e) => e.name === a.name)?.role, 'night-shift coordinator');
    await at(b.mentions[0].span);
    await vscode.commands.executeCommand('newsLens.mergePeople', a.name);
    await api.whenIdle();
    const after = api.analysisFor(uri)!.analysis.entities;
    assert.ok(!after.some((e) => e.name === b.name), `${b.name} merged away`);
    const merged = after.find((e) => e.name === a.name)!;
    assert.equal(merged.source, 'human');
    assert.ok(merged.mentions.length >= a.mentions.length + b.mentions.length);
  });

  it('reloads the file when it changes on disk, merging unsaved decisions (git pull)', async () => {
    const uri = fixtureUri('annotations-glacier-summit.news');
    created.push(fileOf(uri));
    const { editor, api } = await openArticle(uri);
    const text = editor.document.getText();
    const colleague = (note: string, needle: string, doc: AnnotationDoc) => {
      const at = text.indexOf(needle);
      return addAnnotation(doc, text, [at, at + needle.length], { decision: 'note', note }, { creator: 'Ben Okoye', now: new Date().toISOString() }).doc;
    };
    // a pull brings a colleague's file while nothing is unsaved: it is simply loaded
    let theirs = colleague('Spelling checked with the delegation.', 'Sita Gurung', emptyDocument('annotations-glacier-summit.news', text));
    writeFileSync(fileOf(uri), serializeAnnotations(theirs));
    const probe = () => (api.probe('annotations') as Probe)[uri.toString()];
    await until('the pulled note', () => probe()?.items.some((i) => i.decision.note === 'Spelling checked with the delegation.'));

    // now an unsaved decision (the article has unsaved edits), then another pull
    await editor.edit((e) => e.insert(editor.document.positionAt(text.length), '\nUpdated at 18:00.\n'));
    await select(editor, 'Henrik Lund');
    await vscode.commands.executeCommand('newsLens.addNote', 'Mine: confirm his university.');
    assert.equal(probe().unsaved, true);
    theirs = colleague('Theirs: photo credit needed.', 'Paula Ferreira', theirs);
    writeFileSync(fileOf(uri), serializeAnnotations(theirs));
    await until('both notes after the merge', () => {
      const notes = probe()?.items.map((i) => i.decision.note);
      return notes && notes.includes('Mine: confirm his university.') && notes.includes('Theirs: photo credit needed.') && notes.includes('Spelling checked with the delegation.');
    });
    // saving the article writes the merged decisions
    await editor.document.save();
    const onDisk = await until('the merged file', () => {
      const d = readFile(uri);
      return d.items.length === 3 && d;
    });
    assert.deepEqual(onDisk.items.map((a) => a.creator).sort(), ['Ben Okoye', 'Ben Okoye', probe().items.find((i) => i.decision.note?.toString().startsWith('Mine'))!.creator].sort());
  });

  it('reports a broken file with its line and never overwrites it', async () => {
    const uri = fixtureUri('annotations-night-market.news');
    created.push(fileOf(uri));
    const broken = '{\n  "@context": "http://www.w3.org/ns/anno.jsonld",\n  "items": [,]\n}\n';
    writeFileSync(fileOf(uri), broken);
    const { editor, api } = await openArticle(uri);
    const state = await until('the error', () => (api.probe('annotations') as Probe)[uri.toString()]?.error);
    assert.equal(state?.line, 3);
    await select(editor, 'Chen Wei-ling');
    await vscode.commands.executeCommand('newsLens.annotateSpeaker');
    assert.equal(readFileSync(fileOf(uri), 'utf8'), broken);
    assert.equal((api.probe('annotations') as Probe)[uri.toString()].items.length, 0);
  });

  describe('the kind of a speaker', () => {
    // An article of our own, written into the test workspace: the engine takes the company for a person.
    const ARTICLE = [
      'LERVIK \u2013 The fish farm operator will close its hatchery in the spring.',
      '',
      '"We have run out of ways to make the numbers work," said Sandvoll Brygge in a statement on Monday.',
      '',
      'Sandvoll Brygge said the closure would cost 140 jobs. Tove Lindqvist, a councillor, said the town had been warned.',
      '',
    ].join('\n');
    let uri: vscode.Uri;
    before(() => {
      uri = fixtureUri('kind-hatchery.news');
      writeFileSync(uri.fsPath, ARTICLE);
      created.push(uri.fsPath, fileOf(uri));
    });
    /** Presses Escape until the command (waiting in its picker) returns, and gives its result. */
    async function escaped<T>(command: Thenable<T>): Promise<T> {
      let done = false;
      const result = Promise.resolve(command).finally(() => { done = true; });
      while (!done) {
        await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
        await new Promise((r) => setTimeout(r, 50));
      }
      return result;
    }
    type Row = { label: string; icon: string; tooltip: string };
    const row = (api: { probe(name: string): unknown }, label: string) => (api.probe('speakerIcons') as Row[]).find((r) => r.label === label);

    it('sets an engine-made person to organisation from any mention: hover card, Speakers view and the file say so', async () => {
      const { editor, api } = await openArticle(uri);
      await vscode.commands.executeCommand('newsLens.showSpeakers');
      const company = api.analysisFor(uri)!.analysis.entities.find((e) => e.name === 'Sandvoll Brygge');
      assert.equal(company?.kind, 'person', 'the engine takes the company for a person (the mistake to correct)');
      const first = positionOf(editor.document, 'Sandvoll Brygge', 0, 3);
      assert.match(await hoverText(editor.document, first), /\*person\*/);
      await until('the Speakers view row', () => row(api, 'Sandvoll Brygge'));
      assert.equal(row(api, 'Sandvoll Brygge')!.icon, 'person');

      // Escape in the picker: nothing is written. Called as the editor's context menu calls it, with the document's URI.
      await setSelection(editor, editor.document.offsetAt(positionOf(editor.document, 'Sandvoll Brygge', 1, 3)));
      assert.equal(await escaped(vscode.commands.executeCommand('newsLens.setKind', editor.document.uri)), undefined);
      assert.ok(!existsSync(fileOf(uri)), 'Escape writes no annotation file');

      // the cursor on the second mention (not the first): the same entity
      await vscode.commands.executeCommand('newsLens.setKind', 'organization');
      const raw = await until('the annotation file', () => existsSync(fileOf(uri)) && readFileSync(fileOf(uri), 'utf8'));
      const item = JSON.parse(raw).items[0];
      assert.equal(item.motivation, 'tagging');
      assert.deepEqual(item.body.map((b: { purpose: string; value: string }) => [b.purpose, b.value]), [['tagging', 'organization']]);
      assert.deepEqual(item.newsLens, { decision: 'kind', person: 'Sandvoll Brygge' });
      assert.equal(item.target.selector[0].exact, 'Sandvoll Brygge');

      await api.whenIdle();
      const after = api.analysisFor(uri)!.analysis.entities.find((e) => e.name === 'Sandvoll Brygge')!;
      assert.deepEqual([after.kind, after.source], ['organization', 'human']);
      const hover = await hoverText(editor.document, first);
      assert.match(hover, /\*organisation\*/);
      assert.doesNotMatch(hover, /\*person\*/);
      const view = await until('the Speakers view redrawn', () => row(api, 'Sandvoll Brygge')?.icon === 'organization' && row(api, 'Sandvoll Brygge'));
      assert.match(view.tooltip, /\*organisation\*/);
      assert.equal(row(api, 'Tove Lindqvist')?.icon, 'person', 'the others stay as they were');

      // the Speakers view's row offers the command in its context menu
      const menu = vscode.extensions.getExtension('news-lens.news-lens')!.packageJSON.contributes.menus['view/item/context'] as Array<{ command: string; when: string }>;
      assert.ok(menu.some((m) => m.command === 'newsLens.setKind' && /viewItem == newsLens\.speaker\b/.test(m.when)));
    });

    it('Set Speaker gives a claim to a new organisation, shown as one', async () => {
      const { editor, api } = await openArticle(uri);
      await setSelection(editor, editor.document.offsetAt(positionOf(editor.document, 'the town had been warned', 0, 4)));
      // from the editor's context menu (the document's URI as argument) it asks who, and Escape leaves the file as it was
      const before = readFileSync(fileOf(uri), 'utf8');
      assert.equal(await escaped(vscode.commands.executeCommand('newsLens.setSpeaker', editor.document.uri)), undefined);
      assert.doesNotMatch(String((api.probe('annotations') as { lastError: string | null }).lastError), /setSpeaker/);
      assert.equal(readFileSync(fileOf(uri), 'utf8'), before);
      await vscode.commands.executeCommand('newsLens.setSpeaker', 'Lervik Fishers\u2019 Association', 'organization');
      const doc = await until('both decisions on disk', () => {
        const d = existsSync(fileOf(uri)) && readFile(uri);
        return d && d.items.some((a) => a.decision.decision === 'speaker') && d;
      });
      const mine = doc.items.filter((a) => a.quote.exact === 'the town had been warned').map((a) => a.decision);
      assert.deepEqual(mine.map((d) => d.decision).sort(), ['kind', 'speaker']);
      assert.ok(mine.some((d) => d.decision === 'kind' && d.kind === 'organization' && d.person === 'Lervik Fishers\u2019 Association'));
      await api.whenIdle();
      const analysis = api.analysisFor(uri)!.analysis;
      const claim = analysis.claims.find((c) => editor.document.getText().slice(c.span[0], c.span[1]) === 'the town had been warned')!;
      const speaker = analysis.entities.find((e) => e.id === claim.entity)!;
      assert.deepEqual([speaker.name, speaker.kind], ['Lervik Fishers\u2019 Association', 'organization']);
      assert.equal((await until('its Speakers view row', () => row(api, speaker.name))).icon, 'organization');
    });
  });

  it('imports a colleague\u2019s file, keeping a contradicting status as a conflict to resolve', async () => {
    const uri = fixtureUri('annotations-council-budget.news');
    const { editor, api } = await openArticle(uri);
    const text = editor.document.getText();
    const needle = 'Library staff held a silent protest in the public gallery';
    const at = text.indexOf(needle);
    const theirs = addAnnotation(emptyDocument('annotations-council-budget.news', text), text, [at, at + needle.length], { decision: 'status', status: 'false' }, { creator: 'Ben Okoye', now: new Date().toISOString() }).doc;
    const dir = mkdtempSync(path.join(tmpdir(), 'news-lens-import-'));
    const file = path.join(dir, 'ben.annotations.json');
    writeFileSync(file, serializeAnnotations(theirs));
    const conflicts = await vscode.commands.executeCommand<Array<{ id: string; items: string[] }>>('newsLens.importAnnotations', file);
    assert.equal(conflicts?.length, 1);
    const items = (api.probe('annotations') as Probe)[uri.toString()].items.filter((i) => i.conflict === conflicts![0].id);
    assert.deepEqual(items.map((i) => i.decision.status).sort(), ['false', 'verified']);
    const keep = items.find((i) => i.decision.status === 'false')!.id;
    await vscode.commands.executeCommand('newsLens.resolveConflict', conflicts![0].id, keep);
    const statuses = readFile(uri).items.filter((a) => a.decision.decision === 'status');
    assert.deepEqual(statuses.map((a) => a.decision), [{ decision: 'status', status: 'false' }]);
    assert.equal(statuses[0].conflict, undefined);
    rmSync(dir, { recursive: true, force: true });
  });
});
