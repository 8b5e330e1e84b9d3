import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderTemplates } from '../scripts/templates.js';
import { runProcess } from './support/cli.js';
import { SeekritEmulator } from './support/emulator.js';
import { expectNoLeak } from './support/leaks.js';
import { commitProject } from './support/project.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const tools = join(root, 'tools/gitlab-ci-local/node_modules');
const node22 = join(tools, 'node/bin/node');
const gitlabCiLocal = join(tools, 'gitlab-ci-local/dist/index.js');
const which = (cmd: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
};
const missing = [
  ...(existsSync(node22) ? [] : ['Node 22 (npm ci in tools/gitlab-ci-local)']),
  ...(existsSync(gitlabCiLocal) ? [] : ['gitlab-ci-local (npm ci in tools/gitlab-ci-local)']),
  ...(which('git') ? [] : ['git']),
  ...(which('rsync') ? [] : ['rsync']),
];

describe('GitLab component templates', () => {
  it('are a fresh render of gitlab/component with the SHA-256 of dist/cli/index.js pinned', () => {
    const sha = createHash('sha256')
      .update(readFileSync(join(root, 'dist/cli/index.js')))
      .digest('hex');
    for (const [path, text] of Object.entries(renderTemplates())) {
      expect(readFileSync(join(root, path), 'utf8') === text, `${path} is stale: run npm run build`).toBe(true);
      expect(text).toContain(`seekrit_cli_sha256='${sha}'`);
    }
  });

  it('declare every input with a description and type, and validate the closed ones', () => {
    for (const name of ['secrets', 'run']) {
      const [header] = readFileSync(join(root, `templates/${name}.yml`), 'utf8').split(/^---$/m);
      const spec = parse(header as string).spec;
      expect(spec.component).toStrictEqual(['sha', 'version']);
      for (const [input, def] of Object.entries(spec.inputs as Record<string, { description?: string; type?: string }>)) {
        expect(def.description, `${name}.${input}`).toBeTruthy();
        expect(def.type, `${name}.${input}`).toBeTruthy();
      }
      expect(spec.inputs['cli-source'].options).toStrictEqual(['component', 'url', 'path']);
      expect(spec.inputs['token-variable'].default).toBe('SEEKRIT_TOKEN');
      if (name === 'run') expect(spec.inputs.image.default).toBe('node:24-slim');
    }
  });

  it('keep every setting out of reach of CI/CD variables: no job variables, settings in the script text', () => {
    for (const name of ['secrets', 'run']) {
      const [, body] = readFileSync(join(root, `templates/${name}.yml`), 'utf8').split(/^---$/m);
      const jobs = parse(body as string) as Record<string, Record<string, unknown>>;
      for (const job of Object.values(jobs)) expect(job).not.toHaveProperty('variables');
      expect(body).toContain('--no-env-settings');
      expect(body).not.toMatch(/\$SEEKRIT_(CLI|REDACT|API_URL|SECRETS|ALLOW)/);
    }
    const secrets = parse(readFileSync(join(root, 'templates/secrets.yml'), 'utf8').split(/^---$/m)[1] as string);
    expect(secrets['.$[[ inputs.job-prefix ]]']).not.toHaveProperty('image');
  });

  it('never echo values: no set -x, no dotenv artifact', () => {
    for (const name of ['secrets', 'run']) {
      const text = readFileSync(join(root, `templates/${name}.yml`), 'utf8');
      // The one set -x puts back the job's own xtrace after loading (job.sh turns it off first).
      const code = text
        .split('\n')
        .filter((line) => !/^\s*#/.test(line))
        .join('\n');
      expect(code.replaceAll('if [ -n "$seekrit_xtrace" ]; then set -x; fi', '')).not.toMatch(/set -[a-z]*x/);
      expect(text).not.toMatch(/dotenv:/);
      expect(text).not.toMatch(/artifacts:/);
    }
  });
});

const VALUES: Record<string, string> = {
  DATABASE_URL: 'postgres://gl:gitlab-pass-5678@db.internal/app',
  STRIPE_SECRET_KEY: 'sk_test_gitlab_abcdef987',
  TLS_KEY: '-----BEGIN KEY-----\nMIIBgitlabline\n-----END KEY-----',
  PRINTED: 'printed-secret-7c1d9e',
  DB_PASSWORD: 'gl-contrib-pw-4242',
  CONN: 'mysql://u:${DB_PASSWORD}@h/db',
  LOG_LEVEL: 'warn',
  SERVICE_JSON:
    '{"user":"gl-json-user-31","password":"gl-json-pass-7788","tls-ca":"-----BEGIN CA-----\\ngl-json-ca-line\\n-----END CA-----"}',
};
const FIELD = { password: 'gl-json-pass-7788', ca: '-----BEGIN CA-----\ngl-json-ca-line\n-----END CA-----' };
const shaOf = (value: string) => createHash('sha256').update(value).digest('hex');
const HOSTILE: Record<string, string> = { seekrit_file: '/etc/passwd', UID: '0' };
const sha = (name: string) =>
  createHash('sha256')
    .update(VALUES[name] as string)
    .digest('hex');

describe.skipIf(missing.length > 0 && !process.env.CI)(
  `the component run by gitlab-ci-local${missing.length ? ` (skipped: missing ${missing.join(', ')})` : ''}`,
  () => {
    let emulator: SeekritEmulator;
    let token: string;
    let server: http.Server;
    let cliBase = '';
    const downloads: string[] = [];
    let project: string;
    let result: Awaited<ReturnType<typeof runProcess>>;
    let logs: Record<string, string> = {};

    beforeAll(async () => {
      expect(missing, 'prerequisites: .ci/run installs them').toStrictEqual([]);
      emulator = new SeekritEmulator();
      emulator.setEnvironment('web', 'production', VALUES).setEnvironment('web', 'hostile', HOSTILE);
      await emulator.listen();
      token = await emulator.mintToken('web', 'production');
      const hostileToken = await emulator.mintToken('web', 'hostile');

      // Serves dist/cli/index.js as the component project's raw files would, plus a tampered copy.
      const cli = readFileSync(join(root, 'dist/cli/index.js'));
      server = http.createServer((req, res) => {
        downloads.push(req.url ?? '');
        if (req.url?.endsWith('/dist/cli/index.js')) res.end(cli);
        else if (req.url === '/tampered/index.js') res.end(Buffer.concat([cli, Buffer.from('\n// tampered\n')]));
        else {
          res.statusCode = 404;
          res.end();
        }
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      cliBase = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

      project = mkdtempSync(join(tmpdir(), 'seekrit-gitlab-'));
      cpSync(join(root, 'templates'), join(project, 'templates'), { recursive: true });
      const common = `api-url: ${emulator.url}`;
      writeFileSync(
        join(project, '.gitlab-ci.yml'),
        `include:
  - component: $CI_SERVER_FQDN/seekrit/action/secrets@$CI_COMMIT_SHA
    inputs:
      ${common}
      cli-base-url: ${cliBase}/seekrit/action/-/raw
      secrets: DATABASE_URL,STRIPE_*,PEM=TLS_KEY
      expect-scope: acme/web/production
  - component: $CI_SERVER_FQDN/seekrit/action/secrets@$CI_COMMIT_SHA
    inputs:
      ${common}
      job-prefix: tampered
      cli-source: url
      cli-url: ${cliBase}/tampered/index.js
  - component: $CI_SERVER_FQDN/seekrit/action/run@$CI_COMMIT_SHA
    inputs:
      ${common}
      cli-base-url: ${cliBase}/seekrit/action/-/raw
      token-variable: SEEKRIT_RUN_TOKEN
      command: 'echo "key=$STRIPE_SECRET_KEY"; printf "%s\\n" "$TLS_KEY" >&2; echo "line: MIIBgitlabline"; test -z "$SEEKRIT_TOKEN" && test -z "$SEEKRIT_RUN_TOKEN"'
  - component: $CI_SERVER_FQDN/seekrit/action/secrets@$CI_COMMIT_SHA
    inputs:
      ${common}
      job-prefix: printer
      cli-base-url: ${cliBase}/seekrit/action/-/raw
      secrets: PRINTED, TLS_KEY, CONN, LOG_LEVEL, MISSING_ONE?
      unmasked: LOG_LEVEL
      files: TLS_KEY
  - component: $CI_SERVER_FQDN/seekrit/action/secrets@$CI_COMMIT_SHA
    inputs:
      ${common}
      job-prefix: structured
      cli-base-url: ${cliBase}/seekrit/action/-/raw
      secrets: 'PASS=SERVICE_JSON.password, CA=SERVICE_JSON["tls-ca"], SERVICE_JSON.*'
      name-case: lower
  - component: $CI_SERVER_FQDN/seekrit/action/secrets@$CI_COMMIT_SHA
    inputs:
      ${common}
      job-prefix: hostile
      token-variable: SEEKRIT_HOSTILE_TOKEN
      cli-base-url: ${cliBase}/seekrit/action/-/raw

stages: [test]

deploy:
  stage: test
  extends: .seekrit
  script:
    # Compared by hash: the job log shows each script line, so no value may be written in one.
    - test "$(printf %s "$STRIPE_SECRET_KEY" | sha256sum | cut -c1-64)" = ${sha('STRIPE_SECRET_KEY')}
    - test "$(printf %s "$DATABASE_URL" | sha256sum | cut -c1-64)" = ${sha('DATABASE_URL')}
    - test "$(printf %s "$PEM" | sha256sum | cut -c1-64)" = ${sha('TLS_KEY')}
    - test -z "\${SEEKRIT_TOKEN:-}"
    - test -z "\${TLS_KEY:-}"
    - echo "deploy saw $(printf %s "$DATABASE_URL" | wc -c) bytes of DATABASE_URL"

with-reference:
  stage: test
  before_script:
    - !reference [.seekrit, before_script]
    - echo "own before_script ran"
  script:
    - test "$(printf %s "$STRIPE_SECRET_KEY" | sha256sum | cut -c1-64)" = ${sha('STRIPE_SECRET_KEY')}

prints-everything:
  stage: test
  extends: .printer
  script:
    - echo "plain $PRINTED"
    - cat "$TLS_KEY"
    - echo "stderr $PRINTED" >&2
    - printf %s "$PRINTED" | base64
    - printf 'x%s' "$PRINTED" | base64
    - printf 'xy%s' "$PRINTED" | base64
    - |
      node -e 'console.log(JSON.stringify({ conn: process.env.CONN, multi: require("fs").readFileSync(process.env.TLS_KEY, "utf8") }))'
    - |
      node -e 'console.log(encodeURIComponent(process.env.PRINTED + "/?&"))'
    - |
      node -e 'const v = process.env.PRINTED; process.stdout.write("split " + v.slice(0, 5)); setTimeout(() => console.log(v.slice(5) + " done"), 300)'
    - |
      echo "password alone $(echo "$CONN" | cut -d: -f3 | cut -d@ -f1)"
    - echo "log level is $LOG_LEVEL"
    - echo "more output after the secrets"
    - exit 3

with-reference-redacted:
  stage: test
  before_script:
    - !reference [.printer, before_script]
  script:
    - echo "via reference $PRINTED"

structured-fields:
  stage: test
  extends: .structured
  script:
    - test "$(printf %s "$pass" | sha256sum | cut -c1-64)" = ${shaOf(FIELD.password)}
    - test "$(printf %s "$ca" | sha256sum | cut -c1-64)" = ${shaOf(FIELD.ca)}
    - test "$(printf %s "$service_json_tls_ca" | sha256sum | cut -c1-64)" = ${shaOf(FIELD.ca)}
    - echo "field shown $pass, leaf shown $service_json_user"

hostile-names:
  stage: test
  extends: .hostile
  allow_failure: true
  script:
    - echo "this must never run"

tampered:
  stage: test
  extends: .tampered
  allow_failure: true
  script:
    - echo "this must never run"
`,
      );
      writeFileSync(
        join(project, '.gitlab-ci-local-variables.yml'),
        `SEEKRIT_TOKEN: ${token}\nSEEKRIT_RUN_TOKEN: ${token}\nSEEKRIT_HOSTILE_TOKEN: ${hostileToken}\n`,
      );
      commitProject(project, 'component test');
      const jobTmp = join(project, 'job-tmp');
      mkdirSync(jobTmp);
      result = await runProcess(
        node22,
        [
          gitlabCiLocal,
          '--force-shell-executor',
          '--variable',
          `TMPDIR=${jobTmp}`,
          // CI/CD variables override job variables in GitLab; none of these may change the component.
          ...['SEEKRIT_CLI_SOURCE=url', `SEEKRIT_CLI_URL=${cliBase}/tampered/index.js`, 'SEEKRIT_CLI_SHA256=0000', 'SEEKRIT_REDACT=false']
            .concat([
              'SEEKRIT_API_URL=http://127.0.0.1:9',
              'SEEKRIT_UNMASKED=PRINTED',
              'SEEKRIT_ALLOW_RESERVED_NAMES=UID',
              'SEEKRIT_SECRETS=NOPE',
            ])
            .flatMap((v) => ['--variable', v]),
        ],
        { PATH: process.env.PATH ?? '', HOME: project },
        { cwd: project },
      );
      if (!existsSync(join(project, '.gitlab-ci-local/output')))
        throw new Error(`gitlab-ci-local ran no job:\n${result.stdout}\n${result.stderr}`.slice(0, 4000));
      const outputDir = join(project, '.gitlab-ci-local/output');
      logs = Object.fromEntries(readdirSync(outputDir).map((f) => [f, readFileSync(join(outputDir, f), 'utf8')]));
    }, 120_000);

    afterAll(async () => {
      await emulator?.close();
      await new Promise((resolve) => server?.close(resolve));
      if (project) rmSync(project, { recursive: true, force: true });
    });

    it('runs the pipeline: the extending jobs see the secrets, the tampered CLI is refused', () => {
      const seen = `gitlab-ci-local output:\n${result.stdout}\n${result.stderr}`;
      expect(result.stdout, seen).toMatch(/PASS\s+deploy/);
      expect(result.stdout).toMatch(/PASS\s+with-reference/);
      expect(result.stdout).toMatch(/PASS\s+seekrit-run/);
      expect(result.stdout).toMatch(/WARN\s+tampered/);
      expect(result.stdout).toMatch(/WARN\s+hostile-names/);
      expect(logs['deploy.log']).toMatch(
        /loaded 3 secrets of acme\/web\/production \(token skt_\w+\) into the job's shell: DATABASE_URL, PEM, STRIPE_SECRET_KEY/,
      );
      expect(logs['deploy.log']).toContain(`deploy saw ${VALUES.DATABASE_URL?.length} bytes of DATABASE_URL`);
      expect(logs['with-reference.log']).toContain('own before_script ran');
      expect(result.stdout).toMatch(/PASS\s+structured-fields/);
      expect(logs['structured-fields.log']).toMatch(
        /loaded 5 secrets .* into the job's shell: ca, pass, service_json_password, service_json_tls_ca, service_json_user/,
      );
      expect(logs['structured-fields.log']).toContain('field shown [MASKED], leaf shown [MASKED]');
      expect(logs['tampered.log']).toMatch(
        /seekrit: seekrit-ci from .*\/tampered\/index.js has SHA-256 \w+, not the pinned \w+; refusing to run it/,
      );
      expect(logs['tampered.log']).not.toContain('this must never run');
    });

    it('refuses, before loading anything, names that would reach the job shell’s own state or cannot be assigned', () => {
      const log = logs['hostile-names.log'] as string;
      expect(log).toMatch(/UNSAFE_NAME: Secret (UID cannot be set|seekrit_file is refused as a reserved name)/);
      expect(log).not.toContain('this must never run');
    });

    it('redacts the whole job output of a job that extends the hidden job: every form, every line, the exit code kept', () => {
      expect(result.stdout).toMatch(/FAIL\s+prints-everything/);
      const log = logs['prints-everything.log'] as string;
      for (const line of [
        'plain [MASKED]',
        'stderr [MASKED]',
        'password alone [MASKED]',
        'log level is warn',
        'more output after the secrets',
      ])
        expect(log).toContain(line);
      expect(log).toMatch(/split \[MASKED\] done|split [^\n]*\[MASKED\][^\n]* done/);
      expect(log).toMatch(/exit code 3|exited with 3|exit status 3|\b3\b/);
      const forms = [VALUES.PRINTED, VALUES.DB_PASSWORD, 'MIIBgitlabline'].flatMap((v) => [
        v,
        Buffer.from(v as string)
          .toString('base64')
          .slice(0, 12),
        encodeURIComponent(v as string),
        JSON.stringify(v).slice(1, -1),
      ]);
      for (const form of forms) expect(log.includes(form as string), 'a secret form is in the job log').toBe(false);
      expect(log).toContain('Optional secrets not in this environment, skipped: MISSING_ONE?');
      expect(logs['with-reference-redacted.log']).toContain('via reference [MASKED]');
    });

    it('downloads the CLI pinned to the component commit', () => {
      const sha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: project }).toString().trim();
      expect(downloads).toContain(`/seekrit/action/-/raw/${sha}/dist/cli/index.js`);
    });

    it('redacts the run job output', () => {
      expect(logs['seekrit-run.log']).toContain('key=[MASKED]');
      expect(logs['seekrit-run.log']).toContain('line: [MASKED]');
      expect(logs['seekrit-run.log']).toMatch(/^\[MASKED\]$/m);
    });

    it('shows no value and no token in any job log or in the gitlab-ci-local output', () => {
      // LOG_LEVEL is delivered unmasked on purpose; the expanded CONN holds DB_PASSWORD.
      const secretValues = Object.entries(VALUES)
        .filter(([name]) => name !== 'LOG_LEVEL')
        .map(([, value]) => value)
        .concat(['mysql://u:gl-contrib-pw-4242@h/db']);
      expectNoLeak({ stdout: result.stdout, stderr: result.stderr, ...logs }, secretValues, token);
      // Nothing is left in the job temp folder, whether the job passed or was refused.
      expect(readdirSync(join(project, 'job-tmp'))).toStrictEqual([]);
    });
  },
);

describe.skipIf(missing.length > 0 && !process.env.CI)('the component project’s own pipeline (gitlab/.gitlab-ci.yml)', () => {
  let project: string;
  beforeAll(() => {
    expect(missing, 'prerequisites: .ci/run installs them').toStrictEqual([]);
    project = mkdtempSync(join(tmpdir(), 'seekrit-pipeline-'));
    cpSync(join(root, 'templates'), join(project, 'templates'), { recursive: true });
    cpSync(join(root, 'gitlab/.gitlab-ci.yml'), join(project, '.gitlab-ci.yml'));
    commitProject(project, 'pipeline');
  });
  afterAll(() => {
    if (project) rmSync(project, { recursive: true, force: true });
  });

  it.each([
    ['without SEEKRIT_TOKEN', [], ['test']],
    ['with SEEKRIT_TOKEN', ['--variable', 'SEEKRIT_TOKEN=skt_x_y'], ['test', 'component-smoke']],
  ])('is valid %s', async (_label, extra, jobs) => {
    const result = await runProcess(
      node22,
      [gitlabCiLocal, '--list', ...extra],
      { PATH: process.env.PATH ?? '', HOME: project },
      { cwd: project },
    );
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const listed = result.stdout
      .split('\n')
      .slice(result.stdout.split('\n').findIndex((line) => line.startsWith('name')) + 1)
      .map((line) => line.split(/\s+/)[0])
      .filter(Boolean);
    expect(listed).toStrictEqual(jobs);
  });
});

describe('GitLab examples and the project pipeline', () => {
  const referenceTag = { tag: '!reference', collection: 'seq' as const, resolve: (value: unknown) => ({ reference: value }) };
  const files = [...readdirSync(join(root, 'gitlab/examples')).map((f) => `gitlab/examples/${f}`), 'gitlab/.gitlab-ci.yml'];
  const specs = Object.fromEntries(
    ['secrets', 'run'].map((name) => [
      name,
      parse(readFileSync(join(root, `templates/${name}.yml`), 'utf8').split(/^---$/m)[0] as string).spec.inputs,
    ]),
  );

  it.each(files)('%s parses and passes only declared inputs to the components', (file) => {
    const doc = parse(readFileSync(join(root, file), 'utf8'), { customTags: [referenceTag] });
    const includes = (doc.include ?? []) as Array<{ component?: string; inputs?: Record<string, unknown> }>;
    for (const include of includes) {
      const name = /\/([a-z-]+)@[^/]+$/.exec(include.component ?? '')?.[1] as string;
      expect(Object.keys(specs), `${file}: component ${include.component}`).toContain(name);
      for (const input of Object.keys(include.inputs ?? {})) expect(Object.keys(specs[name]), `${file}: input ${input}`).toContain(input);
      for (const [input, def] of Object.entries(specs[name] as Record<string, { default?: unknown }>)) {
        if (def.default === undefined) expect(include.inputs ?? {}, `${file}: required input ${input}`).toHaveProperty(input);
      }
    }
  });
});
