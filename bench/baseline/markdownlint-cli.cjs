// The start-up baseline: markdownlint with all its default rules over the files named on the command line, printed
// as a linter's CLI prints its findings. Started as a node process exactly as the Akkoordwijzer CLI is.
const { readFileSync } = require('node:fs');
const { lint } = require('markdownlint/sync');

const files = process.argv.slice(2);
const strings = Object.fromEntries(files.map((f) => [f, readFileSync(f, 'utf8')]));
const results = lint({ strings });
let count = 0;
for (const [file, errors] of Object.entries(results)) {
  for (const e of errors) {
    count++;
    process.stdout.write(`${file}:${e.lineNumber} ${e.ruleNames.join('/')} ${e.ruleDescription}\n`);
  }
}
process.stdout.write(`${files.length} file(s), ${count} finding(s)\n`);
