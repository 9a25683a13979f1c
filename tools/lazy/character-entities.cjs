// The entry of dist/entities.js: the table of HTML's named character references, loaded on first use by the CLI and
// the server (see LAZY in tools/build.mjs).
module.exports = require('character-entities');
