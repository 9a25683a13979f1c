/*
 * The UI end-to-end test: the packaged .vsix installed in code-server, the example workspace opened in the real
 * workbench, driven with mouse and keyboard like a staffer would. Each check takes a screenshot; a failing check
 * says what it expected, what was on screen, and where its screenshot is.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import type { CodeServer } from './codeServer';
import { log, tail, type PartResult } from './log';

interface Options {
  cs: CodeServer;
  ctx: BrowserContext;
  /** A scratch copy of examples/ (the quick fix changes the file). */
  workspace: string;
  draft: string;
  shots: string;
  /** The repository (for the built-in corpora the status bar counts). */
  root: string;
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The placeholder of the extension's search quick pick (client/src/i18n.ts, Dutch). */
const SEARCH_PLACEHOLDER = 'Zoek een toezegging op woorden (bijv. digitale dienst doorzettingsmacht)';

const norm = (s: string) => s.replace(/\u00a0/g, ' ').replace(/[ \t]+/g, ' ');

/**
 * Where `needle` is drawn in the editor: walks the rendered view lines (Monaco splits a line into token spans and,
 * with word wrap, into several view lines) and measures the text with a DOM Range.
 */
async function textRect(page: Page, needle: string, word: string): Promise<Rect | undefined> {
  return page.evaluate(
    ([needle, word]) => {
      for (const line of Array.from(document.querySelectorAll('.monaco-editor .view-line'))) {
        const nodes: Text[] = [];
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) nodes.push(walker.currentNode as Text);
        const text = nodes.map((n) => n.data).join('').replace(/\u00a0/g, ' ');
        const at = text.indexOf(needle);
        if (at < 0) continue;
        const start = at + needle.indexOf(word);
        const end = start + word.length;
        const range = document.createRange();
        let offset = 0;
        for (const n of nodes) {
          const len = n.data.length;
          if (start >= offset && start <= offset + len) range.setStart(n, start - offset);
          if (end >= offset && end <= offset + len) {
            range.setEnd(n, end - offset);
            break;
          }
          offset += len;
        }
        const r = range.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }
      return undefined;
    },
    [needle, word] as const,
  );
}

/** The squiggles of a severity class that overlap a rectangle. */
async function squigglesOver(page: Page, cls: string, r: Rect): Promise<number> {
  return page.evaluate(
    ([cls, r]) =>
      Array.from(document.querySelectorAll(`.monaco-editor .${cls}`)).filter((el) => {
        const b = el.getBoundingClientRect();
        return b.width > 0 && b.x < r.x + r.width - 1 && r.x + 1 < b.x + b.width && b.y < r.y + r.height && r.y < b.y + b.height;
      }).length,
    [cls, r] as const,
  );
}

/** The visible text of the editor (view lines in order), for assertions and failure reports. */
async function editorText(page: Page): Promise<string> {
  const lines = await page.locator('.monaco-editor .view-line').evaluateAll((els) =>
    els
      .map((el) => ({ top: parseFloat((el as HTMLElement).style.top || '0'), text: el.textContent ?? '' }))
      .sort((a, b) => a.top - b.top)
      .map((l) => l.text),
  );
  return norm(lines.join('\n'));
}

/** A short description of what is on screen: editor tabs, status bar, notifications, hover, Problems. */
async function onScreen(page: Page): Promise<string> {
  const grab = async (sel: string) =>
    norm(((await page.locator(sel).allInnerTexts().catch(() => [])) as string[]).join(' | ').replace(/\s*\n\s*/g, ' ')).slice(0, 600);
  const parts = [
    ['tabs', await grab('.tabs-container .tab')],
    ['status bar', await grab('.statusbar-item')],
    ['notifications', await grab('.notification-list-item')],
    ['hover', await grab('.monaco-hover:visible')],
    ['action menu', await grab('.action-widget:visible')],
    ['problems', await grab('.markers-panel:visible')],
    ['editor', (await editorText(page).catch(() => '')).slice(0, 800)],
  ];
  return parts
    .filter(([, v]) => v)
    .map(([k, v]) => `    ${k}: ${v!.replace(/\n/g, '\n      ')}`)
    .join('\n');
}

