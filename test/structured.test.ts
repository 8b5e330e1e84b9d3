/**
 * Structured secrets end to end: JSON fields, name-case and templates through the bundled action
 * (runner model: main, then post) and the bundled seekrit-ci, against the emulator's real
 * ciphertext. Every run is checked for leaks: no leaf of a JSON secret in any log, file left or
 * summary.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, runCli } from './support/cli.js';
import { SeekritEmulator } from './support/emulator.js';
import { expectNoLeak } from './support/leaks.js';
import { maskedLog, registeredMasks, runAction } from './support/runner.js';

const DB_CONFIG = JSON.stringify({
  user: 'structured_db_user',
  password: 'structured-pass-5521',
  host: 'db.structured.internal',
  replicas: ['replica-a.structured', 'replica-b.structured'],
  'tls-ca': '-----BEGIN CA-----\nstructured-ca-line\n-----END CA-----',
});
const LEAVES = [
  'structured_db_user',
  'structured-pass-5521',
  'db.structured.internal',
  'replica-a.structured',
  'replica-b.structured',
  'structured-ca-line',
];
const VALUES = { DB_CONFIG, API_KEY: 'structured-api-key-8890', Region_Name: 'eu-structured-1' };

let emulator: SeekritEmulator;
let token: string;
beforeAll(async () => {
  emulator = new SeekritEmulator();
  emulator.setEnvironment('web', 'production', VALUES);
  await emulator.listen();
  token = await emulator.mintToken('web', 'production');
});
afterAll(() => emulator.close());

const action = (inputs: Record<string, string>, options: Parameters<typeof runAction>[2] = {}) =>
  runAction({ token, 'api-url': emulator.url, ...inputs }, {}, options);
const cliEnv = () => cleanEnv({ SEEKRIT_TOKEN: token, SEEKRIT_API_URL: emulator.url });
const SECRETS = [DB_CONFIG, ...LEAVES, VALUES.API_KEY, VALUES.Region_Name];

describe('the action: fields and name-case', () => {
  it('delivers single fields and flattened ones, masks every leaf before anything is printed, and lists fields in the summary', async () => {
    const r = await action({ secrets: 'DB_PASSWORD=DB_CONFIG.password\nREPLICA=DB_CONFIG.replicas[1]\nDB_CONFIG.*', outputs: 'true' });
    expect(r.main.code, r.main.stderr).toBe(0);
    expect(r.env.get('DB_PASSWORD')).toBe('structured-pass-5521');
    expect(r.env.get('REPLICA')).toBe('replica-b.structured');
    expect(r.env.get('DB_CONFIG_TLS_CA')).toBe('-----BEGIN CA-----\nstructured-ca-line\n-----END CA-----');
    expect(r.env.get('DB_CONFIG_REPLICAS')).toBe('["replica-a.structured","replica-b.structured"]');
    const masks = registeredMasks(r.main.stdout);
    for (const leaf of [...LEAVES, DB_CONFIG]) expect(masks, leaf).toContain(leaf);
    // Every mask comes before the first line that is not one.
    const lines = r.main.stdout.split('\n');
    const firstOther = lines.findIndex((l) => l !== '' && !l.startsWith('::add-mask::'));
    expect(lines.slice(firstOther).some((l) => l.startsWith('::add-mask::'))).toBe(false);
    expect(r.summary).toContain('| `DB_PASSWORD` | field DB&#95;CONFIG.password |');
    expectNoLeak({ log: maskedLog(r.main.stdout), stderr: r.main.stderr, summary: r.summary, post: r.post.stdout }, SECRETS, token);
  });

  it('name-case lower with prefix TF_VAR_ gives Terraform’s form, and the summary says so', async () => {
    const r = await action({ secrets: 'Region_Name, DB_PASSWORD=DB_CONFIG.password', 'name-case': 'lower', prefix: 'TF_VAR_' });
    expect(r.main.code, r.main.stdout).toBe(0);
    expect([...r.env.keys()].sort()).toStrictEqual(['TF_VAR_db_password', 'TF_VAR_region_name']);
    expect(r.summary).toContain('Names in lower case, then prefixed with `TF_VAR_`.');
  });

  it('an absent field or a value that is not JSON fails the step before anything is exported, never quoting a value', async () => {
    for (const [secrets, says] of [
      ['X=DB_CONFIG.passwd', 'SECRET_NOT_FOUND: Secret DB_CONFIG has no field .passwd.'],
      ['X=API_KEY.field', 'UNSUPPORTED_VALUE: Secret API_KEY is not JSON (character 1)'],
      ['DB_CONFIG.password', 'delivers one field, which needs a name of its own'],
    ]) {
      const r = await action({ secrets: secrets as string });
      expect(r.main.code, secrets).toBe(1);
      expect(r.main.stdout).toContain(says as string);
      expect(r.files.env).toBe('');
      expectNoLeak({ log: maskedLog(r.main.stdout), raw: r.main.stdout.replace(/^::add-mask::.*$/gm, '') }, SECRETS, token);
    }
    const optional = await action({ secrets: 'X=DB_CONFIG.passwd?, API_KEY' });
    expect(optional.main.code).toBe(0);
    expect([...optional.env.keys()]).toStrictEqual(['API_KEY']);
  });
});

describe('the action: templates', () => {
  const TEMPLATE = [
    'database:',
    '  user: {{ DB_CONFIG.user | yaml }}',
    '  password: {{ DB_PASSWORD | yaml }}',
    '  ca: {{ DB_CONFIG["tls-ca"] | yaml }}',
    'api_key_b64: {{ API_KEY | base64 }}',
    'literal: {{ "{{" }} not a placeholder }}',
    '',
  ].join('\n');

  it('renders into file (0600), masked, export-env off by default, and the post step removes it', async () => {
    let during = '';
    let mode = 0;
    const r = await action(
      { secrets: 'DB_PASSWORD=DB_CONFIG.password, DB_CONFIG, API_KEY', template: 'deploy/config.tmpl', file: 'config.yml' },
      {
        beforeMain: (workspace) => {
          mkdirSync(join(workspace, 'deploy'));
          writeFileSync(join(workspace, 'deploy/config.tmpl'), TEMPLATE);
        },
        betweenSteps: (workspace) => {
          during = readFileSync(join(workspace, 'config.yml'), 'utf8');
          mode = statSync(join(workspace, 'config.yml')).mode & 0o777;
        },
      },
    );
    expect(r.main.code, r.main.stdout).toBe(0);
    expect(during).toBe(
      [
        'database:',
        '  user: "structured_db_user"',
        '  password: "structured-pass-5521"',
        '  ca: "-----BEGIN CA-----\\nstructured-ca-line\\n-----END CA-----"',
        `api_key_b64: ${Buffer.from(VALUES.API_KEY).toString('base64')}`,
        'literal: {{ not a placeholder }}',
        '',
      ].join('\n'),
    );
    expect(mode).toBe(0o600);
    expect(r.files.env).toBe('');
    expect(existsSync(join(r.workspace, 'config.yml'))).toBe(false);
    expect(maskedLog(r.main.stdout)).toMatch(/to file .*config\.yml \(rendered from .*deploy\/config\.tmpl, removed after the job\)/);
    expectNoLeak({ log: maskedLog(r.main.stdout), post: r.post.stdout, summary: r.summary }, SECRETS, token);
  });

  it('a template that fails halfway writes nothing and exports nothing, naming the line', async () => {
    const r = await action(
      { secrets: 'DB_CONFIG, API_KEY', template: 'bad.tmpl', file: 'out.yml', 'export-env': 'true', files: 'API_KEY' },
      { beforeMain: (workspace) => writeFileSync(join(workspace, 'bad.tmpl'), 'ok: {{ API_KEY }}\nbad: {{ DB_CONFIG.nope }}\n') },
    );
    expect(r.main.code).toBe(1);
    expect(r.main.stdout).toContain('Template ');
    expect(r.main.stdout).toContain('bad.tmpl, line 2: DB_CONFIG has no field .nope.');
    expect(readdirSync(r.workspace)).toStrictEqual(['bad.tmpl']);
    expect(readdirSync(r.runnerTemp).filter((f) => f.startsWith('seekrit-'))).toStrictEqual([]);
    expect(r.files.env).toBe('');
  });

  it('template needs file, and takes no format', async () => {
    expect((await action({ template: 't.tmpl' })).main.stdout).toContain(
      'Input template needs file, the path to write the rendered template to.',
    );
    expect((await action({ template: 't.tmpl', file: 'x', format: 'json' })).main.stdout).toContain(
      'Input format does not go with template',
    );
    expect((await action({ template: 'missing.tmpl', file: 'x' })).main.stdout).toMatch(
      /Template .*missing\.tmpl cannot be read \(ENOENT\)/,
    );
  });
});

describe('seekrit-ci: fields, name-case and render', () => {
  it('export takes fields and --name-case', async () => {
    const r = await runCli(
      ['export', '--format', 'json', '--secrets', 'Pass=DB_CONFIG.password,DB_CONFIG.*', '--name-case', 'upper'],
      cliEnv(),
    );
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, string>;
    expect(out.PASS).toBe('structured-pass-5521');
    expect(out.DB_CONFIG_HOST).toBe('db.structured.internal');
    expect((await runCli(['export', '--name-case', 'title'], cliEnv())).stderr).toContain('--name-case must be keep, upper or lower');
  });

  it('render prints to stdout or writes a 0600 file; a bad template writes nothing', async () => {
    const dir = (await import('node:fs')).mkdtempSync(join((await import('node:os')).tmpdir(), 'seekrit-render-'));
    try {
      writeFileSync(join(dir, 'app.tmpl'), 'KEY={{ API_KEY | shell }}\nUSER={{ DB_CONFIG.user }}\n');
      const out = await runCli(['render', join(dir, 'app.tmpl')], cliEnv());
      expect(out.code, out.stderr).toBe(0);
      expect(out.stdout).toBe("KEY='structured-api-key-8890'\nUSER=structured_db_user\n");
      expect(out.stderr).toMatch(
        /^seekrit-ci: rendered .*app\.tmpl with 3 secrets of acme\/web\/production \(token skt_\w+\) to stdout\n$/,
      );
      const file = join(dir, 'app.env');
      const written = await runCli(['render', join(dir, 'app.tmpl'), '-o', file], cliEnv());
      expect(written.code, written.stderr).toBe(0);
      expect(readFileSync(file, 'utf8')).toBe(out.stdout);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect((await runCli(['render', join(dir, 'app.tmpl'), '-o', file], cliEnv())).stderr).toContain('already exists');
      writeFileSync(join(dir, 'bad.tmpl'), 'A={{ API_KEY }}\nB={{ NOPE }}\n');
      const bad = await runCli(['render', join(dir, 'bad.tmpl'), '-o', join(dir, 'bad.out')], cliEnv());
      expect(bad.code).toBe(1);
      expect(bad.stderr).toContain('line 2: NOPE is not among the delivered names');
      expect(existsSync(join(dir, 'bad.out'))).toBe(false);
      expect((await runCli(['render'], cliEnv())).code).toBe(2);
      expect((await runCli(['render', 'a', 'b'], cliEnv())).stderr).toContain('render takes one template');
      expect((await runCli(['render', join(dir, 'app.tmpl'), '--files', 'API_KEY'], cliEnv())).stderr).toContain('render takes no --files');
      const missing = await runCli(
        ['render', join(dir, 'none.tmpl')],
        cleanEnv({ SEEKRIT_TOKEN: token, SEEKRIT_API_URL: 'http://127.0.0.1:9' }),
      );
      expect(missing.stderr).toMatch(/cannot be read \(ENOENT\)/);
      expectNoLeak({ stderr: out.stderr + written.stderr + bad.stderr }, SECRETS, token);
    } finally {
      (await import('node:fs')).rmSync(dir, { recursive: true, force: true });
    }
  });
});
