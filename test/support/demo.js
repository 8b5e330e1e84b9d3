// @ts-check
/** The demo org `npm start` and `npm run emulator` serve: one app, one composed group, made-up values. */
import { SeekritEmulator } from './emulator.js';

export async function seedDemo() {
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
    })
    .compose('web', 'shared');
  await emulator.listen();
  const token = await emulator.mintToken('web', 'production');
  return { emulator, token };
}
