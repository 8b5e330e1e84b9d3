// @ts-check
/** What the bench and the profiler both need: a loopback API holding N secrets, and a runner's environment. */
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { SeekritEmulator } from '../test/support/emulator.js';

const action = parse(readFileSync(fileURLToPath(new URL('../action.yml', import.meta.url)), 'utf8'));

/** A loopback API answering one pre-sealed body, and the token that opens it. @param {number} count */
export async function apiFixture(count) {
  const emulator = new SeekritEmulator();
  /** @type {Record<string, string>} */
  const secrets = {};
  for (let i = 0; i < count; i++) secrets[`SECRET_${String(i).padStart(5, '0')}`] = `value-${i}-${'x'.repeat(24)}`;
  emulator.setEnvironment('web', 'production', secrets);
  const token = await emulator.mintToken('web', 'production');
  const body = JSON.stringify(emulator.resolveBody(token));
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const url = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
  return { token, url, secrets, close: () => new Promise((resolve) => server.close(() => resolve(undefined))) };
}

/**
 * The environment the runner gives the main step: action.yml's input defaults, the token and API,
 * fresh file-command files in `work`, a clean PATH/HOME/LANG.
 * @param {string} token @param {string} url @param {string} work
 */
export function actionEnv(token, url, work) {
  /** @type {Record<string, string>} */
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', LANG: 'C.UTF-8' };
  for (const [name, spec] of Object.entries(/** @type {Record<string, { default?: string }>} */ (action.inputs))) {
    env[`INPUT_${name.toUpperCase()}`] = spec.default ?? '';
  }
  env.INPUT_TOKEN = token;
  env['INPUT_API-URL'] = url;
  for (const name of ['GITHUB_ENV', 'GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY']) {
    env[name] = join(work, name.toLowerCase());
    writeFileSync(env[name], '');
  }
  return { ...env, GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: work, RUNNER_TEMP: work };
}

/**
 * Writes `mb` MB of log-like text with one of the fixture's values (value-7-…) in every thousand
 * lines: the redaction benches' input. @param {string} file @param {number} mb
 */
export async function writeLogStream(file, mb) {
  const out = createWriteStream(file);
  const line = 'INFO 2026-11-25T12:00:00Z worker=42 processed batch id=7f3a9c request took 12ms status=ok\n';
  const block = `${line.repeat(1000)}connecting with value-7-${'x'.repeat(24)} to host\n`;
  const target = mb * 1024 * 1024;
  let written = 0;
  while (written < target) {
    if (!out.write(block)) await new Promise((resolve) => out.once('drain', () => resolve(undefined)));
    written += block.length;
  }
  await new Promise((resolve) => out.end(() => resolve(undefined)));
}

/**
 * Runs `node ARGS` to a zero exit in `cwd`, output ignored; resolves to its wall-clock milliseconds.
 * @param {string} node @param {string[]} args @param {Record<string, string>} env @param {string} cwd
 * @returns {Promise<number>}
 */
export function timeNode(node, args, env, cwd) {
  return new Promise((done, fail) => {
    const started = process.hrtime.bigint();
    const child = spawn(node, args, { env, stdio: 'ignore', cwd });
    child.on('error', fail);
    child.on('close', (code) => {
      if (code === 0) done(Number(process.hrtime.bigint() - started) / 1e6);
      else fail(new Error(`${args.join(' ')} exited ${code}`));
    });
  });
}

/** @param {number[]} values */
export const median = (values) => /** @type {number} */ ([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]);
