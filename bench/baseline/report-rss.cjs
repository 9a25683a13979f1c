// Preloaded (`node -r`) into every process the benchmarks start, ours and the baselines alike: at exit it writes the
// process's peak resident memory (KB) and its CPU time (user + system, all threads, ms) to standard error, where the
// benchmark reads them. CPU time is the steadier figure on a machine busy with other work; wall time the user's.
process.on('exit', () => {
  const cpu = process.cpuUsage();
  require('node:fs').writeSync(2, `\n@maxrss ${process.resourceUsage().maxRSS}\n@cpu ${((cpu.user + cpu.system) / 1000).toFixed(1)}\n`);
});
