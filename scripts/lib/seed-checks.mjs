// What the seed article (../shared/samples/, Xi's 2023 Moscow visit) must give, from issue 2.
// The expectations are names, roles and counts only; no sentence of the article is copied here.

const PEOPLE = [
  { name: 'Xi Jinping', role: 'Chinese President' },
  { name: 'Vladimir Putin', role: 'Russian President' },
  { name: 'Volodymyr Zelensky', role: 'Ukrainian President' },
  { name: 'Mikhail Mishustin', role: 'Russian Prime Minister' },
  { name: 'John Kirby', role: 'US National Security Council spokesman' },
];
/** Honorific aliases that must resolve to the named person, not make a new one. */
const RESOLVED = [
  { alias: 'Mr Xi', name: 'Xi Jinping' },
  { alias: 'Mr Putin', name: 'Vladimir Putin' },
];
/** The speakers of the article's four direct quotes, in text order (matched by name part). */
const QUOTE_SPEAKERS = ['Xi Jinping', 'Foreign Ministry', 'Foreign Ministry', 'John Kirby'];
/** Reported statements that must be claims of these speakers. */
const CLAIM_SPEAKERS = ['Vladimir Putin', 'Mikhail Mishustin'];
/** Title words that are never a person on their own. */
const NOT_PEOPLE = /^(the )?(president|prime minister|minister|spokesman)$/i;

/** The checklist: [{ label, ok, detail }] for the seed article's analysis. */
export function seedChecks(text, analysis) {
  const read = (span) => text.slice(span[0], span[1]);
  const persons = analysis.entities.filter((e) => e.kind === 'person' && !e.anonymous);
  const byName = (part) => analysis.entities.find((e) => e.name === part) ?? analysis.entities.find((e) => e.name.includes(part));
  const nameOf = (id) => analysis.entities.find((e) => e.id === id)?.name ?? 'none';
  const checks = [];
  const check = (label, ok, detail = '') => checks.push({ label, ok, detail });

  const exactlyThese = persons.length === PEOPLE.length && PEOPLE.every((p) => persons.some((e) => e.name === p.name));
  check('exactly the five people', exactlyThese, `found ${persons.length}: ${persons.map((e) => e.name).join(', ')}`);
  for (const p of PEOPLE) {
    const e = persons.find((x) => x.name === p.name);
    check(`${p.name}, ${p.role}`, !!e && (e.role ?? '').toLowerCase() === p.role.toLowerCase(), e ? `role: ${e.role ?? 'none'}` : 'not found');
  }
  for (const r of RESOLVED) {
    const owners = analysis.entities.filter((e) => e.mentions.some((m) => read(m.span) === r.alias));
    check(`"${r.alias}" is ${r.name}`, owners.length === 1 && owners[0].name === r.name, `mentions held by: ${owners.map((e) => e.name).join(', ') || 'none'}`);
  }
  const quotes = [...analysis.quotes].sort((a, b) => a.span[0] - b.span[0]);
  check(`${QUOTE_SPEAKERS.length} quotes`, quotes.length === QUOTE_SPEAKERS.length, `found ${quotes.length}`);
  QUOTE_SPEAKERS.forEach((speaker, i) => {
    const q = quotes[i];
    const entity = q ? nameOf(q.entity) : 'no quote';
    check(`quote ${i + 1} attributed to ${speaker}`, !!q && entity.includes(speaker), `entity: ${entity}${q?.speaker ? `, speaker mention "${read(q.speaker)}"` : ''}`);
  });
  for (const speaker of CLAIM_SPEAKERS) {
    const e = byName(speaker);
    const claims = e ? analysis.claims.filter((c) => c.entity === e.id) : [];
    check(`claim by ${speaker}`, claims.length > 0, `${claims.length} claim(s)${claims[0] ? `, rule ${claims[0].rule}` : ''}`);
  }
  const titled = persons.filter((e) => NOT_PEOPLE.test(e.name) || e.mentions.some((m) => m.form === 'name' && NOT_PEOPLE.test(read(m.span))));
  check('"President" is never a person', titled.length === 0, titled.map((e) => e.name).join(', '));
  return checks;
}
