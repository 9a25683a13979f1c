// Preloaded (`node -r`) into every process the start-up benchmark starts, ours and the baselines alike: at exit it
// writes the process's peak resident memory to standard error, where the benchmark reads it.
process.on('exit', () => {
  require('node:fs').writeSync(2, `\n@maxrss ${process.resourceUsage().maxRSS}\n`);
});
