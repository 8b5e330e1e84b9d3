// Preloaded with --import in the RSS runs only: records the process's peak RSS when it exits.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.SEEKRIT_BENCH_RSS_FILE) writeFileSync(process.env.SEEKRIT_BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
