import { describe, expect, it } from 'vitest';
import { parseCommandLine, UsageError } from '../../src/cli/args';
import { runCli as run } from './runCli';

function usageError(argv: string[]): UsageError {
  try {
    parseCommandLine(argv);
  } catch (e) {
    if (e instanceof UsageError) return e;
    throw e;
  }
  throw new Error(`no usage error for ${argv.join(' ')}`);
}

describe('the command line', () => {
  it('takes options anywhere, in every spelling parseArgs knows, and keeps --corpus in order', () => {
    expect(parseCommandLine(['check', 'a.md', '-f', 'json', '--corpus=x.yaml', '--lang=en', '--corpus', 'y.yaml', '-c', 'cfg.yaml', 'b.md'])).toEqual({
      kind: 'run',
      command: 'check',
      args: { format: 'json', config: 'cfg.yaml', taal: 'en', corpora: ['x.yaml', 'y.yaml'], operands: ['a.md', 'b.md'] },
    });
    expect(parseCommandLine(['--taal', 'engels', 'corpus', 'search', 'cloud', '--', '--exit'])).toMatchObject({
      command: 'corpus search',
      args: { format: 'text', taal: 'en', operands: ['cloud', '--exit'] },
    });
    expect(parseCommandLine(['check', '-'])).toMatchObject({ args: { operands: ['-'] } });
  });

  it('names what is wrong: unknown options, missing and bad values, options and operands a command has not', () => {
    const cases: [string[], string, string][] = [
      [['check', '--bogus', 'x.md'], 'onbekende optie --bogus', 'check'],
      [['check', 'x.md', '--format'], '--format verwacht een waarde', 'check'],
      [['corpus', 'list', '--help=ja'], '--help neemt geen waarde', 'corpus list'],
      [['-x'], 'onbekende optie -x', 'general'],
      // The name of an Object member is no option of the table (reviewer).
      [['check', '--constructor', 'x.md'], 'onbekende optie --constructor', 'check'],
      [['check', '--taal', 'fr', 'x.md'], '--taal verwacht nl of en', 'check'],
      [['check', '--format', 'xml', 'x.md'], 'onbekend formaat "xml" (text, json of sarif)', 'check'],
      [['corpus', 'list', '--format', 'sarif'], 'onbekend formaat "sarif" (text of json)', 'corpus list'],
      [['corpus', 'validate', '--format', 'json', 'a.yaml'], 'corpus validate kent de optie --format niet', 'corpus validate'],
      [['corpus', 'list', 'extra'], 'corpus list verwacht geen argumenten (niet "extra")', 'corpus list'],
      [['corpus', 'zoek'], 'onbekend corpus-commando "zoek" (list, search, validate, import, fetch)', 'corpus'],
      [['corpus'], 'onbekend corpus-commando "" (list, search, validate, import, fetch)', 'corpus'],
      [['check'], 'geef een of meer bestanden of mappen', 'check'],
      // An empty variable in a script ("$FILE") read as the working folder, and checked all of it.
      [['check', 'a.md', ''], 'een leeg argument: geef een bestand of map (een lege variabele in een script zou anders de hele werkmap controleren)', 'check'],
      [['corpus', 'search'], 'corpus search verwacht zoekwoorden', 'corpus search'],
      [['bogus'], 'onbekend commando "bogus"', 'general'],
    ];
    for (const [argv, nl, topic] of cases) {
      const e = usageError(argv);
      expect(e.text.nl, argv.join(' ')).toBe(nl);
      expect(e.topic, argv.join(' ')).toBe(topic);
    }
  });

  it('says every usage error in English too, and picks the language from --taal', () => {
    const e = usageError(['check', '--taal', 'en', '--format', 'xml', 'x.md']);
    expect(e.taal).toBe('en');
    expect(e.text.en).toBe('unknown format "xml" (text, json or sarif)');
    expect(usageError(['--lang', 'en', 'check', '--bogus']).taal).toBe('en');
    expect(usageError(['check', '--bogus']).taal).toBe('nl');
  });

  it('prints the usage error with the usage of the command it is about, in the chosen language, exit 2', async () => {
    const nl = await run(['check', '--format', 'xml', 'x.md']);
    expect(nl.code).toBe(2);
    expect(nl.stdout).toBe('');
    expect(nl.stderr).toMatch(/^akkoordwijzer: onbekend formaat "xml" \(text, json of sarif\)\n\nGebruik:\n {2}akkoordwijzer check \[--format/);
    expect(nl.stderr).toContain('Alle opties en uitleg: akkoordwijzer check --help');
    const en = await run(['corpus', 'search', '--taal', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(/^akkoordwijzer: corpus search expects search words\n\nUsage:\n {2}akkoordwijzer corpus search \[/);
    expect(en.stderr).toContain('All options and what they do: akkoordwijzer corpus search --help');
    expect(en.stderr).not.toMatch(/Gebruik|Opties|verwacht/);
  });

  it('prints the usage, not the whole help, after a usage error (the one line that matters scrolled away), and names a command close to a mistyped one', async () => {
    const r = await run(['check', '--frmat', 'json', 'x.md']);
    expect(r.stderr.split('\n').length).toBeLessThan(10);
    expect(r.stderr).not.toContain('Opties:');
    const typo = await run(['chek', 'x.md']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/^akkoordwijzer: onbekend commando "chek"; bedoelde u "check"\?\n/);
    expect((await run(['zoeken'])).stderr).toMatch(/^akkoordwijzer: onbekend commando "zoeken"\n/);
  });
});

describe('help and version', () => {
  it('prints the overview on standard output: exit 0 when asked, 2 when no command is given', async () => {
    const asked = await run(['--help']);
    expect(asked.code).toBe(0);
    expect(asked.stdout).toMatch(/^Akkoordwijzer \d+\.\d+\.\d+ — toets moties en Kamervragen aan het coalitieakkoord\n/);
    for (const usage of ['akkoordwijzer check [--format text|json|sarif]', 'akkoordwijzer corpus list', 'akkoordwijzer corpus search', 'akkoordwijzer corpus validate [--taal nl|en] BESTAND...']) {
      expect(asked.stdout).toContain(usage);
    }
    const none = await run([]);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe(asked.stdout);
    const en = await run(['--taal', 'en']);
    expect(en.code).toBe(2);
    expect(en.stdout).toContain('check moties and Kamervragen against the coalition agreement');
    expect(en.stdout).toContain("Exit code: 0 without errors, 1 when a finding has severity 'error' or there are more warnings than\n--max-warnings allows, 2 on a usage or input error.");
  });

  it('has a help page per command, with exactly the options that command takes', async () => {
    const check = await run(['check', '--help']);
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/^akkoordwijzer check — /);
    for (const option of ['-f, --format text|json|sarif', '-c, --config BESTAND', '--taal nl|en', '--corpus BESTAND', '-h, --help']) expect(check.stdout).toContain(option);
    const validate = await run(['help', 'corpus', 'validate', '--taal', 'en']);
    expect(validate.code).toBe(0);
    expect(validate.stdout).toMatch(/^akkoordwijzer corpus validate — Validates corpus files/);
    expect(validate.stdout).toContain('akkoordwijzer corpus validate [--taal nl|en] FILE...');
    expect(validate.stdout).not.toContain('--format');
    const search = await run(['corpus', 'search', '-h']);
    expect(search.stdout).toContain('-f, --format text|json ');
    expect(search.stdout).not.toContain('sarif');
    const corpus = await run(['corpus', '--help']);
    expect(corpus.stdout).toMatch(/^akkoordwijzer corpus — /);
    expect(corpus.stdout).toContain('akkoordwijzer corpus search [--format text|json]');
  });

  it('check --help lists the linter options in both languages; help is the same after the command or before it', async () => {
    const nl = await run(['check', '--help']);
    const en = await run(['check', '-h', '--taal', 'en']);
    const rows: [string, string, string][] = [
      ['-q, --quiet', 'meld alleen fouten', 'report errors only'],
      ['--max-warnings N', 'exitcode 1 bij meer dan N waarschuwingen', 'exit code 1 with more than N warnings'],
      ['--stdin ', 'lees het concept van de standaardinvoer', 'read the draft from standard input'],
      ['--stdin-filename', 'bepaalt soort, configuratie', 'decides the kind, the configuration'],
      ['--ignore', 'gitignore-syntaxis', 'gitignore syntax'],
      ['--color, --no-color', 'alleen in een terminal', 'only in a terminal'],
    ];
    // The option list, not the synopsis (whose options stand in brackets).
    const row = (out: string, flag: string) => out.split('\n').find((l) => l.includes(flag) && !l.includes('['));
    for (const [flag, dutch, english] of rows) {
      expect(row(nl.stdout, flag), flag).toContain(dutch);
      expect(row(en.stdout, flag), flag).toContain(english);
    }
    expect(nl.stdout).toContain('--stdin-filename BESTAND');
    expect(en.stdout).toContain('--stdin-filename FILE');
    expect(en.stdout).toContain('[--ignore PATTERN]...');
    expect(en.stdout).toContain('or a quoted glob ("moties/**/*.md")');
    expect((await run(['help', 'check', '--taal', 'en'])).stdout).toBe(en.stdout);
    // The synopsis is wrapped to fit a terminal.
    expect(Math.max(...en.stdout.split('\n').filter((l) => l.includes('[--')).map((l) => l.length))).toBeLessThanOrEqual(110);
  });

  it('corpus fetch --help and corpus search --help in both languages, with only their own options', async () => {
    const nl = await run(['corpus', 'fetch', '--help']);
    expect(nl.code).toBe(0);
    expect(nl.stdout).toMatch(/^akkoordwijzer corpus fetch — Haalt een document/);
    expect(nl.stdout).toContain('--timeout SECONDEN');
    const en = await run(['corpus', 'fetch', '--help', '--taal', 'en']);
    expect(en.stdout).toMatch(/^akkoordwijzer corpus fetch — Fetches a document/);
    expect(en.stdout).toContain('--timeout SECONDS');
    for (const out of [nl.stdout, en.stdout]) expect(out).not.toMatch(/--quiet|--stdin|--max-warnings|--format/);
    const search = await run(['corpus', 'search', '--help', '--taal', 'en']);
    expect(search.stdout).toMatch(/^akkoordwijzer corpus search — Searches/);
    expect(search.stdout).not.toContain('--quiet');
  });

  it('refuses the check options elsewhere', async () => {
    const r = await run(['corpus', 'list', '--quiet', '--taal', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('corpus list has no option --quiet');
  });

  it('--version prints the package version', async () => {
    const r = await run(['--version']);
    expect(r).toEqual({ code: 0, stdout: `${__VERSION__}\n`, stderr: '' });
    expect((await run(['-v'])).stdout).toBe(`${__VERSION__}\n`);
  });
});
