import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { mergeConfigs, parseTaal, type AkkoordwijzerConfig } from '../core/config';
import { computeLineStarts } from '../core/markdown/lines';
import { URI } from 'vscode-uri';
import { createDraftService, type DataProblem, type Finding, type Taal } from '../core/service';
import { positionAt } from '../core/text/positions';
import { RULES } from '../core/rules/index';
import { ruleDocUrl } from '../core/rules/types';
import { findConfigFile, readConfigFile } from '../host/configFile';
import { CorpusStore } from '../host/corpusStore';
import { findFiles, MARKDOWN_FILE } from '../host/files';
import type { CorpusSet } from '../core/corpus/registry';
import type { Commitment } from '../core/corpus/types';
import { loadBuiltinLexicon, loadBuiltinSynonyms } from '../host/data';

const VERSION = __VERSION__;

const HELP = `Akkoordwijzer ${VERSION} — toets moties en Kamervragen aan het coalitieakkoord

Gebruik:
  akkoordwijzer check [--format text|json|sarif] [--config BESTAND] [--taal nl|en] [--corpus BESTAND]... PAD...
  akkoordwijzer corpus list [--format text|json] [--corpus BESTAND]...
  akkoordwijzer corpus search [--format text|json] [--corpus BESTAND]... WOORDEN...
  akkoordwijzer corpus validate BESTAND...
  akkoordwijzer --help | --version

PAD is een Markdown-bestand of een map (die wordt doorzocht op *.md). De ingebouwde corpora (ca2026, ca2021),
de corpusbestanden *.akkoord.yaml in de huidige map, die uit .akkoordwijzer.yaml en die van --corpus worden geladen.
Exitcode: 0 zonder fouten, 1 als een bevinding de ernst 'error' heeft, 2 bij een gebruiks- of invoerfout.
`;

interface CheckedFile {
  path: string;
  kind: string;
  text: string;
  lineStarts: number[];
  findings: Finding[];
}

class UsageError extends Error {}

function out(s: string): void {
  process.stdout.write(s);
}

function err(s: string): void {
  process.stderr.write(s.endsWith('\n') ? s : `${s}\n`);
}

/** A file given by name is checked whatever its extension; a directory is searched for Markdown files. */
function expand(p: string, acc: string[]): void {
  if (statSync(p).isDirectory()) acc.push(...findFiles(p, (name) => MARKDOWN_FILE.test(name), 32));
  else acc.push(p);
}

function parseArgs(argv: string[]): { command: string; format: string; config?: string; taal?: Taal; paths: string[]; corpora: string[] } {
  const [command = '', ...rest] = argv;
  const result = { command, format: 'text', paths: [] as string[], corpora: [] as string[] } as ReturnType<typeof parseArgs>;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    const value = (): string => {
      const eq = a.indexOf('=');
      if (eq > 0) return a.slice(eq + 1);
      const v = rest[++i];
      if (v === undefined) throw new UsageError(`${a} verwacht een waarde`);
      return v;
    };
    const name = a.split('=')[0];
    if (name === '--format' || name === '-f') result.format = value();
    else if (name === '--config' || name === '-c') result.config = value();
    else if (name === '--corpus') result.corpora.push(value());
    else if (name === '--taal' || name === '--lang') {
      const t = parseTaal(value());
      if (!t) throw new UsageError('--taal verwacht nl of en');
      result.taal = t;
    } else if (a.startsWith('-') && a !== '-') throw new UsageError(`onbekende optie ${a}`);
    else result.paths.push(a);
  }
  if (!['text', 'json', 'sarif'].includes(result.format)) throw new UsageError(`onbekend formaat "${result.format}" (text, json of sarif)`);
  return result;
}

/** A data-file problem as compilers print it: `file:line:col: severity message` (1-based), in the chosen language. */
function problemLine(file: string, p: DataProblem, taal: Taal): string {
  return `${file}:${p.line + 1}:${p.character + 1}: ${p.severity} ${taal === 'en' && p.messageEn ? p.messageEn : p.message}`;
}

