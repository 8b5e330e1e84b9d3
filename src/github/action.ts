import { EOL } from 'node:os';
import { describeError, SeekritError } from '../core/common/errors.js';
import { ACTION_SPELLING } from '../core/common/spelling.js';
import { identify, writeSecretFile } from '../core/delivery/files.js';
import { formatSecrets } from '../core/delivery/formats.js';
import { keepOriginal } from '../core/delivery/original.js';
import { deliverFiles, describeSkipped, planDelivery } from '../core/delivery/plan.js';
import { readTemplateFile, renderTemplate } from '../core/delivery/template.js';
import { describeScope } from '../core/environment/scope.js';
import { loadEnvironment } from '../core/index.js';
import { parseToken } from '../core/keys/token.js';
import { type Delivered, listNames } from '../core/selection/select.js';
import { describeRetry } from '../core/wire/retry.js';
import { appendAllOrNothing, encodeFileCommand } from './filecommand.js';
import { type ActionInputs, readInputs } from './inputs.js';
import { addMaskCommands } from './mask.js';
import { runWithSecrets } from './run.js';
import * as core from './runner.js';
import { STATE_FILES, STATE_KEEP_FILE, type WrittenState } from './state.js';
import { renderSummary } from './summary.js';
import { undoWritten } from './undo.js';

/** The action's own outputs (action.yml); a delivered name may not take one of them. */
export const OWN_OUTPUTS = ['names', 'count', 'file', 'scope', 'token-id'] as const;

/** Masks the token and its key segment before anything else can print them. */
function maskToken(env: NodeJS.ProcessEnv): void {
  const raw = (core.getInput('token') || env.SEEKRIT_TOKEN || '').trim();
  const key = /^skt_[0-9A-Za-z]+_(.+)$/.exec(raw)?.[1];
  process.stdout.write(addMaskCommands(key ? [raw, key] : [raw], EOL));
}

/**
 * The main step: inputs → token → resolve and decrypt → select and check every destination →
 * mask → deliver. Nothing is delivered until everything has been decrypted and checked; a
 * failure while delivering undoes what was written.
 */
