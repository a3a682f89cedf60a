// Preloaded (`node -r`) into a child process the benchmark measures: at exit, it prints the child's
// peak resident set (VmHWM) as the last line on stderr, so the figure is the child's alone.
const { readFileSync } = require('node:fs');

process.on('exit', () => {
  let kb = process.resourceUsage().maxRSS;
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) kb = Number(match[1]);
  } catch {
    // not Linux: resourceUsage() it is
  }
  process.stderr.write(`\nBENCH_PEAK_RSS_KB=${kb}\n`);
});
