// @ts-check
/**
 * `npm run emulator`: starts the seekrit emulator with a demo org and prints its URL and a fresh
 * service token. The demo values are made up, so printing the token here is harmless.
 */
import { writeFileSync } from 'node:fs';
import { seedDemo } from './demo.js';

// --platform-checks: two more secrets for CI's per-OS checks (see demo.js).
const { emulator, token } = await seedDemo({ platformChecks: process.argv.includes('--platform-checks') });
// --write-env PATH: also write SEEKRIT_API_URL and SEEKRIT_TOKEN there (CI jobs pick them up from it).
// Not --env-file: Node.js 20 and later read that flag even after the script name.
const envFileAt = process.argv.indexOf('--write-env');
if (envFileAt >= 0 && process.argv[envFileAt + 1]) {
  writeFileSync(/** @type {string} */ (process.argv[envFileAt + 1]), `SEEKRIT_API_URL=${emulator.url}\nSEEKRIT_TOKEN=${token}\n`, {
    mode: 0o600,
  });
}
process.stdout.write(`seekrit emulator listening on ${emulator.url}\n`);
process.stdout.write(`export SEEKRIT_API_URL=${emulator.url}\n`);
process.stdout.write(`export SEEKRIT_TOKEN=${token}\n`);
process.stdout.write('Press Ctrl+C to stop.\n');
const stop = () => emulator.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
