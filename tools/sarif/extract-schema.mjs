// Re-creates test/fixtures/sarif/sarif-schema-2.1.0.json from the npm package that ships it (see SOURCE.md there):
//   npm pack @datadog/datadog-ci-plugin-sarif@5.25.0 && tar xzf datadog-datadog-ci-plugin-sarif-5.25.0.tgz
//   node tools/sarif/extract-schema.mjs package/dist/bundle.js > test/fixtures/sarif/sarif-schema-2.1.0.json
// The bundle holds the schema file as one object literal (esbuild's JSON loader); this cuts it out and prints it as JSON.
import { readFileSync } from 'node:fs';

const bundle = readFileSync(process.argv[2], 'utf8');
const marker = 'var sarif_schema_2_1_0_default = ';
const start = bundle.indexOf(marker) + marker.length;
if (start < marker.length) throw new Error('no SARIF schema in this bundle');
let depth = 0;
let end = start;
let quote = null;
for (; end < bundle.length; end++) {
  const c = bundle[end];
  if (quote) {
    if (c === '\\') end++;
    else if (c === quote) quote = null;
  } else if (c === '"' || c === "'" || c === '`') quote = c;
  else if (c === '{') depth++;
  else if (c === '}' && --depth === 0) break;
}
// The literal is data only (keys, strings, numbers, arrays); evaluating it is how to read JavaScript object syntax.
const schema = new Function(`return ${bundle.slice(start, end + 1)}`)();
process.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
