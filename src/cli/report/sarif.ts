import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { pick, positionAt, RULES, ruleDocUrl, type Severity, type SeverityLevel, type Taal } from '../../core/service';
import type { CliContext } from '../io';
import { SARIF } from '../messages';
import type { CheckedFile, ReportRun } from './index';

const VERSION = __VERSION__;

/** The base of every relative artifact URI: the working directory of the run (in CI, the checkout). */
export const SRCROOT = '%SRCROOT%';

function level(s: Severity | SeverityLevel): 'error' | 'warning' | 'note' | 'none' {
  return s === 'error' ? 'error' : s === 'warning' ? 'warning' : s === 'off' ? 'none' : 'note';
}

/** A folder as an absolute `file://` URI ending in `/`, so relative URIs resolve below it (RFC 3986, 5.2). */
function folderUri(folder: string): string {
  const href = pathToFileURL(folder).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/**
 * Where a draft is: relative to `%SRCROOT%` when it lies below the working directory (each segment percent-encoded,
 * so spaces and accents survive), else an absolute `file://` URI; a draft from standard input without a name has only
 * a description.
 */
function artifactLocation(f: CheckedFile, cwd: string, taal: Taal) {
  if (f.file === undefined) return { description: { text: pick(SARIF.stdin, taal) } };
  const relative = path.relative(cwd, f.file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return { uri: pathToFileURL(f.file).href };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function regionOf(f: CheckedFile, start: number, end: number) {
  const a = positionAt(f.lineStarts, start);
  const b = positionAt(f.lineStarts, end);
  return { startLine: a.line + 1, startColumn: a.character + 1, endLine: b.line + 1, endColumn: b.character + 1 };
}

function driver(taal: Taal) {
  return {
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
  };
}

const RULE_INDEX = new Map(RULES.map((r, i) => [r.id, i]));

function resultsOf(f: CheckedFile, cwd: string, taal: Taal) {
  const location = artifactLocation(f, cwd, taal);
  return f.findings.map((x) => ({
    ruleId: x.ruleId,
    ...(RULE_INDEX.has(x.ruleId) ? { ruleIndex: RULE_INDEX.get(x.ruleId)! } : {}),
    level: level(x.severity),
    message: { text: x.message },
    locations: [{ physicalLocation: { artifactLocation: location, region: regionOf(f, x.start, x.end) } }],
    ...(x.fixes.length > 0
      ? {
          fixes: x.fixes.map((fix) => ({
            description: { text: fix.title },
            artifactChanges: [{ artifactLocation: location, replacements: fix.edits.map((e) => ({ deletedRegion: regionOf(f, e.start, e.end), insertedContent: { text: e.newText } })) }],
          })),
        }
      : {}),
  }));
}

/** An argument as a POSIX shell would need it written. */
function shellWord(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** The run itself: how it was called, where, when, and how it ended (a finding is no failure of the tool; exit 2 is). */
function invocation(ctx: CliContext, run: ReportRun) {
  return {
    commandLine: ['akkoordwijzer', ...ctx.argv].map(shellWord).join(' '),
    arguments: [...ctx.argv],
    executionSuccessful: run.exitCode !== 2,
    exitCode: run.exitCode,
    startTimeUtc: ctx.startTime.toISOString(),
    endTimeUtc: new Date().toISOString(),
    workingDirectory: { uri: folderUri(ctx.cwd) },
  };
}

/**
 * `check --format sarif`: SARIF 2.1.0 with the rule table (in the chosen language), results pointing into it by
 * `ruleIndex`, artifact URIs relative to `%SRCROOT%` (given in `originalUriBaseIds`), 1-based regions in UTF-16 units,
 * and the invocation.
 */
export function sarifReport(files: readonly CheckedFile[], ctx: CliContext, run: ReportRun): unknown {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: driver(run.taal) },
        invocations: [invocation(ctx, run)],
        originalUriBaseIds: { [SRCROOT]: { uri: folderUri(ctx.cwd) } },
        columnKind: 'utf16CodeUnits',
        results: files.flatMap((f) => resultsOf(f, ctx.cwd, run.taal)),
      },
    ],
  };
}
