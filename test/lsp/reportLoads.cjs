// Preloaded (`NODE_OPTIONS=--require`) into a bundle under test: writes `@loaded <file>` to standard error for every
// file of dist/ the process requires after it started, so a test can tell which bundles a start loaded.
const Module = require('node:module');
const path = require('node:path');
const load = Module._load;
Module._load = function (request, ...rest) {
  if (path.isAbsolute(request) && request.endsWith('.js')) require('node:fs').writeSync(2, `\n@loaded ${path.basename(request)}\n`);
  return load.call(this, request, ...rest);
};
