/**
 * Security round 2 on the bundled action (runner model, main + post): names that would take
 * over later steps, contributing values, output names, __proto__, the run command's
 * environment, the post step's identity check and environment size limits.
 */
import { existsSync, lstatSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SeekritEmulator } from './support/emulator.js';
import { expectNoLeak } from './support/leaks.js';
import { maskedLog, registeredMasks, runAction } from './support/runner.js';

const DB_PASSWORD = 'contrib-pw-7f3a9c2e';
const APP: Record<string, string> = {
  DATABASE_URL: 'postgres://svc:${DB_PASSWORD}@db.internal/app',
  DB_PASSWORD,
  NODE_ENV: 'production',
  LOG_LEVEL: 'warn',
  // A computed key makes an own property; a literal __proto__ key would set the prototype.
  ['__proto__']: 'proto-value-5150',
  HUGE: 'h'.repeat(200_000),
};
const HOSTILE: Record<string, string> = {
  GIT_CONFIG_COUNT: '1',
  GIT_CONFIG_KEY_0: 'core.sshCommand',
  GIT_CONFIG_VALUE_0: 'touch /tmp/pwned-by-seekrit-test',
  npm_config_node_options: '--require /tmp/evil.js',
  JDK_JAVA_OPTIONS: '-javaagent:/tmp/evil.jar',
  DOTNET_STARTUP_HOOKS: '/tmp/evil.dll',
  HOME: '/tmp/evil-home',
  TMPDIR: '/tmp/evil-tmp',
  HTTPS_PROXY: 'http://evil.example:3128',
  CI_API_V4_URL: 'https://evil.example/api/v4',
  seekrit_file: '/etc/important',
  UID: '0',
  count: 'c-over', // only hostile with outputs: true
};

let emulator: SeekritEmulator;
let token: string;
let hostile: string;

beforeAll(async () => {
  emulator = new SeekritEmulator();
  emulator.setEnvironment('web', 'production', APP).setEnvironment('web', 'hostile', HOSTILE);
  await emulator.listen();
  token = await emulator.mintToken('web', 'production');
  hostile = await emulator.mintToken('web', 'hostile');
});
afterAll(() => emulator.close());

const action = (inputs: Record<string, string>, env: Record<string, string> = {}, options: Parameters<typeof runAction>[2] = {}) =>
  runAction({ token, 'api-url': emulator.url, ...inputs }, env, options);

describe('names that would take over later steps', () => {
  it.each(Object.keys(HOSTILE).filter((name) => name !== 'count'))('refuses %s by name, delivering nothing', async (name) => {
    const r = await action({ token: hostile, secrets: name });
    expect(r.main.code).toBe(1);
    expect(r.main.stdout).toMatch(new RegExp(`::error::UNSAFE_NAME: Secret ${name} (is refused as a reserved name|cannot be set)`));
    expect(r.files.env).toBe('');
    expectNoLeak(
      { log: maskedLog(r.main.stdout) },
      [HOSTILE[name] as string].filter((v) => v.length > 4),
      token,
    );
  });

  it('lets ordinary configuration through (NODE_ENV, LOG_LEVEL)', async () => {
    const r = await action({ secrets: 'NODE_ENV, LOG_LEVEL' });
    expect(r.main.code).toBe(0);
    expect(Object.fromEntries(r.env)).toStrictEqual({ NODE_ENV: 'production', LOG_LEVEL: 'warn' });
  });

  it('applies the same policy to the run command', async () => {
    const r = await action({ token: hostile, secrets: 'GIT_CONFIG_COUNT', run: 'true' });
    expect(r.main.code).toBe(1);
    expect(r.main.stdout).toContain('GIT_CONFIG_COUNT');
  });

  it('refuses a name that would overwrite one of the action’s own outputs, with outputs: true only', async () => {
    const refused = await action({ token: hostile, secrets: 'count', outputs: 'true' });
    expect(refused.main.stdout).toContain(`Secret count would overwrite the action's own output "count"`);
    expect(refused.files.output).toBe('');
    const ok = await action({ token: hostile, secrets: 'count', outputs: 'false', 'export-env': 'true' });
    expect(ok.main.code).toBe(0);
    expect(ok.outputs.get('count')).toBe('1');
  });
});

