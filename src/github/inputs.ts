import { resolve } from 'node:path';
import { SeekritError } from '../core/common/errors.js';
import { ACTION_SPELLING } from '../core/common/spelling.js';
import { closest } from '../core/common/suggest.js';
import { type Format, parseFormat } from '../core/delivery/formats.js';
import { parseExpectedScope } from '../core/environment/scope.js';
import { currentOs, type Os } from '../core/platform/os.js';
import { checkUserPath } from '../core/platform/paths.js';
import { parseNameList, parseNames } from '../core/policy/names.js';
import { type NameCase, parseNameCase } from '../core/selection/name-case.js';
import { parseSelection, splitList } from '../core/selection/select.js';
import { DEFAULT_API_URL, type GroupOverride, parseOverride, resolveEndpoint } from '../core/wire/request.js';
import * as core from './runner.js';

/** Every input of action.yml, read once and validated before any request; errors name the input. */
export interface ActionInputs {
  /** The raw token text; parsed only after it has been masked. */
  token: string;
  apiUrl: string;
  overrides: GroupOverride[];
  secrets: string[];
  prefix: string;
  nameCase: NameCase;
  interpolate: boolean;
  exportEnv: boolean;
  outputs: boolean;
  /** Absolute path, or undefined when no file is wanted. */
  file: string | undefined;
  /** A template to render into `file` instead of a format (absolute path). */
  template: string | undefined;
  format: Format;
  keepFile: boolean;
  overwrite: boolean;
  /** Delivered names written to a file each; the variable holds the path. */
  files: Set<string>;
  /** Delivered names whose values are not masked. */
  unmasked: Set<string>;
  run: string | undefined;
  expectScope: string | undefined;
  allowReservedNames: string[];
  timeoutMs: number;
  retries: number;
  summary: boolean;
}

function invalid(input: string, problem: string, hint: string): SeekritError {
  return new SeekritError('INVALID_INPUT', `Input ${input} ${problem}.`, hint);
}

/** YAML 1.2 core-schema booleans, as @actions/core accepts them. */
function boolean(name: string, fallback: boolean): boolean {
  const text = core.getInput(name);
  if (text === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(text)) return true;
  if (['false', 'False', 'FALSE'].includes(text)) return false;
  throw invalid(name, `must be true or false, not "${text.slice(0, 40)}"`, `Set ${name}: true or ${name}: false.`);
}

function integer(name: string, fallback: number, min: number, max: number): number {
  const text = core.getInput(name);
  if (text === '') return fallback;
  if (!/^\d+$/.test(text)) throw invalid(name, `must be a whole number, not "${text.slice(0, 40)}"`, `For example ${name}: ${fallback}.`);
  const value = Number(text);
  if (value < min || value > max) throw invalid(name, `must be between ${min} and ${max}`, `For example ${name}: ${fallback}.`);
  return value;
}

function formatFor(file: string | undefined): Format {
  const text = core.getInput('format');
  if (text !== '') return parseFormat(text, 'Input format');
  // By extension in any case: Windows and macOS file systems ignore it (.ENV.JSON is .json).
  if (file && /\.json$/i.test(file)) return 'json';
  if (file && /\.(sh|bash)$/i.test(file)) return 'shell';
  return 'dotenv';
}

function names(input: string): Set<string> {
  return new Set(parseNameList(splitList(core.getInput(input)), input, ACTION_SPELLING));
}

/** The inputs of action.yml (a test keeps the two equal). */
export const ACTION_INPUTS = [
  'token',
  'api-url',
  'with',
  'secrets',
  'prefix',
  'name-case',
  'interpolate',
  'export-env',
  'outputs',
  'file',
  'format',
  'template',
  'keep-file',
  'overwrite',
  'files',
  'unmasked',
  'run',
  'expect-scope',
  'allow-reserved-names',
  'timeout',
  'retries',
  'summary',
] as const;

/**
 * The runner only warns about a `with:` key the action does not have, and still passes it as
 * INPUT_<KEY>: a typo (`secret:`, `export_env:`) would silently widen what is delivered, so any
 * INPUT_* that is not an input fails the step, naming the closest real one.
 */