/**
 * The built-in corpora: their ids (file order, as the server loads them), how many commitments they hold, the first
 * rows the Toezeggingen tree shows by chapter (client/src/commitments.ts: the first corpus, expanded, saying how whole
 * it is, then its chapters in the document's order) and the tag groups (sorted as it sorts them). Each row is the
 * start of what the view draws, `label (description`.
 */
function builtinCorpora(root: string): { ids: string[]; commitments: number; byChapter: string[]; byTag: string[] } {
  const dir = path.join(root, 'corpus');
  const files = readdirSync(dir).filter((n) => /\.akkoord\.ya?ml$/.test(n)).sort();
  let commitments = 0;
  const ids: string[] = [];
  const byChapter: string[] = [];
  const tags = new Set<string>();
  // The tree groups by tag label, in the server's language (Dutch by default).
  const tagList = parseYaml(readFileSync(path.join(dir, 'tags.yaml'), 'utf8')) as { tags: { id: string; nl: string }[] };
  const label = new Map(tagList.tags.map((t) => [t.id, t.nl] as const));
  for (const f of files) {
    type Entry = { chapter?: string; theme?: string; tags?: string[] };
    const doc = parseYaml(readFileSync(path.join(dir, f), 'utf8')) as { id: string; title: string; shortTitle?: string; complete?: boolean; commitments?: Entry[] };
    const entries = doc.commitments ?? [];
    ids.push(doc.id);
    commitments += entries.length;
    if (byChapter.length === 0 && entries.length > 0) {
      byChapter.push(`${doc.shortTitle ?? doc.title} (${entries.length} · ${doc.complete ? 'volledig' : 'onvolledig (alleen bekende passages)'}`);
      for (const ch of new Set(entries.map((c) => c.chapter ?? c.theme ?? '(zonder hoofdstuk)'))) byChapter.push(`${ch} (`);
    }
    for (const c of entries) for (const t of c.tags?.length ? c.tags : ['—']) tags.add(label.get(t) ?? t);
  }
  const byTag = [...tags].sort((a, b) => a.localeCompare(b, 'nl')).map((t) => `${t} (`);
  return { ids, commitments, byChapter, byTag };
}

/**
 * Put the cursor on a word and open the quick-fix menu (Ctrl+.), waiting for a row with `title`. On a busy machine the
 * first Ctrl+. can reach the editor before the click has moved focus and cursor there, or the menu can open before
 * the server answered; then the menu is closed and opened again (three tries in all), as a user would.
 */
async function openQuickFix(page: Page, at: Rect, title: string): Promise<string[]> {
  let items: string[] = [];
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.keyboard.press('Escape');
    await page.mouse.click(at.x + at.width / 2, at.y + at.height / 2);
    await page.mouse.move(5, 5);
    await page.keyboard.press('Control+.');
    const menu = page.locator('.action-widget').first();
    const opened = await menu.waitFor({ state: 'visible', timeout: 10_000 }).then(() => true, () => false);
    if (!opened) continue;
    // The menu fills in as providers answer: give ours a moment, then read what the menu offers.
    await page.locator('.action-widget .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 5_000 }).catch(() => undefined);
    items = norm(await menu.innerText()).split('\n').map((l) => l.trim()).filter(Boolean);
    if (items.some((i) => i.includes(title))) return items;
  }
  return items;
}

