import { rmSync } from 'node:fs';
import { EOL } from 'node:os';
import { describeRetry } from '../core/api.js';
import { describeError, SeekritError } from '../core/errors.js';
import { writeSecretFile } from '../core/files.js';
import { assertNoNul, formatSecrets } from '../core/formats.js';
import { loadEnvironment } from '../core/index.js';
import { checkDeliveredNames } from '../core/names.js';
import { describeScope } from '../core/scope.js';
import { type Delivered, listNames, selectSecrets } from '../core/select.js';
import { parseToken } from '../core/token.js';
import { appendAllOrNothing, encodeFileCommand } from './filecommand.js';
import { type ActionInputs, readInputs } from './inputs.js';
import { addMaskCommands } from './mask.js';
import { runWithSecrets } from './run.js';
import * as core from './runner.js';
import { STATE_FILES, STATE_KEEP_FILE } from './state.js';
import { renderSummary } from './summary.js';

/** Masks the token and its key segment before anything else can print them. */
function maskToken(env: NodeJS.ProcessEnv): void {
  const raw = (core.getInput('token') || env.SEEKRIT_TOKEN || '').trim();
  const key = /^skt_[0-9A-Za-z]+_(.+)$/.exec(raw)?.[1];
  process.stdout.write(addMaskCommands(key ? [raw, key] : [raw], EOL));
}

/**
 * The main step: inputs → token → resolve and decrypt → select and check names → mask → deliver.
 * Nothing is delivered until everything has been decrypted and checked; a failure while
 * delivering undoes what was written.
 */
export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  maskToken(env);
  let written: string | undefined;
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
    const delivered = selectSecrets(environment.secrets, { secrets: inputs.secrets, prefix: inputs.prefix });
    checkDeliveredNames(delivered, { allowed: inputs.allowReservedNames, toGithubEnv: inputs.exportEnv });
    if (inputs.exportEnv || inputs.outputs || inputs.run) assertNoNul(delivered, 'an environment variable or step output');
    const fileContent = inputs.file ? formatSecrets(inputs.format, delivered) : undefined;

    // Every value is masked before anything else is printed about it.
    process.stdout.write(
      addMaskCommands(
        delivered.map((d) => d.value),
        EOL,
      ),
    );
    for (const d of delivered) {
      if (d.value !== '' && d.value.trim() === '') core.warning(`Secret ${d.name} is whitespace only, which the runner cannot mask.`);
    }

    const scope = describeScope(environment.scope);
    if (inputs.file && fileContent !== undefined) {
      // State first: the post step removes the file even if this step dies right after writing it.
      core.saveState({ [STATE_FILES]: JSON.stringify([inputs.file]), [STATE_KEEP_FILE]: String(inputs.keepFile) });
      writeSecretFile(inputs.file, fileContent);
      written = inputs.file;
    }
    const summaryOutputs = [
      { name: 'names', value: JSON.stringify(delivered.map((d) => d.name)) },
      { name: 'count', value: String(delivered.length) },
      { name: 'file', value: inputs.file ?? '' },
      { name: 'scope', value: scope },
      { name: 'token-id', value: token.id },
    ];
    appendAllOrNothing([
      { path: env.GITHUB_ENV ?? '', content: inputs.exportEnv ? encodeFileCommand(delivered) : '', what: 'GITHUB_ENV' },
      {
        path: env.GITHUB_OUTPUT ?? '',
        content: env.GITHUB_OUTPUT ? encodeFileCommand([...summaryOutputs, ...(inputs.outputs ? delivered : [])]) : '',
        what: 'GITHUB_OUTPUT',
      },
    ]);

    const destinations = describeDestinations(inputs);
    if (environment.unresolved.length) {
      core.warning(`References to unknown names were left as written: ${environment.unresolved.join(', ')}.`);
    }
    core.info(
      `Delivered ${delivered.length} secret${delivered.length === 1 ? '' : 's'} of ${scope} (token ${token.id}) to ${destinations.join(', ')}: ${listNames(delivered) || '(none)'}`,
    );
    writeSummary(env, inputs, { scope, tokenId: token.id, destinations, delivered, unresolved: environment.unresolved });

    if (inputs.run) {
      const code = await runWithSecrets(inputs.run, delivered, env);
      if (code !== 0) {
        core.setFailed(`The run command exited with code ${code}.`);
        process.exitCode = code;
      }
    }
  } catch (error) {
    if (written) rmSync(written, { force: true });
    core.setFailed(describeError(error));
    if (!(error instanceof SeekritError)) core.debug('unexpected error type; please report it');
  }
}

function describeDestinations(inputs: ActionInputs): string[] {
  const out: string[] = [];
  if (inputs.exportEnv) out.push('env');
  if (inputs.outputs) out.push('outputs');
  if (inputs.file) out.push(`file ${inputs.file} (${inputs.format}${inputs.keepFile ? ', kept' : ', removed after the job'})`);
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
