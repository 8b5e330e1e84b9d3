// @ts-check
/** The demo org `npm start` and `npm run emulator` serve: one app, one composed group, made-up values. */
import { SeekritEmulator } from './emulator.js';

/**
 * @param {{ platformChecks?: boolean }} [options] platformChecks: also BIG_BLOB (40,000 characters,
 * over Windows' limit for one variable) and CON (a Windows device name), for CI's per-OS checks.
 */
export async function seedDemo(options = {}) {
  const emulator = new SeekritEmulator({ orgSlug: 'acme' });
  emulator
    .setGroupEnvironment('shared', 'production', {
      SENTRY_DSN: 'https://demo@sentry.example/1',
      DATABASE_HOST: 'db.internal',
      LOG_LEVEL: 'info',
    })
    .setEnvironment('web', 'production', {
      DATABASE_URL: 'postgres://web:demo-password@${DATABASE_HOST}:5432/web',
      STRIPE_SECRET_KEY: 'sk_test_demo_51HxYz',
      LOG_LEVEL: 'warn',
      TLS_KEY: '-----BEGIN DEMO KEY-----\nMIIBdemo\n-----END DEMO KEY-----',
      ...(options.platformChecks ? { BIG_BLOB: 'b'.repeat(40_000), CON: 'device-named-demo-value' } : {}),
    })
    .compose('web', 'shared');
  await emulator.listen();
  const token = await emulator.mintToken('web', 'production');
  return { emulator, token };
}