/** Wait until the editor shows `want` (its view lines in order, word wrap joined). */
async function editorShows(page: Page, want: string, timeout = 20_000): Promise<void> {
  await page.waitForFunction(
    (want) =>
      Array.from(document.querySelectorAll('.monaco-editor .view-line'))
        .map((el) => ({ top: parseFloat((el as HTMLElement).style.top || '0'), text: el.textContent ?? '' }))
        .sort((a, b) => a.top - b.top)
        .map((l) => l.text)
        .join('')
        .replace(/\u00a0/g, ' ')
        .includes(want),
    want,
    { timeout },
  );
}

/** The labels of the first rows of the Coalitieakkoord view (label and description, as drawn). */
async function treeRowTexts(page: Page, n: number): Promise<string[]> {
  const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /^\s*Coalitieakkoord/i }) });
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const row = pane.locator(`.pane-body .monaco-list-row[data-index="${i}"]`).first();
    if ((await row.count()) === 0) break;
    const name = norm((await row.locator('.label-name').first().textContent().catch(() => '')) ?? '').trim();
    const desc = norm((await row.locator('.label-description').first().textContent().catch(() => '')) ?? '').trim();
    out.push(`${name} (${desc})`);
  }
  return out;
}

/** Run a command from the command palette (F1) by its title, as a user does. */
async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 20_000 });
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ timeout: 20_000 });
  await page.keyboard.press('Enter');
}

