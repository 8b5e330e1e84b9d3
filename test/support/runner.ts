import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onTestFinished } from 'vitest';
import { parse } from 'yaml';
import { type ProcessResult, runProcess } from './cli.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  runs: { main: string; post: string };
};

/**
 * Parses a file-command file with the runner's rules: split on \n only (a CR stays in the line);
 * `NAME=VALUE` when `=` comes before `<<`, else a heredoc `NAME<<DELIM` whose value is the raw
 * lines up to the line equal to DELIM. A bad line stops parsing and fails (throws here).
 */
export function parseFileCommands(text: string): Map<string, string> {
  const result = new Map<string, string>();
  const lines = text.split('\n');
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as string;
    i++;
    if (line === '' && i === lines.length) break;
    if (line === '') continue;
    const eq = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (eq >= 0 && (heredoc < 0 || eq < heredoc)) {
      result.set(line.slice(0, eq), line.slice(eq + 1));
      continue;
    }
    if (heredoc <= 0) throw new Error(`invalid file command line ${i}`);
    const name = line.slice(0, heredoc);
    const delimiter = line.slice(heredoc + 2);
    const value: string[] = [];
    for (;;) {
      if (i >= lines.length) throw new Error(`unterminated heredoc for ${name}`);
      const next = lines[i++] as string;
      if (next === delimiter) break;
      value.push(next);
    }
    result.set(name, value.join('\n'));
  }
  return result;
}

/** Masks registered through `::add-mask::` in a log, decoded as the runner decodes them. */
export function registeredMasks(stdout: string): string[] {
  return stdout
    .split(/\r?\n/)
    .filter((line) => line.startsWith('::add-mask::'))
    .map((line) => line.slice('::add-mask::'.length).replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%25', '%'));
}

/** The log as the runner would show it: each line masked by the masks registered before it. */
export function maskedLog(stdout: string): string {
  const masks: string[] = [];
  const shown: string[] = [];
  for (const line of stdout.split(/\r\n|\r|\n/)) {
    if (line.startsWith('::add-mask::')) {
      const value = registeredMasks(line)[0] as string;
      masks.push(value);
      for (const part of value.split(/\r\n|\r|\n/)) if (part.trim()) masks.push(part.trim());
      masks.sort((a, b) => b.length - a.length);
      continue;
    }
    let masked = line;
    for (const mask of masks) masked = masked.split(mask).join('***');
    shown.push(masked);
  }
  return shown.join('\n');
}

export interface ActionRun {
  main: ProcessResult;
  post: ProcessResult;
  env: Map<string, string>;
  outputs: Map<string, string>;
  state: Map<string, string>;
  summary: string;
  /** Raw text of the file-command files after both steps. */
  files: { env: string; output: string; state: string };
  workspace: string;
  runnerTemp: string;
  /** Removes the run's folders now (they are removed when the test finishes anyway). */
  cleanup: () => void;
}

/**
 * Runs the bundled main and then post entrypoints the way the runner does: INPUT_* from
 * action.yml defaults overlaid with `inputs`, fresh GITHUB_ENV/OUTPUT/STATE/STEP_SUMMARY files,
 * and the state main saved passed to post as STATE_*.
 */
export async function runAction(
  inputs: Record<string, string>,
  extraEnv: Record<string, string> = {},
  options: { beforeMain?: (workspace: string) => void; betweenSteps?: (workspace: string) => void; node?: string } = {},
): Promise<ActionRun> {
  const runnerTemp = mkdtempSync(join(tmpdir(), 'seekrit-runner-'));
  const workspace = mkdtempSync(join(tmpdir(), 'seekrit-workspace-'));
  // The runner's files hold the delivered values, as a real runner's would: never leave them behind,
  // however many runs a test makes.
  const cleanup = () => {
    rmSync(runnerTemp, { recursive: true, force: true });
    rmSync(workspace, { recursive: true, force: true });
  };
  onTestFinished(cleanup);
  const paths = {
    GITHUB_ENV: join(runnerTemp, 'set_env'),
    GITHUB_OUTPUT: join(runnerTemp, 'set_output'),
    GITHUB_STATE: join(runnerTemp, 'save_state'),
    GITHUB_STEP_SUMMARY: join(runnerTemp, 'step_summary'),
  };
  for (const path of Object.values(paths)) writeFileSync(path, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/tmp',
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    ...paths,
  };
  for (const [name, spec] of Object.entries(action.inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = inputs[name] ?? spec.default ?? '';
  }
  for (const name of Object.keys(inputs)) {
    if (!(name in action.inputs)) throw new Error(`action.yml has no input ${name}`);
  }
  Object.assign(env, extraEnv);
  options.beforeMain?.(workspace);
  const main = await runProcess(options.node ?? process.execPath, [join(root, action.runs.main)], env, { cwd: workspace });
  options.betweenSteps?.(workspace);
  const stateText = readFileSync(paths.GITHUB_STATE, 'utf8');
  const state = parseFileCommands(stateText);
  const postEnv = { ...env };
  for (const [name, value] of state) postEnv[`STATE_${name}`] = value;
  const post = await runProcess(process.execPath, [join(root, action.runs.post)], postEnv, { cwd: workspace });
  const files = {
    env: readFileSync(paths.GITHUB_ENV, 'utf8'),
    output: readFileSync(paths.GITHUB_OUTPUT, 'utf8'),
    state: stateText,
  };
  return {
    main,
    post,
    env: parseFileCommands(files.env),
    outputs: parseFileCommands(files.output),
    state,
    summary: readFileSync(paths.GITHUB_STEP_SUMMARY, 'utf8'),
    files,
    workspace,
    runnerTemp,
    cleanup,
  };
}
