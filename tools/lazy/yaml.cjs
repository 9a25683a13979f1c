// The entry of dist/yaml.js: the YAML parser as its own bundle, loaded on first use by the CLI and the server
// (see LAZY in tools/build.mjs).
module.exports = require('yaml');