function toJson(files: CheckedFile[]): unknown {
  return {
    version: 1,
    files: files.map((f) => ({
      path: f.path,
      kind: f.kind,
      findings: f.findings.map((x) => ({
        ruleId: x.ruleId,
        severity: x.severity,
        message: x.message,
        range: { start: positionAt(f.lineStarts, x.start), end: positionAt(f.lineStarts, x.end) },
        text: x.text,
        commitments: x.commitments,
        fixes: x.fixes.map((fix) => ({
          title: fix.title,
          edits: fix.edits.map((e) => ({ range: { start: positionAt(f.lineStarts, e.start), end: positionAt(f.lineStarts, e.end) }, newText: e.newText })),
        })),
      })),
    })),
  };
}

function toSarif(files: CheckedFile[], taal: Taal): unknown {
  const level = (s: string) => (s === 'error' ? 'error' : s === 'warning' ? 'warning' : s === 'off' ? 'none' : 'note');
  const region = (f: CheckedFile, start: number, end: number) => {
    const a = positionAt(f.lineStarts, start);
    const b = positionAt(f.lineStarts, end);
    return { startLine: a.line + 1, startColumn: a.character + 1, endLine: b.line + 1, endColumn: b.character + 1 };
  };
  const uri = (p: string) => p.split(path.sep).join('/');
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'akkoordwijzer',
            version: VERSION,
            informationUri: 'https://github.com/akkoordwijzer/akkoordwijzer',
            rules: RULES.map((r) => ({
              id: r.id,
              name: r.id,
              shortDescription: { text: r.title[taal] },
              fullDescription: { text: r.docs.summary[taal] },
              helpUri: ruleDocUrl(r.id),
              defaultConfiguration: { level: level(r.defaultSeverity) },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: files.flatMap((f) =>
          f.findings.map((x) => ({
            ruleId: x.ruleId,
            level: level(x.severity),
            message: { text: x.message },
            locations: [{ physicalLocation: { artifactLocation: { uri: uri(f.path) }, region: region(f, x.start, x.end) } }],
            ...(x.fixes.length > 0
              ? {
                  fixes: x.fixes.map((fix) => ({
                    description: { text: fix.title },
                    artifactChanges: [
                      { artifactLocation: { uri: uri(f.path) }, replacements: fix.edits.map((e) => ({ deletedRegion: region(f, e.start, e.end), insertedContent: { text: e.newText } })) },
                    ],
                  })),
                }
              : {}),
          })),
        ),
      },
    ],
  };
}

/**
 * The configuration: `--config FILE`, else `.akkoordwijzer.yaml` in the current folder or above. Its problems print
 * as `file:line:col`; a missing or broken file fails the run (exit 2) while the defaults keep working.
 */
function loadConfig(args: ReturnType<typeof parseArgs>): { config: AkkoordwijzerConfig; configFile: string | undefined; taal: Taal; failed: boolean } {
  const configFile = args.config ?? findConfigFile(process.cwd());
  if (args.config && !existsSync(args.config)) {
    err(`${args.config}: configuratiebestand niet gevonden`);
    return { config: mergeConfigs(), configFile: undefined, taal: args.taal ?? 'nl', failed: true };
  }
  if (!configFile) return { config: mergeConfigs(), configFile, taal: args.taal ?? 'nl', failed: false };
  const { config, problems } = readConfigFile(configFile);
  const taal = args.taal ?? config.taal ?? 'nl';
  for (const p of problems) err(problemLine(configFile, p, taal));
  return { config, configFile, taal, failed: problems.some((p) => p.severity === 'error') };
}