export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  maskToken(env);
  const written: WrittenState = {};
  try {
    const inputs = readInputs(env);
    const token = parseToken(inputs.token);
    const environment = await loadEnvironment({
      token,
      apiUrl: inputs.apiUrl,
      client: 'github-action',
      overrides: inputs.overrides,
      interpolate: inputs.interpolate,
      expectScope: inputs.expectScope,
      timeoutMs: inputs.timeoutMs,
      retries: inputs.retries,
      onRetry: (notice) => core.info(describeRetry(notice)),
    });
    const plan = planDelivery(
      environment,
      { secrets: inputs.secrets, prefix: inputs.prefix, nameCase: inputs.nameCase },
      {
        env: inputs.exportEnv || inputs.run !== undefined,
        githubEnv: inputs.exportEnv,
        ...(inputs.outputs ? { outputs: { own: OWN_OUTPUTS } } : {}),
        files: inputs.files,
        unmasked: inputs.unmasked,
        allowed: inputs.allowReservedNames,
        spelling: ACTION_SPELLING,
        baseEnv: env,
      },
    );

    // Every value is masked before anything else is printed about it.
    process.stdout.write(addMaskCommands(plan.hide, EOL));
    for (const d of plan.delivered) {
      if (d.value !== '' && d.value.trim() === '' && !inputs.unmasked.has(d.name))
        core.warning(`Secret ${d.name} is whitespace only, which the runner cannot mask.`);
    }

    const files = deliverFiles(plan.delivered, inputs.files, env.RUNNER_TEMP || undefined);
    if (files.dir) written.dir = identify(files.dir);
    const delivered = files.delivered;
    // A template is read and rendered before its file is touched: a bad placeholder writes nothing.
    const fileContent = inputs.template
      ? renderTemplate(readTemplateFile(inputs.template), delivered, inputs.template)
      : inputs.file
        ? formatSecrets(inputs.format, delivered)
        : undefined;
    if (inputs.file && fileContent !== undefined) {
      // What overwrite replaces goes back in place when the file is removed (post step, or a failure below).
      if (inputs.overwrite) written.original = keepOriginal(inputs.file, env.RUNNER_TEMP || undefined);
      written.file = writeSecretFile(inputs.file, fileContent, {
        overwrite: inputs.overwrite,
        existsHint: 'Choose another path, remove the file first, or set overwrite: true.',
      });
    }
    // Before anything else is written: the post step removes exactly these, also if this step dies.
    if (written.file || written.dir || written.original)
      core.saveState({ [STATE_FILES]: JSON.stringify(written), [STATE_KEEP_FILE]: String(inputs.keepFile) });

    const scope = describeScope(environment.scope);
    const ownOutputs: Record<(typeof OWN_OUTPUTS)[number], string> = {
      names: JSON.stringify(delivered.map((d) => d.name)),
      count: String(delivered.length),
      file: inputs.file ?? '',
      scope,
      'token-id': token.id,
    };
    appendAllOrNothing([
      { path: env.GITHUB_ENV ?? '', content: inputs.exportEnv ? encodeFileCommand(delivered) : '', what: 'GITHUB_ENV' },
      {
        path: env.GITHUB_OUTPUT ?? '',
        content: env.GITHUB_OUTPUT
          ? encodeFileCommand([
              ...Object.entries(ownOutputs).map(([name, value]) => ({ name, value })),
              ...(inputs.outputs ? delivered : []),
            ])
          : '',
        what: 'GITHUB_OUTPUT',
      },
    ]);

    const destinations = describeDestinations(inputs);
    const skipped = describeSkipped(plan.skipped);
    if (skipped) core.notice(skipped);
    for (const line of plan.unresolved) core.warning(`${line}.`);
    core.info(
      `Delivered ${delivered.length} secret${delivered.length === 1 ? '' : 's'} of ${scope} (token ${token.id}) to ${destinations.join(', ')}: ${listNames(delivered) || '(none)'}`,
    );
    const plain = delivered.filter((d) => inputs.unmasked.has(d.name)).map((d) => d.name);
    if (plain.length) core.info(`Not masked (unmasked): ${plain.sort().join(', ')}`);
    writeSummary(env, inputs, {
      scope,
      tokenId: token.id,
      destinations,
      delivered,
      unresolved: plan.unresolved,
      skipped: plan.skipped,
      unmasked: new Set(delivered.filter((d) => inputs.unmasked.has(d.name)).map((d) => d.name)),
      files: inputs.files,
      nameCase: inputs.nameCase,
      prefix: inputs.prefix,
    });

    if (inputs.run) {
      const code = await runWithSecrets(inputs.run, delivered, env, { log: core.info });
      if (code !== 0) {
        core.setFailed(`The run command exited with code ${code}.`);
        process.exitCode = code;
      }
    }
  } catch (error) {
    // All or nothing: what this step wrote goes with the failure.
    undoWritten(written, { keepFile: false });
    core.setFailed(describeError(error));
    if (!(error instanceof SeekritError)) core.debug('unexpected error type; please report it');
  }
}

function describeDestinations(inputs: ActionInputs): string[] {
  const out: string[] = [];
  if (inputs.exportEnv) out.push('env');
  if (inputs.outputs) out.push('outputs');
  if (inputs.file)
    out.push(
      `file ${inputs.file} (${inputs.template ? `rendered from ${inputs.template}` : inputs.format}${inputs.keepFile ? ', kept' : ', removed after the job'})`,
    );
  if (inputs.files.size) out.push(`${inputs.files.size} file${inputs.files.size === 1 ? '' : 's'} of their own`);
  if (inputs.run) out.push('run');
  return out;
}

function writeSummary(
  env: NodeJS.ProcessEnv,
  inputs: ActionInputs,
  data: Parameters<typeof renderSummary>[0] & { delivered: Delivered[] },
): void {
  if (!inputs.summary || !env.GITHUB_STEP_SUMMARY) return;
  try {
    appendAllOrNothing([{ path: env.GITHUB_STEP_SUMMARY, content: renderSummary(data), what: 'the job summary' }]);
  } catch {
    core.warning('Could not write the job summary; the secrets were delivered.');
  }
}
