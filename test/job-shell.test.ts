/**
 * The secrets component's before_script, rendered from the template as GitLab would include it,
 * run by bash, dash and busybox sh with a script after it: the values load, everything the
 * script prints is redacted in every form, the exit status is kept, nothing hangs, no redactor
 * outlives the job and no file is left.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runProcess } from './support/cli.js';
import { renderComponent } from './support/component.js';
import { SeekritEmulator } from './support/emulator.js';
import { expectNoLeak } from './support/leaks.js';
import { tlsBehindProxy } from './support/tunnel.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const VALUES: Record<string, string> = {
  PRINTED: 'job-shell-secret-3e9f1a',
  PEM: '-----BEGIN KEY-----\nMIIBjobshellline\n-----END KEY-----',
  LOG_LEVEL: 'warn',
};
const has = (cmd: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
};
const SHELLS: Array<[string, string[]]> = [
  ['bash', ['bash', '-c']],
  ['dash', ['dash', '-c']],
  ['busybox sh', ['busybox', 'sh', '-c']],
];

let emulator: SeekritEmulator;
let token: string;
let server: http.Server;
let cliUrl: string;
const requests: string[] = [];

beforeAll(async () => {
  emulator = new SeekritEmulator();
  emulator.setEnvironment('web', 'production', VALUES);
  await emulator.listen();
  token = await emulator.mintToken('web', 'production');
  const cli = readFileSync(join(root, 'dist/cli/index.js'));
  server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    if (req.url === '/sign-in') {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end('<!DOCTYPE html><html><body>Sign in to GitLab</body></html>');
    } else if (req.url === '/missing') {
      res.statusCode = 404;
      res.end('not found');
    } else if (req.url === '/flaky' && requests.filter((u) => u === '/flaky').length <= 2) {
      res.statusCode = 503;
      res.end();
    } else res.end(cli);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cliUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}/seekrit-ci.js`;
});
let requestsBefore = 0;
beforeEach(() => {
  requestsBefore = emulator.requests.length;
});
afterAll(async () => {
  await emulator.close();
  await new Promise((resolve) => server.close(resolve));
});

/** Runs the hidden job's before_script and then `script` in one shell, as a GitLab job does. */
async function job(
  shell: string[],
  script: string,
  inputs: Record<string, string | boolean> = {},
  component: { sha: string; version: string } = { sha: 'test-commit', version: '' },
  extraEnv: Record<string, string> = {},
  /** Shell lines the job runs before the component (set -x, for one). */
  preamble = '',
  waitForWatcher = false,
) {
  const jobs = renderComponent('secrets', { 'api-url': emulator.url, 'cli-source': 'url', 'cli-url': cliUrl, ...inputs }, component);
  const before = (jobs['.seekrit']?.before_script ?? []).join('\n');
  const temp = mkdtempSync(join(tmpdir(), 'seekrit-job-'));
  try {
    const [command, ...args] = shell as [string, ...string[]];
    const result = await runProcess(command, [...args, `${preamble}\n${before}\n${script}`], {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: temp,
      TMPDIR: temp,
      SEEKRIT_TOKEN: token,
      ...extraEnv,
    });
    // Everything of the job but the files watcher must be gone at once; what the job's own cleanup
    // did not remove, the watcher removes within its poll (and then ends).
    const running = processesUsing(temp).filter((cmdline) => !cmdline.includes(' seekrit-sweep '));
    const deadline = Date.now() + 4_000;
    const settled = () => readdirSync(temp).length === 0 && (!waitForWatcher || processesUsing(temp).length === 0);
    while (!settled() && Date.now() < deadline) await sleep(100);
    return { ...result, left: readdirSync(temp), running, watchers: processesUsing(temp) };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/** Processes whose command line names the job's temp folder (the downloaded CLI lives there). */
function processesUsing(folder: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (cmdline.includes(folder)) found.push(cmdline.replaceAll('\0', ' '));
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

const PRINTS = [
  'echo "plain $PRINTED"',
  'printf "%s\\n" "$PEM"',
  'echo "stderr $PRINTED" >&2',
  'printf %s "$PRINTED" | base64',
  'printf \'x%s\' "$PRINTED" | base64',
  'printf \'xy%s\' "$PRINTED" | base64',
  'node -e \'console.log(JSON.stringify(process.env.PEM), encodeURIComponent(process.env.PRINTED + "&"))\'',
  'printf "split %s" "$(printf %s "$PRINTED" | cut -c1-6)"; sleep 0.2; printf "%s done\\n" "$(printf %s "$PRINTED" | cut -c7-)"',
  'echo "level $LOG_LEVEL"',
  'echo "more output"',
  'exit 3',
].join('\n');

const FORMS = [
  VALUES.PRINTED,
  'MIIBjobshellline',
  Buffer.from(VALUES.PRINTED as string)
    .toString('base64')
    .slice(0, 16),
  JSON.stringify(VALUES.PEM),
];

describe.each(SHELLS)('the hidden job in %s', (label, shell) => {
  const skip = !has(shell[0] as string);
  it.skipIf(skip && !process.env.CI)('redacts every form, keeps the exit status, leaves no process and no file', async () => {
    const r = await job(shell, PRINTS, { unmasked: 'LOG_LEVEL' });
    const output = r.stdout + r.stderr;
    expect(r.code, output).toBe(3);
    for (const line of ['plain [MASKED]', 'stderr [MASKED]', 'level warn', 'more output']) expect(output).toContain(line);
    expect(output).toMatch(/split \[MASKED\]|split [^\n]*\[MASKED\][^\n]* done/);
    for (const form of FORMS) expect(output.includes(form as string), `${label}: a secret form is shown`).toBe(false);
    expectNoLeak({ output }, [VALUES.PRINTED as string, VALUES.PEM as string], token);
    expect(r.left).toStrictEqual([]);
    expect(r.running).toStrictEqual([]);
  });

  it.skipIf(skip && !process.env.CI)('leaves no per-secret file however the script ends: exec, a replaced EXIT trap, SIGKILL', async () => {
    for (const ending of ['exec sh -c \'cat "$PEM" >/dev/null\'', 'trap - EXIT\nexit 0', 'kill -9 $$', 'exec sleep 0.3']) {
      const r = await job(shell, `test -f "$PEM" && echo "file there"\n${ending}`, { files: 'PEM' }, undefined, {}, '', true);
      // The job's stderr says why, if it never got this far (a failed load prints there).
      expect(r.stdout, `${ending}: ${r.stderr.slice(0, 2000)}`).toContain('file there');
      expect(r.left, ending).toStrictEqual([]);
      expect(r.watchers, ending).toStrictEqual([]);
      expectNoLeak({ output: r.stdout + r.stderr }, [VALUES.PEM as string], token);
    }
  });

  it.skipIf(skip && !process.env.CI)('passes a successful script’s status and output through', async () => {
    const r = await job(shell, 'echo "ok $PRINTED"');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('ok [MASKED]');
    expect(r.left).toStrictEqual([]);
  });

  it.skipIf(skip && !process.env.CI)('does not hang when a background process of the job holds the output open', async () => {
    // A hang would wait the 25 s out; the watchdog stops waiting after 2 s. The bound leaves a
    // loaded machine room for start-up (timings hold on 2 cores with two busy processes beside).
    const r = await job(shell, 'sleep 25 &\necho "background started"');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('background started');
    expect(r.durationMs).toBeLessThan(15_000);
  });

  it.skipIf(skip && !process.env.CI)('fails the job, showing nothing, when the redactor dies', async () => {
    const r = await job(shell, 'kill -9 "$seekrit_redactor"\nsleep 0.3\necho "after death $PRINTED"\necho "still here"');
    expect(r.code).not.toBe(0);
    expect(r.stdout + r.stderr).not.toContain(VALUES.PRINTED);
    expect(r.stdout + r.stderr).not.toContain('still here');
  });

  it.skipIf(skip && !process.env.CI)('under set -x, prints no value or token while loading, then traces the job’s commands', async () => {
    const r = await job(shell, 'echo "traced $PRINTED"', {}, undefined, {}, 'set -x');
    const output = r.stdout + r.stderr;
    expect(r.code, output).toBe(0);
    expect(r.stdout).toContain('traced [MASKED]');
    // The job's own command is still traced (and redacted), after the component turned xtrace back on.
    expect(output).toMatch(/^\++ echo .*traced/m);
    expectNoLeak({ output }, [VALUES.PRINTED as string, VALUES.PEM as string], token);
    expect(r.left).toStrictEqual([]);
  });

  it.skipIf(skip && !process.env.CI)('with redact: false, loads the values and leaves output alone', async () => {
    const r = await job(shell, 'echo "len ${#PRINTED}"', { redact: false });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`len ${VALUES.PRINTED?.length}`);
  });
});

describe('the CLI download', () => {
  const base = () => cliUrl.replace(/\/[^/]*$/, '');
  const marker = 'echo "script ran with $PRINTED"';

  it.each([
    ['/sign-in', /the server sent an HTML page \(a sign-in or error page\), not the CLI; check cli-base-url or cli-url/],
    ['/missing', /could not download seekrit-ci from \S+: HTTP 404 \(is the component project public/],
  ])('says plainly what %s is, and fails before any secret is loaded', async (path, message) => {
    const r = await job(['bash', '-c'], marker, { 'cli-url': `${base()}${path}` });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toContain('SHA-256');
    expect(r.stdout).not.toContain('script ran');
    expect(emulator.requests.length).toBe(requestsBefore);
  });

  it('retries transient failures with backoff, then runs the verified CLI', async () => {
    const r = await job(['bash', '-c'], marker, { 'cli-url': `${base()}/flaky` });
    expect(r.code, r.stderr).toBe(0);
    expect(requests.filter((u) => u === '/flaky')).toHaveLength(3);
    expect(r.stdout).toContain('script ran with [MASKED]');
  });

  it('takes a released version from the package registry and a commit from raw files, verified either way', async () => {
    const inputs = {
      'cli-source': 'component',
      'cli-package-url': `${base()}/packages/generic/seekrit-ci`,
      'cli-base-url': `${base()}/raw`,
    };
    const released = await job(['bash', '-c'], marker, inputs, { sha: 'c0ffee', version: '1.4.2' });
    expect(released.code, released.stderr).toBe(0);
    expect(requests).toContain('/packages/generic/seekrit-ci/1.4.2/seekrit-ci.cjs');
    const pinned = await job(['bash', '-c'], marker, inputs, { sha: 'c0ffee', version: '' });
    expect(pinned.code, pinned.stderr).toBe(0);
    expect(requests).toContain('/raw/c0ffee/dist/cli/index.js');
  });

  it('goes through HTTPS_PROXY on the system Node.js (20 ignores it in fetch), and honours NO_PROXY', async () => {
    const cli = readFileSync(join(root, 'dist/cli/index.js'));
    const server = await tlsBehindProxy('localhost', (_req, res) => res.end(cli));
    try {
      const env = { HTTPS_PROXY: server.proxyUrl, NODE_EXTRA_CA_CERTS: server.caFile };
      const inputs = { 'cli-url': `https://localhost:${server.tlsPort}/seekrit-ci.js` };
      const through = await job(['bash', '-c'], marker, inputs, undefined, env);
      expect(through.code, through.stderr).toBe(0);
      expect(server.tunnels).toStrictEqual([`localhost:${server.tlsPort}`]);
      const bypass = await job(['bash', '-c'], marker, inputs, undefined, { ...env, NO_PROXY: 'localhost' });
      expect(bypass.code, bypass.stderr).toBe(0);
      expect(server.tunnels).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it('starts its Node.js without the job’s NODE_OPTIONS, NODE_DEBUG or LD_PRELOAD, and leaves them to the job', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seekrit-node-options-'));
    try {
      const marker = join(dir, 'loaded');
      writeFileSync(
        join(dir, 'evil.js'),
        `require('node:fs').appendFileSync(${JSON.stringify(marker)}, 'token=' + (process.env.SEEKRIT_TOKEN ? 'yes' : 'no') + '\\n');`,
      );
      const env = { NODE_OPTIONS: `--require ${join(dir, 'evil.js')}`, NODE_DEBUG: 'http,net', LD_PRELOAD: '' };
      const r = await job(['bash', '-c'], 'echo "job keeps $NODE_OPTIONS"; echo "debug $NODE_DEBUG"', {}, undefined, env);
      expect(r.code, r.stderr).toBe(0);
      expect(existsSync(marker), 'the --require ran in a process of the component').toBe(false);
      expect(r.stdout).toContain(`job keeps --require ${join(dir, 'evil.js')}`);
      expect(r.stdout).toContain('debug http,net');
      expect(r.stderr).not.toMatch(/HTTP \d+:|NET \d+:|authorization/i);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a URL that is not https (or loopback), naming what it expanded to', async () => {
    const r = await job(['bash', '-c'], marker, { 'cli-url': 'http://downloads.example/seekrit-ci.js' });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("the seekrit-ci URL must be https:// (it expanded to 'http://downloads.example/seekrit-ci.js')");
  });
});
