/**
 * Docs that run: every `uses: seekrit/action@…` step in README.md, every `seekrit-ci` command
 * line in README.md and every pipeline under gitlab/examples/ is executed as written, against
 * the emulator, with an environment that has the names the examples use. The only sandbox
 * substitutions: SEEKRIT_API_URL (and the component's api-url and CLI download, through
 * gitlab-ci-local's --input) point at this machine, and a component version pin (@1) becomes the
 * commit under test, since versions resolve against gitlab.com.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CLI, cleanEnv, runProcess } from './support/cli.js';
import { SeekritEmulator } from './support/emulator.js';
import { expectNoLeak } from './support/leaks.js';
import { commitProject } from './support/project.js';
import { maskedLog, runAction } from './support/runner.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** The names the examples use. SENTRY_DSN is absent on purpose (an optional name). */
const VALUES: Record<string, string> = {
  DATABASE_URL: 'postgres://docs:docs-db-pass-7781@db/app',
  STRIPE_SECRET_KEY: 'sk_docs_stripe_40ab',
  STRIPE_WEBHOOK_SECRET: 'whsec_docs_2291',
  REDIS_URL: 'redis://docs-redis-pass-12@cache:6379',
  API_KEY: 'docs-api-key-5c3e',
  NPM_TOKEN: 'npm_docsToken0099',
  GOOGLE_APPLICATION_CREDENTIALS: '{"type":"service_account","private_key":"docs-gcp-key-1234"}',
  DEPLOY_KEY: '-----BEGIN OPENSSH PRIVATE KEY-----\ndocs-ssh-line-9911\n-----END OPENSSH PRIVATE KEY-----',
  DB_CONFIG: '{"user":"docs_db_user","password":"docs-db-config-pass-31","host":"db.docs.internal","port":5432}',
  LOG_LEVEL: 'warn',
  PORT: '8080',
};
const SECRETS = Object.entries(VALUES)
  .filter(([name]) => !['LOG_LEVEL', 'PORT'].includes(name))
  .map(([, value]) => value);

/** Fenced blocks of one language, with their line numbers. */
function blocks(language: string): Array<{ line: number; text: string }> {
  const out: Array<{ line: number; text: string }> = [];
  const lines = readme.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== `\`\`\`${language}`) continue;
    const start = i + 1;
    while (i + 1 < lines.length && lines[i + 1] !== '```') i++;
    out.push({ line: start, text: lines.slice(start, i + 1).join('\n') });
    i++;
  }
  return out;
}

/** A package.json, lock file, deploy.sh and Makefile with the scripts the examples call. */
function stubProject(dir: string): void {
  const check =
    "node -e \"for (const n of ['DATABASE_URL']) if (!process.env[n]) { console.error(n + ' missing'); process.exit(1) } console.log('connecting to ' + process.env.DATABASE_URL)\"";
  const pkg = {
    name: 'docs-example',
    version: '1.0.0',
    private: true,
    scripts: { migrate: check, test: check, 'test:integration': check },
  };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg));
  writeFileSync(
    join(dir, 'package-lock.json'),
    JSON.stringify({
      name: 'docs-example',
      version: '1.0.0',
      lockfileVersion: 3,
      requires: true,
      packages: { '': { name: 'docs-example', version: '1.0.0' } },
    }),
  );
  writeFileSync(join(dir, 'deploy.sh'), '#!/bin/sh\nset -e\ntest -n "$DATABASE_URL"\necho "deploying with $STRIPE_SECRET_KEY"\n');
  chmodSync(join(dir, 'deploy.sh'), 0o755);
  mkdirSync(join(dir, 'deploy'), { recursive: true });
  writeFileSync(join(dir, 'deploy/config.tmpl'), 'database:\n  password: {{ DB_CONFIG.password | yaml }}\napi_key: {{ API_KEY | json }}\n');
  writeFileSync(
    join(dir, 'Makefile'),
    '.PHONY: deploy release\ndeploy release:\n\t@test -n "$$DATABASE_URL"\n\t@echo "make $@ with $$DATABASE_URL"\n',
  );
}

let emulator: SeekritEmulator;
let token: string;

beforeAll(async () => {
  emulator = new SeekritEmulator();
  emulator
    .setGroupEnvironment('shared', 'production', { SHARED_FLAG: 'on' })
    .setGroupEnvironment('shared', 'staging', { SHARED_FLAG: 'staging' })
    .setEnvironment('web', 'production', VALUES)
    .compose('web', 'shared');
  await emulator.listen();
  token = await emulator.mintToken('web', 'production');
});
afterAll(() => emulator.close());

/** GitLab's !reference tag, which README examples use (yaml would warn about an unknown tag). */
const GITLAB_TAGS = [{ tag: '!reference', collection: 'seq' as const, resolve: (value: unknown) => ({ reference: value }) }];

const actionSteps = blocks('yaml').flatMap(({ line, text }) => {
  const doc = parse(text, { customTags: GITLAB_TAGS }) as unknown;
  if (!Array.isArray(doc)) return [];
  return doc
    .filter((step: { uses?: string }) => step.uses?.startsWith('seekrit/action@'))
    .map((step: { with?: Record<string, unknown> }) => ({ line, inputs: step.with ?? {} }));
});

