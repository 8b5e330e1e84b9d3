/**
 * Delivery that fits real jobs (files per secret, unmasked names, optional names, no clobbering,
 * list comments), on both shells: the bundled action through the runner model (main + post) and
 * the bundled seekrit-ci (export and run).
 */
import { execFileSync, spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REDACTED } from '../src/core/redact/redactor.js';
import { cleanEnv, runCli } from './support/cli.js';
import { SeekritEmulator } from './support/emulator.js';
import { expectNoLeak } from './support/leaks.js';
import { maskedLog, registeredMasks, runAction } from './support/runner.js';

/** Whether `path` is gone within `ms` (the files watcher polls once a second). */
async function goneWithin(path: string, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (existsSync(path) && Date.now() < deadline) await sleep(100);
  return !existsSync(path);
}

const CREDENTIALS =
  '{\n  "type": "service_account",\n  "private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEdelivery\\n-----END PRIVATE KEY-----\\n"\n}\n';
const VALUES: Record<string, string> = {
  GOOGLE_APPLICATION_CREDENTIALS: CREDENTIALS,
  SSH_KEY: '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAA\n-----END OPENSSH PRIVATE KEY-----',
  BINARY_ISH: 'nul\u0000inside-delivery-value',
  LOG_LEVEL: 'warn',
  API_KEY: 'sk_delivery_556677',
};
const SECRET_VALUES = Object.entries(VALUES)
  .filter(([name]) => name !== 'LOG_LEVEL')
  .map(([, value]) => value);

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

