// Runs the compiler's CLI in this process and, on exit, writes this process's CPU time and peak RSS
// to $BENCH_RUSAGE_FILE. Used by the benchmark when GNU `/usr/bin/time` is not installed.
import fs from 'node:fs';
import { main } from '../../src/compiler/cli';

const file = process.env.BENCH_RUSAGE_FILE;
process.on('exit', () => {
  if (!file) return;
  const u = process.resourceUsage();
  // maxRSS is in kilobytes; CPU times in microseconds.
  fs.writeFileSync(
    file,
    JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssBytes: u.maxRSS * 1024 }),
  );
});
// main() may be synchronous or return a promise.
process.exitCode = await Promise.resolve(main(process.argv.slice(2)));