describe('README: every seekrit/action step runs as written', () => {
  it('finds the examples', () => {
    expect(actionSteps.length).toBeGreaterThanOrEqual(8);
  });

  it.each(actionSteps)('the step at README line $line', async ({ inputs }) => {
    const withToken: Record<string, string> = {};
    for (const [name, value] of Object.entries(inputs)) {
      const text = String(value).replaceAll('${{ secrets.SEEKRIT_TOKEN }}', token);
      expect(text, `${name} uses an expression the test cannot evaluate`).not.toContain('${{');
      withToken[name] = text;
    }
    const r = await runAction(withToken, { SEEKRIT_API_URL: emulator.url }, { beforeMain: stubProject });
    expect(r.main.code, maskedLog(r.main.stdout)).toBe(0);
    expect(r.post.code).toBe(0);
    expectNoLeak({ log: maskedLog(r.main.stdout + r.post.stdout), stderr: r.main.stderr, summary: r.summary }, SECRETS, token);
    r.cleanup();
  });
});

describe('README: every seekrit-ci command line runs as written', () => {
  const lines = blocks('sh')
    .flatMap(({ text }) => text.split('\n'))
    .filter((line) => /(^|\| )seekrit-ci /.test(line) || line.includes('$(seekrit-ci '));
  let dir: string;
  let bin: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'seekrit-docs-cli-'));
    bin = join(dir, 'bin');
    execFileSync('mkdir', [bin]);
    writeFileSync(join(bin, 'seekrit-ci'), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`);
    chmodSync(join(bin, 'seekrit-ci'), 0o755);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds the examples', () => {
    expect(lines.length).toBeGreaterThanOrEqual(6);
  });

  it.each(lines)('%s', async (line) => {
    const work = mkdtempSync(join(dir, 'work-'));
    stubProject(work);
    // A filtered command runs in a job that already has the values (loaded by an earlier step).
    const filtered = line.includes('| seekrit-ci redact');
    const env = cleanEnv({
      PATH: `${bin}:${process.env.PATH}`,
      SEEKRIT_TOKEN: token,
      SEEKRIT_API_URL: emulator.url,
      ...(filtered ? VALUES : {}),
    });
    const r = await runProcess('bash', ['-o', 'pipefail', '-c', line], env, { cwd: work });
    expect(r.code, r.stderr).toBe(0);
    if (filtered) expect(r.stdout).toContain('with [MASKED]');
    // A value may appear only where the line asks for values: export to stdout or a file.
    if (/seekrit-ci (run|redact)|\| seekrit-ci/.test(line)) expectNoLeak({ stdout: r.stdout, stderr: r.stderr }, SECRETS, token);
    else expectNoLeak({ stderr: r.stderr }, SECRETS, token);
    rmSync(work, { recursive: true, force: true });
  });
});

const tools = join(root, 'tools/gitlab-ci-local/node_modules');
const node22 = join(tools, 'node/bin/node');
const gitlabCiLocal = join(tools, 'gitlab-ci-local/dist/index.js');
const haveGitlabCiLocal = existsSync(node22) && existsSync(gitlabCiLocal);

describe.skipIf(!haveGitlabCiLocal && !process.env.CI)('gitlab/examples: every pipeline runs in gitlab-ci-local as written', () => {
  const examples = readdirSync(join(root, 'gitlab/examples')).filter((f) => f.endsWith('.yml'));
  let server: http.Server;
  let cliBase: string;
  beforeAll(async () => {
    const cli = readFileSync(join(root, 'dist/cli/index.js'));
    server = http.createServer((req, res) => {
      if (!req.url?.endsWith('/dist/cli/index.js')) res.statusCode = 404;
      res.end(res.statusCode === 404 ? '' : cli);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cliBase = `http://127.0.0.1:${(server.address() as { port: number }).port}/raw`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it.each(examples)('%s', async (file) => {
    const text = readFileSync(join(root, 'gitlab/examples', file), 'utf8');
    const projectPath = /component: \$CI_SERVER_FQDN\/(.+)\/[a-z-]+@1$/m.exec(text)?.[1];
    expect(projectPath, 'the example includes a component pinned to @1').toBeTruthy();
    const project = mkdtempSync(join(tmpdir(), 'seekrit-docs-gitlab-'));
    try {
      cpSync(join(root, 'templates'), join(project, 'templates'), { recursive: true });
      writeFileSync(join(project, '.gitlab-ci.yml'), text.replace(/@1$/gm, '@$CI_COMMIT_SHA'));
      stubProject(project);
      const tokens = [...text.matchAll(/token-variable: (\w+)/g)].map((m) => m[1] as string);
      writeFileSync(join(project, '.gitlab-ci-local-variables.yml'), ['SEEKRIT_TOKEN', ...tokens].map((n) => `${n}: ${token}`).join('\n'));
      commitProject(project, 'example', projectPath);
      const jobTmp = join(project, 'job-tmp');
      execFileSync('mkdir', [jobTmp]);
      const r = await runProcess(
        node22,
        [
          gitlabCiLocal,
          '--force-shell-executor',
          '--variable',
          `TMPDIR=${jobTmp}`,
          '--input',
          `api-url=${emulator.url}`,
          '--input',
          `cli-base-url=${cliBase}`,
        ],
        { PATH: process.env.PATH ?? '', HOME: project },
        { cwd: project },
      );
      const outputDir = join(project, '.gitlab-ci-local/output');
      const logs = existsSync(outputDir)
        ? Object.fromEntries(readdirSync(outputDir).map((f) => [f, readFileSync(join(outputDir, f), 'utf8')]))
        : {};
      expect(r.code, `${r.stdout}\n${r.stderr}`.slice(-3000)).toBe(0);
      expect(r.stdout).toMatch(/PASS\s+\S+/);
      expectNoLeak({ stdout: r.stdout, stderr: r.stderr, ...logs }, SECRETS, token);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});
