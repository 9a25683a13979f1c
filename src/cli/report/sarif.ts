import path from 'node:path';
import { positionAt, RULES, ruleDocUrl, type Severity, type SeverityLevel, type Taal } from '../../core/service';
import type { CheckedFile } from './index';

const VERSION = __VERSION__;

function level(s: Severity | SeverityLevel): 'error' | 'warning' | 'note' | 'none' {
  return s === 'error' ? 'error' : s === 'warning' ? 'warning' : s === 'off' ? 'none' : 'note';
}

/** SARIF uses URI paths: forward slashes whatever the platform. */
function uriOf(file: string): string {
  return file.split(path.sep).join('/');
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

function resultsOf(f: CheckedFile) {
  const artifactLocation = { uri: uriOf(f.path) };
  return f.findings.map((x) => ({
    ruleId: x.ruleId,
    level: level(x.severity),
    message: { text: x.message },
    locations: [{ physicalLocation: { artifactLocation, region: regionOf(f, x.start, x.end) } }],
    ...(x.fixes.length > 0
      ? {
          fixes: x.fixes.map((fix) => ({
            description: { text: fix.title },
            artifactChanges: [{ artifactLocation, replacements: fix.edits.map((e) => ({ deletedRegion: regionOf(f, e.start, e.end), insertedContent: { text: e.newText } })) }],
          })),
        }
      : {}),
  }));
}

/** `check --format sarif`: SARIF 2.1.0 with the rule table (in the chosen language), 1-based regions in UTF-16 units. */
export function sarifReport(files: readonly CheckedFile[], taal: Taal): unknown {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: driver(taal) }, columnKind: 'utf16CodeUnits', results: files.flatMap(resultsOf) }],
  };
}