describe('what is hidden', () => {
  it('masks a value that flows into a delivered one through ${REF}, even when it is not delivered', async () => {
    const r = await action({ secrets: 'DATABASE_URL' });
    expect(r.main.code).toBe(0);
    expect(r.env.get('DATABASE_URL')).toBe(`postgres://svc:${DB_PASSWORD}@db.internal/app`);
    expect(registeredMasks(r.main.stdout)).toContain(DB_PASSWORD);
    const printed = await action({
      secrets: 'DATABASE_URL',
      run: 'echo "password alone: $(echo "$DATABASE_URL" | cut -d: -f3 | cut -d@ -f1)"',
    });
    expect(maskedLog(printed.main.stdout)).toContain('password alone: ***');
    expect(maskedLog(printed.main.stdout)).not.toContain(DB_PASSWORD);
  });
});

describe('delivery that never loses or mangles a name', () => {
  it('delivers a secret named __proto__ exactly to the run command and to a json file', async () => {
    const r = await action({
      secrets: '__proto__',
      'export-env': 'false',
      file: 'out.json',
      'keep-file': 'true',
      run: 'printf %s "$__proto__" > seen.txt',
    });
    expect(r.main.code).toBe(0);
    expect(readFileSync(join(r.workspace, 'seen.txt'), 'utf8')).toBe('proto-value-5150');
    expect(readFileSync(join(r.workspace, 'out.json'), 'utf8')).toContain('"__proto__": "proto-value-5150"');
  });

  it('refuses, by name, a value too large for an environment variable; a file of its own may carry it', async () => {
    const r = await action({ secrets: 'HUGE' });
    expect(r.main.code).toBe(1);
    expect(r.main.stdout).toContain(
      "VALUE_TOO_LARGE: Secret HUGE takes 200006 bytes as an environment variable (with its name), more than Linux's MAX_ARG_STRLEN allows (131072)",
    );
    expect(r.files.env).toBe('');
    const ok = await action({ secrets: 'HUGE', files: 'HUGE' });
    expect(ok.main.code).toBe(0);
    const path = ok.env.get('HUGE') as string;
    expect(path.startsWith(ok.runnerTemp)).toBe(true);
    expect(existsSync(path)).toBe(false); // removed by the post step
  });
});

describe('the run command', () => {
  it('gets what a run: step would have: no runtime token, cache URL, GITHUB_STATE or inputs', async () => {
    const runtime = {
      ACTIONS_RUNTIME_TOKEN: 'runtime-token-abc123',
      ACTIONS_RUNTIME_URL: 'https://pipelines.example/',
      ACTIONS_CACHE_URL: 'https://cache.example/',
      ACTIONS_RESULTS_URL: 'https://results.example/',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc.example/',
    };
    const r = await action({ secrets: 'LOG_LEVEL', run: 'env | cut -d= -f1 | sort > names.txt' }, runtime);
    expect(r.main.code).toBe(0);
    const names = readFileSync(join(r.workspace, 'names.txt'), 'utf8').split('\n');
    for (const hidden of [
      'ACTIONS_RUNTIME_TOKEN',
      'ACTIONS_RUNTIME_URL',
      'ACTIONS_CACHE_URL',
      'ACTIONS_RESULTS_URL',
      'GITHUB_STATE',
      'INPUT_TOKEN',
      'INPUT_RUN',
    ])
      expect(names).not.toContain(hidden);
    for (const kept of ['ACTIONS_ID_TOKEN_REQUEST_URL', 'GITHUB_ENV', 'GITHUB_OUTPUT', 'LOG_LEVEL']) expect(names).toContain(kept);
  });
});

describe('the post step removes only what main wrote', () => {
  it('leaves a file that replaced the written one at the same path', async () => {
    const r = await action(
      { secrets: 'LOG_LEVEL', file: 'cfg.env' },
      {},
      {
        betweenSteps: (workspace) => {
          rmSync(join(workspace, 'cfg.env'));
          writeFileSync(join(workspace, 'cfg.env'), 'the user’s own file\n');
        },
      },
    );
    expect(r.main.code).toBe(0);
    expect(r.post.code).toBe(0);
    expect(readFileSync(join(r.workspace, 'cfg.env'), 'utf8')).toBe('the user’s own file\n');
    expect(r.post.stdout).toContain('is no longer the file this action wrote');
  });

  it('records the file by inode in its state', async () => {
    const r = await action({ secrets: 'LOG_LEVEL', file: 'cfg.env', 'keep-file': 'true' });
    const state = JSON.parse(r.state.get('files') as string);
    expect(state.file.ino).toBe(lstatSync(join(r.workspace, 'cfg.env')).ino);
  });
});