function check(args: ReturnType<typeof parseArgs>): number {
  if (args.paths.length === 0) throw new UsageError('geef een of meer bestanden of mappen');
  const { config, configFile, taal, failed } = loadConfig(args);
  let exit = failed ? 2 : 0;
  const lexicon = loadBuiltinLexicon();
  for (const p of lexicon.report.problems) err(problemLine(lexicon.report.file, p, taal));
  const corpus = loadCorpora(args.corpora, config, configFile, taal, args.paths);
  if (corpus.failed) exit = 2;
  const service = createDraftService({ vagueTerms: [...lexicon.terms, ...config.extraTerms], settings: { taal, severities: config.regels }, corpus: corpus.set, synonyms: loadBuiltinSynonyms().lexicon });

  const files: string[] = [];
  for (const p of args.paths) {
    if (!existsSync(p)) {
      err(`${p}: bestand of map niet gevonden`);
      exit = 2;
      continue;
    }
    expand(p, files);
  }
  const checked: CheckedFile[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      err(`${file}: kan het bestand niet lezen (${(e as Error).message})`);
      exit = 2;
      continue;
    }
    const { draft, findings } = service.analyze({ uri: path.resolve(file), version: 1, text });
    checked.push({ path: file, kind: draft.kind, text, lineStarts: computeLineStarts(text), findings });
  }
  if (args.format === 'json') out(`${JSON.stringify(toJson(checked), null, 2)}\n`);
  else if (args.format === 'sarif') out(`${JSON.stringify(toSarif(checked, taal), null, 2)}\n`);
  else {
    let total = 0;
    for (const f of checked) {
      for (const x of f.findings) {
        const p = positionAt(f.lineStarts, x.start);
        out(`${f.path}:${p.line + 1}:${p.character + 1}: ${x.severity} ${x.ruleId} ${x.message}\n`);
        total++;
      }
    }
    const summary = taal === 'en' ? `${checked.length} file(s) checked, ${total} finding(s)` : `${checked.length} bestand(en) gecontroleerd, ${total} bevinding(en)`;
    err(summary);
  }
  if (exit !== 2 && checked.some((f) => f.findings.some((x) => x.severity === 'error'))) exit = 1;
  return exit;
}

/**
 * Built-in corpora, the workspace's `*.akkoord.yaml` (found from the config file's folder, or else from the checked
 * folders, as the editor does for its workspace), the config file's `corpora:` and `--corpus`. Problems print as
 * `file:line:col: severity message`; an error in a corpus that was asked for (config, `--corpus`) makes the run exit
 * 2, while everything valid still loads.
 */
function loadCorpora(extra: string[], config: AkkoordwijzerConfig, configFile: string | undefined, taal: Taal, paths: string[] = []): { set: CorpusSet; failed: boolean } {
  let failed = false;
  for (const p of extra) {
    if (!existsSync(p)) {
      err(`${p}: corpusbestand niet gevonden`);
      failed = true;
    }
  }
  const base = configFile ? path.dirname(configFile) : process.cwd();
  const configured = config.corpora.map((c) => (path.isAbsolute(c) ? c : path.join(base, c)));
  const store = new CorpusStore();
  const explicit = new Set([...configured, ...extra].map((p) => URI.file(path.resolve(p)).toString()));
  // The "workspace" is the config file's folder, else the folders that were asked to be checked (a file's own folder).
  const folders = configFile ? [base] : paths.length > 0 ? [...new Set(paths.filter((p) => existsSync(p)).map((p) => (statSync(p).isDirectory() ? p : path.dirname(p))))] : [base];
  const set = store.build({ folders, extraFiles: [...configured, ...extra.filter((p) => existsSync(p))], openText: () => undefined });
  for (const [uri, problems] of set.problemsByUri()) {
    const file = URI.parse(uri).fsPath;
    for (const p of problems) {
      err(problemLine(path.relative(process.cwd(), file) || file, p, taal));
      // A broken corpus that was asked for fails the run; one merely found in the folder is reported, and skipped.
      if (p.severity === 'error' && explicit.has(uri)) failed = true;
    }
  }
  return { set, failed };
}

