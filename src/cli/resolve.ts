import { SeekritError } from '../core/common/errors.js';
import { CLI_SPELLING } from '../core/common/spelling.js';
import { describeSkipped, type Plan, planDelivery } from '../core/delivery/plan.js';
import type { Materialized } from '../core/environment/materialize.js';
import { loadEnvironment } from '../core/index.js';
import { parseToken } from '../core/keys/token.js';
import { describeRetry } from '../core/wire/retry.js';
import type { ResolveFlags } from './options.js';

export interface Resolved {
  environment: Materialized;
  plan: Plan;
  tokenId: string;
}

/**
 * Token from SEEKRIT_TOKEN (never a flag: flags show up in process lists), then the core resolve
 * and the delivery plan for where this command puts the values (`env`: a process environment).
 */
export async function resolveForCli(
  flags: ResolveFlags,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
  to: { env: boolean },
): Promise<Resolved> {
  const raw = env.SEEKRIT_TOKEN;
  if (!raw || raw.trim() === '') {
    throw new SeekritError(
      'INVALID_INPUT',
      'SEEKRIT_TOKEN is empty or not set.',
      'Store the service token (skt_…) in a masked CI/CD variable named SEEKRIT_TOKEN. If it is set, it is commonly empty because it is protected and this branch or tag is not (GitLab gives protected variables only to protected refs), or because the pipeline runs for a fork.',
    );
  }
  const token = parseToken(raw);
  const environment = await loadEnvironment({
    token,
    apiUrl: flags.apiUrl,
    client: env.GITLAB_CI === 'true' ? 'gitlab-ci' : 'cli',
    overrides: flags.overrides,
    interpolate: flags.interpolate,
    expectScope: flags.expectScope,
    expectScopeInput: '--expect-scope',
    timeoutMs: flags.timeoutMs,
    retries: flags.retries,
    onRetry: (notice) => log(describeRetry(notice)),
  });
  const plan = planDelivery(
    environment,
    { secrets: flags.secrets, prefix: flags.prefix, nameCase: flags.nameCase },
    {
      env: to.env,
      files: flags.files,
      unmasked: flags.unmasked,
      allowed: flags.allowReservedNames,
      spelling: CLI_SPELLING,
      baseEnv: env,
    },
  );
  const skipped = describeSkipped(plan.skipped);
  if (skipped && !flags.quiet) log(`notice: ${skipped}`);
  for (const line of plan.unresolved) log(`warning: ${line}`);
  return { environment, plan, tokenId: token.id };
}
