// Preloaded (`NODE_OPTIONS=--require`) into the server under test: makes `Number.prototype.toLocaleString` throw. In
// the server's bundle only the `werkbudget` rule calls it (its note writes 1.000.000 as a Dutch reader does), so the
// test sees one rule fail in the real server, every time that rule runs, as a rule with a defect would.
Number.prototype.toLocaleString = function () {
  throw new Error('toLocaleString is kapot gemaakt voor de test');
};