export async function runUiTest(o: Options): Promise<PartResult> {
  const t0 = Date.now();
  const result: PartResult = { part: 'UI', passed: 0, failed: 0, failures: [], seconds: 0 };
  const page = await o.ctx.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  let shotNo = 0;
  const shot = async (name: string) => {
    const file = path.join(o.shots, `${String(++shotNo).padStart(2, '0')}-${name}.png`);
    await page.screenshot({ path: file }).catch(() => undefined);
    return file;
  };

  // What the draft says, so expectations follow edits of the example instead of hard-coded columns.
  const source = readFileSync(path.join(o.workspace, o.draft), 'utf8').split('\n');
  const dictumContext = 'de regie te geven';
  const dictumLine = source.findIndex((l) => l.includes(dictumContext));
  const regieColumn = source[dictumLine]!.indexOf(dictumContext) + 3;
  const fixedLine = source[dictumLine]!.replace(dictumContext, 'de doorzettingsmacht te geven');
  let regie: Rect | undefined;

  const check = async (name: string, expected: string, body: () => Promise<string | void>) => {
    const t = Date.now();
    try {
      const detail = await body();
      result.passed++;
      const file = await shot(name.replace(/[^a-z0-9]+/gi, '-').toLowerCase());
      log(`ok   ${name}${detail ? ` — ${detail}` : ''} (${((Date.now() - t) / 1000).toFixed(1)}s, ${path.basename(file)})`);
    } catch (err) {
      result.failed++;
      const file = await shot(`FAILED-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`);
      result.failures.push(`UI: ${name}: expected ${expected}`);
      log(`FAIL ${name}\n  expected: ${expected}\n  error:    ${(err as Error).message.split('\n')[0]}\n  on screen:\n${await onScreen(page)}\n  screenshot: ${file}`);
    }
  };

  const ready = await (async () => {
    try {
      await page.goto(o.cs.url(o.workspace));
      await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
      await page.keyboard.press('Control+P');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: 20_000 });
      await input.fill(o.draft);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: o.draft }).first().waitFor({ timeout: 20_000 });
      await page.keyboard.press('Enter');
      await page.locator('.monaco-editor .view-lines', { hasText: 'De Kamer,' }).first().waitFor({ timeout: 20_000 });
      log(`workbench up, ${o.draft} open`);
      return true;
    } catch (err) {
      result.failed++;
      const file = await shot('FAILED-open-workbench');
      result.failures.push(`UI: open the workbench and ${o.draft}: ${(err as Error).message.split('\n')[0]}`);
      log(`FAIL open the workbench and ${o.draft}\n  error: ${(err as Error).message.split('\n')[0]}\n  on screen:\n${await onScreen(page)}\n  screenshot: ${file}`);
      return false;
    }
  })();

  if (ready) {
    const corpora = builtinCorpora(o.root);
    const corporaWant = `${corpora.ids.join(', ')} (${corpora.commitments} toezeggingen)`;
    await check('language status says Motie', `the language status ({} in the status bar) saying "Motie", why, and "${corporaWant}"`, async () => {
      // The combined entry of the language status items; its hover lists each item with its detail and command.
      const entry = page.locator('[id="status.languageStatus"]').first();
      const hover = page.locator('.hover-language-status', { hasText: 'Motie' }).first();
      const deadline = Date.now() + 60_000;
      // Until the server has answered, the item reads "Akkoordwijzer start…": hover again until it says what the draft is.
      for (;;) {
        await entry.hover({ timeout: 20_000 });
        if (await hover.waitFor({ state: 'visible', timeout: 3_000 }).then(() => true, () => false)) break;
        if (Date.now() > deadline) throw new Error(`the language status does not say "Motie"; its hover: ${norm(await page.locator('.hover-language-status').allInnerTexts().then((t) => t.join(' | '), () => '(none)'))}`);
        await page.mouse.move(5, 5);
      }
      const texts = (await page.locator('.hover-language-status').allInnerTexts()).map((t) => norm(t).replace(/\s*\n\s*/g, ' ').trim());
      const kind = texts.find((t) => t.startsWith('Motie')) ?? '';
      for (const want of ['herkend aan ‘De Kamer,’', 'Wijzig het soort']) if (!kind.includes(want)) throw new Error(`the kind item says "${kind}", without "${want}"`);
      if (!texts.some((t) => t.includes(corporaWant))) throw new Error(`no item says "${corporaWant}": ${texts.join(' | ')}`);
      return texts.join(' | ');
    });
    await page.mouse.move(5, 5);

    await check('squiggle under regie', `a warning squiggle under "regie" in "${dictumContext}" (line ${dictumLine + 1})`, async () => {
      const deadline = Date.now() + 30_000;
      for (;;) {
        regie = await textRect(page, dictumContext, 'regie');
        if (regie && (await squigglesOver(page, 'squiggly-warning', regie)) > 0) return `at x=${Math.round(regie.x)} y=${Math.round(regie.y)}`;
        if (Date.now() > deadline) throw new Error(regie ? 'no .squiggly-warning overlaps the word' : `"${dictumContext}" is not rendered`);
        await page.waitForTimeout(200);
      }
    });

    await check('Problems panel entry for regie', `a row "Vaag begrip “regie”" with vaag-begrip [Ln ${dictumLine + 1}, Col ${regieColumn + 1}]`, async () => {
      await page.keyboard.press('Control+Shift+M');
      const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'Vaag begrip “regie”' }).first();
      await row.waitFor({ timeout: 20_000 });
      const text = norm(await row.innerText()).replace(/\s*\n\s*/g, ' ');
      for (const want of ['vaag-begrip', `[Ln ${dictumLine + 1}, Col ${regieColumn + 1}]`]) {
        if (!text.includes(want)) throw new Error(`the row says "${text}", without "${want}"`);
      }
      return text;
    });
    // The Problems panel stays open: the screenshots after the fix show its list updated.
    await page.keyboard.press('Escape');

    await check('hover explains regie', 'a hover with "Vaag beleidsbegrip", "Waarom vaag" and the regie | doorzettingsmacht comparison', async () => {
      const r = regie ?? (await textRect(page, dictumContext, 'regie'));
      if (!r) throw new Error(`"${dictumContext}" is not rendered`);
      await page.mouse.move(r.x + r.width / 2, r.y + r.height / 2);
      const hover = page.locator('.monaco-hover', { hasText: 'Vaag beleidsbegrip' }).first();
      await hover.waitFor({ state: 'visible', timeout: 20_000 });
      const text = norm(await hover.innerText());
      for (const want of ['Vaag begrip “regie”', 'Waarom vaag', 'doorzettingsmacht', 'besluiten en afdwingen']) {
        if (!text.includes(want)) throw new Error(`the hover lacks "${want}": ${text.slice(0, 300)}`);
      }
      return JSON.stringify(text.slice(0, 90) + '…');
    });

    const title = 'Vervang “regie” door ‘doorzettingsmacht’';
    await check('Ctrl+. offers the fix', `the quick-fix menu (Ctrl+.) with "${title}"`, async () => {
      const r = regie ?? (await textRect(page, dictumContext, 'regie'));
      if (!r) throw new Error(`"${dictumContext}" is not rendered`);
      const items = await openQuickFix(page, r, title);
      if (!items.some((i) => i.includes(title))) throw new Error(`the menu offers: ${items.map((i) => `"${i}"`).join(', ') || '(nothing)'}`);
      return `menu: ${items.join(' / ')}`;
    });

    await check('the fix changes the text', `line ${dictumLine + 1} reads "${fixedLine.slice(0, 80)}…" and the squiggle there is gone`, async () => {
      await page.locator('.action-widget .monaco-list-row', { hasText: title }).first().click({ timeout: 5_000 });
      await page.waitForFunction(
        (want) => {
          const text = Array.from(document.querySelectorAll('.monaco-editor .view-line')).map((el) => el.textContent ?? '').join('');
          return text.replace(/\u00a0/g, ' ').includes(want);
        },
        'de doorzettingsmacht te geven',
        { timeout: 20_000 },
      );
      const text = (await editorText(page)).replace(/\n/g, '');
      if (!text.includes(norm(fixedLine))) throw new Error(`the editor does not show the fixed line; it shows:\n${tail(await editorText(page), 20)}`);
      if (text.includes(dictumContext)) throw new Error(`"${dictumContext}" is still there`);
      const r = await textRect(page, 'de doorzettingsmacht te geven', 'doorzettingsmacht');
      const deadline = Date.now() + 20_000;
      while (r && (await squigglesOver(page, 'squiggly-warning', r)) > 0) {
        if (Date.now() > deadline) throw new Error('a warning squiggle is still drawn under the replaced word');
        await page.waitForTimeout(200);
      }
      return 'editor text changed, squiggle gone';
    });

    await check('Problems panel updated', 'the row "Vaag begrip “regie”" gone, the one for the overweging without its ";" still there', async () => {
      await page.locator('.markers-panel .monaco-list-row', { hasText: 'Vaag begrip “regie”' }).first().waitFor({ state: 'detached', timeout: 20_000 });
      await page.locator('.markers-panel .monaco-list-row', { hasText: 'Deze overweging eindigt zonder leesteken' }).first().waitFor({ timeout: 5_000 });
    });

    // Citations. The hover over a key shows the commitment behind it.
    const nddText = 'We richten een Nederlandse Digitale Dienst op: compact, deskundig en met doorzettingsmacht';
    await check('hover over a citation key shows the commitment', `a hover with "${nddText}" and its provenance, over [@ca2026:nederlandse-digitale-dienst]`, async () => {
      await page.keyboard.press('Escape');
      const r = await textRect(page, 'ca2026:nederlandse-digitale-dienst', 'nederlandse-digitale');
      if (!r) throw new Error('the citation key is not rendered');
      await page.mouse.move(5, 5);
      await page.mouse.move(r.x + r.width / 2, r.y + r.height / 2);
      const hover = page.locator('.monaco-hover', { hasText: nddText }).first();
      await hover.waitFor({ state: 'visible', timeout: 20_000 });
      const text = norm(await hover.innerText());
      for (const want of ['ca2026:nederlandse-digitale-dienst', 'Aan de slag', 'Niet gecontroleerd in het akkoord zelf', 'berthub.eu', 'Open in het corpus']) {
        if (!text.includes(want)) throw new Error(`the hover lacks "${want}": ${text.slice(0, 300)}`);
      }
      return JSON.stringify(text.slice(0, 90) + '…');
    });

    // A sentence about a commitment that does not cite it: Ctrl+. offers to cite it, and the fix changes the text.
    const hintContext = 'afhankelijkheid'; // one word: a longer needle may be cut by word wrap
    const hintLine = source.findIndex((l) => l.includes(hintContext));
    const citeTitle = 'Citeer ca2026:it-talent-in-dienst-rijk';
    const citedLine = `${source[hintLine]!.trimEnd()} [@ca2026:it-talent-in-dienst-rijk]`;
    await check('Ctrl+. offers to cite the commitment', `the quick-fix menu on line ${hintLine + 1} with "${citeTitle}" and the overweging fix (a motie has no footnotes)`, async () => {
      await page.keyboard.press('Escape');
      const r = await textRect(page, hintContext, 'afhankelijkheid');
      if (!r) throw new Error(`"${hintContext}" is not rendered`);
      const items = await openQuickFix(page, r, citeTitle);
      for (const want of [citeTitle, 'Voeg een overweging in met ca2026:it-talent-in-dienst-rijk (via berthub.eu)']) {
        if (!items.some((i) => i.includes(want))) throw new Error(`the menu lacks "${want}"; it offers: ${items.map((i) => `"${i}"`).join(', ') || '(nothing)'}`);
      }
      return `menu: ${items.join(' / ')}`;
    });

    await check('the citation fix changes the text', `line ${hintLine + 1} reads "…${citedLine.slice(-70)}"`, async () => {
      await page.locator('.action-widget .monaco-list-row', { hasText: citeTitle }).first().click({ timeout: 5_000 });
      await editorShows(page, 'IT-leveranciers [@ca2026:it-talent-in-dienst-rijk]');
      const text = (await editorText(page)).replace(/\n/g, '');
      if (!text.includes(norm(citedLine))) throw new Error(`the editor does not show the cited line; it shows:\n${tail(await editorText(page), 20)}`);
      return 'key inserted at the end of the overweging';
    });

    // Completion: type "[@doorzet" (the editor closes the bracket) and the suggest widget offers the commitment.
    const key = 'ca2026:nederlandse-digitale-dienst';
    const compContext = 'versnippering;';
    await check('completion after [@doorzet offers the commitment', `the suggest widget with "${key}" first, after typing " [@doorzet" before the ";" of "${compContext}"`, async () => {
      await page.keyboard.press('Escape');
      const r = await textRect(page, compContext, 'versnippering');
      if (!r) throw new Error(`"${compContext}" is not rendered`);
      await page.mouse.click(r.x + r.width / 2, r.y + r.height / 2);
      await page.keyboard.press('End');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.type(' [@doorzet', { delay: 40 });
      const widget = page.locator('.suggest-widget.visible').first();
      await widget.waitFor({ state: 'visible', timeout: 20_000 });
      const first = widget.locator('.monaco-list-row[data-index="0"]').first();
      await page.waitForFunction((k) => document.querySelector('.suggest-widget.visible .monaco-list-row[data-index="0"]')?.textContent?.includes(k) ?? false, key, { timeout: 20_000 }).catch(() => undefined);
      const label = norm((await first.textContent()) ?? '');
      if (!label.includes(key)) throw new Error(`the first suggestion is "${label}"; the widget shows: ${norm(await widget.innerText()).slice(0, 300)}`);
      return `first suggestion: ${label.slice(0, 80)}`;
    });

    await check('choosing the suggestion completes the citation', `the line ends "versnippering [@${key}];"`, async () => {
      await page.keyboard.press('Enter');
      await editorShows(page, `versnippering [@${key}];`);
      const text = (await editorText(page)).replace(/\n/g, '');
      if (text.includes('[@doorzet')) throw new Error(`what was typed is still there:\n${tail(await editorText(page), 20)}`);
      return `versnippering [@${key}];`;
    });

    // The commands of the corpus: the search quick pick inserts a citation; the tree shows the commitments.
    await check('Zoek in het coalitieakkoord inserts the chosen citation', `the quick pick (F1 › "Akkoordwijzer: Zoek in het coalitieakkoord") lists "${key}" first for "doorzettingsmacht", and Enter inserts it at the cursor`, async () => {
      await page.keyboard.press('Escape');
      const r = await textRect(page, 'daarvan,', 'daarvan');
      if (!r) throw new Error('"daarvan," is not rendered');
      await page.mouse.click(r.x + r.width / 2, r.y + r.height / 2);
      await page.keyboard.press('End');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.type(' ');
      await runCommand(page, 'Akkoordwijzer: Zoek in het coalitieakkoord');
      // The command's own quick pick (not the palette it was run from): its placeholder says what to type.
      const input = page.locator(`.quick-input-widget input[placeholder="${SEARCH_PLACEHOLDER}"]`);
      await input.waitFor({ state: 'visible', timeout: 20_000 });
      await input.fill('doorzettingsmacht');
      const row = page.locator('.quick-input-list .monaco-list-row[data-index="0"]');
      await page.waitForFunction((k) => document.querySelector('.quick-input-list .monaco-list-row[data-index="0"]')?.textContent?.includes(k) ?? false, key, { timeout: 20_000 }).catch(() => undefined);
      const first = norm((await row.textContent().catch(() => '')) ?? '');
      if (!first.includes(key)) throw new Error(`the first row is "${first}"`);
      await page.keyboard.press('Enter');
      await editorShows(page, `grondslag daarvan [@${key}],`);
      return `first row: ${first.slice(0, 80)}; inserted "daarvan [@${key}],"`;
    });

    const firstGroups = async (want: string[]) => {
      // The rows fill in once the server answered; the list is virtual, so only the first rows are compared.
      const deadline = Date.now() + 20_000;
      let rows: string[] = [];
      for (;;) {
        rows = await treeRowTexts(page, want.length);
        // A group row ends in its count; a corpus row says its count first, then how whole it is.
        if (rows.length === want.length && rows.every((r, i) => r.startsWith(want[i]!) && (!want[i]!.endsWith(' (') || /\(\d+\)$/.test(r)))) return rows;
        if (Date.now() > deadline) throw new Error(`the view's first rows are ${rows.map((r) => `"${r}"`).join(', ') || '(none)'}, expected ${want.map((w) => (w.endsWith(' (') ? `"${w}N)"` : `"${w}…)"`)).join(', ')}`);
        await page.waitForTimeout(200);
      }
    };
    await check('Toon toezeggingen shows the tree by chapter', `the view "Coalitieakkoord" beginning with the groups ${corpora.byChapter.slice(0, 3).join(' | ')}`, async () => {
      await runCommand(page, 'Akkoordwijzer: Toon toezeggingen');
      return (await firstGroups(corpora.byChapter.slice(0, 3))).join(' | ');
    });

    await check('Groepeer op hoofdstuk of tag regroups the tree', `groups by tag: ${corpora.byTag.slice(0, 3).join(' | ')}`, async () => {
      // The button in the view's title bar, as a user clicks it.
      const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /^\s*Coalitieakkoord/i }) });
      await pane.locator('.pane-header').hover();
      await pane.locator('.pane-header .action-label[aria-label="Groepeer op hoofdstuk of tag"]').first().click({ timeout: 10_000 });
      return (await firstGroups(corpora.byTag.slice(0, 3))).join(' | ');
    });
  }

  if (pageErrors.length) log(`errors in the page (not failures by themselves):\n${pageErrors.slice(0, 10).map((e) => '    ' + e).join('\n')}`);
  if (result.failed > 0) console.log(`  logs (tails):\n${o.cs.logTails()}`);
  await page.close();
  result.seconds = (Date.now() - t0) / 1000;
  return result;
}