function commitmentJson(set: CorpusSet, c: Commitment, score?: number): Record<string, unknown> {
  const corpus = set.corpus(c.corpusId);
  return {
    key: c.key,
    corpus: c.corpusId,
    corpusTitle: corpus?.shortTitle ?? corpus?.title,
    text: c.text,
    ...(c.fragments.length ? { fragments: c.fragments } : {}),
    tags: c.tags,
    firmness: c.firmness ?? null,
    ministry: c.ministry,
    chapter: c.chapter ?? null,
    ...(c.section ? { section: c.section } : {}),
    ...(c.page ? { page: c.page } : {}),
    ...(c.theme ? { theme: c.theme } : {}),
    ...(c.deadline ? { deadline: c.deadline } : {}),
    ...(c.amount ? { amount: c.amount } : {}),
    source: c.source,
    replaced: set.isReplaced(c.corpusId),
    ...(score !== undefined ? { score: Math.round(score * 1000) / 1000 } : {}),
  };
}

function corpusCommand(args: ReturnType<typeof parseArgs>): number {
  const [sub, ...rest] = args.paths;
  if (sub === 'validate') {
    if (rest.length === 0) throw new UsageError('corpus validate verwacht een of meer bestanden');
    const taal = args.taal ?? 'nl';
    const store = new CorpusStore();
    let problems = 0;
    for (const file of rest) {
      const r = store.load(path.resolve(file), false);
      for (const p of r.problems) out(`${problemLine(file, p, taal)}\n`);
      problems += r.problems.length;
      if (r.problems.length === 0) {
        const n = r.corpus?.commitments.length ?? 0;
        err(taal === 'en' ? `${file}: ${n} commitments, no problems` : `${file}: ${n} toezeggingen, geen problemen`);
      }
    }
    return problems > 0 ? 2 : 0;
  }
  if (sub !== 'list' && sub !== 'search') throw new UsageError(`onbekend corpus-commando "${sub ?? ''}" (list, search, validate)`);
  if (args.format === 'sarif') throw new UsageError('corpus list/search kennen --format text of json');
  if (sub === 'search' && rest.length === 0) throw new UsageError('corpus search verwacht zoekwoorden');
  const cfg = loadConfig(args);
  const { set, failed } = loadCorpora(args.corpora, cfg.config, cfg.configFile, cfg.taal);
  const rows =
    sub === 'list'
      ? set.commitments.map((c) => ({ c, score: undefined as number | undefined }))
      : searchRows(set, rest.join(' '));
  if (args.format === 'json') out(`${JSON.stringify(rows.map((r) => commitmentJson(set, r.c, r.score)), null, 2)}\n`);
  else for (const r of rows) out(`${r.c.key}\t${r.c.firmness ?? '-'}\t${r.c.tags.join(',')}\t${r.c.text.replace(/\s+/g, ' ')}\n`);
  return failed || cfg.failed ? 2 : 0;
}

function searchRows(set: CorpusSet, query: string): { c: Commitment; score: number | undefined }[] {
  const service = createDraftService({ vagueTerms: [], corpus: set, synonyms: loadBuiltinSynonyms().lexicon });
  return service.searchCommitments(query, 50).map((r) => ({ c: r.commitment, score: r.score }));
}

export function main(argv: string[]): number {
  try {
    if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
      out(HELP);
      return argv.length === 0 ? 2 : 0;
    }
    if (argv[0] === '--version' || argv[0] === '-v') {
      out(`${VERSION}\n`);
      return 0;
    }
    const args = parseArgs(argv);
    if (args.command === 'check') return check(args);
    if (args.command === 'corpus') return corpusCommand(args);
    throw new UsageError(`onbekend commando "${args.command}"`);
  } catch (e) {
    if (e instanceof UsageError) {
      err(`akkoordwijzer: ${e.message}\n\n${HELP}`);
      return 2;
    }
    err(`akkoordwijzer: interne fout: ${(e as Error).stack ?? String(e)}`);
    return 2;
  }
}

if (require.main === module) {
  // Output piped into `head` closes early: that is not an error of ours.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  process.exitCode = main(process.argv.slice(2));
}
