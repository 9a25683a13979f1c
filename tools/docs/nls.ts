/**
 * The manifest's user-facing strings live in `package.nls.json` (Dutch), `package.json` holds `%key%` placeholders,
 * as VS Code localises a manifest. There is deliberately no `package.nls.en.json`: VS Code picks the file of its
 * display language, which for nearly every Dutch staffer is English (VS Code has no Dutch language pack), and the
 * product is Dutch by default. `externalize` moves every literal string of the known user-facing fields into the table
 * under a key made from where it stands, so it can run after every generation (`npm run docs`) and in the drift test.
 */

type Json = Record<string, unknown>;
export type NlsTable = Record<string, string>;

const PLACEHOLDER = /^%([^%]+)%$/;

/** The placeholders the manifest already holds, and the texts: both must stay consistent while strings move. */
interface Tables {
  nls: NlsTable;
  previous: NlsTable;
  /** Keys of placeholders already in the manifest: a new string never takes one (an entry inserted mid-array would). */
  taken: Set<string>;
}

/** Replace `holder[field]` by a placeholder for `key`, recording its text; a placeholder already there is kept. */
function move(holder: Json | undefined, field: string, key: string, t: Tables): void {
  const value = holder?.[field];
  if (typeof value === 'string') {
    const known = PLACEHOLDER.exec(value);
    if (known) {
      const text = t.previous[known[1]!];
      if (text === undefined) throw new Error(`package.json: ${value} has no text in package.nls.json`);
      t.nls[known[1]!] = text;
      return;
    }
    let free = key;
    for (let n = 2; t.taken.has(free) || t.nls[free] !== undefined; n++) free = `${key}-${n}`;
    t.nls[free] = value;
    t.taken.add(free);
    holder![field] = `%${free}%`;
  } else if (Array.isArray(value)) {
    value.forEach((_, i) => move(value as unknown as Json, String(i), `${key}.${i}`, t));
  }
}

function placeholdersIn(value: unknown, into: Set<string>): Set<string> {
  if (typeof value === 'string') {
    const m = PLACEHOLDER.exec(value);
    if (m) into.add(m[1]!);
  } else if (value && typeof value === 'object') for (const v of Object.values(value)) placeholdersIn(v, into);
  return into;
}

const short = (id: unknown) => String(id).replace(/^akkoordwijzer\./, '');

/**
 * The manifest with its user-facing strings as placeholders, and the table of their texts: the entries of `previous`
 * still referred to, and the literal strings found (which replace a previous text under the same key).
 */
export function externalize(pkg: Json, previous: NlsTable): { pkg: Json; nls: NlsTable } {
  const out = structuredClone(pkg);
  const nls: NlsTable = {};
  const t: Tables = { nls, previous, taken: placeholdersIn(out, new Set()) };
  move(out, 'displayName', 'displayName', t);
  move(out, 'description', 'description', t);
  const c = (out['contributes'] ?? {}) as Json;
  for (const cmd of (c['commands'] ?? []) as Json[]) {
    for (const f of ['title', 'shortTitle', 'category']) move(cmd, f, `command.${short(cmd['command'])}.${f}`, t);
  }
  const configurations = Array.isArray(c['configuration']) ? (c['configuration'] as Json[]) : c['configuration'] ? [c['configuration'] as Json] : [];
  for (const conf of configurations) {
    move(conf, 'title', 'configuration.title', t);
    for (const [name, prop] of Object.entries((conf['properties'] ?? {}) as Record<string, Json>)) {
      for (const f of ['description', 'markdownDescription', 'enumItemLabels', 'enumDescriptions', 'markdownEnumDescriptions', 'deprecationMessage', 'markdownDeprecationMessage']) {
        move(prop, f, `config.${short(name)}.${f}`, t);
      }
    }
  }
  for (const [container, views] of Object.entries((c['views'] ?? {}) as Record<string, Json[]>)) {
    for (const view of views) for (const f of ['name', 'contextualTitle']) move(view, f, `view.${short(view['id'] ?? container)}.${f}`, t);
  }
  ((c['viewsWelcome'] ?? []) as Json[]).forEach((w, i) => move(w, 'contents', `viewsWelcome.${short(w['view'])}.${i}`, t));
  for (const walk of (c['walkthroughs'] ?? []) as Json[]) {
    const id = short(walk['id']);
    for (const f of ['title', 'description']) move(walk, f, `walkthrough.${id}.${f}`, t);
    for (const step of (walk['steps'] ?? []) as Json[]) for (const f of ['title', 'description', 'altText']) move(step, f, `walkthrough.${id}.${String(step['id'])}.${f}`, t);
  }
  for (const m of (c['problemMatchers'] ?? []) as Json[]) move(m, 'label', `problemMatcher.${String(m['name'])}.label`, t);
  for (const s of (c['submenus'] ?? []) as Json[]) move(s, 'label', `submenu.${short(s['id'])}.label`, t);
  const sorted = Object.fromEntries(Object.entries(nls).sort(([a], [b]) => a.localeCompare(b)));
  return { pkg: out, nls: sorted };
}

/** The manifest with its placeholders filled in from the table (what VS Code shows), for tests that read its texts. */
export function localize<T>(pkg: T, nls: NlsTable): T {
  return JSON.parse(JSON.stringify(pkg), (_k, v: unknown) => (typeof v === 'string' && PLACEHOLDER.test(v) ? (nls[PLACEHOLDER.exec(v)![1]!] ?? v) : v)) as T;
}
