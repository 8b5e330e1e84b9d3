/**
 * The real templates run by gitlab-ci-local in jobs whose PATH has no Node.js: one image with
 * curl, one with only busybox wget, and one with no downloader that takes the bundle from the
 * prefetch component's artifact. The bundle comes from a server on 127.0.0.1.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProcess } from './support/cli.js';
import { SeekritEmulator } from './support/emulator.js';
import { type ImageTools, imageBin } from './support/image.js';
import { expectNoLeak } from './support/leaks.js';
import { commitProject } from './support/project.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const tools = join(root, 'tools/gitlab-ci-local/node_modules');
const node22 = join(tools, 'node/bin/node');
const gitlabCiLocal = join(tools, 'gitlab-ci-local/dist/index.js');
const VALUES: Record<string, string> = {
  DEPLOY_KEY: 'nodeless-deploy-key-61f0',
  PEM: '-----BEGIN KEY-----\nMIIBnodelessline\n-----END KEY-----',
};
const sha = (value: string) => createHash('sha256').update(value).digest('hex');

describe('the components in jobs without Node.js, run by gitlab-ci-local', () => {
  let emulator: SeekritEmulator;
  let token: string;
  let server: http.Server;
  let project: string;
  let result: Awaited<ReturnType<typeof runProcess>>;
  let logs: Record<string, string> = {};
  const downloads: string[] = [];

  beforeAll(async () => {
    expect(existsSync(gitlabCiLocal), 'gitlab-ci-local: npm ci in tools/gitlab-ci-local').toBe(true);
    emulator = new SeekritEmulator();
    emulator.setEnvironment('web', 'production', VALUES);
    await emulator.listen();
    token = await emulator.mintToken('web', 'production');
    server = http.createServer((req, res) => {
      downloads.push(req.url ?? '');
      const file = join(root, 'bundle', (req.url ?? '').replace(/^\/bundles\//, ''));
      if (/^\/bundles\/seekrit-ci-linux-(x64|arm64)\.tar\.gz$/.test(req.url ?? '') && existsSync(file)) res.end(readFileSync(file));
      else {
        res.statusCode = 404;
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const cliUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}/bundles/seekrit-ci-linux-{arch}.tar.gz`;

    project = mkdtempSync(join(tmpdir(), 'seekrit-gitlab-nodeless-'));
    cpSync(join(root, 'templates'), join(project, 'templates'), { recursive: true });
    /** A job image: busybox applets, the chosen downloader, and bash (gitlab-ci-local's shell). */
    const image = (name: string, imageTools: ImageTools) => {
      const bin = imageBin(join(project, 'images', name), imageTools);
      symlinkSync('/bin/bash', join(bin, 'bash'));
      return bin;
    };
    const paths = {
      curl: image('curl', { downloader: 'curl' }),
      wget: image('wget', { downloader: 'busybox-wget' }),
      none: image('none', { downloader: 'none' }),
    };
    const checks = [
      'test "$(printf %s "$DEPLOY_KEY" | sha256sum | cut -c1-64)" = ' + sha(VALUES.DEPLOY_KEY as string),
      'test "$(printf "%s" "$PEM" | sha256sum | cut -c1-64)" = ' + sha(VALUES.PEM as string),
      'if command -v node; then exit 9; fi',
      'echo "shown $DEPLOY_KEY"',
      'printf "%s\\n" "$PEM"',
      'test -z "${SEEKRIT_TOKEN:-}"',
    ];
    const job = (name: string, path: string, extra = '') =>
      `${name}:\n  stage: test\n  extends: .seekrit\n  variables:\n    PATH: ${path}\n  script:\n${[...checks, ...(extra ? [extra] : [])].map((c) => `    - '${c.replaceAll("'", "''")}'`).join('\n')}\n`;
    writeFileSync(
      join(project, '.gitlab-ci.yml'),
      `include:
  - component: $CI_SERVER_FQDN/seekrit/action/prefetch@$CI_COMMIT_SHA
    inputs:
      cli-source: url
      cli-url: ${cliUrl}
  - component: $CI_SERVER_FQDN/seekrit/action/secrets@$CI_COMMIT_SHA
    inputs:
      api-url: ${emulator.url}
      cli-source: url
      cli-url: ${cliUrl}

stages: [test]

seekrit-prefetch:
  variables:
    PATH: ${paths.curl}

${job('with-curl', paths.curl)}
${job('with-busybox-wget', paths.wget)}
${job('no-downloader', paths.none, 'exit 5')}`,
    );
    writeFileSync(join(project, '.gitlab-ci-local-variables.yml'), `SEEKRIT_TOKEN: ${token}\n`);
    commitProject(project, 'nodeless');
    const jobTmp = join(project, 'job-tmp');
    mkdirSync(jobTmp);
    const run = (jobs: string[]) =>
      runProcess(
        node22,
        [
          gitlabCiLocal,
          ...jobs,
          '--force-shell-executor',
          '--variable',
          `TMPDIR=${jobTmp}`,
          // gitlab-ci-local names /builds/… for a job with an image even when it runs it in the shell here.
          '--variable',
          `CI_PROJECT_DIR=${project}`,
        ],
        { PATH: process.env.PATH ?? '', HOME: project },
        { cwd: project },
      );
    // Two runs: in one pipeline every later job would find the prefetched bundle in the shared
    // project folder, and the downloaders would never be used.
    const downloading = await run(['with-curl', 'with-busybox-wget']);
    const prefetched = await run(['seekrit-prefetch', 'no-downloader']);
    result = { ...prefetched, stdout: downloading.stdout + prefetched.stdout, stderr: downloading.stderr + prefetched.stderr };
    const outputDir = join(project, '.gitlab-ci-local/output');
    if (!existsSync(outputDir)) throw new Error(`gitlab-ci-local ran no job:\n${result.stdout}\n${result.stderr}`.slice(0, 4000));
    logs = Object.fromEntries(readdirSync(outputDir).map((f) => [f, readFileSync(join(outputDir, f), 'utf8')]));
  }, 180_000);

  afterAll(async () => {
    await emulator?.close();
    await new Promise((resolve) => server?.close(resolve));
    if (project && !process.env.KEEP) rmSync(project, { recursive: true, force: true });
  });

  it('prefetches once, and every job loads the values without Node.js', () => {
    const seen = `gitlab-ci-local output:\n${result.stdout}\n${result.stderr}`;
    expect(result.stdout, seen).toMatch(/PASS\s+seekrit-prefetch/);
    expect(result.stdout, seen).toMatch(/PASS\s+with-curl/);
    expect(result.stdout, seen).toMatch(/PASS\s+with-busybox-wget/);
    expect(logs['seekrit-prefetch.log']).toMatch(/prefetched the seekrit-ci bundle for linux-x64/);
  });

  it('keeps the job’s own exit status in the job that took the prefetched bundle', () => {
    expect(result.stdout).toMatch(/FAIL\s+no-downloader/);
    expect(logs['no-downloader.log']).toMatch(/exit code 5|exited with 5|\b5\b/);
    expect(logs['no-downloader.log']).toContain('shown [MASKED]');
    // One download each by the jobs that have a downloader, one by the prefetch job; none by no-downloader.
    expect(downloads.filter((u) => u.endsWith('x64.tar.gz'))).toHaveLength(3);
    expect(logs['no-downloader.log']).not.toMatch(/could not download/);
  });

  it('redacts every value, shows no token, and leaves no file in the jobs’ temporary folder', () => {
    for (const job of ['with-curl', 'with-busybox-wget', 'no-downloader']) {
      expect(logs[`${job}.log`], job).toContain('shown [MASKED]');
      expect(logs[`${job}.log`], job).not.toContain('MIIBnodelessline');
    }
    expectNoLeak({ stdout: result.stdout, stderr: result.stderr, ...logs }, Object.values(VALUES), token);
    expect(readdirSync(join(project, 'job-tmp'))).toStrictEqual([]);
  });
});