describe('one file per secret', () => {
  it('action: writes exact bytes to 0600 files in a private folder under RUNNER_TEMP; env, outputs and run get the path; post removes them', async () => {
    const r = await action({
      secrets: 'GOOGLE_APPLICATION_CREDENTIALS, KEY=SSH_KEY, BINARY_ISH',
      files: 'GOOGLE_APPLICATION_CREDENTIALS\nKEY   # the deploy key\nBINARY_ISH',
      outputs: 'true',
      run: 'cat "$KEY" > key-copy; printf %s "$GOOGLE_APPLICATION_CREDENTIALS" > path.txt',
      'export-env': 'true',
    });
    expect(r.main.code).toBe(0);
    const path = r.env.get('GOOGLE_APPLICATION_CREDENTIALS') as string;
    expect(path.startsWith(`${r.runnerTemp}/seekrit-files-`)).toBe(true);
    expect(r.outputs.get('KEY')).toBe(r.env.get('KEY'));
    expect(readFileSync(join(r.workspace, 'key-copy'), 'utf8')).toBe(VALUES.SSH_KEY);
    expect(readFileSync(join(r.workspace, 'path.txt'), 'utf8')).toBe(path);
    // Removed by the post step, folder and all.
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(r.runnerTemp).filter((f) => f.startsWith('seekrit-files-'))).toStrictEqual([]);
    expect(r.summary).toContain('| `KEY` | `SSH_KEY` | app web/production | path of its own file, masked |');
    // The values are still masked: a program may print the file.
    expect(registeredMasks(r.main.stdout)).toContain(VALUES.SSH_KEY);
    expectNoLeak({ log: maskedLog(r.main.stdout), post: r.post.stdout, summary: r.summary }, SECRET_VALUES, token);
  });

  it('action: the files exist with mode 0600 in a 0700 folder while the job runs', async () => {
    const r = await action({
      secrets: 'SSH_KEY',
      files: 'SSH_KEY',
      run: 'stat -c "%a" "$SSH_KEY" "$(dirname "$SSH_KEY")" > modes.txt; cat "$SSH_KEY" | wc -c > size.txt',
    });
    expect(r.main.code).toBe(0);
    expect(readFileSync(join(r.workspace, 'modes.txt'), 'utf8')).toBe('600\n700\n');
    expect(Number(readFileSync(join(r.workspace, 'size.txt'), 'utf8'))).toBe(Buffer.byteLength(VALUES.SSH_KEY as string));
  });

  it('a files name that is not delivered fails by name, before anything is written', async () => {
    const r = await action({ secrets: 'API_KEY', files: 'SSH_KEY' });
    expect(r.main.code).toBe(1);
    expect(r.main.stdout).toContain('files names SSH_KEY, which is not delivered');
    expect(r.files.env).toBe('');
    const cli = await runCli(['export', '--secrets', 'API_KEY', '--files', 'SSH_KEY'], cliEnv());
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain('--files names SSH_KEY, which is not delivered');
    expect(cli.stdout).toBe('');
  });

  it('seekrit-ci run: the command gets paths to exact files, removed when it ends', async () => {
    const result = await runCli(
      [
        'run',
        '--secrets',
        'GOOGLE_APPLICATION_CREDENTIALS,BINARY_ISH',
        '--files',
        'GOOGLE_APPLICATION_CREDENTIALS,BINARY_ISH',
        '--',
        'sh',
        '-c',
        'echo "$GOOGLE_APPLICATION_CREDENTIALS"; od -An -c "$BINARY_ISH" | tr -d " \\n"; echo; cat "$GOOGLE_APPLICATION_CREDENTIALS"',
      ],
      cliEnv(),
    );
    expect(result.code).toBe(0);
    const [path, bytes] = result.stdout.split('\n');
    expect(existsSync(path as string)).toBe(false);
    expect(bytes).toBe('nul\\0inside-delivery-value');
    // The file's content is still redacted when the command prints it.
    expect(result.stdout).toContain(REDACTED);
    expect(result.stdout).not.toContain('MIIEdelivery');
  });

  it('seekrit-ci run: the files go even when seekrit-ci itself is killed with SIGKILL', async () => {
    const work = mkdtempSync(join(tmpdir(), 'seekrit-killed-'));
    try {
      const script = `echo "$GOOGLE_APPLICATION_CREDENTIALS" > ${work}/path; kill -9 $PPID`;
      const args = [
        'run',
        '--secrets',
        'GOOGLE_APPLICATION_CREDENTIALS',
        '--files',
        'GOOGLE_APPLICATION_CREDENTIALS',
        '--',
        'sh',
        '-c',
        script,
      ];
      const result = await runCli(args, cliEnv());
      expect(result.signal).toBe('SIGKILL');
      const path = readFileSync(join(work, 'path'), 'utf8').trim();
      expect(path).toMatch(/^\//);
      expect(await goneWithin(dirname(path), 4_000)).toBe(true);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('seekrit-ci export --remove-after: the files and each --remove folder go once that process ends', async () => {
    const extra = mkdtempSync(join(tmpdir(), 'seekrit-extra-'));
    const owner = spawn('sleep', ['0.5']);
    const result = await runCli(
      [
        'export',
        '--format',
        'json',
        '--secrets',
        'BINARY_ISH',
        '--files',
        'BINARY_ISH',
        '--remove-after',
        String(owner.pid),
        '--remove',
        extra,
      ],
      cliEnv(),
    );
    expect(result.code, result.stderr).toBe(0);
    const path = (JSON.parse(result.stdout) as Record<string, string>).BINARY_ISH as string;
    expect(existsSync(path)).toBe(true);
    expect(result.stderr).not.toContain('remove the folder when the job is done');
    expect(await goneWithin(dirname(path), 4_000)).toBe(true);
    expect(existsSync(extra)).toBe(false);
    for (const [args, message] of [
      [['--remove', extra], '--remove goes with --remove-after PID'],
      [['--remove-after', '0'], '--remove-after must be between 1'],
      [['--remove-after', '1', '--remove', 'relative'], '--remove needs an absolute path'],
      [['--remove-after', '1', '--remove', tmpdir()], '--remove takes a private folder'],
    ] as const) {
      const refused = await runCli(['export', ...args], cliEnv());
      expect(refused.code, args.join(' ')).toBe(2);
      expect(refused.stderr).toContain(message);
    }
    expect(existsSync(tmpdir())).toBe(true);
  });

  it('seekrit-ci export: values in files, paths in the output; a NUL value may go to a file but not to an environment', async () => {
    const refused = await runCli(['export', '--format', 'shell', '--secrets', 'BINARY_ISH'], cliEnv());
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Secret BINARY_ISH contains a NUL byte');
    const result = await runCli(['export', '--format', 'json', '--secrets', 'BINARY_ISH,API_KEY', '--files', 'BINARY_ISH'], cliEnv());
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as Record<string, string>;
    expect(json.API_KEY).toBe(VALUES.API_KEY);
    try {
      expect(readFileSync(json.BINARY_ISH as string, 'utf8')).toBe(VALUES.BINARY_ISH);
      expect(statSync(json.BINARY_ISH as string).mode & 0o777).toBe(0o600);
      expect(result.stderr).toMatch(/per-secret files are in \S+: remove the folder when the job is done/);
    } finally {
      // export leaves the folder to its caller (the GitLab job removes it at exit): this test is the caller.
      rmSync(dirname(json.BINARY_ISH as string), { recursive: true, force: true });
    }
  });
});

describe('configuration left unmasked, by name', () => {
  it('action: not registered as a mask, delivered, listed in the log and summary; nothing is unmasked by default', async () => {
    const r = await action({
      secrets: 'LOG_LEVEL, API_KEY',
      unmasked: 'LOG_LEVEL',
      run: 'echo "npm warn: level $LOG_LEVEL, key $API_KEY"',
    });
    expect(r.main.code).toBe(0);
    expect(registeredMasks(r.main.stdout)).not.toContain('warn');
    expect(maskedLog(r.main.stdout)).toContain('npm warn: level warn, key ***');
    expect(r.main.stdout).toContain('Not masked (unmasked): LOG_LEVEL');
    expect(r.summary).toContain('Not masked (unmasked): `LOG_LEVEL`.');
    const byDefault = await action({ secrets: 'LOG_LEVEL' });
    expect(registeredMasks(byDefault.main.stdout)).toContain('warn');
    expect(byDefault.main.stdout).not.toContain('::warning::');
  });

  it('NAME? may be absent, as in secrets; a plain name that is not delivered still fails', async () => {
    const r = await action({ secrets: 'LOG_LEVEL, API_KEY', unmasked: 'LOG_LEVEL, SENTRY_DSN?', files: 'SSH_KEY?' });
    expect(r.main.code, r.main.stdout).toBe(0);
    expect(r.main.stdout).toContain('Not masked (unmasked): LOG_LEVEL\n');
    expect(r.summary).toContain('Not masked (unmasked): `LOG_LEVEL`.');
    const strict = await action({ secrets: 'LOG_LEVEL', unmasked: 'SENTRY_DSN' });
    expect(strict.main.code).toBe(1);
    expect(strict.main.stdout).toContain('unmasked names SENTRY_DSN, which is not delivered');
    expect(strict.main.stdout).toContain('or write SENTRY_DSN? if it may be absent');
    const cli = await runCli(['export', '--secrets', 'LOG_LEVEL', '--unmasked', 'LOG_LEVEL,SENTRY_DSN?', '--files', 'NOPE?'], cliEnv());
    expect(cli.code, cli.stderr).toBe(0);
    // Nothing went to a file, so no folder was made.
    expect(cli.stderr).not.toContain('per-secret files are in');
    expect(cli.stderr).toContain('not masked (--unmasked): LOG_LEVEL\n');
    expect((await runCli(['export', '--unmasked', 'LOG_*?'], cliEnv())).code).toBe(2);
  });

  it('names only: a glob is refused, naming the input', async () => {
    const r = await action({ unmasked: 'LOG_*' });
    expect(r.main.code).toBe(1);
    expect(r.main.stdout).toContain('unmasked entry "LOG_*" is not a name (globs are not accepted here');
  });

  it('seekrit-ci run: an unmasked value is shown, the others redacted', async () => {
    const result = await runCli(
      ['run', '--secrets', 'LOG_LEVEL,API_KEY', '--unmasked', 'LOG_LEVEL', '--', 'sh', '-c', 'echo "$LOG_LEVEL $API_KEY"'],
      cliEnv(),
    );
    expect(result.stdout).toBe(`warn ${REDACTED}\n`);
  });
});

describe('optional names', () => {
  it('delivers a present optional name, skips an absent one with a notice, and still fails on a plain missing name', async () => {
    const r = await action({ secrets: 'API_KEY?\nSENTRY_DSN?\nDSN=MISSING_DSN?' });
    expect(r.main.code).toBe(0);
    expect([...r.env.keys()]).toStrictEqual(['API_KEY']);
    expect(r.main.stdout).toContain('::notice::Optional secrets not in this environment, skipped: SENTRY_DSN?, DSN=MISSING_DSN?.');
    const missing = await action({ secrets: 'SENTRY_DSN' });
    expect(missing.main.code).toBe(1);
    expect(missing.main.stdout).toContain('SECRET_NOT_FOUND: Secret SENTRY_DSN is not in this environment');
    const cli = await runCli(['export', '--secrets', 'API_KEY?,SENTRY_DSN?'], cliEnv());
    expect(cli.code).toBe(0);
    expect(cli.stderr).toContain('notice: Optional secrets not in this environment, skipped: SENTRY_DSN?.');
  });
});

describe('never clobber a user’s file', () => {
  it('action: refuses an existing file by name unless overwrite: true, and post removes only what main wrote', async () => {
    const mine = 'MY_OWN=1\n';
    const refused = await action({ secrets: 'API_KEY', file: '.env' }, { beforeMain: (w) => writeFileSync(join(w, '.env'), mine) });
    expect(refused.main.code).toBe(1);
    expect(refused.main.stdout).toMatch(/OUTPUT_FAILED: \S+\/\.env already exists; it was left as it is\. .*overwrite: true/);
    expect(readFileSync(join(refused.workspace, '.env'), 'utf8')).toBe(mine);
    expect(refused.files.env).toBe('');
    const replaced = await action(
      { secrets: 'API_KEY', file: '.env', overwrite: 'true', 'keep-file': 'true' },
      {
        beforeMain: (w) => writeFileSync(join(w, '.env'), mine),
      },
    );
    expect(replaced.main.code).toBe(0);
    expect(readFileSync(join(replaced.workspace, '.env'), 'utf8')).toBe(`API_KEY='${VALUES.API_KEY}'\n`);
  });

  it('action: with overwrite, the path holds what it held before once the job is done, whatever it was', async () => {
    const committed = 'DATABASE_URL=postgres://localhost/dev\n';
    // A committed file (mode 0644): overwritten while the job runs, put back by post, same mode.
    const file = await action(
      { secrets: 'API_KEY', file: 'config/app.env', overwrite: 'true', run: 'cp config/app.env during.txt' },
      {
        beforeMain: (w) => {
          mkdirSync(join(w, 'config'));
          writeFileSync(join(w, 'config/app.env'), committed, { mode: 0o644 });
        },
      },
    );
    expect(file.main.code, file.main.stdout).toBe(0);
    expect(readFileSync(join(file.workspace, 'during.txt'), 'utf8')).toBe(`API_KEY='${VALUES.API_KEY}'\n`);
    expect(readFileSync(join(file.workspace, 'config/app.env'), 'utf8')).toBe(committed);
    expect(statSync(join(file.workspace, 'config/app.env')).mode & 0o777).toBe(0o644);
    expect(file.post.stdout).toContain('Put back the');
    expect(readdirSync(file.runnerTemp).filter((f) => f.startsWith('seekrit-original-'))).toStrictEqual([]);
    // A symbolic link: the link itself comes back.
    const link = await action(
      { secrets: 'API_KEY', file: '.env', overwrite: 'true' },
      { beforeMain: (w) => symlinkSync('config/shared.env', join(w, '.env')) },
    );
    expect(link.main.code).toBe(0);
    expect(readlinkSync(join(link.workspace, '.env'))).toBe('config/shared.env');
    // A main step that fails after writing (GITHUB_OUTPUT cannot be written) puts the original back at once.
    const failed = await runAction(
      { token, 'api-url': emulator.url, secrets: 'API_KEY', file: '.env', overwrite: 'true' },
      { GITHUB_OUTPUT: '/nonexistent-dir/output' },
      {
        beforeMain: (w) => writeFileSync(join(w, '.env'), committed),
        betweenSteps: (w) => writeFileSync(join(w, 'after-main.txt'), readFileSync(join(w, '.env'))),
      },
    );
    expect(failed.main.code).toBe(1);
    expect(readFileSync(join(failed.workspace, 'after-main.txt'), 'utf8')).toBe(committed);
    // Nothing was there: nothing is left.
    const none = await action({ secrets: 'API_KEY', file: '.env', overwrite: 'true' });
    expect(existsSync(join(none.workspace, '.env'))).toBe(false);
    // A file the job put there itself is left alone, and the original is not forced back.
    const replaced = await action(
      { secrets: 'API_KEY', file: '.env', overwrite: 'true' },
      { beforeMain: (w) => writeFileSync(join(w, '.env'), committed), betweenSteps: (w) => writeFileSync(join(w, '.env'), 'NEW=1\n') },
    );
    expect(readFileSync(join(replaced.workspace, '.env'), 'utf8')).toBe('NEW=1\n');
    expect(replaced.post.stdout).toContain('the original was not put back');
    // keep-file keeps the secrets file and drops the copy.
    const kept = await action(
      { secrets: 'API_KEY', file: '.env', overwrite: 'true', 'keep-file': 'true' },
      { beforeMain: (w) => writeFileSync(join(w, '.env'), committed) },
    );
    expect(readFileSync(join(kept.workspace, '.env'), 'utf8')).toBe(`API_KEY='${VALUES.API_KEY}'\n`);
    expect(readdirSync(kept.runnerTemp).filter((f) => f.startsWith('seekrit-original-'))).toStrictEqual([]);
    for (const r of [file, link, failed, none, replaced])
      expectNoLeak({ log: maskedLog(r.main.stdout), post: r.post.stdout }, SECRET_VALUES, token);
  });

  it('action: refuses to overwrite what is not a file (a folder, a FIFO), leaving it as it is', async () => {
    const r = await action(
      { secrets: 'API_KEY', file: 'pipe', overwrite: 'true' },
      { beforeMain: (w) => execFileSync('mkfifo', [join(w, 'pipe')]) },
    );
    expect(r.main.code).toBe(1);
    expect(r.main.stdout).toMatch(/OUTPUT_FAILED: \S+\/pipe is not a regular file; it was left as it is/);
    expect(statSync(join(r.workspace, 'pipe')).isFIFO()).toBe(true);
    expect(r.files.env).toBe('');
  });

  it('action: creates a missing folder with mode 0700', async () => {
    const r = await action({ secrets: 'API_KEY', file: 'config/secrets/app.env', 'keep-file': 'true' });
    expect(r.main.code).toBe(0);
    expect(statSync(join(r.workspace, 'config/secrets')).mode & 0o777).toBe(0o700);
  });

  it('seekrit-ci export: refuses an existing --output unless --overwrite', async () => {
    const runDir = await action({ secrets: 'API_KEY', 'export-env': 'false', outputs: 'true' });
    const target = join(runDir.workspace, 'out.env');
    writeFileSync(target, 'keep me\n');
    const refused = await runCli(['export', '--output', target, '--secrets', 'API_KEY'], cliEnv());
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('already exists; it was left as it is. Choose another path, or pass --overwrite.');
    expect(readFileSync(target, 'utf8')).toBe('keep me\n');
    const ok = await runCli(['export', '--output', target, '--overwrite', '--secrets', 'API_KEY'], cliEnv());
    expect(ok.code).toBe(0);
    expect(readFileSync(target, 'utf8')).toBe(`API_KEY='${VALUES.API_KEY}'\n`);
  });
});
