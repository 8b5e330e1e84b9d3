// @ts-check
/**
 * `npm start`: runs the bundled `seekrit-ci export` the way a CI job would. With SEEKRIT_TOKEN set it
 * talks to the real API (or SEEKRIT_API_URL); without one it starts the local seekrit emulator with
 * a demo environment, so a newcomer sees the whole path work with no seekrit account.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli/index.js', import.meta.url));
// `npm start -- --format json` means export with those flags; `npm start -- run -- env` names a command.
const given = process.argv.slice(2);
const args =
  given.length === 0
    ? ['export', '--format', 'dotenv']
    : given[0]?.startsWith('-') && !['--help', '-h', '--version'].includes(given[0])
      ? ['export', ...given]
      : given;

/** @type {{ close(): Promise<void> } | undefined} */
let emulator;
const env = { ...process.env };
if (!env.SEEKRIT_TOKEN) {
  const { seedDemo } = await import('../test/support/demo.js');
  const demo = await seedDemo();
  emulator = demo.emulator;
  env.SEEKRIT_TOKEN = demo.token;
  env.SEEKRIT_API_URL = demo.emulator.url;
  process.stderr.write(`npm start: no SEEKRIT_TOKEN set, so using the local seekrit emulator at ${demo.emulator.url} (demo values)\n`);
}
const child = spawn(process.execPath, [cli, ...args], { env, stdio: 'inherit' });
const code = await new Promise((resolve) => child.on('close', (status) => resolve(status ?? 1)));
await emulator?.close();
process.exit(/** @type {number} */ (code));