function refuseUnknownInputs(env: NodeJS.ProcessEnv): void {
  const known = new Set(ACTION_INPUTS.map((name) => `INPUT_${name.toUpperCase()}`));
  const unknown = Object.keys(env)
    .filter((key) => /^INPUT_/i.test(key) && !known.has(key.toUpperCase()))
    .sort();
  if (unknown.length === 0) return;
  const described = unknown.map((key) => {
    const name = key.slice('INPUT_'.length).toLowerCase().slice(0, 60);
    const guess = closest(name, ACTION_INPUTS);
    return guess ? `"${name}" (did you mean ${guess}?)` : `"${name}"`;
  });
  throw new SeekritError(
    'INVALID_INPUT',
    `seekrit/action has no input ${described.join(', ')}; nothing was requested or delivered.`,
    `Fix the key under with:. The inputs are ${ACTION_INPUTS.join(', ')}. (An INPUT_* variable set with env: counts as an input too: rename it.)`,
  );
}

export function readInputs(env: NodeJS.ProcessEnv = process.env, os: Os = currentOs()): ActionInputs {
  refuseUnknownInputs(env);
  const token = core.getInput('token') || (env.SEEKRIT_TOKEN ?? '').trim();
  if (token === '') {
    throw invalid(
      'token',
      'is empty and SEEKRIT_TOKEN is not set',
      'Pass the service token from a secret: with: token: ${{ secrets.SEEKRIT_TOKEN }}. A secret that exists reads as empty in pull requests from forks and in Dependabot runs (they get no repository secrets), and when its name is misspelt.',
    );
  }
  const run = core.getInput('run') || undefined;
  const fileInput = core.getInput('file');
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  if (fileInput) checkUserPath(fileInput, 'Input file', os, workspace);
  const templateInput = core.getInput('template');
  if (templateInput) checkUserPath(templateInput, 'Input template', os, workspace);
  const template = templateInput ? resolve(workspace, templateInput) : undefined;
  if (template && !fileInput)
    throw invalid(
      'template',
      'needs file, the path to write the rendered template to',
      'For example template: deploy/config.tmpl with file: config.yml.',
    );
  if (template && core.getInput('format'))
    throw invalid('format', 'does not go with template (the template is the format)', 'Remove format, or template.');
  const file = fileInput ? resolve(workspace, fileInput) : undefined;
  const overrides = splitList(core.getInput('with')).map((entry) => parseOverride(entry, 'Input with:'));
  const inputs: ActionInputs = {
    token,
    apiUrl: core.getInput('api-url') || env.SEEKRIT_API_URL || DEFAULT_API_URL,
    overrides,
    secrets: splitList(core.getInput('secrets')),
    prefix: core.getInput('prefix'),
    nameCase: parseNameCase(core.getInput('name-case'), ACTION_SPELLING),
    interpolate: boolean('interpolate', true),
    exportEnv: boolean('export-env', run === undefined && template === undefined),
    outputs: boolean('outputs', false),
    file,
    template,
    format: formatFor(file),
    keepFile: boolean('keep-file', false),
    overwrite: boolean('overwrite', false),
    files: parseNames(splitList(core.getInput('files')), 'files', ACTION_SPELLING),
    unmasked: parseNames(splitList(core.getInput('unmasked')), 'unmasked', ACTION_SPELLING),
    run,
    expectScope: parseExpectedScope(core.getInput('expect-scope'), 'expect-scope'),
    allowReservedNames: [...names('allow-reserved-names')],
    timeoutMs: integer('timeout', 30, 1, 600) * 1000,
    retries: integer('retries', 3, 0, 10),
    summary: boolean('summary', true),
  };
  // Checked now, so a typo fails before any request.
  resolveEndpoint(inputs.apiUrl);
  parseSelection({ secrets: inputs.secrets, prefix: inputs.prefix, nameCase: inputs.nameCase }, ACTION_SPELLING);
  if (!inputs.exportEnv && !inputs.outputs && !inputs.file && !inputs.run) {
    throw invalid(
      'export-env',
      'is false and no other destination is set',
      'Deliver somewhere: export-env: true, outputs: true, file: <path> or run: <command>.',
    );
  }
  if (inputs.exportEnv && !env.GITHUB_ENV) {
    throw new SeekritError(
      'INVALID_INPUT',
      'GITHUB_ENV is not set, so export-env cannot work.',
      'Run this as a GitHub Actions step (runner >= 2.327.1), or set export-env: false.',
    );
  }
  if (inputs.outputs && !env.GITHUB_OUTPUT) {
    throw new SeekritError(
      'INVALID_INPUT',
      'GITHUB_OUTPUT is not set, so outputs cannot work.',
      'Run this as a GitHub Actions step, or set outputs: false.',
    );
  }
  return inputs;
}
