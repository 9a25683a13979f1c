// Preloaded (`NODE_OPTIONS=--require`) into the server under test: writes `@read <path>` to standard error for every
// file the process opens for reading or stats by name, so a test can tell that a file was never touched.
const fs = require('node:fs');
const say = (p) => {
  if (typeof p === 'string') fs.writeSync(2, `\n@read ${p}\n`);
};
for (const name of ['readFileSync', 'statSync', 'openSync', 'readdirSync']) {
  const original = fs[name];
  fs[name] = function (p, ...rest) {
    say(p);
    return original.call(this, p, ...rest);
  };
}
